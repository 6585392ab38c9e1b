# Nested captures (struct sct_nest, include/sctrace.h): data behind
# pointers inside the structs arguments point to, by command -- bpf(2)'s
# union bpf_attr strings and buffers, io_uring_enter's getevents arg with
# IORING_ENTER_EXT_ARG, xattr_args.value, io_submit's iocbs and what they
# point to (tests/progs/sc_nest.c).  Expected
# lines are strace 7.2's for the same program.
if want nest; then
	SCTRACE_STATS=1 $SCT -o "$T/nest.txt" -e trace=bpf,io_uring_enter,setxattrat,getxattrat \
		-- $B/sc_nest 2>"$T/nest.err"
	check "nest: command ran" $? "nonzero exit"
	expect_lines "nest" "$T/nest.txt" <<'EOF2'
bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_UNSPEC, insn_cnt=1, insns=0x22000800, license="GPL", log_level=1, log_size=4, log_buf="log "...}, 40) = -1 EINVAL (Invalid argument)
bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_UNSPEC, insn_cnt=1, insns=0x22000800, license=0x22001000, log_level=1, log_size=4, log_buf=NULL}, 40) = -1 EFAULT (Bad address)
bpf(BPF_OBJ_PIN, {pathname="/sys/fs/bpf/sc_nest/none", bpf_fd=-1}, 12) = -1 EINVAL (Invalid argument)
bpf(BPF_OBJ_GET, {pathname="/sys/fs/bpf/sc_nest/none", bpf_fd=-1}, 12) = -1 EINVAL (Invalid argument)
bpf(BPF_RAW_TRACEPOINT_OPEN, {raw_tracepoint={name="a_tracepoint_name_longer_than_32"..., prog_fd=-1}}, 16) = -1 EBADF (Bad file descriptor)
bpf(BPF_BTF_LOAD, {btf="bPf\0daTum", btf_log_buf=NULL, btf_size=9, btf_log_size=0, btf_log_level=0}, 28) = -1 EINVAL (Invalid argument)
io_uring_enter(-1, 0, 0, IORING_ENTER_GETEVENTS|IORING_ENTER_EXT_ARG, {sigmask=[HUP TERM], sigmask_sz=8, min_wait_usec=3, ts={tv_sec=1, tv_nsec=2}}, 24) = -1 EBADF (Bad file descriptor)
io_uring_enter(-1, 0, 0, IORING_ENTER_GETEVENTS|IORING_ENTER_EXT_ARG, {sigmask=NULL, sigmask_sz=8, min_wait_usec=3, ts=0x22001000}, 24) = -1 EBADF (Bad file descriptor)
io_uring_enter(-1, 0, 0, IORING_ENTER_GETEVENTS, [HUP TERM], 8) = -1 EBADF (Bad file descriptor)
setxattrat(3, "", AT_EMPTY_PATH, "user.sc", {value="value\0of\0it", size=12, flags=0}, 16) = 0
getxattrat(3, "", AT_EMPTY_PATH, "user.sc", {value="value\0of\0it", size=64, flags=0}, 16) = 12
getxattrat(3, "", AT_EMPTY_PATH, "user.sc", {value=0x22000800, size=2, flags=0}, 16) = -1 ERANGE (Numerical result out of range)
EOF2
	has_re "nest: an unreadable inner pointer is not an unreadable argument" "$T/nest.err" 'unreadable=0 '
	# io_submit's iocbs: the aio context's address varies
	$SCT -o "$T/nest-aio.txt" -e trace=io_submit -- $B/sc_nest 2>"$T/nest-aio.err"
	sed -E 's/^io_submit\(0x[0-9a-f]+, /io_submit(CTX, /' "$T/nest-aio.txt" >"$T/nest-aio.norm"
	expect_lines "nest" "$T/nest-aio.norm" <<'EOF2'
io_submit(CTX, 3, [{aio_data=0x11, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=-1, aio_buf="data written", aio_nbytes=12, aio_offset=0}, {aio_data=0x22, aio_lio_opcode=IOCB_CMD_PREADV, aio_fildes=-1, aio_buf=[{iov_base=0x22000800, iov_len=16}, {iov_base=0x22000810, iov_len=32}], aio_offset=0}, {aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=-1, aio_buf=0x22000800, aio_nbytes=64, aio_offset=0, aio_flags=IOCB_FLAG_RESFD, aio_resfd=-1}]) = -1 EBADF (Bad file descriptor)
io_submit(CTX, 7, [{aio_data=0x11, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=-1, aio_buf="data written", aio_nbytes=12, aio_offset=0}, {aio_data=0x22, aio_lio_opcode=IOCB_CMD_PREADV, aio_fildes=-1, aio_buf=[{iov_base=0x22000800, iov_len=16}, {iov_base=0x22000810, iov_len=32}], aio_offset=0}, {aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=-1, aio_buf=0x22000800, aio_nbytes=64, aio_offset=0, aio_flags=IOCB_FLAG_RESFD, aio_resfd=-1}, NULL, 0x22001000, ... /* 0x22001000 */]) = -1 EBADF (Bad file descriptor)
EOF2
	check "nest: an unreadable iocb pointer is not counted" "$([ ! -s "$T/nest-aio.err" ]; echo $?)" \
		"stderr not empty" "$T/nest-aio.err"
	# -v: BPF_PROG_LOAD's instructions too
	$SCT -v -o "$T/nest-v.txt" -e trace=bpf -- $B/sc_nest
	expect_lines "nest -v" "$T/nest-v.txt" <<'EOF2'
bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_UNSPEC, insn_cnt=1, insns=[{code=BPF_LD|BPF_W|BPF_IMM, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}], license="GPL", log_level=1, log_size=4, log_buf="log "...}, 40) = -1 EINVAL (Invalid argument)
bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_UNSPEC, insn_cnt=1, insns=[{code=BPF_LD|BPF_W|BPF_IMM, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}], license=0x22001000, log_level=1, log_size=4, log_buf=NULL}, 40) = -1 EFAULT (Bad address)
EOF2
	# -e verbose=none: structs (and what they point to) as addresses
	$SCT -o "$T/nest-nv.txt" -e trace=io_uring_enter -e verbose=none -- $B/sc_nest
	has_line "nest: -e verbose=none" "$T/nest-nv.txt" \
		'io_uring_enter(-1, 0, 0, IORING_ENTER_GETEVENTS|IORING_ENTER_EXT_ARG, 0x22000c00, 24) = -1 EBADF (Bad file descriptor)'
	$SCT --json -o "$T/nest.json" -e trace=bpf -- $B/sc_nest
	jq_true "nest: JSON license and log" "$T/nest.json" \
		'map(select(.syscall == "bpf"))[0].args.uattr | .license == "GPL" and .log_buf == "log "'
fi
# BPF_OBJ_GET_INFO_BY_FD (tests/progs/sc_bpfinfo.c): a program's struct
# bpf_prog_info under -v (as passed => as the kernel left it; the xlated
# instructions and map ids behind it, as many as both counts allow; the
# struct as passed when the call fails, with the bytes past it that are
# not zero), a map's struct bpf_map_info, and addresses without -v.
# Expected lines are strace 7.2's, with ids, tags, load times and the
# JIT's lengths (which vary) replaced.
if want bpfinfo; then
	norm_bpfinfo() {
		sed -E 's/([ {])id=[0-9]+/\1id=N/g; s/tag="[^"]*"/tag=TAG/;
			s/load_time=[0-9]+ \/\* [^*]* \*\//load_time=T/; s/map_ids=\[[0-9]+\]/map_ids=[N]/;
			s/jited_prog_len=0( => [0-9]+)?/jited_prog_len=J/' "$1"
	}
	$SCT -y -v -o "$T/bpfinfo-v.txt" -e trace=bpf -- $B/sc_bpfinfo 2>"$T/bpfinfo-v.err"
	rc=$?
	if [ $rc = 77 ]; then
		echo "SKIP bpfinfo: bpf(2) not allowed"
	else
		check "bpfinfo: command ran" $rc "nonzero exit" "$T/bpfinfo-v.err"
		norm_bpfinfo "$T/bpfinfo-v.txt" >"$T/bpfinfo-v.norm"
		expect_lines "bpfinfo -v" "$T/bpfinfo-v.norm" <<'EOF2'
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=296 => 232, info={type=BPF_PROG_TYPE_SOCKET_FILTER, id=N, tag=TAG, jited_prog_len=J, jited_prog_insns=NULL, xlated_prog_len=0 => 16, xlated_prog_insns=NULL, load_time=T, created_by_uid=0, nr_map_ids=0, map_ids=NULL, name="", ifindex=0, gpl_compatible=1, netns_dev=makedev(0, 0), netns_ino=0, nr_jited_ksyms=0 => 1, nr_jited_func_lens=0 => 1, jited_ksyms=NULL, jited_func_lens=NULL, btf_id=0, func_info_rec_size=0 => 8, func_info=NULL, nr_func_info=0, nr_line_info=0, line_info=NULL, jited_line_info=NULL, nr_jited_line_info=0, line_info_rec_size=0 => 16, jited_line_info_rec_size=0 => 8, nr_prog_tags=0 => 1, prog_tags=NULL, run_time_ns=0, run_cnt=0, recursion_misses=0, verified_insns=2, attach_btf_obj_id=0, attach_btf_id=0}}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=232, info={type=BPF_PROG_TYPE_SOCKET_FILTER, id=N, tag=TAG, jited_prog_len=J, jited_prog_insns=NULL, xlated_prog_len=16, xlated_prog_insns=[{code=BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}, {code=BPF_JMP|BPF_K|BPF_EXIT, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}], load_time=T, created_by_uid=0, nr_map_ids=0, map_ids=NULL, name="", ifindex=0, gpl_compatible=1, netns_dev=makedev(0, 0), netns_ino=0, nr_jited_ksyms=0 => 1, nr_jited_func_lens=0 => 1, jited_ksyms=NULL, jited_func_lens=NULL, btf_id=0, func_info_rec_size=0 => 8, func_info=NULL, nr_func_info=0, nr_line_info=0, line_info=NULL, jited_line_info=NULL, nr_jited_line_info=0, line_info_rec_size=0 => 16, jited_line_info_rec_size=0 => 8, nr_prog_tags=0 => 1, prog_tags=NULL, run_time_ns=0, run_cnt=0, recursion_misses=0, verified_insns=2, attach_btf_obj_id=0, attach_btf_id=0}}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=232, info={type=BPF_PROG_TYPE_SOCKET_FILTER, id=N, tag=TAG, jited_prog_len=J, jited_prog_insns=NULL, xlated_prog_len=8 => 16, xlated_prog_insns=[{code=BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}], load_time=T, created_by_uid=0, nr_map_ids=0, map_ids=NULL, name="", ifindex=0, gpl_compatible=1, netns_dev=makedev(0, 0), netns_ino=0, nr_jited_ksyms=0 => 1, nr_jited_func_lens=0 => 1, jited_ksyms=NULL, jited_func_lens=NULL, btf_id=0, func_info_rec_size=0 => 8, func_info=NULL, nr_func_info=0, nr_line_info=0, line_info=NULL, jited_line_info=NULL, nr_jited_line_info=0, line_info_rec_size=0 => 16, jited_line_info_rec_size=0 => 8, nr_prog_tags=0 => 1, prog_tags=NULL, run_time_ns=0, run_cnt=0, recursion_misses=0, verified_insns=2, attach_btf_obj_id=0, attach_btf_id=0}}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=232, info={type=BPF_PROG_TYPE_UNSPEC, id=N, tag=TAG, jited_prog_len=J, jited_prog_insns=NULL, xlated_prog_len=16, xlated_prog_insns=0x23001000, load_time=T, created_by_uid=0, nr_map_ids=0, map_ids=NULL, name="", ifindex=0, gpl_compatible=0, netns_dev=makedev(0, 0), netns_ino=0, nr_jited_ksyms=0, nr_jited_func_lens=0, jited_ksyms=NULL, jited_func_lens=NULL, btf_id=0, func_info_rec_size=0, func_info=NULL, nr_func_info=0, nr_line_info=0, line_info=NULL, jited_line_info=NULL, nr_jited_line_info=0, line_info_rec_size=0, jited_line_info_rec_size=0, nr_prog_tags=0, prog_tags=NULL, run_time_ns=0, run_cnt=0, recursion_misses=0, verified_insns=0, attach_btf_obj_id=0, attach_btf_id=0}}}, 16) = -1 EFAULT (Bad address)
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=40, info={type=BPF_PROG_TYPE_SOCKET_FILTER, id=N, tag=TAG, jited_prog_len=J, jited_prog_insns=NULL, xlated_prog_len=0 => 16, xlated_prog_insns=NULL}}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=5<anon_inode:bpf-prog>, info_len=232, info={type=BPF_PROG_TYPE_SOCKET_FILTER, id=N, tag=TAG, jited_prog_len=J, jited_prog_insns=NULL, xlated_prog_len=0 => 32, xlated_prog_insns=NULL, load_time=T, created_by_uid=0, nr_map_ids=4 => 1, map_ids=[N], name="", ifindex=0, gpl_compatible=1, netns_dev=makedev(0, 0), netns_ino=0, nr_jited_ksyms=0 => 1, nr_jited_func_lens=0 => 1, jited_ksyms=NULL, jited_func_lens=NULL, btf_id=0, func_info_rec_size=0 => 8, func_info=NULL, nr_func_info=0, nr_line_info=0, line_info=NULL, jited_line_info=NULL, nr_jited_line_info=0, line_info_rec_size=0 => 16, jited_line_info_rec_size=0 => 8, nr_prog_tags=0 => 1, prog_tags=NULL, run_time_ns=0, run_cnt=0, recursion_misses=0, verified_insns=3, attach_btf_obj_id=0, attach_btf_id=0}}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=5<anon_inode:bpf-prog>, info_len=232, info={type=BPF_PROG_TYPE_SOCKET_FILTER, id=N, tag=TAG, jited_prog_len=J, jited_prog_insns=NULL, xlated_prog_len=0 => 32, xlated_prog_insns=NULL, load_time=T, created_by_uid=0, nr_map_ids=0 => 1, map_ids=[], name="", ifindex=0, gpl_compatible=1, netns_dev=makedev(0, 0), netns_ino=0, nr_jited_ksyms=0 => 1, nr_jited_func_lens=0 => 1, jited_ksyms=NULL, jited_func_lens=NULL, btf_id=0, func_info_rec_size=0 => 8, func_info=NULL, nr_func_info=0, nr_line_info=0, line_info=NULL, jited_line_info=NULL, nr_jited_line_info=0, line_info_rec_size=0 => 16, jited_line_info_rec_size=0 => 8, nr_prog_tags=0 => 1, prog_tags=NULL, run_time_ns=0, run_cnt=0, recursion_misses=0, verified_insns=3, attach_btf_obj_id=0, attach_btf_id=0}}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=5<anon_inode:bpf-prog>, info_len=232, info=0x23001000}}, 16) = -1 EFAULT (Bad address)
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3<anon_inode:bpf-map>, info_len=80, info={type=BPF_MAP_TYPE_ARRAY, id=N, key_size=4, value_size=8, max_entries=1, map_flags=0, name="", ifindex=0, btf_vmlinux_value_type_id=0, netns_dev=makedev(0, 0), netns_ino=0, btf_id=0, btf_key_type_id=0, btf_value_type_id=0}}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3<anon_inode:bpf-map>, info_len=120, info={type=BPF_MAP_TYPE_ARRAY, id=N, key_size=4, value_size=8, max_entries=1, map_flags=0, name="", ifindex=0, btf_vmlinux_value_type_id=0, netns_dev=makedev(0, 0), netns_ino=0, btf_id=0, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_id=0, map_extra=0, hash=0, hash_size=0, extra_data="\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00" /* bytes 100..119 */}}}, 16) = -1 E2BIG (Argument list too long)
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=240, info={type=BPF_PROG_TYPE_KPROBE, id=N, tag=TAG, jited_prog_len=1, jited_prog_insns=NULL, xlated_prog_len=0, xlated_prog_insns=NULL, load_time=T, created_by_uid=0, nr_map_ids=0, map_ids=NULL, name="", ifindex=0, gpl_compatible=0, netns_dev=makedev(0, 0), netns_ino=0, nr_jited_ksyms=0, nr_jited_func_lens=0, jited_ksyms=NULL, jited_func_lens=NULL, btf_id=0, func_info_rec_size=0, func_info=NULL, nr_func_info=0, nr_line_info=0, line_info=NULL, jited_line_info=NULL, nr_jited_line_info=0, line_info_rec_size=0, jited_line_info_rec_size=0, nr_prog_tags=0, prog_tags=NULL, run_time_ns=0, run_cnt=0, recursion_misses=0, verified_insns=0, attach_btf_obj_id=0, attach_btf_id=0, extra_data="\x00\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00" /* bytes 228..239 */}}}, 16) = -1 E2BIG (Argument list too long)
EOF2
		$SCT -y -o "$T/bpfinfo.txt" -e trace=bpf -- $B/sc_bpfinfo
		expect_lines "bpfinfo" "$T/bpfinfo.txt" <<'EOF2'
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=296 => 232, info=0x23000400}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=232, info=0x23000400}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=232, info=0x23000400}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=232, info=0x23000400}}, 16) = -1 EFAULT (Bad address)
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=40, info=0x23000400}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=5<anon_inode:bpf-prog>, info_len=232, info=0x23000400}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=5<anon_inode:bpf-prog>, info_len=232, info=0x23000400}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=5<anon_inode:bpf-prog>, info_len=232, info=0x23001000}}, 16) = -1 EFAULT (Bad address)
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3<anon_inode:bpf-map>, info_len=80, info=0x23000400}}, 16) = 0
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3<anon_inode:bpf-map>, info_len=120, info=0x23000400}}, 16) = -1 E2BIG (Argument list too long)
bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=240, info=0x23000400}}, 16) = -1 E2BIG (Argument list too long)
EOF2
		$SCT -y -v --json -o "$T/bpfinfo.json" -e trace=bpf -- $B/sc_bpfinfo
		jq_true "bpfinfo: JSON xlated instructions, before and after" "$T/bpfinfo.json" \
			'map(select(.syscall == "bpf"))[5].args.uattr.info | .info.xlated_prog_len == 8 and .info.xlated_prog_len_out == 16 and (.info.xlated_prog_insns | length) == 1'
	fi
fi

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

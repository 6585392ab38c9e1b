# The scheduling family (src/decode_sched.c) and the small syscalls added
# with it, as strace 7.2 prints them (tests/progs/sc_sched.c).  Left out:
# the successful name_to_handle_at (its handle and mount id are the
# machine's) and the host names set inside the program's UTS namespace.
if want sched; then
	$SCT -o "$T/sched.txt" -e trace=rt_sigpending,rt_sigqueueinfo,rt_tgsigqueueinfo,signalfd,sched_setparam,sched_getparam,sched_setscheduler,sched_getscheduler,sched_get_priority_max,sched_get_priority_min,sched_rr_get_interval,settimeofday,clock_settime,timer_getoverrun,alarm,ioprio_set,ioprio_get,kcmp,sethostname,setdomainname,iopl,ioperm,readahead,set_thread_area,get_thread_area,name_to_handle_at,open_by_handle_at,eventfd,epoll_create,inotify_rm_watch,setpgid,getpgid,getsid,setuid,setgid,setreuid,setregid,setfsuid,setfsgid,io_uring_register -- $B/sc_sched >/dev/null
	check "sched: exit status" $? "nonzero exit"
	expect_lines "sched" "$T/sched.txt" <<'EOF2'
rt_sigpending([USR2], 8)                = 0
rt_sigpending([USR2], 4)                = 0
rt_sigpending(NULL, 8)                  = -1 EFAULT (Bad address)
rt_sigpending(0xffffffffffffffff, 8)    = -1 EFAULT (Bad address)
rt_sigpending(0x30000000, 16)           = -1 EINVAL (Invalid argument)
rt_sigqueueinfo(2147483632, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1, si_uid=2, si_int=3, si_ptr=0x3}) = -1 ESRCH (No such process)
rt_sigqueueinfo(2147483632, SIGUSR1, NULL) = -1 EFAULT (Bad address)
rt_sigqueueinfo(2147483632, 153, 0x30000fc0) = -1 EPERM (Operation not permitted)
rt_tgsigqueueinfo(2147483632, 2147483633, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1, si_uid=2, si_int=3, si_ptr=0x3}) = -1 ESRCH (No such process)
rt_tgsigqueueinfo(2147483632, 2147483633, SIGRT_4, 0xffffffffffffffff) = -1 EFAULT (Bad address)
signalfd(-1, [INT USR1], 8)             = 3
signalfd(-1, 0x30000200, 4)             = -1 EINVAL (Invalid argument)
signalfd(-1, NULL, 8)                   = -1 EFAULT (Bad address)
sched_setparam(0, {sched_priority=0})   = 0
sched_setparam(0, NULL)                 = -1 EINVAL (Invalid argument)
sched_setparam(-1, 0xffffffffffffffff)  = -1 EINVAL (Invalid argument)
sched_getparam(0, {sched_priority=0})   = 0
sched_getparam(0, NULL)                 = -1 EINVAL (Invalid argument)
sched_getparam(2147483632, 0x30000258)  = -1 ESRCH (No such process)
sched_setscheduler(0, SCHED_OTHER, {sched_priority=0}) = 0
sched_setscheduler(0, SCHED_RESET_ON_FORK|SCHED_FIFO, NULL) = -1 EINVAL (Invalid argument)
sched_setscheduler(-1, 0x77 /* SCHED_??? */, 0xffffffffffffffff) = -1 EINVAL (Invalid argument)
sched_setscheduler(-1, SCHED_RESET_ON_FORK|0x77, NULL) = -1 EINVAL (Invalid argument)
sched_get_priority_min(0x40000001 /* SCHED_??? */) = -1 EINVAL (Invalid argument)
sched_getscheduler(0)                   = 0 (SCHED_OTHER)
sched_getscheduler(-1)                  = -1 EINVAL (Invalid argument)
sched_get_priority_max(SCHED_FIFO)      = 99
sched_get_priority_min(SCHED_RR)        = 1
sched_get_priority_max(0x77 /* SCHED_??? */) = -1 EINVAL (Invalid argument)
sched_get_priority_min(SCHED_IDLE)      = 0
sched_rr_get_interval(-1, 0x30000280)   = -1 EINVAL (Invalid argument)
sched_rr_get_interval(0, NULL)          = -1 EFAULT (Bad address)
settimeofday({tv_sec=1, tv_usec=1000000}, NULL) = -1 EINVAL (Invalid argument)
settimeofday(NULL, {tz_minuteswest=960, tz_dsttime=1}) = -1 EINVAL (Invalid argument)
settimeofday(0xffffffffffffffff, 0xffffffffffffffff) = -1 EFAULT (Bad address)
clock_settime(CLOCK_MONOTONIC, {tv_sec=1, tv_nsec=2}) = -1 EINVAL (Invalid argument)
clock_settime(0x77 /* CLOCK_??? */, NULL) = -1 EINVAL (Invalid argument)
timer_getoverrun(119)                   = -1 EINVAL (Invalid argument)
alarm(0)                                = 0
alarm(4294967295)                       = 0
alarm(0)                                = 4294967295
ioprio_set(IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)) = 0
ioprio_get(IOPRIO_WHO_PROCESS, 0)       = 16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))
ioprio_set(IOPRIO_WHO_PGRP, 2147483632, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 7)) = -1 ESRCH (No such process)
ioprio_set(IOPRIO_WHO_USER, 2147483632, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0)) = -1 ESRCH (No such process)
ioprio_set(0x7 /* IOPRIO_WHO_??? */, 2147483632, IOPRIO_PRIO_VALUE(0x7 /* IOPRIO_CLASS_??? */, 1)) = -1 EINVAL (Invalid argument)
ioprio_get(0x7 /* IOPRIO_WHO_??? */, 0) = -1 EINVAL (Invalid argument)
kcmp(-1, -1, KCMP_FILE, 1, 2)           = -1 ESRCH (No such process)
kcmp(-1, -1, KCMP_VM)                   = -1 ESRCH (No such process)
kcmp(-1, -1, KCMP_SYSVSEM)              = -1 ESRCH (No such process)
kcmp(-1, -1, KCMP_EPOLL_TFD, 0, 0x2)    = -1 ESRCH (No such process)
kcmp(-1, -1, KCMP_EPOLL_TFD, 3, {efd=5, tfd=6, toff=7}) = -1 ESRCH (No such process)
kcmp(-1, -1, KCMP_EPOLL_TFD, 3, 0x30000ffc) = -1 ESRCH (No such process)
kcmp(-1, -1, 0x77 /* KCMP_??? */, 0x1, 0x2) = -1 ESRCH (No such process)
sethostname(0x30000320, 200)            = -1 EINVAL (Invalid argument)
sethostname(NULL, 5)                    = -1 EFAULT (Bad address)
setdomainname(0x30000320, 200)          = -1 EINVAL (Invalid argument)
setdomainname(0x30000ffe, 5)            = -1 EFAULT (Bad address)
iopl(4)                                 = -1 ENOSYS (Function not implemented)
ioperm(0x3f8, 0x10000, 1)               = -1 ENOSYS (Function not implemented)
readahead(-1, 4660, 4096)               = -1 EBADF (Bad file descriptor)
set_thread_area(NULL)                   = -1 ENOSYS (Function not implemented)
set_thread_area(0xffffffffffffffff)     = -1 ENOSYS (Function not implemented)
set_thread_area({entry_number=-1, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, contents=2, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1, lm=0}) = -1 ENOSYS (Function not implemented)
get_thread_area({entry_number=-1, ...}) = -1 ENOSYS (Function not implemented)
get_thread_area({entry_number=12, ...}) = -1 ENOSYS (Function not implemented)
get_thread_area(NULL)                   = -1 ENOSYS (Function not implemented)
name_to_handle_at(-1, "/nonexistent", NULL, NULL, AT_SYMLINK_FOLLOW|AT_EMPTY_PATH) = -1 ENOENT (No such file or directory)
name_to_handle_at(AT_FDCWD, "/", {handle_bytes=0 => 8}, 0x300004b0, AT_HANDLE_MNT_ID_UNIQUE|AT_HANDLE_FID) = -1 EOVERFLOW (Value too large for defined data type)
name_to_handle_at(AT_FDCWD, "/nonexistent", {handle_bytes=8}, 0x300004b0, 0x10000 /* AT_??? */) = -1 EINVAL (Invalid argument)
name_to_handle_at(AT_FDCWD, "/", 0x30000ffc, 0x300004b0, 0) = -1 EFAULT (Bad address)
open_by_handle_at(-1, {handle_bytes=8, handle_type=1, f_handle="\x01\x02\x03\x04\x05\x06\x07\x08"}, O_RDONLY|O_CLOEXEC) = -1 EBADF (Bad file descriptor)
open_by_handle_at(-1, NULL, O_RDWR)     = -1 EFAULT (Bad address)
open_by_handle_at(-1, {handle_bytes=200, handle_type=1, f_handle="\x01\x02\x03\x04\x05\x06\x07\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"...}, O_RDONLY) = -1 EINVAL (Invalid argument)
open_by_handle_at(-1, {handle_bytes=0, handle_type=0, f_handle=""}, O_WRONLY) = -1 EINVAL (Invalid argument)
eventfd(3)                              = 4
epoll_create(7)                         = 4
epoll_create(0)                         = -1 EINVAL (Invalid argument)
inotify_rm_watch(-1, 3)                 = -1 EBADF (Bad file descriptor)
setpgid(0, 0)                           = 0
setpgid(-1, 1)                          = -1 ESRCH (No such process)
getpgid(-1)                             = -1 ESRCH (No such process)
getsid(-1)                              = -1 ESRCH (No such process)
setuid(-1)                              = -1 EINVAL (Invalid argument)
setgid(-1)                              = -1 EINVAL (Invalid argument)
setreuid(-1, -1)                        = 0
setregid(-1, -1)                        = 0
setfsuid(-1)                            = 0
setfsgid(-1)                            = 0
io_uring_register(-1, IORING_REGISTER_BUFFERS, NULL, 0) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILES, [2048, 0, 0], 3) = -1 EINVAL (Invalid argument)
io_uring_register(-1, 0x77 /* IORING_REGISTER_??? */, 0x30000000, 1) = -1 EINVAL (Invalid argument)
io_uring_register(4294967295, IORING_REGISTER_EVENTFD|IORING_REGISTER_USE_REGISTERED_RING, NULL, 0) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_EVENTFD, [0], 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILE_ALLOC_RANGE, {off=0, len=1, resv=0xffffffff}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILE_ALLOC_RANGE, 0x30000578, 2) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILES, [0, ... /* 0x30001000 */], 2) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_BUFFERS, [{iov_base=0x1000, iov_len=16}, {iov_base=NULL, iov_len=0}], 2) = -1 EINVAL (Invalid argument)
io_uring_register(4294967295, IORING_REGISTER_FILE_ALLOC_RANGE|IORING_REGISTER_USE_REGISTERED_RING, {off=0, len=1, resv=0xffffffff}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_UNREGISTER_BUFFERS, 0x30000578, 1) = -1 EINVAL (Invalid argument)
io_uring_register(4294967295, 0x77 /* IORING_REGISTER_??? */|IORING_REGISTER_USE_REGISTERED_RING, 0x30000578, 1) = -1 EINVAL (Invalid argument)
EOF2
	# -X verbose and -e verbose=none
	$SCT -o "$T/sched-xv.txt" -X verbose -e trace=ioprio_set,ioprio_get,rt_sigpending,sched_setscheduler,io_uring_register -- $B/sc_sched >/dev/null
	expect_lines "sched -X verbose" "$T/sched-xv.txt" <<'EOF2'
rt_sigpending([12 /* USR2 */], 8)       = 0
sched_setscheduler(0, 0x40000001 /* SCHED_RESET_ON_FORK|SCHED_FIFO */, NULL) = -1 EINVAL (Invalid argument)
ioprio_set(0x1 /* IOPRIO_WHO_PROCESS */, 0, 16388 /* IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */) = 0
ioprio_get(0x1 /* IOPRIO_WHO_PROCESS */, 0) = 16388 (IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4))
io_uring_register(4294967295, 0x4 /* IORING_REGISTER_EVENTFD */|0x80000000 /* IORING_REGISTER_USE_REGISTERED_RING */, NULL, 0) = -1 EINVAL (Invalid argument)
EOF2
	$SCT -o "$T/sched-vn.txt" -e verbose=none -e trace=rt_sigpending,signalfd,settimeofday,name_to_handle_at,get_thread_area -- $B/sc_sched >/dev/null
	expect_lines "sched verbose=none" "$T/sched-vn.txt" <<'EOF2'
rt_sigpending(0x30000000, 8)            = 0
signalfd(-1, 0x30000200, 8)             = 3
settimeofday(0x300002bc, NULL)          = -1 EINVAL (Invalid argument)
get_thread_area(0x30000384)             = -1 ENOSYS (Function not implemented)
name_to_handle_at(AT_FDCWD, "/", 0x30000400, 0x300004b0, 0) = 0
EOF2
fi

# io_uring_register's structs, what their pointers lead to and the fds in
# them (src/decode_uring.c), -y, as strace 7.2 prints them
# (tests/progs/sc_uring.c; fd 3 is /dev/full, stdin /dev/null)
if want uring; then
	$SCT -y -o "$T/uring.txt" -e trace=io_uring_register -- $B/sc_uring </dev/null
	check "uring: exit status" $? "nonzero exit"
	expect_lines "uring" "$T/uring.txt" <<'EOF2'
io_uring_register(-1, IORING_REGISTER_FILES_UPDATE, {offset=7, fds=[3</dev/full>, 0</dev/null>, -1, IORING_REGISTER_FILES_SKIP, -3]}, 5) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILES_UPDATE, {offset=7, resv=0x11, fds=[]}, 0) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_PROBE, {last_op=IORING_OP_READV, ops_len=2, ops=[{op=IORING_OP_READ, flags=IO_URING_OP_SUPPORTED}, {op=65 /* IORING_OP_??? */, resv=0x3, flags=IO_URING_OP_SUPPORTED|0x2, resv2=0xbeef}]}, 2) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_PROBE, 0x31000280, 2) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_RESTRICTIONS, [{opcode=IORING_RESTRICTION_REGISTER_OP, register_op=IORING_REGISTER_QUERY}, {opcode=IORING_RESTRICTION_SQE_OP, sqe_op=IORING_OP_URING_CMD128, resv=0x77}, {opcode=IORING_RESTRICTION_SQE_FLAGS_ALLOWED, sqe_flags=IOSQE_FIXED_FILE|IOSQE_CQE_SKIP_SUCCESS}, {opcode=IORING_RESTRICTION_SQE_FLAGS_REQUIRED, sqe_flags=0x80 /* IOSQE_??? */, resv2=[0, 0x5, 0]}, {opcode=0x9 /* IORING_RESTRICTION_??? */ /* op: 0xef */}], 5) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILES2, {nr=3, flags=IORING_RSRC_REGISTER_SPARSE, data=[3</dev/full>, 0</dev/null>, -1], tags=[0x1, 0xdead, 0]}, 32) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILES2, {nr=3, flags=IORING_RSRC_REGISTER_SPARSE, data=[3</dev/full>, 0</dev/null>, -1], tags=[0x1, 0xdead, 0], /* bytes 32..39 */ "\x00\x00\x00\x00\xa1\x00\x00\x00"}, 40) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILES2, {nr=3, flags=IORING_RSRC_REGISTER_SPARSE, data=[0</dev/null>, 0</dev/null>, ... /* 0x31001000 */], tags=NULL}, 32) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_BUFFERS_UPDATE, {offset=5, data=[{iov_base=0x1000, iov_len=16}, {iov_base=NULL, iov_len=3}], tags=NULL, nr=2}, 32) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_FILES_UPDATE2, {offset=5, data=[3</dev/full>, 0</dev/null>], tags=[0x1, 0xdead], nr=2}, 32) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_IOWQ_AFF, [0 1 3 15], 2) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_IOWQ_MAX_WORKERS, [[IO_WQ_BOUND]=4, [IO_WQ_UNBOUND]=8] => 0x31000510, 2) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_RING_FDS, [{offset=-1, data=3</dev/full>}, {offset=1, resv=0x99, data=0</dev/null>}, {offset=2, data=-1}], 3) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_UNREGISTER_RING_FDS, [{offset=4294967295, data=0x3}, {offset=1, resv=0x99}, {offset=2, data=0xffffffffffffffff}], 3) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_PBUF_RING, {ring_addr=0x31000000, ring_entries=8, bgid=1, flags=0x2, min_left=4}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_SYNC_CANCEL, {addr=NULL, fd=3</dev/full>, flags=IORING_ASYNC_CANCEL_ALL|IORING_ASYNC_CANCEL_FD, timeout={tv_sec=1, tv_nsec=2}, opcode=IORING_OP_READ}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_NAPI, {busy_poll_to=0x64, prefer_busy_poll=0x1, opcode=IO_URING_NAPI_REGISTER_OP, op_param=IO_URING_NAPI_TRACKING_STATIC}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_CLOCK, {clockid=CLOCK_MONOTONIC}, 0) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_CLONE_BUFFERS, {src_fd=3</dev/full>, flags=IORING_REGISTER_SRC_REGISTERED, src_off=1, dst_off=2, nr=4}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_SEND_MSG_RING, {opcode=IORING_OP_MSG_RING, flags=IOSQE_FIXED_FILE, ioprio=0, fd=0</dev/null>, off=0, addr=0, len=5, msg_ring_flags=IORING_MSG_RING_CQE_SKIP, user_data=0xcafe, buf_index=0, personality=0, file_index=0, optval=0}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_ZCRX_IFQ, {if_idx=2, if_rxq=0, rq_entries=0, flags=ZCRX_REG_IMPORT, area_ptr=0x31000000, region_ptr=NULL, offsets={head=64, tail=0, rqes=0}, zcrx_id=0, rx_buf_len=0, event_desc=NULL}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_RESIZE_RINGS, {sq_entries=8, cq_entries=16, flags=IORING_SETUP_CQSIZE}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_MEM_REGION, {region_uptr=0x31000000, flags=IORING_MEM_REGION_REG_WAIT_ARG}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_ZCRX_CTRL, {zcrx_id=7, op=ZCRX_CTRL_FLUSH_RQ, zc_flush={}}, 1) = -1 EINVAL (Invalid argument)
io_uring_register(-1, IORING_REGISTER_QUERY, {query_data=0x31000b00, query_op=IO_URING_QUERY_OPCODES, size=48, result=0, query_data={nr_request_opcodes=50, nr_register_opcodes=36, feature_flags=IORING_FEAT_SINGLE_MMAP, ring_setup_flags=IORING_SETUP_SQPOLL, enter_flags=0, sqe_flags=0, nr_query_opcodes=0}, next_entry={query_data=0x31000b40, query_op=IO_URING_QUERY_SCQ, size=16, result=0, query_data={hdr_size=64, hdr_alignment=8}, next_entry={query_data=NULL, query_op=0x9 /* IO_URING_QUERY_??? */, size=0, result=-22, next_entry=0x31001000}}}, 0) = -1 EFAULT (Bad address)
EOF2
	$SCT -y -X verbose -o "$T/uring-xv.txt" -e trace=io_uring_register -- $B/sc_uring </dev/null
	expect_lines "uring -X verbose" "$T/uring-xv.txt" <<'EOF2'
io_uring_register(-1, 0x6 /* IORING_REGISTER_FILES_UPDATE */, {offset=7, fds=[3</dev/full>, 0</dev/null>, -1, -2 /* IORING_REGISTER_FILES_SKIP */, -3]}, 5) = -1 EINVAL (Invalid argument)
io_uring_register(-1, 0x6 /* IORING_REGISTER_FILES_UPDATE */, {offset=7, resv=0x11, fds=[]}, 0) = -1 EINVAL (Invalid argument)
io_uring_register(-1, 0xb /* IORING_REGISTER_RESTRICTIONS */, [{opcode=0 /* IORING_RESTRICTION_REGISTER_OP */, register_op=0x23 /* IORING_REGISTER_QUERY */}, {opcode=0x1 /* IORING_RESTRICTION_SQE_OP */, sqe_op=0x40 /* IORING_OP_URING_CMD128 */, resv=0x77}, {opcode=0x2 /* IORING_RESTRICTION_SQE_FLAGS_ALLOWED */, sqe_flags=0x41 /* IOSQE_FIXED_FILE|IOSQE_CQE_SKIP_SUCCESS */}, {opcode=0x3 /* IORING_RESTRICTION_SQE_FLAGS_REQUIRED */, sqe_flags=0x80 /* IOSQE_??? */, resv2=[0, 0x5, 0]}, {opcode=0x9 /* IORING_RESTRICTION_??? */ /* op: 0xef */}], 5) = -1 EINVAL (Invalid argument)
io_uring_register(-1, 0x13 /* IORING_REGISTER_IOWQ_MAX_WORKERS */, [[0 /* IO_WQ_BOUND */]=4, [1 /* IO_WQ_UNBOUND */]=8] => 0x31000510, 2) = -1 EINVAL (Invalid argument)
io_uring_register(-1, 0x1f /* IORING_REGISTER_SEND_MSG_RING */, {opcode=40 /* IORING_OP_MSG_RING */, flags=0x1 /* IOSQE_FIXED_FILE */, ioprio=0, fd=0</dev/null>, off=0, addr=0, len=5, msg_ring_flags=0x1 /* IORING_MSG_RING_CQE_SKIP */, user_data=0xcafe, buf_index=0, personality=0, file_index=0, optval=0}, 1) = -1 EINVAL (Invalid argument)
EOF2
	$SCT -y -X raw -o "$T/uring-xr.txt" -e trace=io_uring_register -- $B/sc_uring </dev/null
	expect_lines "uring -X raw" "$T/uring-xr.txt" <<'EOF2'
io_uring_register(-1, 0x6, {offset=7, fds=[3</dev/full>, 0</dev/null>, -1, -2, -3]}, 5) = -1 EINVAL (Invalid argument)
io_uring_register(-1, 0x6, {offset=7, resv=0x11, fds=[]}, 0) = -1 EINVAL (Invalid argument)
io_uring_register(-1, 0x13, [[0]=4, [1]=8] => 0x31000510, 2) = -1 EINVAL (Invalid argument)
io_uring_register(-1, 0x23, {query_data=0x31000b00, query_op=0, size=48, result=0, query_data={nr_request_opcodes=50, nr_register_opcodes=36, feature_flags=0x1, ring_setup_flags=0x2, enter_flags=0, sqe_flags=0, nr_query_opcodes=0}, next_entry={query_data=0x31000b40, query_op=0x2, size=16, result=0, query_data={hdr_size=64, hdr_alignment=8}, next_entry={query_data=NULL, query_op=0x9, size=0, result=-22, next_entry=0x31001000}}}, 0) = -1 EFAULT (Bad address)
EOF2
	$SCT -e verbose=none -o "$T/uring-vn.txt" -e trace=io_uring_register -- $B/sc_uring </dev/null
	has_line "uring verbose=none" "$T/uring-vn.txt" \
		'io_uring_register(-1, IORING_REGISTER_FILES_UPDATE, 0x31000100, 5) = -1 EINVAL (Invalid argument)'
	$SCT --json -y -o "$T/uring.json" -e trace=io_uring_register -- $B/sc_uring </dev/null
	jq_true "uring: JSON files update" "$T/uring.json" \
		'map(select(.args.opcode == "IORING_REGISTER_FILES_UPDATE"))[0].args.arg |
		 .offset == 7 and .fds == [3, 0, -1, "IORING_REGISTER_FILES_SKIP", -3]'
	jq_true "uring: JSON rsrc data and tags" "$T/uring.json" \
		'map(select(.args.opcode == "IORING_REGISTER_FILES2"))[0].args.arg |
		 .nr == 3 and .flags == "IORING_RSRC_REGISTER_SPARSE" and .data == [3, 0, -1] and
		 .tags == [1, 57005, 0]'
	jq_true "uring: JSON query chain" "$T/uring.json" \
		'map(select(.args.opcode == "IORING_REGISTER_QUERY"))[0].args.arg |
		 .query_op == "IO_URING_QUERY_OPCODES" and .next_entry.query_op == "IO_URING_QUERY_SCQ" and
		 .next_entry.query_data.hdr_size == 64 and .next_entry.next_entry.result == -22 and
		 .next_entry.next_entry.next_entry == "0x31001000"'
	jq_true "uring: JSON an SQE and its fd" "$T/uring.json" \
		'map(select(.args.opcode == "IORING_REGISTER_SEND_MSG_RING"))[0].args.arg |
		 .opcode == "IORING_OP_MSG_RING" and .fd == 0 and .fd_path == "/dev/null" and .user_data == 51966'
fi

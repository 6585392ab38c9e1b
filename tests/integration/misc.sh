# process/time/misc family (src/decode_misc.c, decode_time.c, decode_process.c):
# lines as strace 7.2 prints them
if want misc; then
	$SCT -o "$T/misc.txt" -e trace=nanosleep,clock_nanosleep,clock_adjtime,adjtimex,setns,unshare,pidfd_open,pidfd_send_signal,get_robust_list,setgroups,getrusage,getcpu,futex_requeue,futex_wake,capget,clone3 -- $B/sc_misc >/dev/null
	check "misc: exit status" $? "nonzero"
	expect_lines "misc" "$T/misc.txt" <<'EOF2'
nanosleep({tv_sec=0, tv_nsec=1000}, NULL) = 0
clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=0, tv_nsec=1000}, NULL) = 0
nanosleep({tv_sec=-1, tv_nsec=18446744073709551615}, NULL) = -1 EINVAL (Invalid argument)
clock_adjtime(CLOCK_MONOTONIC, NULL)    = -1 EFAULT (Bad address)
adjtimex(NULL)                          = -1 EFAULT (Bad address)
setns(-1, CLONE_NEWUTS|CLONE_NEWNET)    = -1 EBADF (Bad file descriptor)
setns(-1, 0x1 /* CLONE_NEW??? */)       = -1 EBADF (Bad file descriptor)
unshare(0)                              = 0
pidfd_open(-1, PIDFD_NONBLOCK)          = -1 EINVAL (Invalid argument)
pidfd_send_signal(-1, SIGUSR1, NULL, 0) = -1 EBADF (Bad file descriptor)
get_robust_list(0, NULL, NULL)          = -1 EFAULT (Bad address)
setgroups(-1, NULL)                     = -1 EINVAL (Invalid argument)
getrusage(RUSAGE_SELF, NULL)            = -1 EFAULT (Bad address)
getcpu(NULL, NULL, NULL)                = 0
futex_requeue([{val=0x1, uaddr=0x10000100, flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE}, {val=0x2, uaddr=0x10000200, flags=FUTEX2_SIZE_U32|FUTEX2_NUMA}], 0, 1, 2) = -1 EINVAL (Invalid argument)
futex_requeue(NULL, 0, 1, 2)            = -1 EINVAL (Invalid argument)
futex_wake(0x10000300, FUTEX_BITSET_MATCH_ANY, 1, FUTEX2_SIZE_U32|FUTEX2_PRIVATE) = 0
capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, NULL) = 0
clone3(NULL, 0)                         = -1 EINVAL (Invalid argument)
EOF2
	# structs and arrays running into an unmapped page, struct tails,
	# getrandom's forced hex
	$SCT -o "$T/misc-partial.txt" -e trace=clone3,listns,setgroups,getrandom -- $B/sc_misc >/dev/null
	expect_lines "misc partial" "$T/misc-partial.txt" <<'EOF2'
clone3({flags=0, exit_signal=0, stack=NULL, stack_size=0, ???}, 96) = -1 EFAULT (Bad address)
clone3({flags=0, exit_signal=0, stack=NULL, stack_size=0, /* bytes 88..95 */ "\xde\xc0\xad\xde\xed\xfe\xce\xfa"}, 96) = -1 E2BIG (Argument list too long)
clone3({flags=CLONE_FILES|CLONE_EMPTY_MNTNS, exit_signal=0, stack=NULL, stack_size=0}, 64) = -1 EINVAL (Invalid argument)
listns({size=31}, NULL, 0, 0)           = -1 ENOSYS (Function not implemented)
listns({size=32, ???}, NULL, 0, 0)      = -1 ENOSYS (Function not implemented)
listns(0x10000ffd, NULL, 0, 0)          = -1 ENOSYS (Function not implemented)
setgroups(2, [-1, ... /* 0x10001000 */]) = -1 EINVAL (Invalid argument)
setgroups(3, [-1, 0, ... /* 0x10001000 */]) = -1 EINVAL (Invalid argument)
EOF2
	has_re "misc partial: getrandom in hex" "$T/misc-partial.txt" \
		'^getrandom\("(\\x[0-9a-f]{2}){3}", 3, 0\) += 3$'
	$SCT -o "$T/misc-X.txt" -Xverbose -e trace=futex_requeue,setns -- $B/sc_misc >/dev/null
	expect_lines "misc -X verbose" "$T/misc-X.txt" <<'EOF2'
setns(-1, 0x44000000 /* CLONE_NEWUTS|CLONE_NEWNET */) = -1 EBADF (Bad file descriptor)
setns(-1, 0x1 /* CLONE_NEW??? */)       = -1 EBADF (Bad file descriptor)
futex_requeue([{val=0x1, uaddr=0x10000100, flags=0x82 /* FUTEX2_SIZE_U32|FUTEX2_PRIVATE */}, {val=0x2, uaddr=0x10000200, flags=0x6 /* FUTEX2_SIZE_U32|FUTEX2_NUMA */}], 0, 1, 2) = -1 EINVAL (Invalid argument)
futex_requeue(NULL, 0, 1, 2)            = -1 EINVAL (Invalid argument)
EOF2
fi
if want misc; then
	$SCT -o "$T/misc-rseq.txt" -e trace=rseq -- $B/sc_misc >/dev/null
	expect_lines "misc rseq" "$T/misc-rseq.txt" <<'EOF2'
rseq({cpu_id_start=0, cpu_id=RSEQ_CPU_ID_UNINITIALIZED, rseq_cs=NULL, flags=0, node_id=0, mm_cid=0, slice_ctrl={request=1, granted=2, __reserved=0x300}, __reserved=0}, 32, 0, 0x53053053) = -1 EINVAL (Invalid argument)
rseq(0x10000800, 28, 0, 0x53053053)     = -1 EINVAL (Invalid argument)
rseq({cpu_id_start=0, cpu_id=RSEQ_CPU_ID_UNINITIALIZED, rseq_cs=NULL, flags=0, node_id=0, mm_cid=0, slice_ctrl={request=1, granted=2, __reserved=0x300}, __reserved=0x4}, 40, RSEQ_FLAG_UNREGISTER, 0x53053053) = -1 EINVAL (Invalid argument)
rseq(NULL, 32, 0, 0)                    = -1 EINVAL (Invalid argument)
rseq(NULL, 32, 0x8 /* RSEQ_FLAG_??? */, 0) = -1 EINVAL (Invalid argument)
EOF2
fi

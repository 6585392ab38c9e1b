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
	$SCT -o "$T/misc-X.txt" -Xverbose -e trace=futex_requeue,setns -- $B/sc_misc >/dev/null
	expect_lines "misc -X verbose" "$T/misc-X.txt" <<'EOF2'
setns(-1, 0x44000000 /* CLONE_NEWUTS|CLONE_NEWNET */) = -1 EBADF (Bad file descriptor)
setns(-1, 0x1 /* CLONE_NEW??? */)       = -1 EBADF (Bad file descriptor)
futex_requeue([{val=0x1, uaddr=0x10000100, flags=0x82 /* FUTEX2_SIZE_U32|FUTEX2_PRIVATE */}, {val=0x2, uaddr=0x10000200, flags=0x6 /* FUTEX2_SIZE_U32|FUTEX2_NUMA */}], 0, 1, 2) = -1 EINVAL (Invalid argument)
futex_requeue(NULL, 0, 1, 2)            = -1 EINVAL (Invalid argument)
EOF2
fi

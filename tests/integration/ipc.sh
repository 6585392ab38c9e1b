# ipc and ptrace families (src/decode_ipc.c, src/decode_ptrace.c): SysV
# IPC, POSIX message queues, aio and ptrace, as strace 7.2 prints them
if want ipc; then
	IPC_TRACE=trace=%ipc,mq_open,mq_getsetattr,mq_unlink,io_setup,io_destroy,io_submit,io_cancel,ptrace
	$SCT -o "$T/ipc.txt" -e $IPC_TRACE -- $B/sc_ipc >/dev/null
	expect_lines "ipc" "$T/ipc.txt" <<'EOF2'
shmget(IPC_PRIVATE, 0, IPC_CREAT|IPC_EXCL|0600) = -1 EINVAL (Invalid argument)
shmget(0x7ace1e55, 1, 000)              = -1 ENOENT (No such file or directory)
shmget(0x7ace1e55, 1, SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0640) = -1 ENOENT (No such file or directory)
shmget(0x7ace1e55, 1, 21<<SHM_HUGE_SHIFT|0640) = -1 ENOENT (No such file or directory)
shmat(-1, NULL, SHM_RDONLY|SHM_RND)     = -1 EINVAL (Invalid argument)
shmat(-1, 0xffffffffffffffff, SHM_EXEC|0x80000000) = -1 EINVAL (Invalid argument)
shmdt(NULL)                             = -1 EINVAL (Invalid argument)
shmctl(-1, IPC_STAT, NULL)              = -1 EINVAL (Invalid argument)
shmctl(-1, IPC_64|IPC_RMID, 0xffffffffffffffff) = -1 EINVAL (Invalid argument)
shmctl(-1, 0x55 /* SHM_??? */, NULL)    = -1 EINVAL (Invalid argument)
msgget(0x7ace1e55, 0600)                = -1 ENOENT (No such file or directory)
msgctl(-1, IPC_STAT, NULL)              = -1 EINVAL (Invalid argument)
msgsnd(-1, NULL, 0, IPC_NOWAIT)         = -1 EFAULT (Bad address)
semget(0x7ace1e55, 2, 0644)             = -1 ENOENT (No such file or directory)
semctl(-1, 0, IPC_RMID, NULL)           = -1 EINVAL (Invalid argument)
semop(-1, NULL, 0)                      = -1 EINVAL (Invalid argument)
mq_open("sctrace-no-such-queue", O_RDONLY) = -1 ENOENT (No such file or directory)
mq_getsetattr(-1, NULL, NULL)           = -1 EBADF (Bad file descriptor)
mq_unlink("sctrace-no-such-queue")      = -1 ENOENT (No such file or directory)
io_setup(0, NULL)                       = -1 EFAULT (Bad address)
io_destroy(0xface1e55deadbeef)          = -1 EINVAL (Invalid argument)
io_submit(0xface1e55deadbeef, -1, NULL) = -1 EINVAL (Invalid argument)
io_cancel(0xface1e55deadbeef, NULL, NULL) = -1 EFAULT (Bad address)
ptrace(PTRACE_SET_SYSCALL_INFO, 2147483647, 8, {op=PTRACE_SYSCALL_INFO_ENTRY, arch=AUDIT_ARCH_X86_64}) = -1 ESRCH (No such process)
ptrace(PTRACE_SET_SYSCALL_INFO, 2147483647, 48, {op=PTRACE_SYSCALL_INFO_ENTRY, arch=AUDIT_ARCH_X86_64, instruction_pointer=0x1000, stack_pointer=0x2000, entry={nr=__NR_gettid, args=[0xa, 0]}}) = -1 ESRCH (No such process)
ptrace(PTRACE_SETOPTIONS, 2147483647, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_EXITKILL) = -1 ESRCH (No such process)
ptrace(PTRACE_CONT, 2147483647, NULL, SIGCONT) = -1 ESRCH (No such process)
ptrace(PTRACE_ATTACH, 2147483647)       = -1 ESRCH (No such process)
ptrace(0xbad /* PTRACE_??? */, 2147483647, NULL, NULL) = -1 ESRCH (No such process)
EOF2
	$SCT -o "$T/ipc-X.txt" -Xverbose -e $IPC_TRACE -- $B/sc_ipc >/dev/null
	expect_lines "ipc -X verbose" "$T/ipc-X.txt" <<'EOF2'
shmget(0 /* IPC_PRIVATE */, 0, 0x600 /* IPC_CREAT|IPC_EXCL */|0600) = -1 EINVAL (Invalid argument)
shmctl(-1, 0x100 /* IPC_64 */|0 /* IPC_RMID */, 0xffffffffffffffff) = -1 EINVAL (Invalid argument)
shmget(0x7ace1e55, 1, 0x800 /* SHM_HUGETLB */|21<<26 /* SHM_HUGE_SHIFT */|0640) = -1 ENOENT (No such file or directory)
ptrace(0x7 /* PTRACE_CONT */, 2147483647, NULL, 18 /* SIGCONT */) = -1 ESRCH (No such process)
EOF2
fi

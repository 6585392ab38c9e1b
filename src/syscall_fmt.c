// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * How each syscall's arguments print, as data: one row per syscall.
 *
 *   .arg        decoder kind per argument (decode.h, decode_priv.h);
 *               A_DEFAULT (0, left out) prints by the kernel's C type:
 *               pointer -> address, unsigned -> decimal, uid_t -> -1 or
 *               decimal, umode_t -> octal, else signed decimal.
 *   .lenarg     A_BUF_IN / A_SOCKADDR_IN: index of the length argument;
 *               A_SIGSET_*: index of the sigsetsize argument.
 *   .entry_args how many leading args strace prints at entry (the rest,
 *               outputs, at exit: `read(3, <unfinished ...>` then
 *               `<... read resumed>"data", 10) = 4`); 0 = all.
 *   .ret        R_INT (default), R_HEX (mmap, brk), R_FD, R_NONE (exit).
 *   .blocks     the call may block: BPF sends an entry record too.
 *
 * A syscall with no row prints every argument by its C type.
 */
#include <asm/unistd_64.h>
#include "decode_priv.h"
#include "unistd_extra.h"

#define RUSAGE_SIZE 144  /* struct rusage: -v shows every field */

const struct syscall_fmt syscall_fmts[SCT_MAX_SYSCALLS] = {
	/* ---- read/write */
	[__NR_read]       = { .arg = { A_FD, A_BUF_OUT }, .entry_args = 1, .blocks = BLOCKS_UNLESS_REGULAR },
	[__NR_write]      = { .arg = { A_FD, A_BUF_IN }, .lenarg = { [1] = 2 }, .blocks = BLOCKS_UNLESS_REGULAR },
	[__NR_pread64]    = { .arg = { A_FD, A_BUF_OUT }, .entry_args = 1, .blocks = BLOCKS_UNLESS_REGULAR },
	[__NR_pwrite64]   = { .arg = { A_FD, A_BUF_IN }, .lenarg = { [1] = 2 }, .blocks = BLOCKS_UNLESS_REGULAR },
	[__NR_sendfile]   = { .arg = { A_FD, A_FD, A_SENDFILE_OFF, A_UINT }, .blocks = 1 },
	[__NR_splice]     = { .arg = { A_FD, A_LOFF_IN, A_FD, A_LOFF_IN, A_UINT, A_SPLICE_FLAGS }, .blocks = 1 },
	[__NR_tee]        = { .arg = { A_FD, A_FD, A_UINT, A_SPLICE_FLAGS }, .blocks = 1 },

	/* ---- open/close, descriptors */
	[__NR_open]       = { .arg = { A_PATH, A_OPEN_FLAGS, A_OPEN_MODE }, .ret = R_FD, .blocks = 1 },
	[__NR_openat]     = { .arg = { A_DIRFD, A_PATH, A_OPEN_FLAGS, A_OPEN_MODE }, .ret = R_FD, .blocks = 1 },
	[__NR_creat]      = { .arg = { A_PATH, A_MODE }, .ret = R_FD, .blocks = 1 },
	[__NR_close]      = { .arg = { A_FD } },
	[__NR_dup]        = { .arg = { A_FD }, .ret = R_FD },
	[__NR_dup2]       = { .arg = { A_FD, A_FD }, .ret = R_FD },
	[__NR_dup3]       = { .arg = { A_FD, A_FD, A_FD_FLAGS }, .ret = R_FD },
	[__NR_pipe]       = { .arg = { A_INT_PAIR_OUT } },
	[__NR_pipe2]      = { .arg = { A_INT_PAIR_OUT, A_FD_FLAGS } },
	[__NR_lseek]      = { .arg = { A_FD, A_DEFAULT, A_SEEK_WHENCE } },
	[__NR_fcntl]      = { .arg = { A_FD, A_FCNTL_CMD, A_FCNTL_ARG }, .ret = R_BY_ARGS },
	[__NR_ioctl]      = { .arg = { A_FD, A_IOCTL_CMD, A_IOCTL_ARG } },
	[__NR_flock]      = { .arg = { A_FD, A_FLOCK_OP }, .blocks = 1 },
	[__NR_fsync]      = { .arg = { A_FD } },
	[__NR_fdatasync]  = { .arg = { A_FD } },
	[__NR_ftruncate]  = { .arg = { A_FD, A_UINT } },
	[__NR_fchdir]     = { .arg = { A_FD } },
	[__NR_fchmod]     = { .arg = { A_FD, A_MODE } },
	[__NR_fchown]     = { .arg = { A_FD } },
	[__NR_getdents]   = { .arg = { A_FD, A_DIRENTS, A_DEFAULT }, .entry_args = 1 },
	[__NR_getdents64] = { .arg = { A_FD, A_DIRENTS, A_DEFAULT }, .entry_args = 1 },
	[__NR_epoll_create1] = { .arg = { A_EPOLL_FLAGS }, .ret = R_FD },
	[__NR_epoll_ctl]  = { .arg = { A_FD, A_EPOLL_CTL_OP, A_FD, A_EPOLL_EVENT_IN } },
	[__NR_eventfd2]   = { .arg = { A_UINT, A_EFD_FLAGS }, .ret = R_FD },

	/* ---- file names */
	[__NR_access]     = { .arg = { A_PATH, A_ACCESS_MODE } },
	[__NR_faccessat]  = { .arg = { A_DIRFD, A_PATH, A_ACCESS_MODE } },
	[__NR_faccessat2] = { .arg = { A_DIRFD, A_PATH, A_ACCESS_MODE, A_FACCESSAT_FLAGS } },
	[__NR_stat]       = { .arg = { A_PATH, A_STAT_OUT }, .entry_args = 1 },
	[__NR_lstat]      = { .arg = { A_PATH, A_STAT_OUT }, .entry_args = 1 },
	[__NR_fstat]      = { .arg = { A_FD, A_STAT_OUT }, .entry_args = 1 },
	[__NR_newfstatat] = { .arg = { A_DIRFD, A_PATH, A_STAT_OUT, A_AT_FLAGS }, .entry_args = 2 },
	[__NR_statx]      = { .arg = { A_DIRFD, A_PATH, A_STATX_FLAGS, A_STATX_MASK, A_STATX_OUT }, .entry_args = 4 },
	[__NR_statfs]     = { .arg = { A_PATH, A_STATFS_OUT }, .entry_args = 1 },
	[__NR_fstatfs]    = { .arg = { A_FD, A_STATFS_OUT }, .entry_args = 1 },
	[__NR_readlink]   = { .arg = { A_PATH, A_BUF_OUT, A_UINT }, .entry_args = 1 },
	[__NR_readlinkat] = { .arg = { A_DIRFD, A_PATH, A_BUF_OUT, A_UINT }, .entry_args = 2 },
	[__NR_unlink]     = { .arg = { A_PATH } },
	[__NR_unlinkat]   = { .arg = { A_DIRFD, A_PATH, A_AT_FLAGS } },
	[__NR_rename]     = { .arg = { A_PATH, A_PATH } },
	[__NR_renameat]   = { .arg = { A_DIRFD, A_PATH, A_DIRFD, A_PATH } },
	[__NR_renameat2]  = { .arg = { A_DIRFD, A_PATH, A_DIRFD, A_PATH, A_RENAME_FLAGS } },
	[__NR_link]       = { .arg = { A_PATH, A_PATH } },
	[__NR_linkat]     = { .arg = { A_DIRFD, A_PATH, A_DIRFD, A_PATH, A_AT_FLAGS } },
	[__NR_symlink]    = { .arg = { A_PATH, A_PATH } },
	[__NR_symlinkat]  = { .arg = { A_PATH, A_DIRFD, A_PATH } },
	[__NR_mkdir]      = { .arg = { A_PATH, A_MODE } },
	[__NR_mkdirat]    = { .arg = { A_DIRFD, A_PATH, A_MODE } },
	[__NR_rmdir]      = { .arg = { A_PATH } },
	[__NR_chdir]      = { .arg = { A_PATH } },
	[__NR_chroot]     = { .arg = { A_PATH } },
	[__NR_chmod]      = { .arg = { A_PATH, A_MODE } },
	[__NR_fchmodat]   = { .arg = { A_DIRFD, A_PATH, A_MODE } },
	[__NR_fchmodat2]  = { .arg = { A_DIRFD, A_PATH, A_MODE, A_AT_FLAGS } },
	[__NR_chown]      = { .arg = { A_PATH } },
	[__NR_lchown]     = { .arg = { A_PATH } },
	[__NR_fchownat]   = { .arg = { A_DIRFD, A_PATH, A_UID, A_UID, A_AT_FLAGS } },
	[__NR_truncate]   = { .arg = { A_PATH, A_UINT } },
	[__NR_utimensat]  = { .arg = { A_DIRFD, A_PATH, A_UTIMES_IN, A_AT_FLAGS } },
	[__NR_utimes]     = { .arg = { A_PATH }, .decode = sys_utimes, .cap = { [1] = CAP_IN(32) } },
	[__NR_futimesat]  = { .arg = { A_DIRFD, A_PATH }, .decode = sys_futimesat, .cap = { [2] = CAP_IN(32) } },
	[__NR_utime]      = { .arg = { A_PATH }, .decode = sys_utime, .cap = { [1] = CAP_IN(16) } },
	[__NR_getcwd]     = { .arg = { A_PATH_OUT } },
	[__NR_umask]      = { .arg = { A_MODE }, .ret = R_OCTAL },

	/* ---- extended attributes */

	/* ---- memory */
	[__NR_mmap]       = { .arg = { A_PTR, A_UINT, A_MMAP_PROT, A_MMAP_FLAGS, A_FD, A_HEX }, .ret = R_HEX },
	[__NR_munmap]     = { .arg = { A_PTR, A_UINT } },
	[__NR_mprotect]   = { .arg = { A_PTR, A_UINT, A_MMAP_PROT } },
	[__NR_mremap]     = { .arg = { A_PTR, A_UINT, A_UINT, A_MREMAP_FLAGS, A_MREMAP_ADDR }, .ret = R_HEX },
	[__NR_brk]        = { .arg = { A_PTR }, .ret = R_HEX },
	[__NR_madvise]    = { .arg = { A_PTR, A_UINT, A_MADVICE } },
	[__NR_msync]      = { .arg = { A_PTR, A_UINT, A_MSYNC_FLAGS } },
	[__NR_fadvise64]  = { .arg = { A_FD, A_DEFAULT, A_UINT, A_FADVICE } },

	/* ---- processes */
	[__NR_execve]     = { .arg = { A_PATH, A_ARGV, A_ENVP }, .blocks = 1 },
	[__NR_execveat]   = { .arg = { A_DIRFD, A_PATH, A_ARGV, A_ENVP, A_AT_FLAGS }, .blocks = 1,
			      .decode = sys_execveat },
	[__NR_exit]       = { .ret = R_NONE },
	[__NR_exit_group] = { .ret = R_NONE },
	[__NR_wait4]      = { .arg = { A_DEFAULT, A_WAIT_STATUS, A_WAIT_OPTIONS, A_RUSAGE_OUT }, .entry_args = 1,
			      .blocks = 1, .cap = { [3] = CAP_OUT(RUSAGE_SIZE) } },
	[__NR_waitid]     = { .arg = { A_WAITID_TYPE, A_INT, A_SIGINFO_OUT, A_WAIT_OPTIONS, A_RUSAGE_OUT },
			      .entry_args = 2, .blocks = 1, .cap = { [4] = CAP_OUT(RUSAGE_SIZE) } },
	[__NR_clone]      = { .arg = { A_CLONE_NAMED, A_NONE, A_CLONE_REST, A_NONE, A_NONE } },
	[__NR_vfork]      = { .blocks = 1 },
	[__NR_kill]       = { .arg = { A_DEFAULT, A_SIGNAL } },
	[__NR_tkill]      = { .arg = { A_DEFAULT, A_SIGNAL } },
	[__NR_tgkill]     = { .arg = { A_DEFAULT, A_DEFAULT, A_SIGNAL } },
	[__NR_arch_prctl] = { .arg = { A_ARCH_PRCTL, A_ARCH_PRCTL_ADDR } },
	[__NR_prlimit64]  = { .arg = { A_DEFAULT, A_RLIMIT_RES, A_RLIMIT_IN, A_RLIMIT_OUT }, .entry_args = 3 },
	[__NR_getrlimit]  = { .arg = { A_RLIMIT_RES, A_RLIMIT_OUT }, .entry_args = 1 },
	[__NR_setrlimit]  = { .arg = { A_RLIMIT_RES, A_RLIMIT_IN } },
	[__NR_set_tid_address] = { .arg = { A_PTR } },
	[__NR_set_robust_list] = { .arg = { A_PTR, A_UINT } },

	/* ---- signals */
	[__NR_rt_sigreturn]   = { .arg = { A_SIGRETURN_MASK } },
	[__NR_rt_sigaction]   = { .arg = { A_SIGNAL, A_SIGACTION_IN, A_SIGACTION_OUT, A_UINT }, .entry_args = 2 },
	[__NR_rt_sigprocmask] = { .arg = { A_SIGPROCMASK_HOW, A_SIGSET_IN, A_SIGSET_OUT, A_UINT },
				  .lenarg = { [1] = 3, [2] = 3 }, .entry_args = 2 },
	[__NR_rt_sigsuspend]  = { .arg = { A_SIGSET_IN, A_UINT }, .lenarg = { [0] = 1 }, .blocks = 1 },
	[__NR_rt_sigtimedwait] = { .arg = { A_SIGSET_IN, A_PTR, A_TIMESPEC_IN, A_UINT },
				   .lenarg = { [0] = 3 }, .entry_args = 1, .blocks = 1 },
	[__NR_pause]          = { .blocks = 1 },
	[__NR_sigaltstack]    = { .arg = { A_STACK_IN, A_STACK_OUT }, .entry_args = 1 },

	/* ---- time, waiting */
	[__NR_clock_gettime] = { .arg = { A_CLOCK_ID, A_TIMESPEC_OUT }, .entry_args = 1 },
	[__NR_clock_getres]  = { .arg = { A_CLOCK_ID, A_TIMESPEC_OUT }, .entry_args = 1 },
	[__NR_futex]      = { .arg = { A_PTR, A_FUTEX_OP, A_FUTEX_VAL, A_FUTEX_TIMEOUT, A_FUTEX_UADDR2,
				       A_FUTEX_VAL3 }, .blocks = 1 },
	[__NR_poll]       = { .arg = { A_POLLFDS, A_DEFAULT, A_INT }, .lenarg = { [0] = 1 }, .blocks = 1 },
	[__NR_ppoll]      = { .arg = { A_POLLFDS, A_DEFAULT, A_TIMESPEC_IN, A_SIGSET_IN, A_UINT },
			      .lenarg = { [0] = 1, [3] = 4 }, .blocks = 1 },
	[__NR_select]     = { .arg = { A_INT, A_FDSET, A_FDSET, A_FDSET, A_SELECT_TIMEVAL }, .blocks = 1 },
	[__NR_pselect6]   = { .arg = { A_INT, A_FDSET, A_FDSET, A_FDSET, A_TIMESPEC_IN, A_PSELECT_SIGMASK },
			      .blocks = 1, .cap = { [5] = CAP_DEREF(16, 0, 8) } },
	[__NR_epoll_wait] = { .arg = { A_FD, A_EPOLL_EVENTS_OUT, A_INT, A_INT }, .entry_args = 1, .blocks = 1 },
	[__NR_epoll_pwait] = { .arg = { A_FD, A_EPOLL_EVENTS_OUT, A_INT, A_INT, A_SIGSET_IN, A_UINT },
			       .lenarg = { [4] = 5 }, .entry_args = 1, .blocks = 1 },
	[__NR_epoll_pwait2] = { .arg = { A_FD, A_EPOLL_EVENTS_OUT, A_INT, A_TIMESPEC_IN, A_SIGSET_IN, A_UINT },
				.lenarg = { [4] = 5 }, .entry_args = 1, .blocks = 1 },

	/* ---- network */
	[__NR_socket]     = { .arg = { A_SOCK_FAMILY, A_SOCK_TYPE, A_SOCK_PROTO }, .ret = R_FD },
	[__NR_socketpair] = { .arg = { A_SOCK_FAMILY, A_SOCK_TYPE, A_UINT, A_INT_PAIR_OUT }, .entry_args = 3 },
	[__NR_connect]    = { .arg = { A_FD, A_SOCKADDR_IN, A_INT }, .lenarg = { [1] = 2 }, .blocks = 1 },
	[__NR_bind]       = { .arg = { A_FD, A_SOCKADDR_IN, A_INT }, .lenarg = { [1] = 2 } },
	[__NR_listen]     = { .arg = { A_FD, A_INT } },
	[__NR_sendto]     = { .arg = { A_FD, A_BUF_IN, A_UINT, A_MSG_FLAGS, A_SOCKADDR_IN, A_INT },
			      .lenarg = { [1] = 2, [4] = 5 }, .blocks = 1 },
	[__NR_sendmmsg]   = { .arg = { A_FD, A_PTR, A_UINT, A_MSG_FLAGS }, .blocks = 1 },
	[__NR_recvmmsg]   = { .arg = { A_FD, A_PTR, A_UINT, A_MSG_FLAGS, A_TIMESPEC_IN },
			      .entry_args = 1, .blocks = 1 },
	[__NR_shutdown]   = { .arg = { A_FD, A_SHUTDOWN_HOW } },

	/* ---- system information, resources, scheduling */
	[__NR_copy_file_range] = { .arg = { A_FD, A_LOFF_IN, A_FD, A_LOFF_IN, A_UINT, A_UINT }, .blocks = 1 },
	[__NR_fallocate]  = { .arg = { A_FD, A_FALLOC_MODE } },
	[__NR_sync_file_range] = { .arg = { A_FD, A_DEFAULT, A_DEFAULT, A_SYNC_RANGE_FLAGS } },
	[__NR_close_range] = { .arg = { A_DEFAULT, A_DEFAULT, A_CLOSE_RANGE_FLAGS } },
	[__NR_mknod]      = { .arg = { A_PATH, A_MKNOD_MODE, A_MKNOD_DEV } },
	[__NR_mknodat]    = { .arg = { A_DIRFD, A_PATH, A_MKNOD_MODE, A_MKNOD_DEV } },
	[__NR_getresuid]  = { .arg = { A_UID_OUT, A_UID_OUT, A_UID_OUT } },
	[__NR_getresgid]  = { .arg = { A_UID_OUT, A_UID_OUT, A_UID_OUT } },
	[__NR_setresuid]  = { .arg = { A_UID, A_UID, A_UID } },
	[__NR_setresgid]  = { .arg = { A_UID, A_UID, A_UID } },
	[__NR_sched_setaffinity] = { .arg = { A_INT, A_UINT, A_CPUSET_IN } },
	[__NR_gettimeofday] = { .arg = { A_TIMEVAL_OUT, A_PTR } },
	[__NR_time]       = { .arg = { A_PTR } },
	[__NR_timer_create] = { .arg = { A_CLOCK_ID, A_SIGEVENT, A_INT_OUT }, .entry_args = 2 },
	[__NR_timer_settime] = { .arg = { A_INT, A_TIMER_FLAGS, A_ITIMERSPEC_IN, A_ITIMERSPEC_OUT },
				 .entry_args = 3 },
	[__NR_timer_gettime] = { .arg = { A_INT, A_ITIMERSPEC_OUT }, .entry_args = 1 },
	[__NR_timer_delete] = { .arg = { A_INT } },
	[__NR_mlock]      = { .arg = { A_PTR, A_UINT } },
	[__NR_munlock]    = { .arg = { A_PTR, A_UINT } },
	[__NR_uname]      = { .arg = { A_UTSNAME_OUT } },
	[__NR_sysinfo]    = { .arg = { A_SYSINFO_OUT } },
	[__NR_times]      = { .arg = { A_TMS_OUT } },
	[__NR_getrusage]  = { .arg = { A_RUSAGE_WHO, A_RUSAGE_OUT }, .entry_args = 1,
			      .cap = { [1] = CAP_OUT(RUSAGE_SIZE) } },
	[__NR_pidfd_getfd] = { .arg = { A_FD, A_INT, A_HEX }, .ret = R_FD },
	[__NR_prctl]      = { .arg = { A_PRCTL_OP, A_PRCTL_ARG, A_NONE, A_NONE, A_NONE } },
	[__NR_getitimer]  = { .arg = { A_ITIMER_WHICH, A_ITIMERVAL_OUT }, .entry_args = 1 },
	[__NR_setitimer]  = { .arg = { A_ITIMER_WHICH, A_ITIMERVAL_IN, A_ITIMERVAL_OUT }, .entry_args = 2 },
	[__NR_getpriority] = { .arg = { A_PRIO_WHICH, A_INT } },
	[__NR_setpriority] = { .arg = { A_PRIO_WHICH, A_INT, A_INT } },
	[__NR_sched_getparam] = { .arg = { A_INT, A_SCHED_PARAM_OUT }, .entry_args = 1 },
	[__NR_sched_getaffinity] = { .arg = { A_INT, A_UINT, A_CPUSET_OUT }, .entry_args = 2 },
	[__NR_getgroups]  = { .arg = { A_INT, A_GROUPS_OUT }, .entry_args = 1,
			      .cap = { [1] = CAP_ARRAY_OUT(4) } },
	[__NR_timerfd_create]  = { .arg = { A_CLOCK_ID, A_TFD_FLAGS }, .ret = R_FD },
	[__NR_timerfd_settime] = { .arg = { A_FD, A_TFD_SETTIME_FLAGS, A_ITIMERSPEC_IN, A_ITIMERSPEC_OUT },
				   .entry_args = 3 },
	[__NR_timerfd_gettime] = { .arg = { A_FD, A_ITIMERSPEC_OUT }, .entry_args = 1 },
	[__NR_signalfd4]  = { .arg = { A_FD, A_SIGSET_IN, A_UINT, A_SFD_FLAGS }, .lenarg = { [1] = 2 }, .ret = R_FD },
	[__NR_inotify_init1] = { .arg = { A_INOTIFY_FLAGS }, .ret = R_FD },
	[__NR_inotify_add_watch] = { .arg = { A_FD, A_PATH, A_INOTIFY_MASK } },
	[__NR_openat2]    = { .arg = { A_DIRFD, A_PATH, A_OPEN_HOW, A_UINT }, .ret = R_FD, .blocks = 1,
			      .cap = { [2] = CAP_IN(SCT_BLOB_MAX) } },
};

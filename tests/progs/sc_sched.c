// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Scheduling, signal queueing, clocks, I/O priorities and other small
 * syscalls for tests/integration/sched.sh: valid, NULL and invalid
 * arguments, with structs at a fixed address (a readable page followed by
 * an unreadable one) so that the expected lines hold no stack addresses.
 * Calls that would change the machine (settimeofday, sethostname, iopl)
 * are made so that they fail.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define FIXED ((void *)0x30000000)
#define BAD   ((void *)-1L)

int main(void)
{
	uint8_t *m = mmap(FIXED, 8192, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (m != FIXED)
		return 1;
	mprotect(m + 4096, 4096, PROT_NONE);
	uint8_t *end = m + 4096;   /* the unreadable page */

	/* signals */
	sigset_t ss;
	sigemptyset(&ss);
	sigaddset(&ss, SIGUSR2);
	sigprocmask(SIG_BLOCK, &ss, NULL);
	raise(SIGUSR2);
	syscall(__NR_rt_sigpending, m, 8);
	syscall(__NR_rt_sigpending, m, 4);
	syscall(__NR_rt_sigpending, NULL, 8);
	syscall(__NR_rt_sigpending, BAD, 8);
	syscall(__NR_rt_sigpending, m, 16);

	siginfo_t *si = (void *)(m + 256);
	memset(si, 0, sizeof(*si));
	si->si_signo = SIGUSR1;
	si->si_code = SI_QUEUE;
	si->si_pid = 1;
	si->si_uid = 2;
	si->si_value.sival_int = 3;
	syscall(__NR_rt_sigqueueinfo, 0x7ffffff0, SIGUSR1, si);
	syscall(__NR_rt_sigqueueinfo, 0x7ffffff0, SIGUSR1, NULL);
	syscall(__NR_rt_sigqueueinfo, 0x7ffffff0, 0x99, end - 64);
	syscall(__NR_rt_tgsigqueueinfo, 0x7ffffff0, 0x7ffffff1, SIGUSR1, si);
	syscall(__NR_rt_tgsigqueueinfo, 0x7ffffff0, 0x7ffffff1, SIGRTMIN + 2, BAD);

	uint64_t *set = (void *)(m + 512);
	*set = 1 << (SIGUSR1 - 1) | 1 << (SIGINT - 1);
	syscall(__NR_signalfd, -1, set, 8);
	syscall(__NR_signalfd, -1, set, 4);
	syscall(__NR_signalfd, -1, NULL, 8);

	/* scheduling */
	int *prio = (void *)(m + 600);
	*prio = 0;
	syscall(__NR_sched_setparam, 0, prio);
	syscall(__NR_sched_setparam, 0, NULL);
	syscall(__NR_sched_setparam, -1, BAD);
	syscall(__NR_sched_getparam, 0, prio);
	syscall(__NR_sched_getparam, 0, NULL);
	syscall(__NR_sched_getparam, 0x7ffffff0, prio);
	syscall(__NR_sched_setscheduler, 0, SCHED_OTHER, prio);
	syscall(__NR_sched_setscheduler, 0, SCHED_FIFO | SCHED_RESET_ON_FORK, NULL);
	syscall(__NR_sched_setscheduler, -1, 0x77, BAD);
	syscall(__NR_sched_setscheduler, -1, 0x40000077, NULL);
	syscall(__NR_sched_get_priority_min, 0x40000001);
	syscall(__NR_sched_getscheduler, 0);
	syscall(__NR_sched_getscheduler, -1);
	syscall(__NR_sched_get_priority_max, SCHED_FIFO);
	syscall(__NR_sched_get_priority_min, SCHED_RR);
	syscall(__NR_sched_get_priority_max, 0x77);
	syscall(__NR_sched_get_priority_min, SCHED_IDLE);
	struct timespec *ts = (void *)(m + 640);
	syscall(__NR_sched_rr_get_interval, -1, ts);
	syscall(__NR_sched_rr_get_interval, 0, NULL);

	/* time */
	struct timeval *tv = (void *)(m + 700);
	tv->tv_sec = 1;
	tv->tv_usec = 1000000;
	syscall(__NR_settimeofday, tv, NULL);
	/* an out-of-range timezone: EINVAL before anything is set (a valid
	 * one would change the kernel's timezone, and warp the clock) */
	int *tz = (void *)(m + 720);
	tz[0] = 16 * 60;
	tz[1] = 1;
	syscall(__NR_settimeofday, NULL, tz);
	syscall(__NR_settimeofday, BAD, BAD);
	ts->tv_sec = 1;
	ts->tv_nsec = 2;
	syscall(__NR_clock_settime, CLOCK_MONOTONIC, ts);
	syscall(__NR_clock_settime, 0x77, NULL);
	syscall(__NR_timer_getoverrun, 0x77);
	syscall(__NR_alarm, 0);
	syscall(__NR_alarm, 0xffffffffu);
	syscall(__NR_alarm, 0);

	/* I/O priorities: class BE (2) level 4, class RT, unknown class */
	syscall(__NR_ioprio_set, 1, 0, 2 << 13 | 4);
	syscall(__NR_ioprio_get, 1, 0);
	syscall(__NR_ioprio_set, 2, 0x7ffffff0, 1 << 13 | 7);
	syscall(__NR_ioprio_set, 3, 0x7ffffff0, 0);
	syscall(__NR_ioprio_set, 7, 0x7ffffff0, 7 << 13 | 1);
	syscall(__NR_ioprio_get, 7, 0);

	/* kcmp: types with and without fds */
	syscall(__NR_kcmp, -1, -1, 0, 1, 2);
	syscall(__NR_kcmp, -1, -1, 1, 1, 2);
	syscall(__NR_kcmp, -1, -1, 6, m, 2);
	syscall(__NR_kcmp, -1, -1, 7, NULL, 2);
	uint32_t *slot = (void *)(m + 1300);
	slot[0] = 5;
	slot[1] = 6;
	slot[2] = 7;
	syscall(__NR_kcmp, -1, -1, 7, 3, slot);
	syscall(__NR_kcmp, -1, -1, 7, 3, end - 4);
	syscall(__NR_kcmp, -1, -1, 0x77, 1, 2);

	/* host names, in a UTS namespace of our own */
	memcpy(m + 800, "localhost-xyz", 14);
	if (unshare(CLONE_NEWUTS) == 0) {
		syscall(__NR_sethostname, m + 800, 9);
		syscall(__NR_setdomainname, m + 800, 13);
		syscall(__NR_sethostname, end - 4, 4);
	}
	syscall(__NR_sethostname, m + 800, 200);
	syscall(__NR_sethostname, NULL, 5);
	syscall(__NR_setdomainname, m + 800, 200);
	syscall(__NR_setdomainname, end - 2, 5);

	/* x86 */
	syscall(__NR_iopl, 4);
	syscall(__NR_ioperm, 0x3f8, 0x10000, 1);
	syscall(__NR_readahead, -1, 0x1234, 4096);

	struct {
		unsigned entry_number, base_addr, limit, flags;
	} *ud = (void *)(m + 900);
	ud->entry_number = -1;
	ud->base_addr = 0x1000;
	ud->limit = 0xfffff;
	ud->flags = 1 | 2 << 1 | 1 << 4 | 1 << 6;
	syscall(__NR_set_thread_area, NULL);
	syscall(__NR_set_thread_area, BAD);
	syscall(__NR_set_thread_area, ud);
	syscall(__NR_get_thread_area, ud);
	ud->entry_number = 12;
	syscall(__NR_get_thread_area, ud);
	syscall(__NR_get_thread_area, NULL);

	/* file handles */
	struct {
		unsigned bytes;
		int type;
		unsigned char h[128];
	} *fh = (void *)(m + 1024);
	fh->bytes = 128;
	int *mnt = (void *)(m + 1200);
	syscall(__NR_name_to_handle_at, AT_FDCWD, "/", fh, mnt, 0);
	syscall(__NR_name_to_handle_at, -1, "/nonexistent", NULL, NULL, 0x1400);
	fh->bytes = 0;
	syscall(__NR_name_to_handle_at, AT_FDCWD, "/", fh, mnt, 0x201);
	syscall(__NR_name_to_handle_at, AT_FDCWD, "/nonexistent", fh, mnt, 0x10000);
	syscall(__NR_name_to_handle_at, AT_FDCWD, "/", end - 4, mnt, 0);
	fh->bytes = 8;
	fh->type = 0x1;
	memcpy(fh->h, "\x01\x02\x03\x04\x05\x06\x07\x08", 8);
	syscall(__NR_open_by_handle_at, -1, fh, O_RDONLY | O_CLOEXEC);
	syscall(__NR_open_by_handle_at, -1, NULL, O_RDWR);
	fh->bytes = 200;
	syscall(__NR_open_by_handle_at, -1, fh, O_RDONLY);
	syscall(__NR_open_by_handle_at, -1, end - 12, O_WRONLY);

	/* descriptors */
	long fd = syscall(__NR_eventfd, 3);
	close(fd);
	fd = syscall(__NR_epoll_create, 7);
	close(fd);
	syscall(__NR_epoll_create, 0);
	syscall(__NR_inotify_rm_watch, -1, 3);

	/* credentials, process groups */
	syscall(__NR_setpgid, 0, 0);
	syscall(__NR_setpgid, -1, 1);
	syscall(__NR_getpgid, -1);
	syscall(__NR_getsid, -1);
	syscall(__NR_setuid, -1);
	syscall(__NR_setgid, -1);
	syscall(__NR_setreuid, -1, -1);
	syscall(__NR_setregid, -1, -1);
	syscall(__NR_setfsuid, -1);
	syscall(__NR_setfsgid, -1);

	/* io_uring_register on a bad fd: opcodes, args */
	syscall(__NR_io_uring_register, -1, 0, NULL, 0);
	syscall(__NR_io_uring_register, -1, 2, m, 3);
	syscall(__NR_io_uring_register, -1, 0x77, m, 1);
	syscall(__NR_io_uring_register, -1, 0x80000000 | 4, NULL, 0);
	uint32_t *fds = (void *)(m + 1400);
	fds[0] = 0;
	fds[1] = 1;
	fds[2] = -1;
	fds[3] = 0;
	syscall(__NR_io_uring_register, -1, 4, fds, 1);
	syscall(__NR_io_uring_register, -1, 25, fds, 1);
	syscall(__NR_io_uring_register, -1, 25, fds, 2);
	syscall(__NR_io_uring_register, -1, 2, end - 4, 2);
	uint64_t *iov = (void *)(m + 1500);
	iov[0] = 0x1000;
	iov[1] = 16;
	iov[2] = 0;
	iov[3] = 0;
	syscall(__NR_io_uring_register, -1, 0, iov, 2);
	syscall(__NR_io_uring_register, -1, 0x80000000 | 25, fds, 1);
	syscall(__NR_io_uring_register, -1, 1, fds, 1);
	syscall(__NR_io_uring_register, -1, 0x80000077, fds, 1);
	return 0;
}

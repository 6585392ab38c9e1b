// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Process, time and misc syscalls for tests/integration/misc.sh: valid,
 * NULL and invalid arguments, with structs at a fixed address so that the
 * expected lines hold no stack or heap addresses.
 */
#define _GNU_SOURCE
#include <linux/capability.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "../../src/unistd_extra.h"  /* numbers newer than the installed headers */


#define FIXED ((void *)0x10000000)

int main(void)
{
	uint8_t *m = mmap(FIXED, 4096, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (m != FIXED)
		return 1;

	struct timespec *ts = (void *)m;
	ts->tv_sec = 0;
	ts->tv_nsec = 1000;
	syscall(__NR_nanosleep, ts, NULL);
	syscall(__NR_clock_nanosleep, CLOCK_MONOTONIC, 0, ts, NULL);
	ts->tv_sec = -1;
	ts->tv_nsec = -1;
	syscall(__NR_nanosleep, ts, NULL);

	syscall(__NR_clock_adjtime, CLOCK_MONOTONIC, NULL);
	syscall(__NR_adjtimex, NULL);
	syscall(__NR_setns, -1, CLONE_NEWNET | CLONE_NEWUTS);
	syscall(__NR_setns, -1, 0x1);
	syscall(__NR_unshare, 0);
	syscall(__NR_pidfd_open, -1, 0x800);
	syscall(__NR_pidfd_send_signal, -1, SIGUSR1, NULL, 0);
	syscall(__NR_get_robust_list, 0, NULL, NULL);
	syscall(__NR_setgroups, -1, NULL);
	syscall(__NR_getrusage, RUSAGE_SELF, NULL);
	syscall(__NR_getcpu, NULL, NULL, NULL);

	/* futex2: two waiters at the fixed address */
	uint64_t *w = (void *)(m + 64);
	memset(w, 0, 48);
	w[0] = 1; w[1] = 0x10000100; w[2] = 0x82;
	w[3] = 2; w[4] = 0x10000200; w[5] = 0x2 | 0x4;
	syscall(__NR_futex_requeue, w, 0, 1, 2);
	syscall(__NR_futex_requeue, NULL, 0, 1, 2);
	syscall(__NR_futex_wake, (void *)0x10000300, 0xffffffffUL, 1, 0x82);

	/* capabilities: the header only */
	struct __user_cap_header_struct *h = (void *)(m + 512);
	h->version = _LINUX_CAPABILITY_VERSION_3;
	h->pid = 0;
	syscall(__NR_capget, h, NULL);

	/* an unknown clone3 size */
	syscall(__NR_clone3, NULL, 0);

	/* structs at the end of the page, the next one unmapped: strace
	 * shows what it can read, then `???` */
	uint8_t *end = m + 4096;
	uint64_t *ca = (void *)(end - 88);
	memset(ca, 0, 88);
	syscall(__NR_clone3, ca, 96);           /* the tail is unreadable: EFAULT */
	ca = (void *)(end - 96);
	memset(ca, 0, 96);
	ca[11] = 0xfacefeeddeadc0deULL;         /* a non-zero tail: E2BIG */
	syscall(__NR_clone3, ca, 96);
	ca[0] = 0x2000000000ULL | 0x400;        /* clone3's own flags: EINVAL */
	syscall(__NR_clone3, ca, 64);

	uint32_t *rq = (void *)(end - 4);
	rq[0] = 31;
	syscall(__NR_listns, rq, NULL, 0, 0);
	rq[0] = 32;
	syscall(__NR_listns, rq, NULL, 0, 0);
	syscall(__NR_listns, end - 3, NULL, 0, 0);

	/* gids running into the unmapped page (-1 first: EINVAL, nothing set) */
	uint32_t *g = (void *)(end - 4);
	g[0] = 0xffffffff;
	syscall(__NR_setgroups, 2, g);
	g = (void *)(end - 8);
	g[0] = 0xffffffff;
	g[1] = 0;
	syscall(__NR_setgroups, 3, g);

	/* getrandom's bytes in hex (checked by a pattern) */
	syscall(__NR_getrandom, m + 1024, 3, 0);

	/* rseq: the area (this thread has one from libc: EINVAL), a length
	 * too short to show it, NULL, an unknown flag */
	uint8_t *rs = m + 2048;
	memset(rs, 0, 64);
	memset(rs + 4, 0xff, 4);
	rs[28] = 1, rs[29] = 2, rs[31] = 3, rs[32] = 4;
	syscall(__NR_rseq, rs, 32, 0, 0x53053053);
	syscall(__NR_rseq, rs, 28, 0, 0x53053053);
	syscall(__NR_rseq, rs, 40, 1, 0x53053053);
	syscall(__NR_rseq, NULL, 32, 0, 0);
	syscall(__NR_rseq, NULL, 32, 8, 0);
	return 0;
}

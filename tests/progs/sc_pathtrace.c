// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -P / --trace-path, -e trace-fds= (tests/integration/pathtrace.sh): calls
 * on the file "p" and on others, run in an empty directory of the test's
 * where "p" exists already (so that -P p resolves to its absolute name).
 * The fds are fixed: p is 3, "o" is 4, dup(3) is 5.
 */
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <unistd.h>

static long sc(long nr, long a, long b, long c, long d)
{
	return syscall(nr, a, b, c, d);
}

int main(void)
{
	char buf[16], abs[4096];
	if (!getcwd(abs, sizeof(abs) - 8))
		return 1;
	strcat(abs, "/p");

	sc(__NR_getpid, 0, 0, 0, 0);                                      /* no fd, no path */
	int p = sc(__NR_openat, AT_FDCWD, (long)"p", O_RDWR | O_TRUNC, 0);   /* 3 */
	int o = sc(__NR_openat, AT_FDCWD, (long)"o", O_RDWR | O_CREAT, 0600); /* 4 */
	sc(__NR_write, p, (long)"abc", 3, 0);
	sc(__NR_write, o, (long)"xyz", 3, 0);
	sc(__NR_lseek, p, 0, SEEK_SET, 0);
	sc(__NR_read, p, (long)buf, 3, 0);
	int d = sc(__NR_dup, p, 0, 0, 0);                                 /* 5 */
	sc(__NR_write, d, (long)"d", 1, 0);
	sc(__NR_dup2, o, 6, 0, 0);                                        /* o to o */
	sc(__NR_dup2, p, 7, 0, 0);                                        /* p: oldfd */
	sc(__NR_dup2, o, 7, 0, 0);                                        /* p: newfd */
	sc(__NR_close, 6, 0, 0, 0);
	sc(__NR_close, 7, 0, 0, 0);
	void *m = (void *)syscall(__NR_mmap, 0, 4096, PROT_READ, MAP_SHARED, p, 0);
	syscall(__NR_munmap, m, 4096);
	syscall(__NR_mmap, 0, 4096, PROT_READ, MAP_SHARED, o, 0);
	sc(__NR_access, (long)"p", F_OK, 0, 0);
	sc(__NR_access, (long)abs, F_OK, 0, 0);
	sc(__NR_access, (long)"./p", F_OK, 0, 0);                        /* another name */
	sc(__NR_symlinkat, (long)"p", AT_FDCWD, (long)"l", 0);
	int l = sc(__NR_openat, AT_FDCWD, (long)"l", O_RDONLY, 0);        /* 6: p by a link */
	sc(__NR_read, l, (long)buf, 1, 0);
	sc(__NR_close, l, 0, 0, 0);
	struct pollfd pf[2] = { { .fd = o, .events = POLLIN }, { .fd = p, .events = POLLIN } };
	sc(__NR_poll, (long)pf, 2, 0, 0);
	fd_set rd;
	struct timeval tv = { 0, 0 };
	FD_ZERO(&rd);
	FD_SET(p, &rd);
	syscall(__NR_select, p + 1, &rd, NULL, NULL, &tv);
	int ep = sc(__NR_epoll_create1, 0, 0, 0, 0);                      /* 6 */
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = p };
	sc(__NR_epoll_ctl, ep, EPOLL_CTL_ADD, p, (long)&ev);
	sc(__NR_close, ep, 0, 0, 0);
	sc(__NR_close, p, 0, 0, 0);
	int q = sc(__NR_openat, AT_FDCWD, (long)"q", O_RDWR | O_CREAT, 0600); /* 3 again */
	sc(__NR_write, q, (long)"q", 1, 0);
	sc(__NR_close, q, 0, 0, 0);
	sc(__NR_unlink, (long)"p", 0, 0, 0);
	sc(__NR_write, d, (long)"e", 1, 0);                               /* p, deleted */
	sc(__NR_close, d, 0, 0, 0);
	sc(__NR_close, o, 0, 0, 0);
	return 0;
}

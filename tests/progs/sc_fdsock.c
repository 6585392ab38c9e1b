// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -yy (tests/integration/fds.sh): sockets of every family strace names,
 * over loopback, and eventfds; each fd then shown by a getsockname(fd,
 * NULL, NULL) or fstat(fd, NULL) that fails (EFAULT) with the fd printed
 * as the kernel side saw it.  $1: the UNIX socket's path.
 */
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

static long sc(long nr, long a, long b, long c)
{
	return syscall(nr, a, b, c);
}

static void show(int fd)
{
	sc(__NR_getsockname, fd, 0, 0);
}

int main(int argc, char **argv)
{
	/* fds inherited from the test's environment would shift every number
	 * the test expects: start from 3 */
	syscall(__NR_close_range, 3, ~0U, 0);
	/* TCP: unbound, listening on an ephemeral port, both ends */
	int t = sc(__NR_socket, AF_INET, SOCK_STREAM, 0);
	show(t);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t l = sizeof(a);
	sc(__NR_bind, t, (long)&a, sizeof(a));
	sc(__NR_listen, t, 1, 0);
	sc(__NR_getsockname, t, (long)&a, (long)&l);
	int c = sc(__NR_socket, AF_INET, SOCK_STREAM, 0);
	sc(__NR_connect, c, (long)&a, sizeof(a));
	int s = sc(__NR_accept, t, 0, 0);
	show(s);
	show(c);
	/* UDP: unbound, then connected */
	int u = sc(__NR_socket, AF_INET, SOCK_DGRAM, 0);
	show(u);
	sc(__NR_connect, u, (long)&a, sizeof(a));
	show(u);
	/* TCPv6 listening on ::1 (skipped where IPv6 is off) */
	int t6 = sc(__NR_socket, AF_INET6, SOCK_STREAM, 0);
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	if (t6 >= 0 && sc(__NR_bind, t6, (long)&a6, sizeof(a6)) == 0)
		show(t6);
	/* UNIX: a bound listener, an accepted end, a socketpair, an abstract name */
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	strncpy(un.sun_path, argc > 1 ? argv[1] : "sock", sizeof(un.sun_path) - 1);
	int us = sc(__NR_socket, AF_UNIX, SOCK_STREAM, 0);
	sc(__NR_bind, us, (long)&un, sizeof(un));
	sc(__NR_listen, us, 1, 0);
	int uc = sc(__NR_socket, AF_UNIX, SOCK_STREAM, 0);
	sc(__NR_connect, uc, (long)&un, sizeof(un));
	int ua = sc(__NR_accept, us, 0, 0);
	show(ua);
	show(uc);
	int sp[2];
	syscall(__NR_socketpair, AF_UNIX, SOCK_DGRAM, 0, sp);
	show(sp[0]);
	int ab = sc(__NR_socket, AF_UNIX, SOCK_SEQPACKET, 0);
	struct sockaddr_un abs = { .sun_family = AF_UNIX };
	memcpy(abs.sun_path, "\0sct-abs", 8);
	sc(__NR_bind, ab, (long)&abs, offsetof(struct sockaddr_un, sun_path) + 8);
	show(ab);
	/* NETLINK: unbound, then bound */
	int nl = sc(__NR_socket, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	show(nl);
	struct sockaddr_nl sn = { .nl_family = AF_NETLINK };
	sc(__NR_bind, nl, (long)&sn, sizeof(sn));
	show(nl);
	/* eventfds: a count, a semaphore; the count as it is at each call */
	int e = sc(__NR_eventfd2, 5, 0, 0);
	unsigned long long one = 1;
	sc(__NR_write, e, (long)&one, sizeof(one));
	sc(__NR_fstat, e, 0, 0);
	sc(__NR_close, e, 0, 0);
	e = sc(__NR_eventfd2, 0, 1 /* EFD_SEMAPHORE */, 0);
	sc(__NR_fstat, e, 0, 0);
	return 0;
}

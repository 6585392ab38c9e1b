// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -y (tests/integration/fds.sh): fds of every kind, run in an empty
 * directory of the test's.  Files: "f" (deleted while open), "a", "b",
 * "n>m\1o" (a name strace escapes), the directory "d".
 * With an argument "child": a child opens /dev/null and exits at once;
 * "deep": a directory deeper than PATH_MAX.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long sc(long nr, long a, long b, long c, long d)
{
	return syscall(nr, a, b, c, d);
}

/* a directory deeper than PATH_MAX, made through dirfds: 250 levels of
 * 19-character names (5000 bytes), then fsync() on it */
static void deep(void)
{
	static const char name[] = "ddddddddddddddddddd";
	int dfd = AT_FDCWD;
	for (int i = 0; i < 250; i++) {
		sc(__NR_mkdirat, dfd, (long)name, 0755, 0);
		int n = sc(__NR_openat, dfd, (long)name, O_RDONLY | O_DIRECTORY, 0);
		if (dfd != AT_FDCWD)
			sc(__NR_close, dfd, 0, 0, 0);
		dfd = n;
	}
	sc(__NR_fsync, dfd, 0, 0, 0);
}

int main(int argc, char **argv)
{
	if (argc > 1 && argv[1][0] == 'd') {
		deep();
		return 0;
	}
	if (argc > 1) {
		/* the child's file is resolved before its exit_group */
		pid_t pid = fork();
		if (pid == 0) {
			sc(__NR_openat, AT_FDCWD, (long)"/dev/null", O_RDONLY, 0);
			syscall(__NR_exit_group, 0);
		}
		waitpid(pid, NULL, 0);
		return 0;
	}
	/* a file, written, unlinked while open */
	int fd = sc(__NR_openat, AT_FDCWD, (long)"f", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	sc(__NR_write, fd, (long)"x", 1, 0);
	sc(__NR_unlinkat, AT_FDCWD, (long)"f", 0, 0);
	sc(__NR_fsync, fd, 0, 0, 0);
	sc(__NR_close, fd, 0, 0, 0);   /* its file, as at entry */

	/* an fd closed and reused between two calls */
	fd = sc(__NR_openat, AT_FDCWD, (long)"a", O_RDONLY | O_CREAT, 0644);
	sc(__NR_close, fd, 0, 0, 0);
	fd = sc(__NR_openat, AT_FDCWD, (long)"b", O_RDONLY | O_CREAT, 0644);
	sc(__NR_fsync, fd, 0, 0, 0);

	/* dirfds */
	sc(__NR_mkdirat, AT_FDCWD, (long)"d", 0755, 0);
	int dfd = sc(__NR_openat, AT_FDCWD, (long)"d", O_RDONLY | O_DIRECTORY, 0);
	int f2 = sc(__NR_openat, dfd, (long)"e", O_RDONLY | O_CREAT, 0644);
	sc(__NR_unlinkat, dfd, (long)"e", 0, 0);
	sc(__NR_close, f2, 0, 0, 0);
	sc(__NR_fchdir, dfd, 0, 0, 0);
	sc(__NR_openat, AT_FDCWD, (long)"nonexistent", O_RDONLY, 0);
	sc(__NR_fchdir, fd == 3 ? 3 : fd, 0, 0, 0);   /* not a directory */
	sc(__NR_chdir, (long)"..", 0, 0, 0);

	/* a name strace escapes */
	int q = sc(__NR_openat, AT_FDCWD, (long)"n>m\1o", O_RDONLY | O_CREAT, 0644);
	sc(__NR_close, q, 0, 0, 0);

	/* /dev/null, dup2 onto an open fd */
	int nul = sc(__NR_openat, AT_FDCWD, (long)"/dev/null", O_RDONLY, 0);
	sc(__NR_dup2, nul, fd, 0, 0);
	sc(__NR_close, fd, 0, 0, 0);
	sc(__NR_close, nul, 0, 0, 0);

	/* pipes, sockets, an anonymous inode */
	int p[2];
	sc(__NR_pipe2, (long)p, 0, 0, 0);
	sc(__NR_write, p[1], (long)"y", 1, 0);
	sc(__NR_close, p[0], 0, 0, 0);
	sc(__NR_close, p[1], 0, 0, 0);
	int s = sc(__NR_socket, AF_UNIX, SOCK_STREAM, 0, 0);
	sc(__NR_close, s, 0, 0, 0);
	int e = sc(__NR_eventfd2, 0, 0, 0, 0);
	sc(__NR_close, e, 0, 0, 0);

	/* an fd passed in SCM_RIGHTS: resolved at sendmsg's entry and at
	 * recvmsg's exit (the new fd) */
	int sv[2];
	sc(__NR_socketpair, AF_UNIX, SOCK_DGRAM, 0, (long)sv);
	nul = sc(__NR_openat, AT_FDCWD, (long)"/dev/null", O_RDONLY, 0);
	char c = 'z';
	struct iovec iov = { &c, 1 };
	union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } u;
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1,
			     .msg_control = u.buf, .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &nul, sizeof(int));
	sc(__NR_sendmsg, sv[0], (long)&mh, 0, 0);
	sc(__NR_close, nul, 0, 0, 0);
	sc(__NR_recvmsg, sv[1], (long)&mh, 0, 0);

	/* not open: a bare number */
	sc(__NR_close, 99, 0, 0, 0);
	return 0;
}

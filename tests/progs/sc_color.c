// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Calls of every printing kind for tests/integration/color.sh (--color):
 * constants, flags, strings (cut, abstract), numbers, octal, pointers,
 * NULL, structs, arrays, bitsets, comments, value changes, errors, a
 * return note, a signal, a call left unfinished by a second thread and
 * the thread killed inside a call.  Structs sit at a fixed address so
 * that the expected lines hold no stack or heap addresses.
 *
 * argv[1]: "thread" also runs the two-thread part (a blocked read in a
 * thread that exit_group ends).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define FIXED ((void *)0x10000000)

static void on_usr1(int sig) { (void)sig; }

static int pipefd[2];

static void *reader(void *arg)
{
	char c;
	(void)arg;
	syscall(__NR_read, pipefd[0], &c, 1);  /* blocks until exit_group */
	return NULL;
}

int main(int argc, char **argv)
{
	uint8_t *m = mmap(FIXED, 4096, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (m != FIXED)
		return 1;

	/* constants, a string, flags; success and failure */
	char *path = (char *)m + 2048;
	strcpy(path, "/dev/null");
	int fd = syscall(__NR_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
	strcpy(path, "/nonexistent/color");
	syscall(__NR_openat, AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	/* a return note: (flags O_RDONLY|O_LARGEFILE) */
	syscall(__NR_fcntl, fd, F_GETFD);
	syscall(__NR_fcntl, fd, F_GETFL);
	syscall(__NR_close, fd);
	syscall(__NR_close, -1);

	/* a string cut at -s (32), and an unknown flag in a comment */
	memset(m + 1024, 'a', 64);
	syscall(__NR_write, -1, m + 1024, 64);
	syscall(__NR_setns, -1, 0x1);
	/* octal */
	syscall(__NR_umask, 022);
	syscall(__NR_umask, 022);

	/* structs, NULL */
	struct timespec *ts = (void *)m;
	ts->tv_sec = 0;
	ts->tv_nsec = 1000;
	syscall(__NR_nanosleep, ts, NULL);
	/* an array; a pointer; a bad pointer */
	uint32_t *gids = (void *)(m + 64);
	gids[0] = 0; gids[1] = 1;
	syscall(__NR_setgroups, 2, gids);
	syscall(__NR_setgroups, 2, (void *)0x10001000);
	/* a bitset: sigprocmask */
	uint64_t *set = (void *)(m + 128);
	*set = 1ULL << (SIGUSR1 - 1) | 1ULL << (SIGTERM - 1);
	syscall(__NR_rt_sigprocmask, SIG_BLOCK, set, NULL, 8);
	syscall(__NR_rt_sigprocmask, SIG_UNBLOCK, set, (void *)(m + 136), 8);

	/* a value changed: [110 => 16], an abstract socket name */
	int s = syscall(__NR_socket, AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un *sun = (void *)(m + 256);
	memset(sun, 0, sizeof(*sun));
	sun->sun_family = AF_UNIX;
	memcpy(sun->sun_path + 1, "sctcolor", 8);
	syscall(__NR_bind, s, sun, offsetof(struct sockaddr_un, sun_path) + 9);
	socklen_t *len = (void *)(m + 512);
	*len = sizeof(*sun);
	syscall(__NR_getsockname, s, m + 640, len);
	syscall(__NR_close, s);

	/* a signal, delivered to a handler */
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	syscall(__NR_kill, getpid(), SIGUSR1);

	/* an execve that fails: argv array, envp count */
	char *args[] = { "color-x", "y", NULL };
	char *envs[] = { "A=1", NULL };
	strcpy(path, "/nonexistent/exe");
	syscall(__NR_execve, path, args, envs);

	if (argc > 1 && strcmp(argv[1], "thread") == 0) {
		pthread_t t;
		if (pipe(pipefd))
			return 1;
		pthread_create(&t, NULL, reader, NULL);
		struct timespec d = { 0, 100 * 1000 * 1000 };
		nanosleep(&d, NULL);
		syscall(__NR_exit_group, 0);
	}
	return 0;
}

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Storm workloads for tests/storm/storm.sh: many tasks, fast.
 *
 *   sc_storm nop                      getppid(), exit 0 (what the others exec)
 *   sc_storm threads N                N threads alive at once, each one getppid()
 *   sc_storm forkexec N               N x (fork, child execs "sc_storm nop", wait)
 *   sc_storm vfork N                  N x (vfork, child execs "sc_storm nop", wait)
 *   sc_storm clone3 N                 N x (clone3 like fork, child getppid + _exit, wait)
 *   sc_storm threxec N                N x (fork; the child's second thread execs nop)
 *   sc_storm burst T N                T threads wait for SIGUSR1 (so that sctrace -p can
 *                                     attach first), then each makes N getppid() calls
 *   sc_storm count N                  N getppid() calls, single-threaded
 * Exits 0 when everything went as planned, 1 otherwise (with a message).
 */
#include <errno.h>
#include <linux/sched.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *self;

static void die(const char *what)
{
	fprintf(stderr, "sc_storm: %s: %s\n", what, strerror(errno));
	exit(1);
}

static void wait_ok(pid_t pid)
{
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			die("waitpid");
	if (!WIFEXITED(st) || WEXITSTATUS(st)) {
		fprintf(stderr, "sc_storm: child %d ended with status 0x%x\n", pid, st);
		exit(1);
	}
}

static void exec_nop(void)
{
	char *argv[] = { (char *)self, "nop", NULL };
	execv(self, argv);
	_exit(127);
}

static pthread_barrier_t barrier;

static void *thread_once(void *arg)
{
	(void)arg;
	pthread_barrier_wait(&barrier);   /* all N alive at once */
	syscall(SYS_getppid);
	return NULL;
}

static long ncalls;
static void *thread_burst(void *arg)
{
	(void)arg;
	pthread_barrier_wait(&barrier);
	for (long i = 0; i < ncalls; i++)
		syscall(SYS_getppid);
	return NULL;
}

static void *thread_exec(void *arg)
{
	(void)arg;
	exec_nop();
	return NULL;
}

static pthread_t *spawn(int n, void *(*fn)(void *))
{
	pthread_t *t = calloc(n, sizeof(*t));
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	for (int i = 0; i < n; i++) {
		int e = pthread_create(&t[i], &attr, fn, NULL);
		if (e) {
			errno = e;
			die("pthread_create");
		}
	}
	return t;
}

int main(int argc, char **argv)
{
	self = argv[0];
	if (argc < 2) {
		fprintf(stderr, "usage: sc_storm nop|threads|forkexec|vfork|clone3|threxec|burst|count N\n");
		return 2;
	}
	const char *mode = argv[1];
	long n = argc > 2 ? atol(argv[2]) : 1;

	if (!strcmp(mode, "nop")) {
		syscall(SYS_getppid);
		return 0;
	}
	if (!strcmp(mode, "count")) {
		for (long i = 0; i < n; i++)
			syscall(SYS_getppid);
		return 0;
	}
	if (!strcmp(mode, "threads")) {
		pthread_barrier_init(&barrier, NULL, n);
		pthread_t *t = spawn(n, thread_once);
		for (long i = 0; i < n; i++)
			pthread_join(t[i], NULL);
		return 0;
	}
	if (!strcmp(mode, "forkexec")) {
		for (long i = 0; i < n; i++) {
			pid_t pid = fork();
			if (pid < 0)
				die("fork");
			if (!pid)
				exec_nop();
			wait_ok(pid);
		}
		return 0;
	}
	if (!strcmp(mode, "vfork")) {
		for (long i = 0; i < n; i++) {
			pid_t pid = vfork();
			if (pid < 0)
				die("vfork");
			if (!pid)
				exec_nop();
			wait_ok(pid);
		}
		return 0;
	}
	if (!strcmp(mode, "clone3")) {
		for (long i = 0; i < n; i++) {
			struct clone_args ca;
			memset(&ca, 0, sizeof(ca));
			ca.exit_signal = SIGCHLD;
			long pid = syscall(SYS_clone3, &ca, sizeof(ca));
			if (pid < 0)
				die("clone3");
			if (!pid) {
				syscall(SYS_getppid);
				syscall(SYS_exit_group, 0);
			}
			wait_ok(pid);
		}
		return 0;
	}
	if (!strcmp(mode, "threxec")) {
		for (long i = 0; i < n; i++) {
			pid_t pid = fork();
			if (pid < 0)
				die("fork");
			if (!pid) {
				spawn(1, thread_exec);
				for (;;)
					pause();  /* de_thread() kills us when the thread execs */
			}
			wait_ok(pid);
		}
		return 0;
	}
	if (!strcmp(mode, "burst")) {
		int nt = (int)n;
		ncalls = argc > 3 ? atol(argv[3]) : 1000;
		sigset_t set;
		sigemptyset(&set);
		sigaddset(&set, SIGUSR1);
		pthread_sigmask(SIG_BLOCK, &set, NULL);   /* inherited by the threads */
		pthread_barrier_init(&barrier, NULL, nt + 1);
		pthread_t *t = spawn(nt, thread_burst);
		printf("ready %d\n", getpid());
		fflush(stdout);
		int sig;
		sigwait(&set, &sig);
		pthread_barrier_wait(&barrier);
		for (int i = 0; i < nt; i++)
			pthread_join(t[i], NULL);
		return 0;
	}
	fprintf(stderr, "sc_storm: unknown mode '%s'\n", mode);
	return 2;
}

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * sctrace benchmark workload: times its own loop with CLOCK_MONOTONIC and
 * prints one line that bench/run.sh parses:
 *
 *   WL mode=getppid calls=1000000 iters=1000000 warm_calls=100000 elapsed_ns=... ns_per_call=... maxrss_kb=...
 *
 * Every measured call is a raw syscall(__NR_...), so libc cannot change,
 * cache or batch them.  Modes (N = iterations):
 *   getppid N     N x getppid                              (N calls)
 *   openrc N      N x openat+read+close of a small file    (3N calls)
 *   threads N     8 threads, N/8 x getppid each; wall time (N calls)
 *   forkexec N    N x fork, child execve's this program in mode "exit",
 *                 parent wait4s                           (ns per iteration)
 *   spin N        N x (SPIN_OPS dependent multiply-adds, about 1 ms, then one
 *                 getppid): CPU-bound, few calls           (ns per iteration)
 *   exit          exit_group(0) at once (forkexec's child)
 *   stamp         print CLOCK_MONOTONIC now, as the first thing it does
 *   launch FILE CMD...   bench helper, not a workload: runs CMD and prints
 *                 how long until FILE becomes non-empty (the first record)
 *                 and until CMD exits
 * A tenth of N runs untimed first (warm-up).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define NTHREADS 8

static unsigned long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static void die(const char *what)
{
	fprintf(stderr, "workload: %s: %s\n", what, strerror(errno));
	exit(1);
}

static void loop_getppid(long n)
{
	for (long i = 0; i < n; i++)
		syscall(__NR_getppid);
}

/* A fixed amount of work, not a fixed time: a slowdown of the process must
 * show as a longer iteration.  A dependent chain, so neither the compiler nor
 * the CPU can shorten it; about 1 ms on a 2-3 GHz x86. */
#define SPIN_OPS 1100000
static volatile unsigned long spin_sink;

static void loop_spin(long n)
{
	unsigned long x = spin_sink;
	for (long i = 0; i < n; i++) {
		for (long j = 0; j < SPIN_OPS; j++)
			x = x * 6364136223846793005UL + 1442695040888963407UL;
		spin_sink = x;
		syscall(__NR_getppid);
	}
}

static const char *openrc_path;

static void loop_openrc(long n)
{
	char buf[64];
	for (long i = 0; i < n; i++) {
		long fd = syscall(__NR_openat, AT_FDCWD, openrc_path, O_RDONLY);
		if (fd < 0)
			die(openrc_path);
		syscall(__NR_read, fd, buf, sizeof(buf));
		syscall(__NR_close, fd);
	}
}

static pthread_barrier_t barrier;
static long per_thread;

static void *thread_main(void *arg)
{
	(void)arg;
	pthread_barrier_wait(&barrier);
	loop_getppid(per_thread);
	return NULL;
}

/* the timed part: all threads start together, wall time until all end */
static void loop_threads(long n)
{
	pthread_t th[NTHREADS];
	per_thread = n / NTHREADS;
	pthread_barrier_init(&barrier, NULL, NTHREADS);
	for (int i = 0; i < NTHREADS; i++)
		if (pthread_create(&th[i], NULL, thread_main, NULL))
			die("pthread_create");
	for (int i = 0; i < NTHREADS; i++)
		pthread_join(th[i], NULL);
	pthread_barrier_destroy(&barrier);
}

static char self_exe[4096];

static void loop_forkexec(long n)
{
	char *argv[] = { self_exe, "exit", NULL };
	char *envp[] = { NULL };
	for (long i = 0; i < n; i++) {
		long pid = syscall(__NR_fork);
		if (pid < 0)
			die("fork");
		if (pid == 0) {
			syscall(__NR_execve, self_exe, argv, envp);
			_exit(127);
		}
		int st;
		if (syscall(__NR_wait4, pid, &st, 0, NULL) != pid)
			die("wait4");
		if (!WIFEXITED(st) || WEXITSTATUS(st)) {
			fprintf(stderr, "workload: child failed (status 0x%x)\n", st);
			exit(1);
		}
	}
}

/* launch FILE CMD...: time from the start of CMD to FILE's first byte, and
 * to CMD's exit.  Polls FILE every 100 us. */
static int launch(char *file, char **cmd)
{
	unlink(file);
	unsigned long long t0 = now_ns(), t_first = 0;
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		execvp(cmd[0], cmd);
		die(cmd[0]);
	}
	int st = 0;
	for (;;) {
		struct stat sb;
		if (!t_first && stat(file, &sb) == 0 && sb.st_size > 0)
			t_first = now_ns();
		pid_t w = waitpid(pid, &st, t_first ? 0 : WNOHANG);
		if (w == pid)
			break;
		if (w < 0 && errno != EINTR)
			die("waitpid");
		if (!t_first) {
			struct timespec d = { 0, 100000 };
			nanosleep(&d, NULL);
		}
	}
	unsigned long long t_end = now_ns();
	if (!t_first) {
		struct stat sb;
		if (stat(file, &sb) == 0 && sb.st_size > 0)
			t_first = t_end;  /* written only at the very end */
	}
	printf("WL mode=launch start_ns=%llu first_event_ns=%lld total_ns=%llu status=%d\n",
	       t0, t_first ? (long long)(t_first - t0) : -1LL, t_end - t0, st);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "exit"))
		syscall(__NR_exit_group, 0);
	if (argc >= 2 && !strcmp(argv[1], "stamp")) {
		printf("WL mode=stamp now_ns=%llu\n", now_ns());
		return 0;
	}
	if (argc >= 4 && !strcmp(argv[1], "launch"))
		return launch(argv[2], argv + 3);
	if (argc < 3) {
		fprintf(stderr, "usage: workload getppid|openrc|threads|forkexec|spin N [FILE]\n"
				"       workload launch FILE CMD [ARGS...]\n");
		return 2;
	}
	const char *mode = argv[1];
	long n = atol(argv[2]);
	if (n <= 0) {
		fprintf(stderr, "workload: bad iteration count '%s'\n", argv[2]);
		return 2;
	}
	void (*loop)(long);
	long calls_per_iter = 1;
	if (!strcmp(mode, "getppid")) {
		loop = loop_getppid;
	} else if (!strcmp(mode, "openrc")) {
		loop = loop_openrc;
		calls_per_iter = 3;
		openrc_path = argc > 3 ? argv[3] : "/etc/hostname";
	} else if (!strcmp(mode, "threads")) {
		loop = loop_threads;
		n -= n % NTHREADS;
		if (n < NTHREADS)
			n = NTHREADS;
	} else if (!strcmp(mode, "spin")) {
		loop = loop_spin;
	} else if (!strcmp(mode, "forkexec")) {
		loop = loop_forkexec;
		ssize_t len = readlink("/proc/self/exe", self_exe, sizeof(self_exe) - 1);
		if (len < 0)
			die("/proc/self/exe");
		self_exe[len] = 0;
	} else {
		fprintf(stderr, "workload: unknown mode '%s'\n", mode);
		return 2;
	}

	/* warm-up: caches, page tables, the tracer's maps */
	long warm = n / 10;
	if (!strcmp(mode, "threads"))
		warm = warm < NTHREADS ? NTHREADS : warm - warm % NTHREADS;
	if (warm)
		loop(warm);

	unsigned long long t0 = now_ns();
	loop(n);
	unsigned long long el = now_ns() - t0;

	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	long calls = n * calls_per_iter;
	/* warm_calls: the untimed warm-up's calls, which a tracer sees too */
	printf("WL mode=%s calls=%ld iters=%ld warm_calls=%ld elapsed_ns=%llu ns_per_call=%.1f maxrss_kb=%ld\n",
	       mode, calls, n, warm * calls_per_iter, el, (double)el / calls, ru.ru_maxrss);
	return 0;
}

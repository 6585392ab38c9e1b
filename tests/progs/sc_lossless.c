// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Lossless tracing (tests/integration/lossless.sh): a child runs 8 threads
 * making N getppid() calls each (default 20000); the parent waits for it
 * reporting stops and continues too, and exits 1 if it saw one (a freeze
 * must be invisible: no SIGSTOP, no SIGCONT).  With "pidfile FILE" first,
 * the child writes its pid to FILE and sleeps 3 s before its calls.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define NTHREADS 8

static long per_thread = 20000;

static void *thread_main(void *arg)
{
	(void)arg;
	for (long i = 0; i < per_thread; i++)
		syscall(__NR_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	const char *pidfile = NULL;
	if (argc > 2 && !strcmp(argv[1], "pidfile")) {
		pidfile = argv[2];
		argc -= 2;
		argv += 2;
	}
	if (argc > 1)
		per_thread = atol(argv[1]);
	pid_t pid = fork();
	if (pid == 0) {
		if (pidfile) {
			FILE *f = fopen(pidfile, "w");
			if (f) {
				fprintf(f, "%d\n", (int)getpid());
				fclose(f);
			}
			sleep(3);
		}
		pthread_t th[NTHREADS];
		for (int i = 0; i < NTHREADS; i++)
			pthread_create(&th[i], NULL, thread_main, NULL);
		for (int i = 0; i < NTHREADS; i++)
			pthread_join(th[i], NULL);
		_exit(0);
	}
	int st, stops = 0;
	for (;;) {
		pid_t w = waitpid(pid, &st, WUNTRACED | WCONTINUED);
		if (w < 0)
			return 2;
		if (WIFSTOPPED(st) || WIFCONTINUED(st)) {
			stops++;
			continue;
		}
		break;
	}
	if (stops)
		printf("stopped %d times\n", stops);
	return stops ? 1 : 0;
}

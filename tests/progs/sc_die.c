/* Threads die inside syscalls: 4 threads block in read() on a pipe, the
 * main thread exits the whole process while they block.  With argv[1] ==
 * "exec", a non-leader thread execs argv[2] instead (de_thread kills the
 * others, the exec'ing thread takes the leader's pid). */
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static int fds[2];
static char **exec_argv;

static void *blocker(void *arg)
{
	char c;
	syscall(__NR_read, fds[0], &c, 1);
	return arg;
}

static void *execer(void *arg)
{
	struct timespec ts = { 0, 50 * 1000 * 1000 };
	syscall(__NR_nanosleep, &ts, NULL);
	syscall(__NR_execve, exec_argv[0], exec_argv, (char *[]){ NULL });
	return arg;
}

int main(int argc, char **argv)
{
	pthread_t t;
	if (pipe(fds))
		return 1;
	for (int i = 0; i < 4; i++)
		pthread_create(&t, NULL, blocker, NULL);
	if (argc > 2 && !strcmp(argv[1], "exec")) {
		exec_argv = &argv[2];
		pthread_create(&t, NULL, execer, NULL);
		for (;;)
			pause();
	}
	struct timespec ts = { 0, 100 * 1000 * 1000 };
	syscall(__NR_nanosleep, &ts, NULL);
	syscall(__NR_exit_group, 0);
	return 0;
}

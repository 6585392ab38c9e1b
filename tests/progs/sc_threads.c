/* N threads (argv[1], default 8) each make M getppid calls (argv[2],
 * default 1000) and one marked openat; the main thread joins them. */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static long calls = 1000;

static void *worker(void *arg)
{
	for (long i = 0; i < calls; i++)
		syscall(__NR_getppid);
	syscall(__NR_openat, AT_FDCWD, "/nonexistent/thread", O_RDONLY);
	return arg;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 8;
	if (argc > 2)
		calls = atol(argv[2]);
	pthread_t t[1024];
	for (int i = 0; i < n && i < 1024; i++)
		pthread_create(&t[i], NULL, worker, NULL);
	for (int i = 0; i < n && i < 1024; i++)
		pthread_join(t[i], NULL);
	return 0;
}

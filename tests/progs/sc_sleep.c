/* nanosleep(2) COUNT times for MS milliseconds each (wall time, no CPU),
 * for -c -w and --histogram.  Usage: sc_sleep MS [COUNT] */
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long ms = argc > 1 ? atol(argv[1]) : 20;
	int count = argc > 2 ? atoi(argv[2]) : 1;
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	for (int i = 0; i < count; i++)
		syscall(__NR_nanosleep, &ts, NULL);
	return 0;
}

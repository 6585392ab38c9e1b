/* Runs until killed: an openat of a marker path every 20 ms, so a tracer
 * attached with -p sees it whenever it starts. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	for (;;) {
		syscall(__NR_openat, AT_FDCWD, "/nonexistent/sctrace-loop", O_RDONLY);
		syscall(__NR_nanosleep, &ts, NULL);
	}
}

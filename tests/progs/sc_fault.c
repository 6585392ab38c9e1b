/* A path pointer that cannot be read: strace prints the address. */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	syscall(__NR_openat, AT_FDCWD, (const char *)16, O_RDONLY);
	return 0;
}

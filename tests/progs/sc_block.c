/* Blocks in read(0) until stdin has data. */
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	long n = syscall(__NR_read, 0, buf, sizeof(buf));
	return n < 0;
}

/* iovec calls with syscall(2), for tests/integration/iov.sh: valid,
 * NULL, unreadable and partial arrays, long buffers, failed reads. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	static char a[] = "hello", b[] = " world, this is a long buffer of text\n";
	struct iovec v[3] = { { a, 5 }, { b, sizeof(b) - 1 }, { NULL, 0 } };
	int fd = open("/dev/null", O_WRONLY);
	if (fd != 3)
		return 1;
	syscall(__NR_writev, 3, v, 3);
	syscall(__NR_writev, 3, NULL, 2);
	syscall(__NR_writev, 3, (void *)-1L, 2);
	syscall(__NR_writev, 3, v, 0);
	syscall(__NR_pwritev2, 3, v, 2, 0, 0, 4 /* RWF_SYNC */);

	int p[2];
	if (pipe(p) || p[0] != 4)
		return 1;
	write(p[1], "abcdefgh", 8);
	static char x[4], y[10];
	struct iovec r[2] = { { x, 4 }, { y, 10 } };
	syscall(__NR_readv, 4, r, 2);
	write(p[1], "abc", 3);
	syscall(__NR_readv, 4, r, 2);
	/* failed: each buffer's address */
	struct iovec bad[2] = { { (void *)0x1000, 4 }, { (void *)0x2000, 10 } };
	syscall(__NR_readv, 99, bad, 2);
	syscall(__NR_preadv2, 99, bad, 2, -1L, 0, 0x1f);

	/* an array whose second element is on an unmapped page */
	char *pg = mmap((void *)0x10000000, 8192, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (pg == MAP_FAILED)
		return 1;
	munmap(pg + 4096, 4096);
	struct iovec *edge = (struct iovec *)(pg + 4096 - 16);
	edge->iov_base = a;
	edge->iov_len = 2;
	syscall(__NR_writev, 3, edge, 2);
	return 0;
}

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Paths at PATH_MAX (tests/integration/file.sh): a name of exactly 4095
 * bytes (whole, as strace prints it), and 4096 bytes with no NUL that end
 * at an unmapped page (cut: strace's 4095 bytes and "...").
 */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	/* two pages, the second unmapped: a name can end right at the first's end */
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return 1;
	munmap(p + 4096, 4096);
	memset(p, 'a', 4096);
	p[4095] = 0;                               /* 4095 bytes and a NUL */
	syscall(__NR_openat, AT_FDCWD, p, O_RDONLY);
	p[4095] = 'a';                             /* 4096 bytes, no NUL */
	syscall(__NR_openat, AT_FDCWD, p, O_RDONLY);
	return 0;
}

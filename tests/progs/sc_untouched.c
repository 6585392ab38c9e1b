/* A path in a page never touched before the syscall: the file-backed
 * page is faulted in by the kernel inside openat, after sys_enter. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *file = argc > 1 ? argv[1] : "/tmp/sctrace-untouched";
	int fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, "/etc/hostname", 14) != 14)
		return 1;
	close(fd);
	/* drop the page cache copy so even the file page must be read in */
	fd = open(file, O_RDONLY);
	posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
	char *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p == MAP_FAILED)
		return 1;
	long r = syscall(__NR_openat, AT_FDCWD, p, O_RDONLY);
	return r < 0;
}

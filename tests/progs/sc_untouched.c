/* A path in a page never touched before the syscall: the file-backed
 * page is faulted in by the kernel inside openat, after sys_enter.
 * With a second argument, then execve that program with its path and
 * argv[0] in another never-touched page.
 * Usage: sc_untouched FILE [PROGRAM] */
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *file = argc > 1 ? argv[1] : "/tmp/sctrace-untouched";
	const char *prog = argc > 2 ? argv[2] : "";
	int fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, "/etc/hostname", 14) != 14)
		return 1;
	if (pwrite(fd, prog, strlen(prog) + 1, 8192) != (ssize_t)strlen(prog) + 1)
		return 1;
	close(fd);
	/* drop the page cache copy so even the file page must be read in */
	fd = open(file, O_RDONLY);
	posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
	char *p = mmap(NULL, 3 * 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p == MAP_FAILED)
		return 1;
	long r = syscall(__NR_openat, AT_FDCWD, p, O_RDONLY);
	if (argc > 2) {
		char *args[] = { p + 8192, NULL };
		syscall(__NR_execve, p + 8192, args, (char *[]){ NULL });
		return 2;
	}
	return r < 0;
}

/* Strings on pages never touched before the syscall, in calls that fail
 * before the kernel reads them: nothing faults those pages in before
 * sys_exit (strace reads them with process_vm_readv, which does).  Each
 * string is on its own page of a file mapping whose page cache was
 * dropped; the last one starts 5 bytes before a page's end.
 * Usage: sc_latestr FILE */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/unistd_extra.h"

#define PG 4096
static const char *const strs[] = {
	"/etc/hostname",                                  /* page 0 */
	"user.sctrace.late",                              /* page 1 */
	"user.a.name.longer.than.thirty.two.bytes",       /* page 2 */
	"/tmp/",                                          /* page 3's end ... */
};

int main(int argc, char **argv)
{
	const char *file = argc > 1 ? argv[1] : "/tmp/sctrace-latestr";
	int fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return 1;
	for (int i = 0; i < 3; i++)
		if (pwrite(fd, strs[i], strlen(strs[i]) + 1, (off_t)i * PG) < 0)
			return 1;
	/* ... continued on page 4 */
	if (pwrite(fd, "/tmp/late-across-pages", 23, 4 * PG - 5) != 23 || ftruncate(fd, 6 * PG))
		return 1;
	close(fd);
	fd = open(file, O_RDONLY);
	posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
	char *p = mmap(NULL, 6 * PG, PROT_READ, MAP_PRIVATE, fd, 0);
	if (p == MAP_FAILED)
		return 1;
	/* args size 15 < XATTR_ARGS_SIZE_VER0: EINVAL before any string */
	syscall(__NR_getxattrat, -1, p, 0, p + PG, NULL, 15);
	syscall(__NR_setxattrat, -1, p + 4 * PG - 5, 0, p + 2 * PG, NULL, 15);
	/* file_attr size 23 < FILE_ATTR_SIZE_VER0: EINVAL */
	syscall(__NR_file_setattr, -1, p + 5 * PG, NULL, 23, 0);
	return 0;
}

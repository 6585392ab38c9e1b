/*
 * The file family: open/openat/openat2/creat flags and modes, mkdir,
 * mknod, chmod, umask, utimes/utime/futimesat/utimensat, close_range,
 * getdents, fcntl's newer commands and execveat's flags, with valid,
 * NULL and invalid arguments.  Paths are under a directory that does not
 * exist, so nothing is created; the upper halves of int and umode_t
 * registers are filled with garbage (strace looks at the C type's bits
 * only).  Structs live in one page mapped at a fixed address, so the
 * addresses strace prints are the same on every run.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/unistd_extra.h"  /* numbers newer than the installed headers */

#define PAGE ((char *)0x22000000UL)
#define NOWHERE "/tmp/sc_file.nonexistent/f"
#define HI 0xdeadbeef00000000ULL   /* ignored upper half */


int main(void)
{
	if (mmap(PAGE, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
		 -1, 0) != PAGE)
		return 1;
	/* the page after PAGE stays unmapped: PAGE + 4096 - n is n readable bytes */
	munmap(PAGE + 4096, 4096);

	/* modes: 16 bits of the register */
	syscall(__NR_creat, NOWHERE, HI | 0644);
	syscall(__NR_mkdir, NOWHERE, 0x1ffffUL);
	syscall(__NR_mkdirat, HI | (uint32_t)AT_FDCWD, NOWHERE, 0755);
	syscall(__NR_mkdirat, -1, NULL, 0);
	syscall(__NR_chmod, NOWHERE, HI | 04755);
	syscall(__NR_fchmodat, AT_FDCWD, NOWHERE, 01777);
	syscall(__NR_fchmodat2, AT_FDCWD, NOWHERE, 0644, AT_SYMLINK_NOFOLLOW);
	syscall(__NR_fchmodat2, -1, NULL, 0, 0x80000000UL);
	mode_t old = syscall(__NR_umask, HI | 0x5022);
	syscall(__NR_umask, old);

	/* open flags and modes */
	syscall(__NR_open, NOWHERE, O_WRONLY | O_CREAT | O_EXCL, HI | 0600);
	syscall(__NR_open, NOWHERE, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0777);
	syscall(__NR_openat, -1, NOWHERE, O_RDWR | O_TMPFILE, 0);
	syscall(__NR_openat, AT_FDCWD, NULL, 0x80000000UL | O_APPEND);

	/* mknod: symbolic modes, makedev() of the low 32 bits */
	syscall(__NR_mknod, NOWHERE, S_IFCHR | 0600, HI | 0x00000103);
	syscall(__NR_mknod, NOWHERE, S_IFBLK | S_ISUID | 0640, 0xbadc0dedUL);
	syscall(__NR_mknod, NOWHERE, S_IFIFO | 0600, 0x123);
	syscall(__NR_mknodat, AT_FDCWD, NOWHERE, 0170777, 0);
	syscall(__NR_mknodat, -1, NOWHERE, 0, 0);

	/* close_range: unsigned ints */
	syscall(__NR_close_range, HI | 0xfffffffeU, 0xffffffffU, 1);
	syscall(__NR_close_range, 1000, 999, 4 | 8);
	syscall(__NR_close_range, HI | 1000, HI | 1001, 2);

	/* getdents: the count is an unsigned int */
	syscall(__NR_getdents64, -1, NULL, HI | 4096);
	syscall(__NR_getdents, -1, PAGE, 8192);

	/* utimes, futimesat: timeval[2]; utime: utimbuf; utimensat: timespec[2] */
	int64_t *t = (int64_t *)PAGE;
	t[0] = 1492358607; t[1] = 345678; t[2] = 1492356078; t[3] = 0;
	syscall(__NR_utimes, NOWHERE, NULL);
	syscall(__NR_utimes, NOWHERE, PAGE);
	syscall(__NR_utimes, NOWHERE, PAGE + 4096 - 16);
	syscall(__NR_futimesat, AT_FDCWD, NOWHERE, PAGE);
	t[4] = 0; t[5] = 1000000; t[6] = -1; t[7] = -1;
	syscall(__NR_futimesat, -1, NULL, PAGE + 32);
	syscall(__NR_utime, NOWHERE, PAGE);
	syscall(__NR_utime, NOWHERE, PAGE + 4096 - 8);
	t[8] = 1492358607; t[9] = (1L << 30) - 1; t[10] = 0; t[11] = (1L << 30) - 2;
	syscall(__NR_utimensat, AT_FDCWD, NOWHERE, PAGE + 64, 0);
	t[8] = 1492358607; t[9] = 123456789; t[10] = 1; t[11] = 1000000000;
	syscall(__NR_utimensat, -1, NOWHERE, PAGE + 64, AT_SYMLINK_NOFOLLOW);

	/* openat2: struct open_how, a bigger one, a short size */
	uint64_t *how = (uint64_t *)(PAGE + 256);
	how[0] = O_WRONLY | O_CREAT; how[1] = 0644; how[2] = 0x14; how[3] = 0;
	syscall(__NR_openat2, AT_FDCWD, NOWHERE, how, 24);
	syscall(__NR_openat2, -1, NOWHERE, how, 32);
	how[3] = 0x0102030405060708ULL;
	syscall(__NR_openat2, -1, NOWHERE, how, 32);
	how[0] = 0x100000000ULL | O_RDONLY; how[1] = 0; how[2] = 0x40;
	syscall(__NR_openat2, -1, NOWHERE, how, 24);
	syscall(__NR_openat2, -1, NOWHERE, how, 11);
	memcpy(PAGE + 4096 - 24, how, 24);   /* the tail past the page is unreadable */
	syscall(__NR_openat2, -1, NOWHERE, PAGE + 4096 - 24, 32);
	syscall(__NR_openat2, -1, NULL, NULL, 24);

	/* fcntl's newer commands; the structs in the middle of the page */
	int32_t *owner = (int32_t *)(PAGE + 512);
	owner[0] = 1; owner[1] = 1234567890;
	syscall(__NR_fcntl, -1, 15 /* F_SETOWN_EX */, owner);
	memcpy(PAGE + 4096 - 8, owner, 8);   /* at the page's end */
	syscall(__NR_fcntl, -1, 15 /* F_SETOWN_EX */, PAGE + 4096 - 8);
	uint64_t *hint = (uint64_t *)(PAGE + 1024);
	*hint = 2;
	syscall(__NR_fcntl, -1, 1036 /* F_SET_RW_HINT */, hint);
	*hint = 0xdeadc0de;
	syscall(__NR_fcntl, -1, 1038 /* F_SET_FILE_RW_HINT */, hint);
	syscall(__NR_fcntl, -1, 1035 /* F_GET_RW_HINT */, hint);
	syscall(__NR_fcntl, -1, 1027 /* F_DUPFD_QUERY */, 0);
	syscall(__NR_fcntl, -1, 1028 /* F_CREATED_QUERY */, 0);
	uint32_t *deleg = (uint32_t *)(PAGE + 1536);
	deleg[0] = 0; deleg[1] = 0x10001;   /* d_type F_WRLCK, __pad 1 */
	syscall(__NR_fcntl, -1, 1040 /* F_SETDELEG */, deleg);
	syscall(__NR_fcntl, -1, 1039 /* F_GETDELEG */, deleg);

	/* execveat's own flags; nothing runs (fd -1) */
	syscall(__NR_execveat, -1, "", NULL, NULL, 0x1000 | 0x10000);
	syscall(__NR_execveat, AT_FDCWD, NULL, NULL, NULL, 0xfffeeeffUL);
	return 0;
}

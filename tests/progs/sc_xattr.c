/*
 * The xattr family: {get,set,list,remove}xattr and their l/f forms, the
 * *xattrat calls, file_getattr/file_setattr and quotactl/quotactl_fd,
 * with valid, NULL and invalid arguments.  The attributes go on a file
 * of our own (/tmp/sc_xattr.file, removed at the end); quota and
 * file-attribute calls fail harmlessly (fd -1, paths that do not exist).
 * Buffers live in one page mapped at a fixed address, so the addresses
 * strace prints are the same on every run.
 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/unistd_extra.h"  /* numbers newer than the installed headers */

#define PAGE ((char *)0x21000000UL)
#define FILE_NAME "/tmp/sc_xattr.file"

#ifndef __NR_quotactl_fd
#define __NR_quotactl_fd 443
#endif

#define QCMD(cmd, type) (((cmd) << 8) | ((type) & 0xff))

struct xattr_args_ { uint64_t value; uint32_t size; uint32_t flags; };
struct file_attr_ { uint64_t xflags; uint32_t extsize, nextents, projid, cowextsize; };
struct dqinfo_ { uint64_t bgrace, igrace; uint32_t flags, valid; };

int main(void)
{
	char *p = mmap(PAGE, 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p != PAGE)
		return 1;
	/* the page after is unmapped: PAGE + 4096 is an invalid address */
	munmap(PAGE + 4096, 4096);
	char *val = PAGE, *name = PAGE + 64, *path = PAGE + 128, *out = PAGE + 1024;
	memcpy(val, "foo\0bar", 8);
	strcpy(name, "user.sc");
	strcpy(path, FILE_NAME);

	int fd = open(FILE_NAME, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return 1;

	/* classic calls */
	syscall(__NR_fsetxattr, -1, NULL, NULL, 0, 1);
	syscall(__NR_fsetxattr, -1, name, val, 8, 2);
	syscall(__NR_fsetxattr, -1, name, val, 65537, 0);
	syscall(__NR_fsetxattr, -1, name, PAGE + 4092, 8, 5);
	syscall(__NR_fsetxattr, -1, name, val, 7, 0x10);
	syscall(__NR_setxattr, path, name, val, 8, 1);
	syscall(__NR_lsetxattr, path, name, val, 7, 2);
	syscall(__NR_getxattr, path, name, out, 0);
	syscall(__NR_lgetxattr, path, name, out, 64);
	syscall(__NR_fgetxattr, -1, name, out, 64);
	syscall(__NR_getxattr, path, name, NULL, 64);
	syscall(__NR_listxattr, path, out, 0);
	syscall(__NR_llistxattr, path, out, 64);
	syscall(__NR_flistxattr, -1, out, 64);
	syscall(__NR_removexattr, path, name);
	syscall(__NR_lremovexattr, path, name);
	syscall(__NR_fremovexattr, -1, NULL);

	/* *xattrat */
	struct xattr_args_ *xa = (void *)(PAGE + 512);
	*xa = (struct xattr_args_){ (uintptr_t)val, 8, 1 };
	syscall(__NR_setxattrat, -100, path, 0, name, xa, 16);
	*xa = (struct xattr_args_){ (uintptr_t)out, 0, 0 };
	syscall(__NR_getxattrat, -100, path, 0x100, name, xa, 16);
	*xa = (struct xattr_args_){ (uintptr_t)out, 64, 0 };
	syscall(__NR_getxattrat, -100, path, 0, PAGE + 96, xa, 16);
	syscall(__NR_getxattrat, -1, NULL, 0x1000, name, xa, 8);
	memset(PAGE + 528, 0x90, 8);
	*xa = (struct xattr_args_){ 0, 0, 4 };
	syscall(__NR_setxattrat, -1, "", 0, name, xa, 24);
	memset(PAGE + 528, 0, 8);
	*xa = (struct xattr_args_){ (uintptr_t)val, 0, 0 };
	syscall(__NR_setxattrat, -1, NULL, 1, name, xa, 24);
	syscall(__NR_listxattrat, -100, path, 0, out, 64);
	syscall(__NR_listxattrat, -100, path, 0, out, 0);
	syscall(__NR_removexattrat, -100, path, 0x100, name);
	syscall(__NR_removexattrat, fd, NULL, 0xffffffff, name);

	/* file attributes */
	struct file_attr_ *fa = (void *)(PAGE + 2048);
	*fa = (struct file_attr_){ 0x800ffffbULL, 1, 2, 0xcafe, 3 };
	syscall(__NR_file_setattr, -1, "", fa, 24, 0);
	*fa = (struct file_attr_){ 0xffffffff7ff00004ULL, 0, 0, 0, 0 };
	memset(PAGE + 2048 + 24, 0x80, 8);
	syscall(__NR_file_setattr, -1, NULL, fa, 32, 0x1000);
	syscall(__NR_file_setattr, -1, "", fa, 23, 0xffffeeff);
	syscall(__NR_file_getattr, -1, "", fa, 24, 0);
	syscall(__NR_file_getattr, -100, NULL, NULL, 24, 0x1100);
	memset(fa, 0xff, 32);
	syscall(__NR_file_getattr, -100, path, fa, 32, 0);

	/* structs at the end of the page whose larger size runs past it */
	fa = (void *)(PAGE + 4096 - 24);
	memset(fa, 0, 24);
	syscall(__NR_file_setattr, -1, NULL, fa, 32, 0x1000);
	xa = (void *)(PAGE + 4096 - 16);
	memset(xa, 0, 16);
	syscall(__NR_setxattrat, -1, NULL, 0x1000, name, xa, 17);

	/* quotas */
	struct dqinfo_ *dqi = (void *)(PAGE + 3072);
	*dqi = (struct dqinfo_){ 1, 2, 0x10001, 0x4 };
	syscall(__NR_quotactl, QCMD(0x800001, 0), NULL, 0, NULL);
	syscall(__NR_quotactl, QCMD(0x800002, 1), "/nonexistent/dev", 2, path);
	syscall(__NR_quotactl, QCMD(0x800007, 2), "/nonexistent/dev", -1, out);
	syscall(__NR_quotactl, QCMD(0x800006, 0), "/nonexistent/dev", 0, dqi);
	*(uint32_t *)out = 0xdeadbeef;
	syscall(__NR_quotactl, QCMD(0x5801, 0), "/nonexistent/dev", 0, out);
	syscall(__NR_quotactl, QCMD(0x5806, 1), NULL, 0, out);
	syscall(__NR_quotactl, QCMD(0xbadc0d, 0xed), NULL, 7, out);
	syscall(__NR_quotactl_fd, -1, QCMD(0x800004, 1), 0, out);

	close(fd);
	unlink(FILE_NAME);
	return 0;
}

/*
 * The fs family: mount and the new mount API, swap, accounting, fanotify,
 * ustat, _sysctl, sysfs...  with valid, NULL and invalid arguments.  Every
 * call fails harmlessly (paths that do not exist, fd -1), so nothing is
 * mounted.  Buffers live in one page mapped at a fixed address, so the
 * addresses strace prints are the same on every run.
 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/unistd_extra.h"  /* numbers newer than the installed headers */

#define PAGE ((char *)0x20000000UL)


int main(void)
{
	char *p = mmap(PAGE, 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p != PAGE)
		return 1;
	/* the page after is unmapped: PAGE + 4096 is an invalid address */
	munmap(PAGE + 4096, 4096);

	/* mount(2), umount2, pivot_root, chroot, acct, swap */
	syscall(__NR_mount, "/nonexistent/src", "/nonexistent/dst", "tmpfs",
		0xc0ed0000UL | 0x1 | 0x8, "size=1m");
	/* a bind mount ignores the type and data: shown as addresses */
	strcpy(PAGE + 512, "tmpfs");
	strcpy(PAGE + 576, "data");
	syscall(__NR_mount, "/nonexistent/src", "/nonexistent/dst", PAGE + 512, 0x1000UL, PAGE + 576);
	syscall(__NR_mount, "/nonexistent/src", "/nonexistent/dst", PAGE + 512, 0x20UL, PAGE + 576);
	syscall(__NR_mount, NULL, NULL, NULL, 0x200UL, NULL);
	syscall(__NR_umount2, "/nonexistent/dst", 0x2 | 0x8);
	syscall(__NR_umount2, "/nonexistent/dst", 0x20);
	syscall(__NR_pivot_root, "/nonexistent/new", "/nonexistent/old");
	syscall(__NR_chroot, "/nonexistent/root");
	syscall(__NR_acct, "/nonexistent/acct");
	syscall(__NR_swapon, "/nonexistent/swap", 0x8000 | 0x10000 | 5);
	syscall(__NR_swapoff, (void *)-1L);

	/* the new mount API */
	syscall(__NR_fsopen, "nonexistent_fs", 1);
	syscall(__NR_fsopen, NULL, 0x10);
	syscall(__NR_fsconfig, -1, 1, "source", "none", 0);
	syscall(__NR_fsconfig, -1, 3, "source", "/nonexistent", AT_FDCWD);
	syscall(__NR_fsconfig, -1, 6, NULL, NULL, 0);
	syscall(__NR_fsconfig, -1, 100, NULL, NULL, 7);
	syscall(__NR_fsmount, -1, 1, 0x1 | 0x20);
	syscall(__NR_fspick, AT_FDCWD, "/nonexistent", 0x1 | 0x8);
	syscall(__NR_move_mount, -1, "/nonexistent/a", AT_FDCWD, "/nonexistent/b", 0x4 | 0x40);
	syscall(__NR_open_tree, AT_FDCWD, "/nonexistent", 0x1 | 0x80000 | 0x8000);

	/* struct mount_attr: attr_set, attr_clr, propagation, userns_fd */
	uint64_t *attr = (uint64_t *)(PAGE + 64);
	attr[0] = 0x1 | 0x2;
	attr[1] = 0x20;
	attr[2] = 1UL << 18;	/* MS_PRIVATE */
	attr[3] = 0;
	syscall(__NR_mount_setattr, -1, "/nonexistent", 0x8000, attr, 32);
	syscall(__NR_mount_setattr, -1, "/nonexistent", 0, attr, 8);
	syscall(__NR_mount_setattr, -1, "/nonexistent", 0, PAGE + 4096, 32);
	syscall(__NR_open_tree_attr, AT_FDCWD, "/nonexistent", 1, NULL, 0);

	/* statmount, listmount: struct mnt_id_req */
	uint32_t *req = (uint32_t *)(PAGE + 256);
	req[0] = 32;
	req[1] = 0;
	*(uint64_t *)(req + 2) = 1;		/* mnt_id */
	*(uint64_t *)(req + 4) = 0x1 | 0x20;	/* param */
	*(uint64_t *)(req + 6) = 0;		/* mnt_ns_id */
	syscall(__NR_statmount, req, PAGE + 1024, 512, 0);
	syscall(__NR_statmount, NULL, NULL, 0, 0);
	syscall(__NR_listmount, req, PAGE + 2048, 4, 0x1);
	syscall(__NR_listmount, NULL, PAGE + 2048, 0, 0);
	/* requests at the end of the page: the size alone, `???`, the tail */
	req = (uint32_t *)(PAGE + 4096 - 4);
	req[0] = 23;
	syscall(__NR_listmount, req, NULL, 0, 0);
	req[0] = 24;
	syscall(__NR_statmount, req, NULL, 0, 0);
	syscall(__NR_listmount, PAGE + 4096 - 3, NULL, 0, 0);
	req = (uint32_t *)(PAGE + 4096 - 40);
	memset(req, 0, 40);
	req[0] = 40;
	*(uint64_t *)(req + 2) = 0xffffffffffffffffULL;	/* LSMT_ROOT */
	*(uint64_t *)(req + 8) = 0x8786858483828180ULL;
	syscall(__NR_listmount, req, NULL, 0, 0);
	req = (uint32_t *)(PAGE + 4096 - 32);
	memset(req, 0, 32);
	req[0] = 33;
	syscall(__NR_listmount, req, NULL, 0, 0);
	/* a mount_attr larger than the kernel's, its tail unreadable */
	attr = (uint64_t *)(PAGE + 4096 - 32);
	memset(attr, 0, 32);
	syscall(__NR_mount_setattr, -1, "/nonexistent", 0, attr, 40);

	/* fanotify */
	syscall(__NR_fanotify_init, 0x8 | 0x100, O_RDONLY);
	syscall(__NR_fanotify_mark, -1, 0x1 | 0x10, 0x20UL | 0x40000000UL, AT_FDCWD, "/nonexistent");
	syscall(__NR_fanotify_mark, -1, 0x2, 0x1UL, -1, NULL);

	/* ustat, _sysctl, sysfs, syncfs */
	syscall(__NR_ustat, 0x12345, NULL);
	syscall(__NR__sysctl, NULL);
	strcpy(PAGE + 640, "nonexistent_fs");
	syscall(__NR_sysfs, 1, PAGE + 640, 0);
	syscall(__NR_sysfs, 2, 9999, PAGE + 3072);
	syscall(__NR_syncfs, -1);
	return 0;
}

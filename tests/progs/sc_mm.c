/*
 * Memory-management calls for tests/integration/mm.sh, made with
 * syscall(2): valid, NULL and invalid arguments.  Arrays and structs live
 * in a mapping at a fixed address so that the expected lines need no
 * stack or heap address.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/mempolicy.h>

#define AREA ((char *)0x10000000)
#define UNMAPPED 0x20000000UL

int main(void)
{
	char *a = mmap(AREA, 4 * 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (a != AREA)
		return 1;
	memset(a, 0, 4 * 4096);

	/* advice is an int: the upper half of the register is not part of it */
	syscall(__NR_madvise, a, 4096, 0xfacefeed00000001UL);
	syscall(__NR_madvise, 0, 4096, 102);
	syscall(__NR_madvise, 0, 4096, 0x68);
	syscall(__NR_mmap, 0x30000000UL, 4096, PROT_READ, 0x08 | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	syscall(__NR_mmap, 0, 4096, PROT_READ, MAP_PRIVATE | 0x80, -1, 0);
	syscall(__NR_msync, a, 4096, MS_SYNC | 0x8);

	syscall(__NR_mlock2, 0xfacefeeddeadbeefUL, 4096, 0xffffffffffffffffUL);
	syscall(__NR_mlockall, 0xf0);
	syscall(__NR_mlockall, MCL_FUTURE | 0x80);
	syscall(__NR_munlockall);

	/* NUMA: policies and node masks */
	int *mode = (int *)(a + 0x100);
	unsigned long *mask = (unsigned long *)(a + 0x200);
	syscall(__NR_get_mempolicy, mode, mask, 64, 0, 0);
	syscall(__NR_get_mempolicy, 0, 0, 0, 0, 0xffUL);
	syscall(__NR_get_mempolicy, 0, 0, 0, 0, 0xffffffffffffff00UL);
	syscall(__NR_set_mempolicy, 0xffffffff00000002UL, 0, 0);
	syscall(__NR_set_mempolicy, 0xffff, 0, 0);
	mask[0] = 0;
	syscall(__NR_set_mempolicy, MPOL_INTERLEAVE | MPOL_F_RELATIVE_NODES, mask, 3);
	syscall(__NR_mbind, a, 4096, MPOL_BIND, mask, 64, MPOL_MF_STRICT | 0x10);
	syscall(__NR_mbind, a, 4096, 0x9, 0, 0, 0);
	mask[0] = 1;
	mask[1] = 0;
	syscall(__NR_migrate_pages, 0x7fffffff, 128, mask, mask);
	void **pages = (void **)(a + 0x400);
	int *nodes = (int *)(a + 0x500), *status = (int *)(a + 0x600);
	pages[0] = a;
	pages[1] = a + 4096;
	pages[2] = (void *)UNMAPPED;
	syscall(__NR_move_pages, 0, 3, pages, 0, status, 0);
	nodes[0] = nodes[1] = nodes[2] = 0;
	syscall(__NR_move_pages, 0, 3, pages, nodes, status, 0x8UL);
	/* an array running into unmapped memory (the mapping ends at 0x10004000) */
	void **tail = (void **)(a + 4 * 4096 - 8);
	tail[0] = a;
	syscall(__NR_move_pages, 0, 2, tail, 0, status, 0);
	syscall(__NR_set_mempolicy_home_node, a, 4096, 0, 0xf0UL);

	/* protection keys */
	syscall(__NR_pkey_alloc, 0x1, 0);
	syscall(__NR_pkey_alloc, 0, 0xbadc0de8);
	syscall(__NR_pkey_free, -1);
	syscall(__NR_pkey_mprotect, a, 4096, PROT_READ | PROT_WRITE, -1);

	unsigned char *vec = (unsigned char *)(a + 0x800);
	syscall(__NR_mincore, a, 8192, vec);
	syscall(__NR_mincore, a, 4096, 0);
	syscall(__NR_remap_file_pages, a, 4096, 0, 0, MAP_NONBLOCK);

	/* pidfd-based and newer calls */
	unsigned long *iov = (unsigned long *)(a + 0x900);
	iov[0] = (unsigned long)a;
	iov[1] = 4096;
	iov[2] = 0;
	iov[3] = 8;
	syscall(__NR_process_madvise, -1, iov, 2, MADV_COLD, 0);
	syscall(__NR_process_mrelease, -1, 0xfacefeed);
	syscall(462 /* mseal */, UNMAPPED, 4096, 0xfUL);
	syscall(453 /* map_shadow_stack */, 0, 4096, 0x3UL);
	syscall(__NR_membarrier, 3, 0xff, -1);
	syscall(__NR_membarrier, 1 << 7, 1, 5);
	syscall(447 /* memfd_secret */, 0xde97face);

	/* the name in memory already touched: BPF reads it at exit and cannot
	 * fault a page in (these calls fail before the kernel reads it) */
	char *name = a + 0xd00;
	strcpy(name, "sc_mm");
	syscall(__NR_memfd_create, 0, 0);
	syscall(__NR_memfd_create, name, 0xf00);
	syscall(__NR_memfd_create, name, 0x4 | 0x100 | (21U << 26));
	syscall(__NR_userfaultfd, 0x10UL);
	int fd = syscall(__NR_memfd_create, name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
	unsigned long *range = (unsigned long *)(a + 0xa00);
	range[0] = 0;
	range[1] = 4096;
	syscall(451 /* cachestat */, fd, range, a + 0xb00, 0);
	syscall(451 /* cachestat */, fd, 0, 0, 0xfa);
	close(fd);

	uint32_t *desc = (uint32_t *)(a + 0xc00);
	desc[0] = 0;
	desc[1] = 0;
	desc[2] = 0;
	desc[3] = 1 << 5;   /* seg_not_present: an empty entry */
	syscall(__NR_modify_ldt, 0, 0, 0);
	syscall(__NR_modify_ldt, 1, desc, 16);
	return 0;
}

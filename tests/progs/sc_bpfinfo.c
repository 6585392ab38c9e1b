/*
 * BPF_OBJ_GET_INFO_BY_FD of a program (struct bpf_prog_info: the fields
 * as passed and as the kernel left them, the xlated instructions and map
 * ids behind its pointers) and of a map, with valid, short, unreadable
 * and NULL buffers.  The info and its arrays live in one page at a fixed
 * address (the next page unreadable), so the addresses strace prints are
 * the same on every run; ids, tags and times are not (the test matches
 * them loosely).  Exits 77 when bpf(2) is not allowed.
 */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define PAGE ((char *)0x23000000UL)
#define U64(p) ((uint64_t)(uintptr_t)(p))

static long sys_bpf(int cmd, void *attr, unsigned size)
{
	return syscall(__NR_bpf, cmd, attr, size);
}

/* BPF_OBJ_GET_INFO_BY_FD (15): bpf_fd, info_len, info */
static long get_info(void *attr, int fd, uint32_t len, void *info)
{
	memset(attr, 0, 16);
	((uint32_t *)attr)[0] = (uint32_t)fd;
	((uint32_t *)attr)[1] = len;
	((uint64_t *)attr)[1] = U64(info);
	return sys_bpf(15, attr, 16);
}

int main(void)
{
	char *p = mmap(PAGE, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p != PAGE)
		return 1;
	munmap(PAGE + 4096, 4096);   /* PAGE + 4096: unreadable */
	uint32_t *attr = (uint32_t *)PAGE;           /* union bpf_attr */
	char *license = PAGE + 256;
	uint8_t *insns = (uint8_t *)(PAGE + 512);
	uint8_t *info = (uint8_t *)(PAGE + 1024);    /* struct bpf_prog_info + 64 */
	uint8_t *xlated = (uint8_t *)(PAGE + 2048);
	uint32_t *ids = (uint32_t *)(PAGE + 4096 - 16);

	/* BPF_MAP_CREATE: an array of one 8-byte value */
	memset(attr, 0, 128);
	attr[0] = 2;    /* BPF_MAP_TYPE_ARRAY */
	attr[1] = 4;
	attr[2] = 8;
	attr[3] = 1;
	int map = (int)sys_bpf(0, attr, 72);
	if (map < 0)
		return 77;

	/* BPF_PROG_LOAD: socket filters "r0 = 0; exit" and one that loads
	 * the map's address first (so that it has a map id) */
	static const uint8_t prog0[16] = {
		0xb7, 0, 0, 0, 0, 0, 0, 0,          /* r0 = 0 */
		0x95, 0, 0, 0, 0, 0, 0, 0,          /* exit */
	};
	strcpy(license, "GPL");
	memcpy(insns, prog0, sizeof(prog0));
	memset(attr, 0, 128);
	attr[0] = 1;    /* BPF_PROG_TYPE_SOCKET_FILTER */
	attr[1] = 2;
	*(uint64_t *)(attr + 2) = U64(insns);
	*(uint64_t *)(attr + 4) = U64(license);
	int prog = (int)sys_bpf(5, attr, 72);
	if (prog < 0)
		return 77;
	static const uint8_t ldmap[16] = {
		0x18, 0x11, 0, 0, 0, 0, 0, 0,       /* r1 = map (BPF_PSEUDO_MAP_FD) */
		0, 0, 0, 0, 0, 0, 0, 0,
	};
	memcpy(insns, ldmap, sizeof(ldmap));
	insns[4] = (uint8_t)map;
	memcpy(insns + 16, prog0, sizeof(prog0));
	attr[1] = 4;
	int prog2 = (int)sys_bpf(5, attr, 72);
	if (prog2 < 0)
		return 77;

	/* all zero and longer than the struct: what the kernel fills, and
	 * the counts it changed (=>) */
	memset(info, 0, 296);
	get_info(attr, prog, 296, info);
	/* the xlated instructions: all of them, then fewer than there are */
	memset(info, 0, 296);
	*(uint32_t *)(info + 20) = 16;              /* xlated_prog_len */
	*(uint64_t *)(info + 32) = U64(xlated);     /* xlated_prog_insns */
	get_info(attr, prog, 232, info);
	memset(info, 0, 296);
	*(uint32_t *)(info + 20) = 8;
	*(uint64_t *)(info + 32) = U64(xlated);
	get_info(attr, prog, 232, info);
	/* unreadable: EFAULT, the struct as passed */
	memset(info, 0, 296);
	*(uint32_t *)(info + 20) = 16;
	*(uint64_t *)(info + 32) = U64(PAGE + 4096);
	get_info(attr, prog, 232, info);
	/* a short info: only the fields up to xlated_prog_insns */
	memset(info, 0, 296);
	get_info(attr, prog, 40, info);
	/* map ids: room for 4 (1 filled), for none, and none at all */
	memset(info, 0, 296);
	*(uint32_t *)(info + 52) = 4;               /* nr_map_ids */
	*(uint64_t *)(info + 56) = U64(ids - 0);    /* map_ids (16 bytes to the end) */
	get_info(attr, prog2, 232, info);
	memset(info, 0, 296);
	*(uint64_t *)(info + 56) = U64(ids);
	get_info(attr, prog2, 232, info);
	/* the info itself unreadable */
	get_info(attr, prog2, 232, PAGE + 4096);
	/* a map's info, shorter than any kernel's struct (their sizes vary) */
	memset(info, 0, 296);
	get_info(attr, map, 80, info);
	/* bytes past the struct that are not zero: E2BIG, and strace's
	 * extra_data (past the end of the last field it knows) */
	info[110] = 5;
	get_info(attr, map, 120, info);
	info[110] = 0;
	info[236] = 7;
	get_info(attr, prog, 240, info);
	return 0;
}

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Classic BPF programs for the integration test: socket filters
 * (setsockopt SO_ATTACH_FILTER / SO_ATTACH_REUSEPORT_CBPF, getsockopt
 * SO_GET_FILTER) and seccomp filters (seccomp SECCOMP_SET_MODE_FILTER),
 * with every instruction class, unknown bits, NULL and unreadable
 * pointers.  Everything lives in a page mapped at a fixed address, the
 * page after it unmapped, so that expected lines hold no stack or heap
 * addresses.  The last call installs a filter that allows everything but
 * getppid (after PR_SET_NO_NEW_PRIVS), so the program keeps running.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <netinet/in.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#define PAGE ((char *)0x2c0000000UL)

/* a sock_fprog at fp: len instructions at filter */
static void fprog(char *fp, unsigned short len, const void *filter)
{
	struct sock_fprog f = { .len = len, .filter = (struct sock_filter *)filter };
	memcpy(fp, &f, sizeof(f));
}

static const struct sock_filter sock_prog[] = {
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_LL_OFF + 4),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_NET_OFF + 8),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, IPPROTO_UDP, 0, 5),
	BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JGE, 100, 0, 3),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 42),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, 'a', 0, 1),
	BPF_STMT(BPF_RET | BPF_K, -1U),
	BPF_STMT(BPF_RET | BPF_K, 0),
};

/* every class, known and unknown fields: the kernel refuses it */
static const struct sock_filter odd_prog[] = {
	BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_AD_OFF + SKF_AD_VLAN_TPID),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + 64),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_NET_OFF - 1),
	BPF_STMT(BPF_LD | 0x18 | BPF_IND, 7),
	BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
	BPF_STMT(BPF_LDX | BPF_W | BPF_MEM, 3),
	BPF_STMT(BPF_LDX | BPF_W | BPF_ABS, SKF_LL_OFF),
	BPF_STMT(BPF_LD | BPF_W | 0xc0, 1),
	BPF_STMT(BPF_LD | BPF_W | 0xe0, 1),
	BPF_STMT(BPF_ST, 1),
	BPF_STMT(BPF_ST | 0x40, 2),
	BPF_STMT(BPF_STX, 3),
	BPF_STMT(BPF_ALU | BPF_X | BPF_ADD, 0),
	BPF_STMT(BPF_ALU | BPF_K | BPF_NEG, 0),
	BPF_STMT(BPF_ALU | BPF_K | BPF_XOR, 0xff),
	BPF_STMT(BPF_ALU | BPF_K | 0xb0, 1),
	BPF_STMT(BPF_ALU | BPF_K | 0xc0, 1),
	BPF_STMT(BPF_ALU | BPF_X | 0xd0, 1),
	BPF_STMT(BPF_ALU | BPF_K | 0xe0, 1),
	BPF_STMT(BPF_ALU | BPF_K | 0xf0, 1),
	BPF_JUMP(BPF_JMP | BPF_X | BPF_JSET, 0, 1, 2),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JGT, 0x10000, 255, 0),
	BPF_STMT(BPF_JMP | BPF_JA, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0x50, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0x60, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0x70, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0x80, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0x90, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0xa0, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0xb0, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0xc0, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0xd0, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0xe0, 1),
	BPF_STMT(BPF_JMP | BPF_K | 0xf0, 1),
	BPF_STMT(BPF_MISC | BPF_TAX, 0),
	BPF_STMT(BPF_MISC | BPF_TXA, 0),
	BPF_STMT(BPF_MISC | 0x08, 0),
	BPF_STMT(0x100 | BPF_MISC | BPF_TXA, 0),
	BPF_STMT(0x100 | BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + 4),
	BPF_STMT(0x8000 | BPF_ALU | BPF_K | BPF_OR, 0),
	BPF_STMT(BPF_RET | BPF_X, 0),
	BPF_STMT(BPF_RET | BPF_A, 0),
	BPF_STMT(BPF_RET | 0x18, 0),
	BPF_STMT(BPF_RET | BPF_K | 0x20, 0x30000),
	BPF_STMT(0x400 | BPF_RET | BPF_K, 0x7fff0000),
};

/* seccomp return values: actions, data, unknown actions */
static const struct sock_filter sc_prog[] = {
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[1]) + 4),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, __NR_close, 0, 1),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EBUSY),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_THREAD),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP | 0xffff),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 1),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_LOG),
	BPF_STMT(BPF_RET | BPF_K, 0x10000),
	BPF_STMT(BPF_RET | BPF_K, 0xdead0001),
	BPF_STMT(BPF_RET | BPF_A, SECCOMP_RET_ALLOW),
	BPF_STMT(BPF_ALU | BPF_K | BPF_AND, 0xffff),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, SECCOMP_RET_ALLOW, 1, 0),
};

static const struct sock_filter sc_install[] = {
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, __NR_getppid, 0, 1),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
};

int main(void)
{
	char *p = mmap(PAGE, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (p != PAGE)
		return 1;
	munmap(p + 4096, 4096);
	char *end = p + 4096;   /* unreadable from here on */

	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	if (fd < 0)
		return 1;
	char *fp = p;                /* the sock_fprog */
	char *flt = p + 0x100;       /* its instructions */
	char *out = p + 0x800;       /* SO_GET_FILTER's output */
	socklen_t *len = (socklen_t *)(p + 0x40);

	/* socket filters */
	memcpy(flt, sock_prog, sizeof(sock_prog));
	fprog(fp, 10, flt);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, fp, 16);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, fp, 12);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, fp, 16);
	*len = 0;
	syscall(__NR_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, out, len);
	*len = 11;
	syscall(__NR_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, out, len);
	*len = 10;
	syscall(__NR_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, end - 8, len);
	*len = 10;
	syscall(__NR_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, NULL, len);

	memcpy(flt, odd_prog, sizeof(odd_prog));
	fprog(fp, sizeof(odd_prog) / 8, flt);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, fp, 16);
	fprog(fp, 0, flt);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, fp, 16);
	fprog(fp, 1, NULL);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, fp, 16);
	fprog(fp, 2, end);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, fp, 16);
	fprog(end - 16, 1, flt);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, end - 8, 16);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, NULL, 16);
	syscall(__NR_setsockopt, fd, SOL_SOCKET, SO_DETACH_FILTER, NULL, 0);

	/* seccomp filters: unknown flags make the kernel refuse them */
	memcpy(flt, sc_prog, sizeof(sc_prog));
	fprog(fp, sizeof(sc_prog) / 8, flt);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, -1, fp);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0x40, fp);
	memcpy(flt, odd_prog, sizeof(odd_prog));
	fprog(fp, sizeof(odd_prog) / 8, flt);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0x80, fp);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, NULL);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, end);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, end - 8);
	fprog(fp, 0, flt);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, fp);
	fprog(fp, 3, NULL);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, fp);
	fprog(fp, 3, end);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, fp);
	syscall(__NR_seccomp, SECCOMP_SET_MODE_STRICT, 1, fp);

	/* allow all but getppid */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return 1;
	memcpy(flt, sc_install, sizeof(sc_install));
	fprog(fp, sizeof(sc_install) / 8, flt);
	if (syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, fp))
		return 1;
	return syscall(__NR_getppid) == -1 && errno == EPERM ? 0 : 1;
}

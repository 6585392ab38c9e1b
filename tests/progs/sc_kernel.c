// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Kernel-family syscalls for the integration test: modules, kexec,
 * reboot, seccomp, landlock, LSM attributes, keys, syslog.  Every call
 * fails harmlessly (bad magic, unknown flags, bad fds, missing keys);
 * its memory sits in a page mapped at a fixed address so that the
 * expected lines hold no stack or heap addresses.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../../src/unistd_extra.h"  /* numbers newer than the installed headers */


#define PAGE ((char *)0x200000000UL)

int main(void)
{
	char *p = mmap(PAGE, 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (p != PAGE)
		return 1;

	/* modules */
	strcpy(p + 0x100, "param=1");
	syscall(__NR_finit_module, -1, p + 0x100, 7);
	syscall(__NR_finit_module, -1, NULL, 0);
	strcpy(p + 0x200, "no_such_module_sct");
	syscall(__NR_delete_module, p + 0x200, 0x800 | 0x200);
	syscall(__NR_delete_module, (void *)-1L, 0x10);

	/* kexec: unknown flags are refused before anything happens */
	uint64_t *seg = (uint64_t *)(p + 0x400);
	seg[0] = 0x1000; seg[1] = 16; seg[2] = 0x100000; seg[3] = 4096;
	seg[4] = 0; seg[5] = 0; seg[6] = 0x200000; seg[7] = 8192;
	syscall(__NR_kexec_load, 0x1000UL, 2UL, seg, (62UL << 16) | 1 | 0x100);
	syscall(__NR_kexec_load, 0UL, 17UL, seg, 0xdead0000UL);
	memcpy(p + 0x300, "abc\0", 4);
	syscall(__NR_kexec_file_load, -1, -1, 4UL, p + 0x300, 0x40UL | 2);

	/* reboot: a wrong magic is refused */
	strcpy(p + 0x500, "now");
	syscall(__NR_reboot, 0, 0, 0);
	syscall(__NR_reboot, 0xfee1deadU, 0, 0xa1b2c3d4U, p + 0x500);
	syscall(__NR_reboot, 0x1234U, 85072278, 0x9caffee1U, p + 0x500);

	/* seccomp */
	*(uint32_t *)(p + 0x600) = 0x7ffc0000;   /* SECCOMP_RET_LOG */
	syscall(__NR_seccomp, 2, 0, p + 0x600);
	*(uint32_t *)(p + 0x600) = 0xffffffff;
	syscall(__NR_seccomp, 2, 0, p + 0x600);
	syscall(__NR_seccomp, 3, 1, NULL);
	syscall(__NR_seccomp, 99, 0, NULL);

	/* landlock */
	uint64_t *attr = (uint64_t *)(p + 0x700);
	attr[0] = 1 | 4; attr[1] = 1; attr[2] = 2;
	syscall(__NR_landlock_create_ruleset, attr, 24UL, 0x8);
	syscall(__NR_landlock_create_ruleset, attr, 4UL, 0);
	syscall(__NR_landlock_create_ruleset, NULL, 0UL, 0x10);
	uint64_t *rule = (uint64_t *)(p + 0x800);
	rule[0] = 1 | 2; rule[1] = 0xffffffffU;
	syscall(__NR_landlock_add_rule, -1, 1, rule, 0);
	rule[2] = 2; rule[3] = 80;
	syscall(__NR_landlock_add_rule, -1, 2, rule + 2, 0);
	syscall(__NR_landlock_add_rule, -1, 3, rule, 2);
	syscall(__NR_landlock_restrict_self, -1, 0);

	/* LSM attributes */
	syscall(__NR_lsm_get_self_attr, 0, NULL, NULL, 0);
	syscall(__NR_lsm_set_self_attr, 0xfacefed1U, NULL, 0, 3);
	syscall(__NR_lsm_list_modules, NULL, NULL, 0);

	/* keys: an unknown type, a missing key */
	strcpy(p + 0x900, "sct_no_type");
	strcpy(p + 0x920, "desc");
	strcpy(p + 0x940, "payload");
	syscall(__NR_add_key, p + 0x900, p + 0x920, p + 0x940, 7UL, -2);
	syscall(__NR_add_key, NULL, NULL, NULL, 0UL, 12345);
	syscall(__NR_request_key, p + 0x900, p + 0x920, NULL, -1);
	syscall(__NR_keyctl, 3, 0x7fffffff);
	syscall(__NR_keyctl, 5, 0x7fffffff, 0x3f010000);
	syscall(__NR_keyctl, 4, 0x7fffffff, -1, 0);
	syscall(__NR_keyctl, 8, 0x7fffffff, -3);
	syscall(__NR_keyctl, 30, 0x7fffffff, -4, -5, 1);
	syscall(__NR_keyctl, 0xdead, 1, 2, 3, 4);

	/* perf_event_open: pid -1 with cpu -1 is refused */
	uint64_t *pa = (uint64_t *)(p + 0xb00);
	pa[0] = 1 | (64ULL << 32);          /* PERF_TYPE_SOFTWARE, VER0 */
	pa[1] = 9;                          /* PERF_COUNT_SW_DUMMY */
	pa[2] = 1000;
	pa[3] = 1 | 2;                      /* PERF_SAMPLE_IP|PERF_SAMPLE_TID */
	pa[5] = 1 | (1ULL << 20);           /* disabled, exclude_guest */
	syscall(__NR_perf_event_open, pa, -1, -1, -1, 8UL);
	syscall(__NR_perf_event_open, NULL, 0, 0, 0, 0x10UL);

	/* bpf: a bad fd, an empty array map, an unknown command */
	uint32_t *ba = (uint32_t *)(p + 0xc00);
	ba[0] = (uint32_t)-1;
	syscall(__NR_bpf, 22, ba, 4);       /* BPF_MAP_FREEZE */
	uint32_t *mc = (uint32_t *)(p + 0xc40);
	mc[0] = 2; mc[1] = 4; mc[2] = 8; mc[3] = 0; mc[4] = 1 << 10;
	syscall(__NR_bpf, 0, mc, 20);       /* BPF_MAP_CREATE */
	syscall(__NR_bpf, 0xdead, NULL, 0);

	/* syslog */
	syscall(__NR_syslog, 99, NULL, 0);
	syscall(__NR_syslog, 3, p + 0xa00, -1);
	return 0;
}

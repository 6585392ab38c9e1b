/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* BPF-only helpers for sctrace.bpf.c. */
#ifndef SCTRACE_BPF_H
#define SCTRACE_BPF_H

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

/*
 * x86_64 syscall arguments live in di, si, dx, r10, r8, r9.  With tp_btf the
 * pt_regs pointer is BTF-typed and read directly; the raw_tracepoint
 * fallback must go through probe reads.  `btf` is a compile-time constant
 * at every call site, so only one branch survives.
 */
#define REG(btf, regs, field) \
	((btf) ? (regs)->field : BPF_CORE_READ((regs), field))

static __always_inline void read_args(bool btf, struct pt_regs *regs, __u64 *a)
{
	a[0] = REG(btf, regs, di);
	a[1] = REG(btf, regs, si);
	a[2] = REG(btf, regs, dx);
	a[3] = REG(btf, regs, r10);
	a[4] = REG(btf, regs, r8);
	a[5] = REG(btf, regs, r9);
}

/* ia32 syscalls (int $0x80, sysenter): ebx, ecx, edx, esi, edi, ebp */
static __always_inline void read_args_ia32(bool btf, struct pt_regs *regs, __u64 *a)
{
	a[0] = (__u32)REG(btf, regs, bx);
	a[1] = (__u32)REG(btf, regs, cx);
	a[2] = (__u32)REG(btf, regs, dx);
	a[3] = (__u32)REG(btf, regs, si);
	a[4] = (__u32)REG(btf, regs, di);
	a[5] = (__u32)REG(btf, regs, bp);
}

/* signal_struct flags (include/linux/sched/signal.h), stable since 2.6 */
#define SCT_SIGNAL_GROUP_EXIT 0x00000004

#endif

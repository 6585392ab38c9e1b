// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The attach floor: empty programs on the same raw_syscalls tracepoints
 * sctrace uses (tp_btf).  Whatever a BPF tracer costs beyond this is its
 * own work; this much is the price of being attached at all.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

SEC("tp_btf/sys_enter")
int BPF_PROG(floor_enter, struct pt_regs *regs, long id)
{
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(floor_exit, struct pt_regs *regs, long ret)
{
	return 0;
}

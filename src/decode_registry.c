// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The decoder families' row tables, listed once.  A syscall's row lives in
 * exactly one place: src/syscall_fmt.c (rows made only of kinds) or the
 * table of its family below (rows with the syscall's own decoder); the
 * unit tests check that no syscall has two.
 */
#include "decode_priv.h"

extern const struct syscall_row decode_rows_fs[], decode_rows_mm[], decode_rows_ipc[],
	decode_rows_kernel[], decode_rows_misc[], decode_rows_sockopt[], decode_rows_xattr[],
	decode_rows_ptrace[], decode_rows_iov[], decode_rows_sched[],
	decode_rows_uring[];

const struct syscall_row *const decode_families[] = {
	decode_rows_fs,
	decode_rows_mm,
	decode_rows_ipc,
	decode_rows_kernel,
	decode_rows_misc,
	decode_rows_sockopt,
	decode_rows_xattr,
	decode_rows_ptrace,
	decode_rows_iov,
	decode_rows_sched,
	decode_rows_uring,
	NULL
};

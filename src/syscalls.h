/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The x86_64 syscall table (generated: src/syscall_table_x86_64.c by
 * scripts/gen-syscall-table.sh) and strace-style syscall classes.
 */
#ifndef SCT_SYSCALLS_H
#define SCT_SYSCALLS_H

#include <stdint.h>
#include "../include/sctrace.h"

/* strace's trace classes (-e trace=%file ...) */
enum {
	TC_FILE      = 1u << 0,  /* %file: takes a file name */
	TC_PROCESS   = 1u << 1,  /* %process */
	TC_NETWORK   = 1u << 2,  /* %network, %net */
	TC_SIGNAL    = 1u << 3,  /* %signal */
	TC_IPC       = 1u << 4,  /* %ipc */
	TC_DESC      = 1u << 5,  /* %desc */
	TC_MEMORY    = 1u << 6,  /* %memory */
	TC_CREDS     = 1u << 7,  /* %creds */
	TC_STAT      = 1u << 8,  /* %stat */
	TC_LSTAT     = 1u << 9,  /* %lstat */
	TC_FSTAT     = 1u << 10, /* %fstat */
	TC_STAT_LIKE = 1u << 11, /* %%stat */
	TC_STATFS    = 1u << 12, /* %statfs */
	TC_FSTATFS   = 1u << 13, /* %fstatfs */
	TC_STATFS_LIKE = 1u << 14, /* %%statfs */
	TC_PURE      = 1u << 15, /* %pure */
	TC_CLOCK     = 1u << 16, /* %clock */
};

struct syscall_desc {
	const char *name;             /* NULL: no syscall with this number */
	uint8_t nargs;
	uint32_t classes;             /* TC_* */
	const char *argname[SCT_MAX_ARGS]; /* the kernel's names (tracepoint format) */
	const char *argtype[SCT_MAX_ARGS]; /* the kernel's C types, e.g. "const char *" */
};

extern const struct syscall_desc syscall_table[SCT_MAX_SYSCALLS];

/* ia32 (32-bit compat) syscall names by their own numbers
 * (generated: src/syscall_names_i386.c by scripts/gen-i386-names.sh) */
extern const char *const syscall_names_i386[SCT_MAX_SYSCALLS];

/* nr for a name, or -1 */
int syscall_by_name(const char *name);

struct syscall_class { const char *name; uint32_t mask; };
/* NULL-terminated: { "%file", TC_FILE }, { "%net", TC_NETWORK }, ... */
extern const struct syscall_class syscall_classes[];

/* errno: name ("ENOENT") and strace's text ("No such file or directory"),
 * including the kernel-internal ones (ERESTARTSYS = 512 ...); NULL if unknown */
const char *errno_name(int err);
const char *errno_text(int err);

#endif

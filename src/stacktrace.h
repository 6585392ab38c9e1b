/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -k / --stack-trace: the user stack of each traced call, unwound in
 * userspace with DWARF call-frame information (elfutils' libdwfl) from the
 * registers and stack copy the kernel side sends at the call's entry
 * (SCT_REC_STACK), and symbolized from the files each process had mapped.
 * The mappings come from the kernel side as they are made (SCT_REC_MAP:
 * exec and mmap), from the parent at fork, and from /proc/PID/maps for
 * processes that were running before tracing began; so a process that
 * exits right after a call still gets its symbols.
 *
 * Frames are what strace's libdw unwinder prints (strace 7.2, unwind.c and
 * unwind-libdw.c): the module's path, the symbol containing the pc and the
 * pc's offset in it, and the pc relative to the module's load address; a
 * caller's pc is its return address minus one (the call instruction).
 */
#ifndef SCT_STACKTRACE_H
#define SCT_STACKTRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../include/sctrace.h"

struct stack_frame {
	uint64_t pc;             /* absolute address (callers: return address - 1) */
	const char *module;      /* the mapped file's path, " (deleted)" added as
	                          * /proc/PID/maps adds it; NULL: no file maps pc */
	size_t module_len;       /* bytes of module that are the path */
	bool module_deleted;     /* the file was unlinked or replaced */
	const char *symbol;      /* NULL: no symbol covers pc */
	uint64_t sym_off;        /* pc - the symbol's start */
	uint64_t rel;            /* pc relative to the module's load address */
	const char *src_file;    /* -kk: NULL when there is no line information */
	int src_line;
};

struct stack_frames {
	unsigned n;
	struct stack_frame *f;   /* owned by stacktrace.c: valid until the next
	                          * stacktrace_take() */
	const char *error;       /* the walk ended on this (strace prints it as a
	                          * frame line " > ERROR"); NULL: it reached the
	                          * outermost frame */
};

/* mode: 1 symbols (-k), 2 with source lines (-kk); frame_limit: frames
 * printed at most (--stack-trace-frame-limit). */
void stacktrace_init(int mode, unsigned frame_limit);
bool stacktrace_on(void);
void stacktrace_free(void);

/* Records from the kernel side: size is the record's (checked here). */
void stacktrace_stack(const struct sct_stack *s, size_t size);
void stacktrace_map(const struct sct_syscall *r, size_t size);
/* Process pid was forked from sctrace (the launched command before its
 * exec): sctrace's own mappings. */
void stacktrace_like_self(uint32_t pid);
/* Process child_pid forked from pid (threads are not processes: not here). */
void stacktrace_fork(uint32_t pid, uint32_t child_pid);
/* Thread tid is gone; group_dead: process pid is gone too. */
void stacktrace_exit(uint32_t pid, uint32_t tid, bool group_dead);

/* The frames of thread tid's call that began at ts (its records' ts), or
 * NULL when no stack was taken for it; the stack is used up. */
const struct stack_frames *stacktrace_take(uint32_t pid, uint32_t tid, uint64_t ts);

#endif

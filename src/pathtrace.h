/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -P PATH / --trace-path=PATH and -e trace-fds=SET: does a call touch one
 * of the given files, or one of the given fd numbers?  strace 7.2's
 * pathtrace_match_set(): only calls of its %file, %desc and %network
 * classes can match, each by the arguments strace looks at (a path
 * argument compared as the tracee passed it, byte for byte; an fd
 * argument by the file behind it at the call, resolved in BPF, or by its
 * number for trace-fds); a path given matches under its own spelling and
 * under its realpath(3) at startup.  Returned fds do not count.
 */
#ifndef SCT_PATHTRACE_H
#define SCT_PATHTRACE_H

#include <stdbool.h>
#include "decode.h"
#include "options.h"

/* From the parsed options: stores every -P path and its realpath(3)
 * (saying on stderr, as strace, "Requested path "p" resolved into
 * "/abs/p"" unless -e quiet=path-resolution).  Exits 1 when out of
 * memory. */
void pathtrace_init(const struct options *o);

/* Is -P or -e trace-fds= in effect? */
bool pathtrace_active(void);

/* Can a call of x86_64 syscall nr ever match (the kernel's syscall mask
 * leaves the others out)? */
bool pathtrace_may_match(int nr);

/* What BPF must capture of nr to decide: its fd arguments resolved at
 * entry (whether -y prints them or not) and its path arguments.  Adds to
 * spec; nothing when pathtrace is not active. */
void pathtrace_capture_spec(int nr, struct sct_sysspec *spec);

/* -P given: BPF must resolve fds (its -y machinery), even without -y */
bool pathtrace_resolves_fds(void);

/* Does c match?  true when pathtrace is not active.  c may be an entry
 * record alone (its outputs are not looked at). */
bool pathtrace_match(const struct call *c);

#endif

/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Display names for syscalls and signals, with strace's fallbacks. */
#ifndef SCT_SYSCALL_NAME_H
#define SCT_SYSCALL_NAME_H

#include <stddef.h>
#include <stdio.h>
#include "decode.h"

/* "openat"; unknown numbers as strace prints them: "syscall_0x1c3" */
const char *syscall_display_name(const struct call *c, char *buf, size_t size);

/* x86_64 syscall nr's name, as syscall_display_name() names it */
const char *syscall_nr_name(int nr, char *buf, size_t size);

/* "SIGKILL", "SIGRTMIN", "SIGRT_2"; NULL for numbers strace does not name
 * (defined with the signal decoders, decode_signal.c) */
const char *signal_name(int sig, char *buf, size_t size);

/* signal_name(), or "SIG 99" when strace has no name: never NULL */
static inline const char *exit_signal_name(int sig, char *buf, size_t size)
{
	const char *n = signal_name(sig, buf, size);
	if (n)
		return n;
	snprintf(buf, size, "SIG %d", sig);
	return buf;
}

#endif

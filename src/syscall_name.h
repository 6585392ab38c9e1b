/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Display names for syscalls and signals, with strace's fallbacks. */
#ifndef SCT_SYSCALL_NAME_H
#define SCT_SYSCALL_NAME_H

#include <stddef.h>
#include "decode.h"

/* "openat"; unknown numbers as strace prints them: "syscall_0x1c3" */
const char *syscall_display_name(const struct call *c, char *buf, size_t size);

/* "SIGKILL", "SIGRT_2"; unknown as "SIG 99" */
const char *signal_display_name(int sig, char *buf, size_t size);

#endif

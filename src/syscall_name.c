// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include "syscall_name.h"

const char *syscall_display_name(const struct call *c, char *buf, size_t size)
{
	if (c->desc->name && !(c->rec->flags & SCT_SF_COMPAT))
		return c->desc->name;
	/* strace's form for numbers it has no name for */
	snprintf(buf, size, "%ssyscall_%#x", (c->rec->flags & SCT_SF_COMPAT) ? "ia32:" : "",
		 (unsigned)c->rec->nr);
	return buf;
}

const char *signal_display_name(int sig, char *buf, size_t size)
{
	if (sig >= SIGRTMIN && sig <= SIGRTMAX) {
		/* strace: SIGRTMIN is 32 in the kernel's numbering, SIGRT_n above */
		snprintf(buf, size, "SIGRT_%d", sig - 32);
		return buf;
	}
	const char *abbrev = sigabbrev_np(sig);
	if (abbrev)
		snprintf(buf, size, "SIG%s", abbrev);
	else
		snprintf(buf, size, "SIG %d", sig);
	return buf;
}

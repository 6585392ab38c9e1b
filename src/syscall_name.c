// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
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

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#include <stdio.h>
#include <string.h>
#include "syscall_name.h"

const char *syscall_nr_name(int nr, char *buf, size_t size)
{
	if (nr >= 0 && nr < SCT_MAX_SYSCALLS && syscall_table[nr].name)
		return syscall_table[nr].name;
	snprintf(buf, size, "syscall_%#x", (unsigned)nr);
	return buf;
}

const char *syscall_display_name(const struct call *c, char *buf, size_t size)
{
	unsigned nr = c->rec->nr;
	if (c->rec->flags & SCT_SF_COMPAT) {
		/* ia32 calls by their own table (arguments print raw) */
		if (nr < SCT_MAX_SYSCALLS && syscall_names_i386[nr])
			return syscall_names_i386[nr];
	} else if (c->desc->name) {
		return c->desc->name;
	}
	/* strace's form for numbers it has no name for */
	snprintf(buf, size, "syscall_%#x", nr);
	return buf;
}

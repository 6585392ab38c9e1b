/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Name lookups over the generated syscall table, and the names of strace's
 * trace classes as accepted by -e trace=%CLASS.
 */
#include <string.h>
#include "syscalls.h"

/* Linear: only used while parsing options, never per event. */
int syscall_by_name(const char *name)
{
	if (!name)
		return -1;
	for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++)
		if (syscall_table[nr].name && strcmp(syscall_table[nr].name, name) == 0)
			return nr;
	return -1;
}

/* strace 6.1's spellings; %net is its short alias of %network. */
const struct syscall_class syscall_classes[] = {
	{ "%file",    TC_FILE },
	{ "%process", TC_PROCESS },
	{ "%network", TC_NETWORK },
	{ "%net",     TC_NETWORK },
	{ "%signal",  TC_SIGNAL },
	{ "%ipc",     TC_IPC },
	{ "%desc",    TC_DESC },
	{ "%memory",  TC_MEMORY },
	{ "%creds",   TC_CREDS },
	{ "%stat",    TC_STAT },
	{ "%lstat",   TC_LSTAT },
	{ "%fstat",   TC_FSTAT },
	{ "%%stat",   TC_STAT_LIKE },
	{ "%statfs",  TC_STATFS },
	{ "%fstatfs", TC_FSTATFS },
	{ "%%statfs", TC_STATFS_LIKE },
	{ "%pure",    TC_PURE },
	{ "%clock",   TC_CLOCK },
	{ NULL, 0 },
};

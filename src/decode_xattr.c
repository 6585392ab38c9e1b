// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the xattr family (extended attributes, file attributes, quotas): each syscall's row, and its own decoder
 * where the row's kinds are not enough (strace 7.2's output is the format).
 */
#include "decode_priv.h"
#include "unistd_extra.h"

const struct syscall_row decode_rows_xattr[] = {
	SYS_END
};

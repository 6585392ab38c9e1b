/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* strace's hex dump of a buffer (-e read=/write=), in its exact layout:
 *  | 00000  61 62 63 64 65 66 67 68  69 6a 6b 6c 6d 6e 6f 70  abcdefghijklmnop |
 * Knows nothing of syscalls: bytes in, lines out. */
#ifndef SCT_HEXDUMP_H
#define SCT_HEXDUMP_H

#include <stddef.h>
#include <stdint.h>
#include "outbuf.h"

/* Appends one line per 16 bytes of data[0..len) to ob, each ended by
 * ob_newline(); offsets count from 0.  Nothing for len 0. */
void hexdump_put(struct outbuf *ob, const uint8_t *data, size_t len);

#endif

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* strace's dumpstr() layout: offset (5 hex digits at least), 16 bytes in
 * two groups of 8, then the same bytes as ASCII ('.' for the rest). */
#include "hexdump.h"

static const char hexdig[] = "0123456789abcdef";

void hexdump_put(struct outbuf *ob, const uint8_t *data, size_t len)
{
	for (size_t off = 0; off < len; off += 16) {
		/* " | " + offset + 2 + 16 * 3 + 2 + 16 + " |": under 100 bytes */
		char line[100];
		size_t n = 0;
		line[n++] = ' ';
		line[n++] = '|';
		line[n++] = ' ';
		int digits = 5;
		while (digits < 16 && (off >> (4 * digits)))
			digits++;
		for (int d = digits - 1; d >= 0; d--)
			line[n++] = hexdig[(off >> (4 * d)) & 15];
		line[n++] = ' ';
		line[n++] = ' ';
		for (size_t i = 0; i < 16; i++) {
			if (off + i < len) {
				line[n++] = hexdig[data[off + i] >> 4];
				line[n++] = hexdig[data[off + i] & 15];
			} else {
				line[n++] = ' ';
				line[n++] = ' ';
			}
			line[n++] = ' ';
			if (i == 7)
				line[n++] = ' ';
		}
		line[n++] = ' ';
		for (size_t i = 0; i < 16; i++) {
			uint8_t ch = off + i < len ? data[off + i] : ' ';
			line[n++] = ch >= 0x20 && ch < 0x7f ? (char)ch : '.';
		}
		line[n++] = ' ';
		line[n++] = '|';
		ob_write(ob, line, n);
		ob_newline(ob);
	}
}

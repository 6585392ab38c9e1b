/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * strace's string quoting for the text output ("abc\n", "\177ELF\2\1",
 * -x, -xx).  The caller has already applied -s and NUL termination: s/len
 * are exactly the bytes to show (without a terminating NUL).  For a C
 * string, cut at the first NUL as strace does (its -x scan and its output
 * both stop there); buffers (read/write) keep their NULs.
 */
#ifndef SCT_STRQUOTE_H
#define SCT_STRQUOTE_H

#include <stddef.h>
#include <stdint.h>
#include "outbuf.h"

/* flags */
#define QUOTE_TRUNC 0x1  /* more bytes existed: "abc"... */
#define QUOTE_BARE  0x2  /* no quotes around (nor "..."): strace's names in
                          * angle brackets (-y paths, -Y comms) */
#define QUOTE_ANGLE 0x4  /* '<' and '>' in octal too: they would end the
                          * name in "3</x>" */

/* xmode: strace's -x / -xx */
#define QUOTE_X_NONE     0  /* escapes, octal for other bytes */
#define QUOTE_X_NONASCII 1  /* -x: the WHOLE string as \xNN if any byte is
                             * neither printable ASCII nor \t\n\v\f\r */
#define QUOTE_X_ALL      2  /* -xx: every byte as \xNN */

void quote_string(struct outbuf *o, const uint8_t *s, size_t len,
		  unsigned flags, int xmode);

#endif

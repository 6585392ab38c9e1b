/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The text (strace-style) emit backend:
 *   top level:   3, "abc", O_RDONLY           (keys not printed)
 *   structs:     {st_mode=S_IFREG|0644, st_size=5, ...}
 *   arrays:      ["ls", "-l"]
 * Separators are tracked per nesting level and start fresh at init, so a
 * caller can print args 0..k with one emitter and args k..n later with a
 * new one: the second starts without a leading ", ".
 */
#ifndef SCT_EMIT_TEXT_H
#define SCT_EMIT_TEXT_H

#include <stdbool.h>
#include "emit.h"
#include "outbuf.h"

/* Nesting tracked exactly up to this depth; deeper levels share the last
 * slot (separators there may be wrong; nothing else breaks). */
#define EMIT_TEXT_MAX_DEPTH 16

struct emit_text {
	struct outbuf *ob;
	int xmode;                               /* QUOTE_X_* (strquote.h) */
	unsigned depth;                          /* 0: the argument list */
	bool need_sep[EMIT_TEXT_MAX_DEPTH];      /* a value was printed at this level */
	bool in_struct[EMIT_TEXT_MAX_DEPTH];     /* this level prints key= */
	bool color;                              /* --color: strace's SGR sequences
	                                          * (color.h); set after init */
};

void emit_text_init(struct emit *e, struct emit_text *st, struct outbuf *o, int xmode);

#endif

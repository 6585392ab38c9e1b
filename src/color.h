/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * --color: strace 7.2's SGR colouring of text lines.
 *
 * strace switches colour around every printed part rather than nesting:
 * punctuation is "\e[0m" + text + the argument colour again, a constant
 * is "\e[34m" + name + "\e[35m", a return value "\e[0m \e[32m" + value,
 * every line ends with "\e[0m\n".  The sequences below are strace's
 * defaults (it has no way to change them).
 *
 * Escape sequences take no room on the terminal, so they do not count as
 * columns for -a alignment: color_put() writes them outside the column.
 */
#ifndef SCT_COLOR_H
#define SCT_COLOR_H

#include <stdbool.h>
#include "outbuf.h"

enum color_when { COLOR_AUTO = 0, COLOR_NEVER, COLOR_ALWAYS };

#define SGR_SYSCALL "\033[33m"   /* the syscall name, makedev() */
#define SGR_ARGVAL  "\033[35m"   /* arguments (and what follows punctuation) */
#define SGR_CONST   "\033[34m"   /* a named constant or flag */
#define SGR_COMMENT "\033[36m"   /* " / * ... * /" */
#define SGR_ARGNAME "\033[39m"   /* a struct field's name */
#define SGR_RETVAL  "\033[32m"   /* the return value and its note */
#define SGR_ERROR   "\033[31m"   /* errno name and text */
#define SGR_RESET   "\033[0m"    /* also punctuation's colour */

/* Writes the escape sequence `seq` (a string literal) without moving the
 * column. */
#define color_put(ob, seq) color_write((ob), (seq), sizeof(seq) - 1)

static inline void color_write(struct outbuf *ob, const char *seq, size_t n)
{
	ob_write(ob, seq, n);
	ob->line_start += n;  /* the column is len - line_start */
}

/* Punctuation as strace colours it: reset, text, the argument colour. */
static inline void color_punct(struct outbuf *ob, const char *text, size_t n)
{
	color_put(ob, SGR_RESET);
	ob_write(ob, text, n);
	color_put(ob, SGR_ARGVAL);
}

/* Whether text output to fd is coloured: always; never; auto (strace's
 * default): fd is a terminal, NO_COLOR is not set (even empty) and TERM
 * is set and not "dumb"; never for per-task files (-ff). */
bool color_enabled(enum color_when when, int fd, bool separate_files);

/* WHEN of --color=WHEN (case-insensitive, as strace): 0, or -1 if
 * unknown. */
int color_parse_when(const char *s, enum color_when *out);

#endif

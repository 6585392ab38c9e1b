// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * strace 6.1's string quoting, checked against the installed strace:
 *
 *   - printable ASCII (0x20..0x7e) as itself, except `"` and `\`, which
 *     get a backslash;
 *   - \t \n \v \f \r as those escapes;
 *   - any other byte as octal with as few digits as needed (\0, \33,
 *     \177, \377), but always 3 digits when the next shown byte is an
 *     octal digit character '0'..'7' ("\0011", but "\18" and "\0" at the
 *     end).  Only the bytes shown count: a byte cut off by -s is not looked at;
 *   - -x: if any shown byte is neither printable nor one of \t\n\v\f\r,
 *     the whole string is printed as \xNN (lowercase), printable
 *     characters included; otherwise it prints as without -x;
 *   - -xx: every byte as \xNN;
 *   - truncation: `...` after the closing quote.
 */
#include <stdbool.h>
#include "strquote.h"

/* Input bytes handled per ob_reserve: at most 4 output bytes each. */
#define QUOTE_CHUNK (OB_RESERVE_MAX / 4)

static const char xdigits[16] = "0123456789abcdef";

static inline int is_print(uint8_t c) { return c >= 0x20 && c < 0x7f; }

/* -x: does the string need the all-hex form? */
static int needs_hex(const uint8_t *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		uint8_t c = s[i];
		if (!is_print(c) && !(c >= '\t' && c <= '\r'))
			return 1;
	}
	return 0;
}

static void quote_hex(struct outbuf *o, const uint8_t *s, size_t len)
{
	while (len) {
		size_t n = len < QUOTE_CHUNK ? len : QUOTE_CHUNK;
		char *p = ob_reserve(o, 4 * n);
		for (size_t i = 0; i < n; i++) {
			p[0] = '\\';
			p[1] = 'x';
			p[2] = xdigits[s[i] >> 4];
			p[3] = xdigits[s[i] & 15];
			p += 4;
		}
		ob_commit(o, 4 * n);
		s += n;
		len -= n;
	}
}

/* The two-character escape for c, or 0 if c has none. */
static inline char simple_escape(uint8_t c)
{
	switch (c) {
	case '"':  return '"';
	case '\\': return '\\';
	case '\t': return 't';
	case '\n': return 'n';
	case '\v': return 'v';
	case '\f': return 'f';
	case '\r': return 'r';
	default:   return 0;
	}
}

static void quote_escaped(struct outbuf *o, const uint8_t *s, size_t len, bool angle)
{
	size_t i = 0;
	while (i < len) {
		size_t end = len - i < QUOTE_CHUNK ? len : i + QUOTE_CHUNK;
		char *start = ob_reserve(o, 4 * (end - i));
		char *p = start;
		for (; i < end; i++) {
			uint8_t c = s[i];
			char e;
			if (is_print(c) && c != '"' && c != '\\' && !(angle && (c == '<' || c == '>'))) {
				*p++ = (char)c;
			} else if ((e = simple_escape(c))) {
				*p++ = '\\';
				*p++ = e;
			} else {
				/* Full 3 digits only when a following digit
				 * would otherwise be read as part of the escape. */
				int next_is_odigit = i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '7';
				*p++ = '\\';
				if (c >= 64 || next_is_odigit)
					*p++ = (char)('0' + (c >> 6));
				if (c >= 8 || next_is_odigit)
					*p++ = (char)('0' + ((c >> 3) & 7));
				*p++ = (char)('0' + (c & 7));
			}
		}
		ob_commit(o, (size_t)(p - start));
	}
}

void quote_string(struct outbuf *o, const uint8_t *s, size_t len,
		  unsigned flags, int xmode)
{
	bool bare = flags & QUOTE_BARE;
	if (!bare)
		ob_putc(o, '"');
	if (xmode >= QUOTE_X_ALL || (xmode == QUOTE_X_NONASCII && needs_hex(s, len)))
		quote_hex(o, s, len);
	else
		quote_escaped(o, s, len, flags & QUOTE_ANGLE);
	if (bare)
		return;
	ob_putc(o, '"');
	if (flags & QUOTE_TRUNC)
		ob_write(o, "...", 3);
}

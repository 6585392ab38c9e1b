// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * JSON string escaping: always valid JSON, and lossless for arbitrary bytes.
 *
 *   - `"` and `\` are escaped as \" and \\;
 *   - control characters U+0000..U+001F as \b \t \n \f \r, the others as
 *     \u00XX (so a NUL byte is \u0000); DEL (0x7f) is written as is;
 *   - valid UTF-8 is passed through unchanged.  Valid means the shortest
 *     form, no UTF-16 surrogates (U+D800..U+DFFF) encoded in UTF-8, and
 *     nothing above U+10FFFF;
 *   - every byte that is not part of a valid UTF-8 sequence (always one of
 *     0x80..0xff) is written as \udcXX, XX being the byte: a lone
 *     surrogate U+DC80..U+DCFF.  This is Python's "surrogateescape".  It
 *     cannot be confused with real text because valid UTF-8 never encodes
 *     a surrogate; a decoder gets the bytes back with
 *     s.encode("utf-8", "surrogateescape").
 *
 *   Example: the bytes  61 22 0a 00 c3 a9 ff c0 af
 *   become  "a\"\n\u0000  c3 a9 (U+00E9, copied)  \udcff\udcc0\udcaf"
 *   (C0 AF would be an overlong '/': both bytes are escaped).
 */
#include "json.h"

static const char xdigits[16] = "0123456789abcdef";

static inline bool is_cont(uint8_t c) { return (c & 0xc0) == 0x80; }

/* Length (2..4) of the valid multibyte UTF-8 sequence at s, or 0. */
static size_t utf8_seq_len(const uint8_t *s, size_t avail)
{
	uint8_t c = s[0];
	uint8_t lo = 0x80, hi = 0xbf;  /* allowed range of the second byte */

	if (c < 0xc2)       /* continuation byte, or C0/C1 (overlong ASCII) */
		return 0;
	if (c < 0xe0)
		return avail >= 2 && is_cont(s[1]) ? 2 : 0;
	if (c < 0xf0) {
		if (c == 0xe0)
			lo = 0xa0;  /* below: overlong */
		else if (c == 0xed)
			hi = 0x9f;  /* above: surrogates U+D800..U+DFFF */
		return avail >= 3 && s[1] >= lo && s[1] <= hi && is_cont(s[2]) ? 3 : 0;
	}
	if (c < 0xf5) {
		if (c == 0xf0)
			lo = 0x90;  /* below: overlong */
		else if (c == 0xf4)
			hi = 0x8f;  /* above: > U+10FFFF */
		return avail >= 4 && s[1] >= lo && s[1] <= hi &&
		       is_cont(s[2]) && is_cont(s[3]) ? 4 : 0;
	}
	return 0;           /* F5..FF never occur in UTF-8 */
}

static inline char *put_u_escape(char *p, unsigned hi_byte, uint8_t lo_byte)
{
	p[0] = '\\';
	p[1] = 'u';
	p[2] = xdigits[hi_byte >> 4];
	p[3] = xdigits[hi_byte & 15];
	p[4] = xdigits[lo_byte >> 4];
	p[5] = xdigits[lo_byte & 15];
	return p + 6;
}

/* Input bytes per ob_reserve: 6 output bytes each at most, plus up to 3
 * bytes of a UTF-8 sequence that runs past the chunk's end, and the
 * quotes. */
#define JSON_CHUNK ((OB_RESERVE_MAX - 8) / 6)

/* Bytes copied as they are: printable ASCII but the quote and the backslash */
static const uint8_t plain[256] = {
	[0x20 ... 0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0x7f] = 1,  /* not '"', '\\' */
};

/* Does any of the 8 bytes of w need escaping (below 0x20, 0x80 or above,
 * '"' or '\\')?  Word-at-a-time: the usual strings (names, paths) are
 * plain ASCII and go 8 bytes a step. */
static inline bool word_needs_escape(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
	uint64_t below = (w - ones * 0x20) & ~w;       /* high bit: byte < 0x20 (or >= 0x80) */
	uint64_t zq = (q - ones) & ~q, zb = (b - ones) & ~b;
	return ((below | zq | zb | w) & highs) != 0;
}

void json_quote(struct outbuf *o, const void *data, size_t len)
{
	const uint8_t *s = data;
	size_t i = 0;

	/* the opening quote, then chunks; the closing quote fits in the
	 * last chunk's reservation */
	char *p = ob_reserve(o, len < JSON_CHUNK ? 6 * len + 8 : 6 * JSON_CHUNK + 8);
	char *start = p;
	*p++ = '"';
	for (;;) {
		size_t end = len - i < JSON_CHUNK ? len : i + JSON_CHUNK;
		while (i + 8 <= end) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (word_needs_escape(w))
				break;
			memcpy(p, &w, 8);
			p += 8;
			i += 8;
		}
		while (i < end) {
			uint8_t c = s[i];
			if (plain[c]) {
				*p++ = (char)c;
				i++;
			} else if (c == '"' || c == '\\') {
				*p++ = '\\';
				*p++ = (char)c;
				i++;
			} else if (c < 0x20) {
				*p++ = '\\';
				switch (c) {
				case '\b': *p++ = 'b'; break;
				case '\t': *p++ = 't'; break;
				case '\n': *p++ = 'n'; break;
				case '\f': *p++ = 'f'; break;
				case '\r': *p++ = 'r'; break;
				default:   p = put_u_escape(p - 1, 0x00, c); break;
				}
				i++;
			} else {
				size_t n = utf8_seq_len(s + i, len - i);
				if (n) {
					memcpy(p, s + i, n);
					p += n;
					i += n;
				} else {
					p = put_u_escape(p, 0xdc, c);
					i++;
				}
			}
		}
		if (i >= len)
			break;
		ob_commit(o, (size_t)(p - start));
		start = p = ob_reserve(o, len - i < JSON_CHUNK ? 6 * (len - i) + 8 : 6 * JSON_CHUNK + 8);
	}
	*p++ = '"';
	ob_commit(o, (size_t)(p - start));
}

void jw_init(struct json_writer *jw, struct outbuf *ob)
{
	memset(jw, 0, sizeof(*jw));
	jw->ob = ob;
}

static void open_container(struct json_writer *jw, char c, bool array)
{
	jw_before_item(jw);
	ob_putc(jw->ob, c);
	jw->depth++;
	unsigned l = jw_level(jw);
	jw->has_items[l] = false;
	jw->is_array[l] = array;
}

static void close_container(struct json_writer *jw, char c)
{
	ob_putc(jw->ob, c);
	if (jw->depth)
		jw->depth--;
	jw->after_key = false;
}

void jw_begin_object(struct json_writer *jw) { open_container(jw, '{', false); }
void jw_end_object(struct json_writer *jw) { close_container(jw, '}'); }
void jw_begin_array(struct json_writer *jw) { open_container(jw, '[', true); }
void jw_end_array(struct json_writer *jw) { close_container(jw, ']'); }

bool jw_in_array(const struct json_writer *jw)
{
	return jw->depth > 0 && jw->is_array[jw_level(jw)];
}

/* Longest key or plain string copied in one pass (the rest: the general way) */
#define JW_FAST_MAX 64

/* Copy s, quoted, if it is plain ASCII of at most JW_FAST_MAX bytes, in one
 * pass (no strlen, no second look); `tail` (0: none) after the closing
 * quote.  false, nothing written: the caller quotes it the general way. */
static inline bool put_plain_cstr(struct outbuf *o, const char *s, char tail)
{
	char *p = ob_reserve(o, JW_FAST_MAX + 3);
	size_t i = 0;
	p[0] = '"';
	for (; i < JW_FAST_MAX; i++) {
		uint8_t ch = (uint8_t)s[i];
		if (!plain[ch])
			break;
		p[1 + i] = (char)ch;
	}
	if (s[i])
		return false;
	p[1 + i] = '"';
	p[2 + i] = tail;
	ob_commit(o, i + 2 + (tail != 0));
	return true;
}

void jw_key(struct json_writer *jw, const char *name)
{
	jw_before_item(jw);
	/* keys are our own identifiers ("pid", "filename"): copied as they
	 * are unless something in them needs escaping */
	if (!put_plain_cstr(jw->ob, name, ':')) {
		json_quote(jw->ob, name, strlen(name));
		ob_putc(jw->ob, ':');
	}
	jw->after_key = true;
}

void jw_string(struct json_writer *jw, const void *s, size_t len)
{
	jw_before_item(jw);
	json_quote(jw->ob, s, len);
}

void jw_cstr(struct json_writer *jw, const char *s)
{
	if (!s) {
		jw_null(jw);
		return;
	}
	jw_before_item(jw);
	if (!put_plain_cstr(jw->ob, s, 0))
		json_quote(jw->ob, s, strlen(s));
}

void jw_int(struct json_writer *jw, int64_t v)
{
	jw_before_item(jw);
	ob_i64(jw->ob, v);
}

void jw_uint(struct json_writer *jw, uint64_t v)
{
	jw_before_item(jw);
	ob_u64(jw->ob, v);
}

void jw_null(struct json_writer *jw)
{
	jw_before_item(jw);
	ob_write(jw->ob, "null", 4);
}

void jw_bool(struct json_writer *jw, bool v)
{
	jw_before_item(jw);
	if (v)
		ob_write(jw->ob, "true", 4);
	else
		ob_write(jw->ob, "false", 5);
}

void jw_raw(struct json_writer *jw, const char *text, size_t len)
{
	jw_before_item(jw);
	ob_write(jw->ob, text, len);
}

/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * A strict JSON (RFC 8259) checker for the fuzz oracles, with the decoding
 * rule of src/json.c: strings decode to bytes, valid UTF-8 as itself, and
 * a lone low surrogate \udc80..\udcff as the byte 0x80..0xff (Python's
 * "surrogateescape").  Anything else a JSON parser would take but that
 * sctrace must never write is rejected too: raw control characters,
 * invalid UTF-8, lone surrogates outside that range, leading zeros.
 *
 * jc_value() parses one value; jc_line() one JSON line (a whole object,
 * nothing after it).  Header-only: the fuzz targets include it.
 */
#ifndef SCT_FUZZ_JSONCHECK_H
#define SCT_FUZZ_JSONCHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct jc {
	const uint8_t *p, *end;
	const char *err;       /* first error, NULL if none */
	size_t depth;
	/* the bytes of the last string parsed (when out != NULL) */
	uint8_t *out;
	size_t out_len, out_cap;
};

static inline bool jc_fail(struct jc *j, const char *why)
{
	if (!j->err)
		j->err = why;
	return false;
}

static inline void jc_ws(struct jc *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static inline void jc_out(struct jc *j, uint8_t c)
{
	if (j->out && j->out_len < j->out_cap)
		j->out[j->out_len++] = c;
}

static inline int jc_hex(uint8_t c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

static inline bool jc_u4(struct jc *j, unsigned *v)
{
	if (j->end - j->p < 4)
		return jc_fail(j, "short \\u escape");
	*v = 0;
	for (int i = 0; i < 4; i++) {
		int h = jc_hex(j->p[i]);
		if (h < 0)
			return jc_fail(j, "bad hex digit in \\u escape");
		*v = *v << 4 | (unsigned)h;
	}
	j->p += 4;
	return true;
}

static inline void jc_put_utf8(struct jc *j, unsigned cp)
{
	if (cp < 0x80) {
		jc_out(j, (uint8_t)cp);
	} else if (cp < 0x800) {
		jc_out(j, (uint8_t)(0xc0 | cp >> 6));
		jc_out(j, (uint8_t)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		jc_out(j, (uint8_t)(0xe0 | cp >> 12));
		jc_out(j, (uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
		jc_out(j, (uint8_t)(0x80 | (cp & 0x3f)));
	} else {
		jc_out(j, (uint8_t)(0xf0 | cp >> 18));
		jc_out(j, (uint8_t)(0x80 | ((cp >> 12) & 0x3f)));
		jc_out(j, (uint8_t)(0x80 | ((cp >> 6) & 0x3f)));
		jc_out(j, (uint8_t)(0x80 | (cp & 0x3f)));
	}
}

/* Length of the valid (shortest-form, non-surrogate, <= U+10FFFF) UTF-8
 * sequence at p, or 0.  Written independently of src/json.c on purpose. */
static inline size_t jc_utf8_len(const uint8_t *p, size_t avail)
{
	unsigned cp, n;
	uint8_t c = p[0];
	if (c < 0x80) return 1;
	if ((c & 0xe0) == 0xc0) { n = 2; cp = c & 0x1f; }
	else if ((c & 0xf0) == 0xe0) { n = 3; cp = c & 0x0f; }
	else if ((c & 0xf8) == 0xf0) { n = 4; cp = c & 0x07; }
	else return 0;
	if (avail < n) return 0;
	for (unsigned i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80) return 0;
		cp = cp << 6 | (p[i] & 0x3f);
	}
	static const unsigned min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (cp < min[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

static inline bool jc_string(struct jc *j)
{
	j->out_len = 0;
	if (j->p >= j->end || *j->p != '"')
		return jc_fail(j, "expected a string");
	j->p++;
	for (;;) {
		if (j->p >= j->end)
			return jc_fail(j, "unterminated string");
		uint8_t c = *j->p;
		if (c == '"') {
			j->p++;
			return true;
		}
		if (c < 0x20)
			return jc_fail(j, "raw control character in a string");
		if (c == '\\') {
			if (j->end - j->p < 2)
				return jc_fail(j, "escape at the end");
			uint8_t e = j->p[1];
			j->p += 2;
			switch (e) {
			case '"': jc_out(j, '"'); break;
			case '\\': jc_out(j, '\\'); break;
			case '/': jc_out(j, '/'); break;
			case 'b': jc_out(j, '\b'); break;
			case 'f': jc_out(j, '\f'); break;
			case 'n': jc_out(j, '\n'); break;
			case 'r': jc_out(j, '\r'); break;
			case 't': jc_out(j, '\t'); break;
			case 'u': {
				unsigned v;
				if (!jc_u4(j, &v))
					return false;
				if (v >= 0xd800 && v <= 0xdbff) {
					unsigned lo;
					if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u')
						return jc_fail(j, "lone high surrogate");
					j->p += 2;
					if (!jc_u4(j, &lo))
						return false;
					if (lo < 0xdc00 || lo > 0xdfff)
						return jc_fail(j, "high surrogate without a low one");
					jc_put_utf8(j, 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00));
				} else if (v >= 0xdc80 && v <= 0xdcff) {
					jc_out(j, (uint8_t)(v - 0xdc00));  /* surrogateescape */
				} else if (v >= 0xdc00 && v <= 0xdfff) {
					return jc_fail(j, "lone low surrogate outside \\udc80..\\udcff");
				} else {
					jc_put_utf8(j, v);
				}
				break;
			}
			default:
				return jc_fail(j, "unknown escape");
			}
			continue;
		}
		size_t n = jc_utf8_len(j->p, (size_t)(j->end - j->p));
		if (!n)
			return jc_fail(j, "invalid UTF-8 in a string");
		for (size_t i = 0; i < n; i++)
			jc_out(j, j->p[i]);
		j->p += n;
	}
}

static inline bool jc_digits(struct jc *j)
{
	const uint8_t *s = j->p;
	while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
		j->p++;
	return j->p > s;
}

static inline bool jc_number(struct jc *j)
{
	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p >= j->end)
		return jc_fail(j, "bad number");
	if (*j->p == '0') {
		j->p++;
	} else if (!jc_digits(j)) {
		return jc_fail(j, "bad number");
	}
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		if (!jc_digits(j))
			return jc_fail(j, "no digits after the point");
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (!jc_digits(j))
			return jc_fail(j, "bad exponent");
	}
	return true;
}

static inline bool jc_lit(struct jc *j, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n))
		return jc_fail(j, "bad literal");
	j->p += n;
	return true;
}

static inline bool jc_value(struct jc *j)
{
	jc_ws(j);
	if (j->p >= j->end)
		return jc_fail(j, "expected a value");
	if (++j->depth > 512)
		return jc_fail(j, "too deep");
	bool ok;
	switch (*j->p) {
	case '{':
		j->p++;
		jc_ws(j);
		if (j->p < j->end && *j->p == '}') {
			j->p++;
			ok = true;
			break;
		}
		for (;;) {
			jc_ws(j);
			uint8_t *keep = j->out;
			j->out = NULL;
			ok = jc_string(j);
			j->out = keep;
			if (!ok)
				break;
			jc_ws(j);
			if (j->p >= j->end || *j->p != ':') {
				ok = jc_fail(j, "expected ':'");
				break;
			}
			j->p++;
			if (!(ok = jc_value(j)))
				break;
			jc_ws(j);
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			if (j->p < j->end && *j->p == '}') {
				j->p++;
				break;
			}
			ok = jc_fail(j, "expected ',' or '}'");
			break;
		}
		break;
	case '[':
		j->p++;
		jc_ws(j);
		if (j->p < j->end && *j->p == ']') {
			j->p++;
			ok = true;
			break;
		}
		for (;;) {
			if (!(ok = jc_value(j)))
				break;
			jc_ws(j);
			if (j->p < j->end && *j->p == ',') {
				j->p++;
				continue;
			}
			if (j->p < j->end && *j->p == ']') {
				j->p++;
				break;
			}
			ok = jc_fail(j, "expected ',' or ']'");
			break;
		}
		break;
	case '"':
		ok = jc_string(j);
		break;
	case 't': ok = jc_lit(j, "true"); break;
	case 'f': ok = jc_lit(j, "false"); break;
	case 'n': ok = jc_lit(j, "null"); break;
	default:
		ok = jc_number(j);
	}
	j->depth--;
	return ok;
}

/* One JSON line as sctrace writes them: an object, no whitespace around,
 * nothing after it.  NULL if fine, else why not. */
static inline const char *jc_line(const uint8_t *s, size_t len)
{
	struct jc j = { .p = s, .end = s + len };
	if (!len || s[0] != '{')
		return "a line that is not an object";
	if (!jc_value(&j))
		return j.err;
	if (j.p != j.end)
		return "trailing bytes after the object";
	return NULL;
}

#endif

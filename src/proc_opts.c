// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* strace's -e quiet=, -e signal= and -e status= sets (see proc_opts.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "proc_opts.h"
#include "syscall_name.h"

struct set_word { const char *name; unsigned bits; };

/* strace's qualifier syntax: "[!]WORD[,WORD]...", WORD also "all" or
 * "none"; `lookup` turns one word into bits (false: not a member name). */
static int parse_set(const char *set, uint64_t all, uint64_t *out, const char **bad,
		     bool (*lookup)(const char *w, size_t n, uint64_t *bits))
{
	static char word[64];
	bool negate = *set == '!';
	if (negate)
		set++;
	uint64_t v = 0;
	const char *p = set;
	if (!*p)
		goto fail;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		uint64_t bits = 0;
		if (n == 3 && !strncmp(p, "all", 3))
			bits = all;
		else if (n == 4 && !strncmp(p, "none", 4))
			bits = 0;
		else if (!n || !lookup(p, n, &bits))
			goto fail_word;
		v |= bits;
		p += n;
		if (*p == ',' && !*++p)
			goto fail;
		continue;
fail_word:
		if (n >= sizeof(word))
			n = sizeof(word) - 1;
		memcpy(word, p, n);
		word[n] = '\0';
		*bad = word;
		return -1;
	}
	*out = negate ? all & ~v : v;
	return 0;
fail:
	*bad = set;
	return -1;
}

static bool word_in(const struct set_word *t, const char *w, size_t n, uint64_t *bits)
{
	for (; t->name; t++)
		if (strlen(t->name) == n && !strncmp(t->name, w, n)) {
			*bits = t->bits;
			return true;
		}
	return false;
}

static bool quiet_word(const char *w, size_t n, uint64_t *bits)
{
	static const struct set_word names[] = {
		{ "attach", QUIET_ATTACH }, { "exit", QUIET_EXIT },
		{ "exits", QUIET_EXIT },
		{ "path-resolution", QUIET_PATH_RESOLUTION },
		{ "personality", QUIET_PERSONALITY },
		{ "thread-execve", QUIET_THREAD_EXECVE },
		{ "superseded", QUIET_THREAD_EXECVE },
		{ NULL, 0 },
	};
	return word_in(names, w, n, bits);
}

static bool status_word(const char *w, size_t n, uint64_t *bits)
{
	static const struct set_word names[] = {
		{ "successful", STATUS_SUCCESSFUL }, { "failed", STATUS_FAILED },
		{ "unfinished", STATUS_UNFINISHED }, { "unavailable", STATUS_UNAVAILABLE },
		{ "detached", STATUS_DETACHED },
		{ NULL, 0 },
	};
	return word_in(names, w, n, bits);
}

/* SIGCHLD, CHLD, sigchld or 17 (strace accepts each) */
static bool signal_word(const char *w, size_t n, uint64_t *bits)
{
	char tmp[32], buf[32];
	if (n >= sizeof(tmp))
		return false;
	memcpy(tmp, w, n);
	tmp[n] = '\0';
	char *end;
	long v = strtol(tmp, &end, 10);
	if (!*end && end != tmp) {
		/* strace takes any number; only 1..64 can be delivered */
		if (v < 0)
			return false;
		*bits = v >= 1 && v <= 64 ? 1ULL << (v - 1) : 0;
		return true;
	}
	const char *name = tmp;
	if (!strncasecmp(name, "SIG", 3))
		name += 3;
	for (int sig = 1; sig <= 64; sig++) {
		const char *s = signal_name(sig, buf, sizeof(buf));
		if (s && !strcasecmp(s + 3, name)) {
			*bits = 1ULL << (sig - 1);
			return true;
		}
	}
	return false;
}

int parse_quiet_set(const char *set, unsigned *out, const char **bad)
{
	uint64_t v;
	if (parse_set(set, QUIET_ALL, &v, bad, quiet_word))
		return -1;
	*out = v;
	return 0;
}

int parse_status_set(const char *set, unsigned *out, const char **bad)
{
	uint64_t v;
	if (parse_set(set, STATUS_ALL, &v, bad, status_word))
		return -1;
	*out = v;
	return 0;
}

int parse_signal_set(const char *set, uint64_t *out, const char **bad)
{
	return parse_set(set, ~0ULL, out, bad, signal_word);
}

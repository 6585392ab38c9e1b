// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* strace's qualifier sets: -e quiet=, -e signal=, -e status=, and the
 * word sets of other options (see proc_opts.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "proc_opts.h"
#include "syscall_name.h"

/* strace's qualifier syntax: "[!]WORD[,WORD]...", WORD also "all" or
 * "none"; `lookup` turns one word into bits (false: not a member name). */
static int parse_set(const char *set, uint64_t all, uint64_t *out, const char **bad,
		     bool (*lookup)(const void *ctx, const char *w, size_t n, uint64_t *bits),
		     const void *ctx)
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
		if (n == 3 && !strncasecmp(p, "all", 3))
			bits = all;
		else if (n == 4 && !strncasecmp(p, "none", 4))
			bits = 0;
		else if (!n || !lookup(ctx, p, n, &bits))
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

/* a word of a qualify_word table, in any case (as strace) */
static bool table_word(const void *ctx, const char *w, size_t n, uint64_t *bits)
{
	for (const struct qualify_word *t = ctx; t->name; t++)
		if (strlen(t->name) == n && !strncasecmp(t->name, w, n)) {
			*bits = t->bits;
			return true;
		}
	return false;
}

int qualify_words(const char *set, const struct qualify_word *words, uint64_t all,
		  uint64_t *out, const char **bad)
{
	return parse_set(set, all, out, bad, table_word, words);
}

static const struct qualify_word quiet_words[] = {
	{ "attach", QUIET_ATTACH }, { "exit", QUIET_EXIT }, { "exits", QUIET_EXIT },
	{ "path-resolution", QUIET_PATH_RESOLUTION },
	{ "personality", QUIET_PERSONALITY },
	{ "thread-execve", QUIET_THREAD_EXECVE }, { "superseded", QUIET_THREAD_EXECVE },
	{ NULL, 0 },
};

static const struct qualify_word status_words[] = {
	{ "successful", STATUS_SUCCESSFUL }, { "failed", STATUS_FAILED },
	{ "unfinished", STATUS_UNFINISHED }, { "unavailable", STATUS_UNAVAILABLE },
	{ "detached", STATUS_DETACHED },
	{ NULL, 0 },
};

/* SIGCHLD, CHLD, sigchld or 17 (strace accepts each) */
static bool signal_word(const void *ctx, const char *w, size_t n, uint64_t *bits)
{
	(void)ctx;
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
	if (qualify_words(set, quiet_words, QUIET_ALL, &v, bad))
		return -1;
	*out = v;
	return 0;
}

int parse_status_set(const char *set, unsigned *out, const char **bad)
{
	uint64_t v;
	if (qualify_words(set, status_words, STATUS_ALL, &v, bad))
		return -1;
	*out = v;
	return 0;
}

int parse_signal_set(const char *set, uint64_t *out, const char **bad)
{
	return parse_set(set, ~0ULL, out, bad, signal_word, NULL);
}

/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * strace's process-output qualifiers: -e quiet=SET (-q, -qq, -qqq),
 * -e signal=SET and -e status=SET, with strace 7.2's words.  Each parser
 * takes "[!]WORD[,WORD...]" (also "all", "none"), returns 0, or -1 with
 * *bad set to the word it does not know (static storage).
 */
#ifndef SCT_PROC_OPTS_H
#define SCT_PROC_OPTS_H

#include <stdbool.h>
#include <stdint.h>

/* -e quiet=: messages left out */
enum {
	QUIET_ATTACH = 0x1,          /* "Process N attached/detached" */
	QUIET_EXIT = 0x2,            /* "+++ exited with N +++", "+++ killed by +++" */
	QUIET_PATH_RESOLUTION = 0x4, /* strace's -P path messages (none here) */
	QUIET_PERSONALITY = 0x8,     /* "[ Process PID=N runs in 32 bit mode. ]" */
	QUIET_THREAD_EXECVE = 0x10,  /* "+++ superseded by execve in pid N +++" */
	QUIET_ALL = 0x1f,
};
/* what -q, -qq and -qqq mean */
#define QUIET_Q   (QUIET_ATTACH | QUIET_PERSONALITY)
#define QUIET_QQ  (QUIET_Q | QUIET_EXIT)
#define QUIET_QQQ QUIET_ALL

/* -e status=: the calls printed, by how they ended */
enum {
	STATUS_SUCCESSFUL = 0x1,     /* returned without an error code */
	STATUS_FAILED = 0x2,         /* returned an error code */
	STATUS_UNFINISHED = 0x4,     /* never returned (the thread died inside) */
	STATUS_UNAVAILABLE = 0x8,    /* returned, result unknown (never here) */
	STATUS_DETACHED = 0x10,      /* still running when tracing stopped */
	STATUS_ALL = 0x1f,
};

/* A set of words from `words` (ended by a NULL name; matched in any case,
 * as strace), plus "all" (= `all`), "none" and a leading "!". */
struct qualify_word { const char *name; uint64_t bits; };
int qualify_words(const char *set, const struct qualify_word *words, uint64_t all,
		  uint64_t *out, const char **bad);

int parse_quiet_set(const char *set, unsigned *out, const char **bad);
int parse_status_set(const char *set, unsigned *out, const char **bad);
/* bit sig-1 for each signal 1..64 */
int parse_signal_set(const char *set, uint64_t *out, const char **bad);

#endif

/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Output backends: whole records (lines) in strace text or JSON lines.
 * Arguments go through the decoders and the emit layer; this layer adds
 * what surrounds them (prefix, name, return value, timestamps). */
#ifndef SCT_OUTPUT_H
#define SCT_OUTPUT_H

#include <stdbool.h>
#include <stdint.h>
#include "decode.h"
#include "json.h"
#include "options.h"
#include "outbuf.h"
#include "tidmap.h"

enum line_part {
	LINE_FULL,      /* openat(AT_FDCWD, "/x", O_RDONLY) = 3 */
	LINE_ENTRY,     /* text: "read(0, " left open; JSON: an "unfinished" record */
	LINE_CONTINUE,  /* text: the rest of an open line: "abc", 10) = 3 */
	LINE_RESUMED,   /* <... read resumed>"abc", 10) = 3 */
};

/* How text lines are prefixed, as strace does */
enum prefix_mode {
	PFX_AUTO_BRACKET, /* "[pid  123] " once more than one task is traced */
	PFX_PLAIN,        /* "123   " (-o FILE with -f, several -p, --always-show-pid) */
	PFX_AUTO_PLAIN,   /* -o FILE without -f: "123   " once more than one
	                   * task is traced (threads are traced without -f) */
	PFX_COMM,         /* "123<comm> ": system-wide or --comm */
	PFX_NONE,         /* -ff: each task has its own file */
};

struct output {
	const struct options *opts;
	struct outbuf ob;
	struct json_writer jw;
	enum prefix_mode prefix;
	int ntasks;                /* live traced tasks (for PFX_AUTO_*) */
	int64_t realtime_offset;   /* CLOCK_REALTIME - CLOCK_MONOTONIC, ns */
	const struct output_ops *ops;
	bool color;                /* --color: text lines coloured (color.h) */
	/* -ff: the task whose file ob writes to, and every task's file */
	uint32_t cur_tid;
	struct tidmap task_fds;    /* tid -> (void *)(fd + 1) */
};

struct output_ops {
	void (*syscall)(struct output *o, const struct call *c, enum line_part part);
	void (*proc_exit)(struct output *o, const struct sct_proc_exit *x);
	void (*signal)(struct output *o, const struct sct_signal *s);
	/* a leader whose pid another thread's execve took: strace's
	 * "+++ superseded by execve in pid T +++" (T: that thread's old tid) */
	void (*superseded)(struct output *o, const struct sct_proc_exit *x, uint32_t by_tid);
	/* JSON only (text says it on stderr, as strace): a task traced from
	 * now on (-p, a child followed by -f) or no longer (detach) */
	void (*attach)(struct output *o, uint32_t pid, uint32_t tid, bool attached);
	/* text only (NULL in JSON): end an open LINE_ENTRY: " <unfinished ...>" */
	void (*close_entry)(struct output *o);
	void (*lost)(struct output *o, uint64_t n, uint64_t total);
};

extern const struct output_ops text_output_ops;
extern const struct output_ops json_output_ops;

/* 0, or -1 after printing why. */
int output_init(struct output *o, const struct options *opts, enum prefix_mode prefix);
/* -ff: write what follows to FILE.TID (opened, truncated, on first use);
 * a file that cannot be opened is said once on stderr and its lines go to
 * FILE itself. */
void output_select(struct output *o, uint32_t tid);
/* Flush; 0 or -1 with errno (write error) */
int output_flush(struct output *o);
void output_close(struct output *o);

/* Helpers shared by both backends */
bool ret_is_error(int64_t ret);      /* -4095 <= ret < 0 */
#endif

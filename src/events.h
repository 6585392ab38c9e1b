/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Ring-buffer records -> output.  Pairs entry records (calls that may
 * block) with their exits, prints strace's "<unfinished ...>" /
 * "<... resumed>" when lines interleave or a call blocks for long, and
 * keeps the set of live tasks (pid prefixes) and processes (when to stop).
 */
#ifndef SCT_EVENTS_H
#define SCT_EVENTS_H

#include <stdint.h>
#include "output.h"
#include "tidmap.h"

/* A call blocked this long is shown (text: its line is left open, as
 * strace leaves it, until the call returns or another line comes) even
 * when nothing else is printed in between. */
#define UNFINISHED_AFTER_MS 100

struct pending;

struct events {
	struct output *out;
	const struct options *opts;
	struct tidmap pending;    /* tid -> struct pending * */
	size_t unshown;           /* pending entries not yet printed */
	uint64_t seq;             /* arrival order of entries */
	struct pending *open;     /* text: the entry whose line is left open */
	struct tidmap tasks;      /* live traced tids (for "[pid N]" prefixes) */
	struct tidmap procs;      /* live traced processes we wait for */
	struct tidmap leader_exits; /* pid -> struct sct_proc_exit * of a leader
	                             * that ended before its other threads */
	struct tidmap restart;    /* tid -> 1 + the nr restart_syscall resumes */
	bool track_tasks;
	bool whole_lines;         /* never show a call before it ends */
	uint64_t ncalls;          /* calls printed (--syscall-limit) */
	uint64_t nrecords;        /* ring records consumed (stats) */
	bool limit_reached;       /* --syscall-limit reached: detach */
	uint64_t now_ms;
	/* entries' memory kept for the next ones (no malloc per entry) */
	struct pending *spare[16];
	unsigned nspare;
};

void events_init(struct events *ev, struct output *out, const struct options *opts);
void events_free(struct events *ev);

/* ring_buffer_sample_fn */
int events_on_record(void *ctx, void *data, size_t size);

void events_add_task(struct events *ev, uint32_t tid);
void events_add_proc(struct events *ev, uint32_t pid);
void events_del_proc(struct events *ev, uint32_t pid);

/* Time passes: show calls blocked for UNFINISHED_AFTER_MS. */
void events_tick(struct events *ev, uint64_t now_ms);

/* Lost records, reported in the stream. */
void events_lost(struct events *ev, uint64_t n, uint64_t total);

/* Tracing stops while traced tasks live: their calls in progress end as
 * strace's "<detached ...>". */
void events_detach(struct events *ev);

/* Nothing more will come: end an open line. */
void events_finish(struct events *ev);

#endif

/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * End-of-run reports from the counts kept in the kernel (-c, -C,
 * --histogram, --summary-by): strace -c's table, bpftrace-style log2
 * histograms, and their JSON records ("summary", "histogram"; see
 * docs/json.md).
 */
#ifndef SCT_SUMMARY_H
#define SCT_SUMMARY_H

#include <stddef.h>
#include <stdint.h>
#include "options.h"
#include "output.h"
#include "outbuf.h"

struct tracer;

/* One row of a -c table. */
struct sum_row {
	int nr;                   /* syscall number: ties sort by it, like strace */
	char name[32];
	uint64_t calls, errors;
	uint64_t time_ns;         /* CPU time, or wall-clock time with -w */
	uint64_t cpu_ns, wall_ns; /* both, for JSON */
	const uint64_t *hist;     /* SCT_HIST_BUCKETS log2 buckets of wall time, or NULL */
};

/* Sort as strace -S SORTBY does (enum sort_by); ties by syscall number. */
void summary_sort(struct sum_row *rows, size_t n, int sortby);

/* strace -c's table: header, dashes, rows with calls, dashes, total.
 * Column widths grow as strace's do.  Prints nothing when nothing was
 * counted (as strace). */
void summary_table_text(struct outbuf *ob, const struct sum_row *rows, size_t n);

/* bpftrace's hist() layout for log2 buckets (bucket b: 2^(b-1) <= v < 2^b,
 * bucket 0: v == 0), from the first to the last non-empty bucket:
 *   [1K, 2K)              12 |@@@@@@@@@                                           |
 * Nothing when every bucket is empty. */
void hist_text(struct outbuf *ob, const uint64_t *hist, int nbuckets);

/* A traced task exited: with --summary-by=pid, its comm names its
 * process's table.  Called by the output backends. */
void summary_note_exit(const struct options *o, const struct sct_proc_exit *x);

/* At the end of tracing, before tracer_stop(): read the kernel's counts
 * and write every report the options ask for to the trace output (text:
 * stderr or -o FILE, like strace -c; JSON: records in the stream).
 * 0, or -1 after printing why. */
int summary_report(struct output *out, struct tracer *t, const struct options *o);

#endif

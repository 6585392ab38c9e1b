/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* The BPF side's lifecycle: open -> settings -> load -> attach -> poll. */
#ifndef SCT_TRACER_H
#define SCT_TRACER_H

#include <stdint.h>
#include <sys/types.h>
#include <bpf/libbpf.h>
#include "options.h"

struct sctrace_bpf;
struct lossless;

struct tracer {
	struct sctrace_bpf *skel;
	int counters_fd;
	uint64_t reported[SCT_CNT_MAX];   /* counter totals already reported */
	/* The ring buffer, read in place (not libbpf's ring_buffer: that one
	 * publishes its position after every record, a cache line the
	 * producers read on every reserve, and its epoll is level-triggered,
	 * so a consumer waiting on it wakes for each few records). */
	volatile uint64_t *rb_consumer;        /* its page, mapped read-write */
	const volatile uint64_t *rb_producer;  /* its page, then the data twice */
	const uint8_t *rb_data;
	uint64_t rb_mask;                      /* data size - 1 */
	void *rb_cons_page, *rb_prod_map;
	size_t rb_page, rb_prod_len;
	int rb_epoll_fd;                       /* the ring's wakeups, edge-triggered */
	bool rb_busy;                          /* the last poll found records */
	ring_buffer_sample_fn on_record;
	void *ctx;
};

/* Open, configure from options, load and attach.  `pids` (npids) are the
 * tgids to trace when filtering by pid (launch or -p); none: system-wide.
 * `excluded` (at most SCT_MAX_EXCLUDED): tgids never traced.
 * Returns 0, or -1 after printing one line that says what failed. */
int tracer_start(struct tracer *t, const struct options *o, const pid_t *pids, int npids,
		 const pid_t *excluded, int nexcluded,
		 ring_buffer_sample_fn on_record, void *ctx);

/* Bytes queued in the ring buffer (produced, not yet consumed). */
uint64_t tracer_queued(struct tracer *t);

/* Lossless tracing: l watches the ring's level (lossless_watch()); l is
 * ended (lossless_end()) before tracer_stop().  0 or -1. */
int tracer_set_lossless(struct tracer *t, struct lossless *l);

/* Add a tgid to the traced set after start (e.g. the launched child). */
int tracer_add_pid(struct tracer *t, pid_t tgid);

/* Wait for records, then consume those queued.  The wait: up to timeout_ms
 * when the ring is empty (the producers wake the consumer only when it is
 * 1/8 full, or for a record it waits at), and about a millisecond when the
 * last poll found records and few are queued, so that records are taken
 * in batches; none when timeout_ms is 0 or much is queued.  A poll takes
 * what was queued when it started (the records that come meanwhile are
 * the next poll's), so that a caller's other work is never starved;
 * timeout_ms 0 (a drain) also takes those, for a few rounds.
 * Returns records consumed or a negative errno. */
int tracer_poll(struct tracer *t, int timeout_ms);

/* Sum of per-CPU counter `which` (enum sct_counter). */
uint64_t tracer_counter(struct tracer *t, int which);

/* -c / --histogram: totals per syscall nr (all CPUs), out[SCT_MAX_SYSCALLS].
 * 0 or -1. */
int tracer_read_stats(struct tracer *t, struct sct_stat_hist *out);

/* --summary-by: fn for every (pid or comm, nr) group. 0 or -1. */
int tracer_for_each_group(struct tracer *t,
			  void (*fn)(void *arg, const struct sct_group_key *k, const struct sct_stat *s),
			  void *arg);

/* Count of entries in the in-flight map (leak checks). */
long tracer_inflight_count(struct tracer *t);

void tracer_stop(struct tracer *t);

#endif

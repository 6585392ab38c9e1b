/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Command-line options (parsed with argp in src/options.c). */
#ifndef SCT_OPTIONS_H
#define SCT_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include "../include/sctrace.h"

#define MAX_PIDS 256

/* -e read=SET / -e write=SET (strace's "descriptor" sets): the fds whose
 * data is dumped (src/dumpio.h) */
struct fd_qset {
	bool negated;                  /* members: the fds not listed */
	uint64_t low[16];              /* listed fds 0..1023 */
	int *high;                     /* listed fds > 1023 (malloc'd; nhigh) */
	unsigned nhigh;
};

/* -S SORTBY (strace's sort orders; ties keep syscall-number order) */
enum sort_by { SORT_TIME = 0, SORT_CALLS, SORT_ERRORS, SORT_NAME, SORT_AVG_TIME, SORT_NOTHING };
/* --absolute-timestamps format */
enum ts_format { TS_NONE = 0, TS_TIME, TS_UNIX };

struct options {
	pid_t pids[MAX_PIDS];          /* -p */
	int npids;
	bool follow;                   /* -f */
	bool output_separately;        /* -ff, --output-separately: -o FILE.TID per task */
	bool always_show_pid;          /* --always-show-pid */
	unsigned quiet;                /* -q..., -e quiet=: QUIET_* (proc_opts.h) */
	bool signal_filter;            /* -e signal= given */
	uint64_t signal_set;           /* its signals: bit sig-1 */
	unsigned status_set;           /* -e status=: STATUS_* (0: not given, all) */
	uint64_t syscall_limit;        /* --syscall-limit: detach after so many calls (0: none) */
	char comms[SCT_MAX_COMMS][SCT_COMM_LEN]; /* --comm */
	int ncomms;
	const char *cgroups[SCT_MAX_CGROUPS];    /* --cgroup PATH, --container ID (as */
	bool cgroup_is_container[SCT_MAX_CGROUPS]; /* given) */
	int ncgroups;
	uint64_t cgroup_ids[SCT_MAX_CGROUPS];    /* ...resolved: the cgroups' ids */
	uint32_t cgroup_levels[SCT_MAX_CGROUPS]; /* and levels in the v2 hierarchy */
	struct fd_qset dump_read;      /* -e read= */
	struct fd_qset dump_write;     /* -e write= */
	const char **trace_paths;      /* -P/--trace-path, as given (malloc'd; src/pathtrace.h) */
	int ntrace_paths;
	bool tracing_fds;              /* -e trace-fds= / --trace-fds given */
	struct fd_qset trace_fds;      /* its descriptors */
	bool filter_syscalls;          /* -e trace= given */
	uint64_t syscall_mask[SCT_MAX_SYSCALLS / 64];
	const char *outfile;           /* -o */
	unsigned strsize;              /* -s */
	bool json;                     /* -j */
	int xmode;                     /* -x / -xx */
	unsigned buffer_size;          /* --buffer-size: ring bytes (power of 2) */
	unsigned align;                /* -a column (40) */
	/* analysis (counted in the kernel) */
	bool count_summary;            /* -c: summary instead of lines */
	bool count_lines;              /* -C: summary and lines */
	bool histogram;                /* --histogram: log2 latency per syscall */
	int summary_by;                /* --summary-by: enum sct_summary_by */
	int ret_filter;                /* -z / -Z: enum sct_ret_filter */
	int sortby;                    /* -S: enum sort_by (default SORT_TIME) */
	bool summary_wall;             /* -w: wall-clock time instead of CPU time */
	/* timestamps (text output; JSON always has ts and dur_ns) */
	int abs_ts;                    /* -t/-tt/-ttt: enum ts_format */
	int abs_ts_prec;               /* digits after the point: 0, 3, 6, 9 */
	bool rel_ts;                   /* -r */
	int rel_ts_prec;
	bool syscall_times;            /* -T */
	int syscall_times_prec;
	char **command;                /* COMMAND [ARGS...] (NULL-terminated) */
	/* how COMMAND is started (ignored with -p and system-wide) */
	const char *user;              /* -u USERNAME or UID:GID, as given */
	bool user_ids;                 /* -u UID:GID: no lookup, no extra groups */
	uid_t user_uid;                /* -u UID:GID (a USERNAME is looked up */
	gid_t user_gid;                /*   by launch_prepare()) */
	const char **env_ops;          /* -E VAR=VAL / -E VAR, in order (malloc'd) */
	int nenv_ops;
	bool kill_on_exit;             /* --kill-on-exit */
	bool lossy;                    /* --lossy: no freezing (src/lossless.h) */
	bool lossless;                 /* --lossless: -p's processes frozen too */
	int stack_trace;               /* -k: 1 symbols, -kk / =source: 2 with source lines */
	unsigned stack_frame_limit;    /* --stack-trace-frame-limit (0: not given) */
	int color;                     /* --color=WHEN: enum color_when (color.h) */
	const char *bad_arg;           /* set by the parser on a usage error */
};

/* Parse argv; on a usage error prints one line + hint to stderr and
 * exits 2.  Returns 0. */
int options_parse(struct options *o, int argc, char **argv);

/* Derived settings */
static inline bool opts_aggregate(const struct options *o)
{
	return o->count_summary || o->count_lines || o->histogram || o->summary_by;
}
/* Lines are printed unless only summaries were asked for */
static inline bool opts_emit_events(const struct options *o)
{
	return o->count_lines || !(o->count_summary || o->histogram || o->summary_by);
}

/* -e trace=SET into o->syscall_mask; returns 0 or -1 with *bad set to the
 * offending word (for the error message). */
int parse_trace_set(struct options *o, const char *set, const char **bad);

#endif

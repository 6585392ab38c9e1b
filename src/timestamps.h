/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * strace's timestamps on text lines: -t/-tt/-ttt (--absolute-timestamps)
 * and -r (--relative-timestamps) after the pid prefix, -T
 * (--syscall-times) at the end of the line.  Formats as strace 6.1:
 *   -t    "03:13:48 "            -tt  "03:13:48.956567 "
 *   -ttt  "1795403628.963189 "   -r   "     0.000298 "
 *   -t -r "03:13:48 (+     0.000280) "
 *   -T    " <0.000020>"          (precision s: " <0>")
 */
#ifndef SCT_TIMESTAMPS_H
#define SCT_TIMESTAMPS_H

#include <stdbool.h>
#include <stdint.h>
#include "options.h"
#include "outbuf.h"

struct ts_state {
	uint64_t last_ns;   /* CLOCK_MONOTONIC of the previous line (-r) */
	bool have_last;
};

static inline bool ts_wanted(const struct options *o) { return o->abs_ts || o->rel_ts; }

/* The prefix for a line that happened at mono_ns (CLOCK_MONOTONIC);
 * realtime_offset = CLOCK_REALTIME - CLOCK_MONOTONIC.  -r counts from the
 * previous line given to this function (0 for the first; never negative:
 * lines are printed in completion order, times are entry times). */
void ts_put_prefix(struct outbuf *ob, const struct options *o, struct ts_state *st,
		   int64_t realtime_offset, uint64_t mono_ns);

/* -T: " <SECONDS.FRACTION>" */
void ts_put_duration(struct outbuf *ob, const struct options *o, uint64_t dur_ns);

#endif

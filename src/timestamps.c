// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* strace's -t/-tt/-ttt/-r/-T formats (see timestamps.h). */
#include <stdio.h>
#include <time.h>
#include "timestamps.h"

/* ".123456" with prec digits of the nanoseconds; nothing for prec 0 */
static void put_fraction(struct outbuf *ob, uint64_t nsec, int prec)
{
	if (prec <= 0)
		return;
	char buf[16];
	for (int i = 9; i > prec; i--)
		nsec /= 10;
	buf[0] = '.';
	for (int i = prec; i > 0; i--, nsec /= 10)
		buf[i] = '0' + nsec % 10;
	ob_write(ob, buf, prec + 1);
}

void ts_put_prefix(struct outbuf *ob, const struct options *o, struct ts_state *st,
		   int64_t realtime_offset, uint64_t mono_ns)
{
	char buf[64];
	if (o->abs_ts) {
		int64_t rt = (int64_t)mono_ns + realtime_offset;
		time_t sec = rt / 1000000000;
		uint64_t nsec = rt % 1000000000;
		if (o->abs_ts == TS_UNIX) {
			ob_u64(ob, (uint64_t)sec);
		} else {
			struct tm tm;
			localtime_r(&sec, &tm);
			int n = snprintf(buf, sizeof(buf), "%02d:%02d:%02d", tm.tm_hour, tm.tm_min,
					 tm.tm_sec);
			ob_write(ob, buf, n);
		}
		put_fraction(ob, nsec, o->abs_ts_prec);
		ob_putc(ob, ' ');
	}
	if (o->rel_ts) {
		uint64_t d = 0;
		if (st->have_last && mono_ns > st->last_ns)
			d = mono_ns - st->last_ns;
		if (!st->have_last || mono_ns > st->last_ns)
			st->last_ns = mono_ns;
		st->have_last = true;
		int n = snprintf(buf, sizeof(buf), "%s%6llu", o->abs_ts ? "(+" : "",
				 (unsigned long long)(d / 1000000000));
		ob_write(ob, buf, n);
		put_fraction(ob, d % 1000000000, o->rel_ts_prec);
		ob_puts(ob, o->abs_ts ? ") " : " ");
	}
}

void ts_put_duration(struct outbuf *ob, const struct options *o, uint64_t dur_ns)
{
	ob_puts(ob, " <");
	ob_u64(ob, dur_ns / 1000000000);
	put_fraction(ob, dur_ns % 1000000000, o->syscall_times_prec);
	ob_putc(ob, '>');
}

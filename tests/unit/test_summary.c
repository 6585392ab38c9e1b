/* -c tables, histograms, timestamps and the options behind them.
 * Expected tables marked "strace" were printed by strace 6.1 -c. */
#include "unit.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "options.h"
#include "outbuf.h"
#include "summary.h"
#include "syscalls.h"
#include "timestamps.h"

static struct outbuf *membuf(void)
{
	static struct outbuf o;
	if (!o.buf)
		ob_init_mem(&o, 0);
	ob_reset(&o);
	ob_mark_line(&o);
	return &o;
}

/* strace -f -c -o FILE -- sh -c 'ls /; nproc; cat /etc/hostname /nonexistent'
 * (this VM's system time is 0 for every call: the time sort falls back to
 * syscall numbers; sched_getaffinity widens the name column) */
static const char strace_zero_table[] =
	"% time     seconds  usecs/call     calls    errors syscall\n"
	"------ ----------- ----------- --------- --------- ------------------\n"
	"  0.00    0.000000           0        14           read\n"
	"  0.00    0.000000           0         6           write\n"
	"  0.00    0.000000           0        73           close\n"
	"  0.00    0.000000           0        80           mmap\n"
	"  0.00    0.000000           0        14           mprotect\n"
	"  0.00    0.000000           0         4           munmap\n"
	"  0.00    0.000000           0        12           brk\n"
	"  0.00    0.000000           0         7           rt_sigaction\n"
	"  0.00    0.000000           0         9           rt_sigprocmask\n"
	"  0.00    0.000000           0         3           rt_sigreturn\n"
	"  0.00    0.000000           0         3         3 ioctl\n"
	"  0.00    0.000000           0         8           pread64\n"
	"  0.00    0.000000           0         5         5 access\n"
	"  0.00    0.000000           0         6           dup2\n"
	"  0.00    0.000000           0         1           getpid\n"
	"  0.00    0.000000           0         3           vfork\n"
	"  0.00    0.000000           0         4           execve\n"
	"  0.00    0.000000           0         6         3 wait4\n"
	"  0.00    0.000000           0         6           fcntl\n"
	"  0.00    0.000000           0         1           getuid\n"
	"  0.00    0.000000           0         1           getgid\n"
	"  0.00    0.000000           0         2           geteuid\n"
	"  0.00    0.000000           0         1           getegid\n"
	"  0.00    0.000000           0         1           getppid\n"
	"  0.00    0.000000           0         2         2 statfs\n"
	"  0.00    0.000000           0         4           arch_prctl\n"
	"  0.00    0.000000           0         3           futex\n"
	"  0.00    0.000000           0         1           sched_getaffinity\n"
	"  0.00    0.000000           0         2           getdents64\n"
	"  0.00    0.000000           0         4           set_tid_address\n"
	"  0.00    0.000000           0         1           fadvise64\n"
	"  0.00    0.000000           0       104        43 openat\n"
	"  0.00    0.000000           0        93        27 newfstatat\n"
	"  0.00    0.000000           0         4           set_robust_list\n"
	"  0.00    0.000000           0         4           prlimit64\n"
	"  0.00    0.000000           0         4           getrandom\n"
	"  0.00    0.000000           0         2           copy_file_range\n"
	"  0.00    0.000000           0         1           statx\n"
	"  0.00    0.000000           0         4           rseq\n"
	"------ ----------- ----------- --------- --------- ------------------\n"
	"100.00    0.000000           0       503        83 total\n";

/* The data rows of a table back into rows (times 0), in reverse order. */
static size_t rows_from_table(const char *table, struct sum_row *rows, size_t max)
{
	size_t n = 0;
	const char *p = table;
	while (*p && n < max) {
		const char *eol = strchr(p, '\n');
		char line[256];
		snprintf(line, sizeof(line), "%.*s", (int)(eol - p), p);
		p = eol + 1;
		double pct, secs;
		unsigned long long avg, calls, errors = 0;
		char name[32];
		if (sscanf(line, "%lf %lf %llu %llu %llu %31s", &pct, &secs, &avg, &calls, &errors, name) != 6) {
			errors = 0;
			if (sscanf(line, "%lf %lf %llu %llu %31s", &pct, &secs, &avg, &calls, name) != 5)
				continue;
		}
		if (!strcmp(name, "total"))
			continue;
		struct sum_row *r = &rows[max - 1 - n++];
		memset(r, 0, sizeof(*r));
		snprintf(r->name, sizeof(r->name), "%s", name);
		r->nr = syscall_by_name(name);
		r->calls = calls;
		r->errors = errors;
	}
	memmove(rows, rows + max - n, n * sizeof(*rows));
	return n;
}

TEST(summary_table_matches_strace)
{
	struct sum_row rows[64];
	size_t n = rows_from_table(strace_zero_table, rows, 64);
	CHECK_INTEQ(n, 39);
	CHECK_STREQ(rows[0].name, "rseq");  /* reversed: the sort must restore the order */
	summary_sort(rows, n, SORT_TIME);
	struct outbuf *ob = membuf();
	summary_table_text(ob, rows, n);
	CHECK_STREQ(ob_cstr(ob), strace_zero_table);
}

TEST(summary_table_times)
{
	struct sum_row rows[3] = {
		{ .nr = 9, .name = "mmap", .calls = 30, .time_ns = 374000 },
		{ .nr = 217, .name = "getdents64", .calls = 2, .time_ns = 643999 },
		{ .nr = 257, .name = "openat", .calls = 40, .errors = 19, .time_ns = 484123 },
	};
	summary_sort(rows, 3, SORT_TIME);
	struct outbuf *ob = membuf();
	summary_table_text(ob, rows, 3);
	CHECK_STREQ(ob_cstr(ob),
		"% time     seconds  usecs/call     calls    errors syscall\n"
		"------ ----------- ----------- --------- --------- ----------------\n"
		" 42.87    0.000644         321         2           getdents64\n"
		" 32.23    0.000484          12        40        19 openat\n"
		" 24.90    0.000374          12        30           mmap\n"
		"------ ----------- ----------- --------- --------- ----------------\n"
		"100.00    0.001502          20        72        19 total\n");
}

TEST(summary_table_widths_grow)
{
	/* as strace: columns widen to fit the totals and the largest average */
	struct sum_row rows[2] = {
		{ .nr = 0, .name = "read", .calls = 1234567890, .time_ns = 1000000000ULL },
		{ .nr = 1, .name = "write", .calls = 2, .errors = 2, .time_ns = 250000000000000ULL },
	};
	summary_sort(rows, 2, SORT_TIME);
	struct outbuf *ob = membuf();
	summary_table_text(ob, rows, 2);
	CHECK_STREQ(ob_cstr(ob),
		"% time       seconds   usecs/call      calls    errors syscall\n"
		"------ ------------- ------------ ---------- --------- ----------------\n"
		"100.00 250000.000000 125000000000          2         2 write\n"
		"  0.00      1.000000            0 1234567890           read\n"
		"------ ------------- ------------ ---------- --------- ----------------\n"
		"100.00 250001.000000          202 1234567892         2 total\n");
}

TEST(summary_table_empty_prints_nothing)
{
	struct sum_row rows[1] = { { .nr = 0, .name = "read" } };
	struct outbuf *ob = membuf();
	summary_table_text(ob, rows, 1);
	CHECK_STREQ(ob_cstr(ob), "");
}

static const char *sorted_names(struct sum_row *rows, size_t n, int sortby)
{
	static char buf[512];
	summary_sort(rows, n, sortby);
	buf[0] = 0;
	for (size_t i = 0; i < n; i++)
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "%s%s", i ? "," : "", rows[i].name);
	return buf;
}

TEST(summary_sort_orders)
{
	struct sum_row rows[5] = {
		{ .nr = 257, .name = "openat", .calls = 4, .errors = 1, .time_ns = 300 },
		{ .nr = 3, .name = "close", .calls = 3, .errors = 0, .time_ns = 300 },
		{ .nr = 21, .name = "access", .calls = 1, .errors = 1, .time_ns = 100 },
		{ .nr = 0, .name = "read", .calls = 4, .errors = 0, .time_ns = 50 },
		{ .nr = 59, .name = "execve", .calls = 1, .errors = 0, .time_ns = 900 },
	};
	/* ties keep syscall-number order, as strace's (stable) qsort */
	CHECK_STREQ(sorted_names(rows, 5, SORT_TIME), "execve,close,openat,access,read");
	CHECK_STREQ(sorted_names(rows, 5, SORT_CALLS), "read,openat,close,access,execve");
	CHECK_STREQ(sorted_names(rows, 5, SORT_ERRORS), "access,openat,read,close,execve");
	CHECK_STREQ(sorted_names(rows, 5, SORT_NAME), "access,close,execve,openat,read");
	CHECK_STREQ(sorted_names(rows, 5, SORT_AVG_TIME), "execve,close,access,openat,read");
	CHECK_STREQ(sorted_names(rows, 5, SORT_NOTHING), "read,close,access,execve,openat");
}

TEST(hist_bpftrace_layout)
{
	uint64_t h[SCT_HIST_BUCKETS] = { 0 };
	h[0] = 1;   /* 0 ns */
	h[2] = 3;   /* 2..3 ns */
	h[11] = 12; /* 1024..2047 ns */
	h[12] = 5;
	h[21] = 1;  /* 1M..2M */
	struct outbuf *ob = membuf();
	hist_text(ob, h, SCT_HIST_BUCKETS);
	CHECK_STREQ(ob_cstr(ob),
		"[0]                    1 |@@@@                                                |\n"
		"[1]                    0 |                                                    |\n"
		"[2, 4)                 3 |@@@@@@@@@@@@@                                       |\n"
		"[4, 8)                 0 |                                                    |\n"
		"[8, 16)                0 |                                                    |\n"
		"[16, 32)               0 |                                                    |\n"
		"[32, 64)               0 |                                                    |\n"
		"[64, 128)              0 |                                                    |\n"
		"[128, 256)             0 |                                                    |\n"
		"[256, 512)             0 |                                                    |\n"
		"[512, 1K)              0 |                                                    |\n"
		"[1K, 2K)              12 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"
		"[2K, 4K)               5 |@@@@@@@@@@@@@@@@@@@@@                               |\n"
		"[4K, 8K)               0 |                                                    |\n"
		"[8K, 16K)              0 |                                                    |\n"
		"[16K, 32K)             0 |                                                    |\n"
		"[32K, 64K)             0 |                                                    |\n"
		"[64K, 128K)            0 |                                                    |\n"
		"[128K, 256K)           0 |                                                    |\n"
		"[256K, 512K)           0 |                                                    |\n"
		"[512K, 1M)             0 |                                                    |\n"
		"[1M, 2M)               1 |@@@@                                                |\n");

	memset(h, 0, sizeof(h));
	ob = membuf();
	hist_text(ob, h, SCT_HIST_BUCKETS);
	CHECK_STREQ(ob_cstr(ob), "");

	h[34] = 7;                    /* 8G..16G ns */
	h[SCT_HIST_BUCKETS - 1] = 1;  /* the kernel's last bucket is open-ended */
	ob = membuf();
	hist_text(ob, h, SCT_HIST_BUCKETS);
	CHECK(strstr(ob_cstr(ob), "[8G, 16G)              7 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n"));
	CHECK(strstr(ob_cstr(ob), "\n[64T, ...)             1 |@@@@@@@"));
}

/* ---- timestamps ---- */

static struct options ts_opts(int abs, int abs_prec, bool rel, int rel_prec)
{
	struct options o;
	memset(&o, 0, sizeof(o));
	o.abs_ts = abs;
	o.abs_ts_prec = abs_prec;
	o.rel_ts = rel;
	o.rel_ts_prec = rel_prec;
	return o;
}

static const char *prefix(const struct options *o, struct ts_state *st, uint64_t mono)
{
	struct outbuf *ob = membuf();
	/* realtime = mono + offset: 1795403628.956567123 at mono 1000 s */
	ts_put_prefix(ob, o, st, 1795403628956567123LL - 1000000000000LL, mono);
	return ob_cstr(ob);
}

TEST(timestamps_absolute)
{
	setenv("TZ", "UTC", 1);
	tzset();
	struct ts_state st = { 0 };
	struct options o = ts_opts(TS_TIME, 0, false, 0);          /* -t */
	CHECK_STREQ(prefix(&o, &st, 1000000000000ULL), "03:13:48 ");
	o = ts_opts(TS_TIME, 6, false, 0);                         /* -tt */
	CHECK_STREQ(prefix(&o, &st, 1000000000000ULL), "03:13:48.956567 ");
	o = ts_opts(TS_UNIX, 6, false, 0);                         /* -ttt */
	CHECK_STREQ(prefix(&o, &st, 1000000000000ULL), "1795403628.956567 ");
	o = ts_opts(TS_UNIX, 3, false, 0);                         /* unix,ms */
	CHECK_STREQ(prefix(&o, &st, 1000000000000ULL), "1795403628.956 ");
	o = ts_opts(TS_TIME, 9, false, 0);                         /* time,ns */
	CHECK_STREQ(prefix(&o, &st, 1000000000000ULL), "03:13:48.956567123 ");
	o = ts_opts(TS_UNIX, 0, false, 0);                         /* unix,s */
	CHECK_STREQ(prefix(&o, &st, 1000000000000ULL), "1795403628 ");
}

TEST(timestamps_relative)
{
	setenv("TZ", "UTC", 1);
	tzset();
	struct ts_state st = { 0 };
	struct options o = ts_opts(TS_NONE, 0, true, 6);           /* -r */
	CHECK_STREQ(prefix(&o, &st, 5000000000ULL), "     0.000000 ");
	CHECK_STREQ(prefix(&o, &st, 5000298000ULL), "     0.000298 ");
	CHECK_STREQ(prefix(&o, &st, 17000298500ULL), "    12.000000 ");
	/* a line whose entry came before the previous line's: 0, not negative */
	CHECK_STREQ(prefix(&o, &st, 17000000000ULL), "     0.000000 ");
	CHECK_STREQ(prefix(&o, &st, 17000299500ULL), "     0.000001 ");
	o = ts_opts(TS_NONE, 0, true, 3);                          /* -r=ms */
	CHECK_STREQ(prefix(&o, &st, 17001299500ULL), "     0.001 ");
	o = ts_opts(TS_TIME, 0, true, 6);                          /* -t -r */
	CHECK_STREQ(prefix(&o, &st, 1000000000000ULL), "03:13:48 (+   982.998700) ");
	o = ts_opts(TS_TIME, 6, true, 6);                          /* -tt -r */
	CHECK_STREQ(prefix(&o, &st, 1000000000280ULL), "03:13:48.956567 (+     0.000000) ");
}

TEST(timestamps_syscall_times)
{
	struct options o;
	memset(&o, 0, sizeof(o));
	o.syscall_times = true;
	o.syscall_times_prec = 6;
	struct outbuf *ob = membuf();
	ts_put_duration(ob, &o, 20123);
	CHECK_STREQ(ob_cstr(ob), " <0.000020>");
	ob = membuf();
	o.syscall_times_prec = 9;
	ts_put_duration(ob, &o, 3000000001ULL);
	CHECK_STREQ(ob_cstr(ob), " <3.000000001>");
	ob = membuf();
	o.syscall_times_prec = 0;
	ts_put_duration(ob, &o, 20123);
	CHECK_STREQ(ob_cstr(ob), " <0>");
}

/* ---- options ---- */

static struct options *parse(const char *first, ...)
{
	static struct options o;
	char *argv[32];
	int argc = 0;
	argv[argc++] = "sctrace";
	va_list ap;
	va_start(ap, first);
	for (const char *a = first; a && argc < 31; a = va_arg(ap, const char *))
		argv[argc++] = (char *)a;
	va_end(ap);
	argv[argc] = NULL;
	options_parse(&o, argc, argv);
	return &o;
}

TEST(options_timestamps)
{
	struct options *o = parse("-t", "true", NULL);
	CHECK(o->abs_ts == TS_TIME && o->abs_ts_prec == 0 && !o->rel_ts && !o->syscall_times);
	o = parse("-tt", "true", NULL);
	CHECK(o->abs_ts == TS_TIME && o->abs_ts_prec == 6);
	o = parse("-t", "-t", "-t", "true", NULL);
	CHECK(o->abs_ts == TS_UNIX && o->abs_ts_prec == 6);
	o = parse("-ttt", "true", NULL);
	CHECK(o->abs_ts == TS_UNIX && o->abs_ts_prec == 6);
	o = parse("--absolute-timestamps=format:unix,precision:ns", "true", NULL);
	CHECK(o->abs_ts == TS_UNIX && o->abs_ts_prec == 9);
	o = parse("--absolute-timestamps", "true", NULL);
	CHECK(o->abs_ts == TS_TIME && o->abs_ts_prec == 0);
	o = parse("--absolute-timestamps=ms", "true", NULL);
	CHECK(o->abs_ts == TS_TIME && o->abs_ts_prec == 3);
	o = parse("-rT", "true", NULL);
	CHECK(o->rel_ts && o->rel_ts_prec == 6 && o->syscall_times && o->syscall_times_prec == 6);
	o = parse("--relative-timestamps=ns", "--syscall-times=ms", "true", NULL);
	CHECK(o->rel_ts && o->rel_ts_prec == 9 && o->syscall_times && o->syscall_times_prec == 3);
}

TEST(options_summary)
{
	struct options *o = parse("-c", "true", NULL);
	CHECK(o->count_summary && opts_aggregate(o) && !opts_emit_events(o) && o->sortby == SORT_TIME);
	o = parse("-C", "-w", "-S", "calls", "true", NULL);
	CHECK(o->count_lines && opts_emit_events(o) && o->summary_wall && o->sortby == SORT_CALLS);
	o = parse("-c", "--summary-sort-by=name", "true", NULL);
	CHECK(o->sortby == SORT_NAME);
	o = parse("-cS", "nothing", "true", NULL);
	CHECK(o->count_summary && o->sortby == SORT_NOTHING);
	o = parse("--histogram", "-e", "trace=read", "true", NULL);
	CHECK(o->histogram && !opts_emit_events(o) && opts_aggregate(o));
	o = parse("--summary-by=comm", NULL);
	CHECK(o->summary_by == SCT_BY_COMM && !opts_emit_events(o));
	o = parse("--summary-by", "pid", "-c", NULL);
	CHECK(o->summary_by == SCT_BY_PID && o->count_summary);
	o = parse("-z", "true", NULL);
	CHECK(o->ret_filter == SCT_RET_OK && opts_emit_events(o));
	o = parse("--failed-only", "true", NULL);
	CHECK(o->ret_filter == SCT_RET_FAILED);
}

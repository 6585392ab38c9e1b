// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -c / -C / --histogram / --summary-by reports (see summary.h).  The
 * numbers were added up in the kernel; this reads them once at the end.
 * The table reproduces strace 6.1's src/count.c layout: the same columns,
 * the same widths (growing with the values), the same rounding.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "summary.h"
#include "syscalls.h"
#include "tidmap.h"
#include "tracer.h"

/* strace's ts_float() */
static double ns_float(uint64_t ns)
{
	return (double)(ns / 1000000000) + (double)(ns % 1000000000) / 1e9;
}

/* strace's usecs/call: ts_div() (integer ns), then float seconds * 1e6 */
static uint64_t usecs_per_call(uint64_t time_ns, uint64_t calls)
{
	return calls ? (uint64_t)(ns_float(time_ns / calls) * 1e6) : 0;
}

static void syscall_name_of(int nr, char *buf, size_t size)
{
	if (nr >= 0 && nr < SCT_MAX_SYSCALLS && syscall_table[nr].name)
		snprintf(buf, size, "%s", syscall_table[nr].name);
	else
		snprintf(buf, size, "syscall_%#x", (unsigned)nr);  /* strace's form */
}

/* ---- sorting ---- */

static int cmp_u64_desc(uint64_t a, uint64_t b)
{
	return a < b ? 1 : a > b ? -1 : 0;
}

static int sort_key_cmp(int sortby, const struct sum_row *a, const struct sum_row *b)
{
	switch (sortby) {
	case SORT_TIME:
		return cmp_u64_desc(a->time_ns, b->time_ns);
	case SORT_CALLS:
		return cmp_u64_desc(a->calls, b->calls);
	case SORT_ERRORS:
		return cmp_u64_desc(a->errors, b->errors);
	case SORT_NAME:
		return strcmp(a->name, b->name);
	case SORT_AVG_TIME:
		return cmp_u64_desc(a->calls ? a->time_ns / a->calls : 0,
				    b->calls ? b->time_ns / b->calls : 0);
	}
	return 0;
}

static int sort_by;  /* for qsort's comparator */

static int row_cmp(const void *pa, const void *pb)
{
	const struct sum_row *a = pa, *b = pb;
	int c = sort_key_cmp(sort_by, a, b);
	if (c)
		return c;
	/* strace's qsort (glibc: a merge sort) keeps number order on ties */
	return (a->nr > b->nr) - (a->nr < b->nr);
}

void summary_sort(struct sum_row *rows, size_t n, int sortby)
{
	sort_by = sortby;
	qsort(rows, n, sizeof(*rows), row_cmp);
}

/* ---- strace -c's table ---- */

static void ob_printf(struct outbuf *ob, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ob_printf(struct outbuf *ob, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		ob_write(ob, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

static size_t max_sz(size_t a, size_t b) { return a > b ? a : b; }

static void dashes(struct outbuf *ob, const size_t *w, int ncols)
{
	for (int i = 0; i < ncols; i++) {
		if (i)
			ob_putc(ob, ' ');
		for (size_t j = 0; j < w[i]; j++)
			ob_putc(ob, '-');
	}
	ob_newline(ob);
}

void summary_table_text(struct outbuf *ob, const struct sum_row *rows, size_t n)
{
	uint64_t time_cum = 0, calls_cum = 0, errors_cum = 0, avg_max = 0;
	size_t name_max = 0;
	char tmp[64];

	for (size_t i = 0; i < n; i++) {
		if (!rows[i].calls)
			continue;
		time_cum += rows[i].time_ns;
		calls_cum += rows[i].calls;
		errors_cum += rows[i].errors;
		if (rows[i].time_ns / rows[i].calls > avg_max)
			avg_max = rows[i].time_ns / rows[i].calls;
		name_max = max_sz(name_max, strlen(rows[i].name));
	}
	if (!calls_cum)
		return;  /* strace prints nothing when nothing was counted */
	double ftime_cum = ns_float(time_cum);

	/* widths: strace's historical ones, or what the values need */
	size_t w[6] = {
		6,
		max_sz(11, snprintf(tmp, sizeof(tmp), "%.6f", ftime_cum)),
		max_sz(11, snprintf(tmp, sizeof(tmp), "%" PRIu64, (uint64_t)(ns_float(avg_max) * 1e6))),
		max_sz(9, snprintf(tmp, sizeof(tmp), "%" PRIu64, calls_cum)),
		max_sz(9, snprintf(tmp, sizeof(tmp), "%" PRIu64, errors_cum)),
		max_sz(16, name_max + 1),
	};
	int iw[6];
	for (int i = 0; i < 6; i++)
		iw[i] = (int)w[i];

	ob_mark_line(ob);
	ob_printf(ob, "%*s %*s %*s %*s %*s %s", iw[0], "% time", iw[1], "seconds", iw[2], "usecs/call",
		  iw[3], "calls", iw[4], "errors", "syscall");
	ob_newline(ob);
	dashes(ob, w, 6);
	for (size_t i = 0; i < n; i++) {
		const struct sum_row *r = &rows[i];
		if (!r->calls)
			continue;
		double ftime = ns_float(r->time_ns);
		double percent = 100.0 * ftime;
		if (percent != 0.0)
			percent /= ftime_cum;
		ob_printf(ob, "%*.2f %*.6f %*" PRIu64 " %*" PRIu64 " %*.0" PRIu64 " %s", iw[0], percent,
			  iw[1], ftime, iw[2], usecs_per_call(r->time_ns, r->calls), iw[3], r->calls,
			  iw[4], r->errors, r->name);
		ob_newline(ob);
	}
	dashes(ob, w, 6);
	ob_printf(ob, "%*.2f %*.6f %*" PRIu64 " %*" PRIu64 " %*.0" PRIu64 " %s", iw[0], 100.0,
		  iw[1], ftime_cum, iw[2], (uint64_t)(ftime_cum / calls_cum * 1e6), iw[3], calls_cum,
		  iw[4], errors_cum, "total");
	ob_newline(ob);
}

/* ---- bpftrace's hist() ---- */

/* bpftrace's hist_index_label(): 1, 2, 4 ... 512, 1K ... 512K, 1M ... */
static void hist_label(char *buf, size_t size, int power)
{
	static const char suffix[] = " KMGTPE";
	int s = power / 10;
	if (s > 6)
		s = 6;
	power -= s * 10;
	if (s)
		snprintf(buf, size, "%llu%c", 1ULL << power, suffix[s]);
	else
		snprintf(buf, size, "%llu", 1ULL << power);
}

#define HIST_BAR_WIDTH 52

void hist_text(struct outbuf *ob, const uint64_t *hist, int nbuckets)
{
	int lo = -1, hi = -1;
	uint64_t max = 0;
	for (int b = 0; b < nbuckets; b++) {
		if (hist[b]) {
			if (lo < 0)
				lo = b;
			hi = b;
		}
		if (hist[b] > max)
			max = hist[b];
	}
	if (lo < 0)
		return;
	for (int b = lo; b <= hi; b++) {
		char label[64], from[24], to[24];
		if (b == 0) {
			snprintf(label, sizeof(label), "[0]");
		} else if (b == 1) {
			snprintf(label, sizeof(label), "[1]");
		} else {
			hist_label(from, sizeof(from), b - 1);
			if (b == nbuckets - 1)  /* the kernel's last bucket has no end */
				snprintf(to, sizeof(to), "...");
			else
				hist_label(to, sizeof(to), b);
			snprintf(label, sizeof(label), "[%s, %s)", from, to);
		}
		int bar = (int)(hist[b] / (float)max * HIST_BAR_WIDTH);
		char bars[HIST_BAR_WIDTH + 1];
		memset(bars, '@', bar);
		bars[bar] = 0;
		ob_mark_line(ob);
		ob_printf(ob, "%-16s%8" PRIu64 " |%-*s|", label, hist[b], HIST_BAR_WIDTH, bars);
		ob_newline(ob);
	}
}

/* ---- comms of exited processes (--summary-by=pid headings) ---- */

static struct tidmap exit_comms;

void summary_note_exit(const struct options *o, const struct sct_proc_exit *x)
{
	if (o->summary_by != SCT_BY_PID)
		return;
	/* the leader's comm names the process; another thread's only if
	 * nothing better is known */
	if (x->tid != x->pid && tidmap_get(&exit_comms, x->pid))
		return;
	char *c = strndup(x->comm, SCT_COMM_LEN);
	if (!c)
		return;
	free(tidmap_put(&exit_comms, x->pid, c));
}

/* comm of pid: from its exit record, else /proc while it lives; NULL */
static const char *comm_of(uint32_t pid, char *buf, size_t size)
{
	const char *c = tidmap_get(&exit_comms, pid);
	if (c)
		return c;
	char path[64];
	snprintf(path, sizeof(path), "/proc/%u/comm", pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return NULL;
	bool ok = fgets(buf, size, f) != NULL;
	fclose(f);
	if (!ok)
		return NULL;
	buf[strcspn(buf, "\n")] = 0;
	return buf;
}

/* ---- JSON records ---- */

static void json_row_fields(struct json_writer *jw, const struct sum_row *r)
{
	jw_key(jw, "calls");
	jw_uint(jw, r->calls);
	jw_key(jw, "errors");
	jw_uint(jw, r->errors);
	jw_key(jw, "cpu_ns");
	jw_uint(jw, r->cpu_ns);
	jw_key(jw, "wall_ns");
	jw_uint(jw, r->wall_ns);
}

static void json_raw_fmt(struct json_writer *jw, const char *fmt, double v)
{
	char buf[64];
	int n = snprintf(buf, sizeof(buf), fmt, v);
	jw_raw(jw, buf, n);
}

/* {"type":"summary",[group,]"clock":...,"syscalls":[...],"total":{...}} */
static void summary_json(struct output *out, const struct options *o, const struct sum_row *rows,
			 size_t n, const char *group_key, uint32_t pid, const char *comm)
{
	struct json_writer *jw = &out->jw;
	struct sum_row total = { .nr = -1 };
	for (size_t i = 0; i < n; i++) {
		total.calls += rows[i].calls;
		total.errors += rows[i].errors;
		total.time_ns += rows[i].time_ns;
		total.cpu_ns += rows[i].cpu_ns;
		total.wall_ns += rows[i].wall_ns;
	}
	double ftotal = ns_float(total.time_ns);

	ob_mark_line(&out->ob);
	jw_begin_object(jw);
	jw_key(jw, "type");
	jw_cstr(jw, "summary");
	if (group_key && !strcmp(group_key, "pid")) {
		jw_key(jw, "pid");
		jw_uint(jw, pid);
		jw_key(jw, "comm");
		jw_cstr(jw, comm);
	} else if (group_key) {
		jw_key(jw, "comm");
		jw_string(jw, comm, strnlen(comm, SCT_COMM_LEN));
	}
	jw_key(jw, "clock");
	jw_cstr(jw, o->summary_wall ? "wall" : "cpu");
	jw_key(jw, "syscalls");
	jw_begin_array(jw);
	for (size_t i = 0; i < n; i++) {
		const struct sum_row *r = &rows[i];
		if (!r->calls)
			continue;
		jw_begin_object(jw);
		jw_key(jw, "syscall");
		jw_cstr(jw, r->name);
		jw_key(jw, "nr");
		jw_int(jw, r->nr);
		json_row_fields(jw, r);
		double pct = 100.0 * ns_float(r->time_ns);
		if (pct != 0.0)
			pct /= ftotal;
		jw_key(jw, "percent");
		json_raw_fmt(jw, "%.2f", pct);
		jw_key(jw, "usecs_per_call");
		jw_uint(jw, usecs_per_call(r->time_ns, r->calls));
		jw_end_object(jw);
	}
	jw_end_array(jw);
	jw_key(jw, "total");
	jw_begin_object(jw);
	json_row_fields(jw, &total);
	jw_key(jw, "usecs_per_call");
	jw_uint(jw, total.calls ? (uint64_t)(ftotal / total.calls * 1e6) : 0);
	jw_end_object(jw);
	jw_end_object(jw);
	ob_newline(&out->ob);
}

/* {"type":"histogram","syscall":"read","nr":0,"calls":3,"unit":"ns",
 *  "buckets":[{"from":256,"to":512,"count":2},...]} */
static void hist_json(struct output *out, const struct sum_row *r)
{
	struct json_writer *jw = &out->jw;
	int lo = -1, hi = -1;
	for (int b = 0; b < SCT_HIST_BUCKETS; b++)
		if (r->hist[b]) {
			if (lo < 0)
				lo = b;
			hi = b;
		}
	ob_mark_line(&out->ob);
	jw_begin_object(jw);
	jw_key(jw, "type");
	jw_cstr(jw, "histogram");
	jw_key(jw, "syscall");
	jw_cstr(jw, r->name);
	jw_key(jw, "nr");
	jw_int(jw, r->nr);
	jw_key(jw, "calls");
	jw_uint(jw, r->calls);
	jw_key(jw, "unit");
	jw_cstr(jw, "ns");
	jw_key(jw, "buckets");
	jw_begin_array(jw);
	for (int b = lo; lo >= 0 && b <= hi; b++) {
		jw_begin_object(jw);
		jw_key(jw, "from");
		jw_uint(jw, b ? 1ULL << (b - 1) : 0);
		jw_key(jw, "to");
		if (b == SCT_HIST_BUCKETS - 1)
			jw_null(jw);
		else
			jw_uint(jw, 1ULL << b);
		jw_key(jw, "count");
		jw_uint(jw, r->hist[b]);
		jw_end_object(jw);
	}
	jw_end_array(jw);
	jw_end_object(jw);
	ob_newline(&out->ob);
}

/* ---- the reports ---- */

static void fill_row(struct sum_row *r, const struct options *o, int nr, const struct sct_stat *s)
{
	r->nr = nr;
	syscall_name_of(nr, r->name, sizeof(r->name));
	r->calls = s->calls;
	r->errors = s->errors;
	r->cpu_ns = s->cpu_ns;
	r->wall_ns = s->wall_ns;
	r->time_ns = o->summary_wall ? s->wall_ns : s->cpu_ns;
}

struct group_entry {
	struct sct_group_key key;
	struct sct_stat s;
};

struct groups {
	struct group_entry *v;
	size_t n, cap;
	int err;
};

static void collect_group(void *arg, const struct sct_group_key *k, const struct sct_stat *s)
{
	struct groups *g = arg;
	if (g->n == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 256;
		struct group_entry *v = realloc(g->v, cap * sizeof(*v));
		if (!v) {
			g->err = ENOMEM;
			return;
		}
		g->v = v;
		g->cap = cap;
	}
	g->v[g->n].key = *k;
	g->v[g->n].s = *s;
	g->n++;
}

static int group_key_cmp(const struct sct_group_key *a, const struct sct_group_key *b)
{
	if (a->pid != b->pid)
		return a->pid < b->pid ? -1 : 1;
	return strncmp(a->comm, b->comm, SCT_COMM_LEN);
}

static int group_entry_cmp(const void *pa, const void *pb)
{
	const struct group_entry *a = pa, *b = pb;
	int c = group_key_cmp(&a->key, &b->key);
	return c ? c : (a->key.nr > b->key.nr) - (a->key.nr < b->key.nr);
}

/* One group's rows, and its total for ordering the groups */
struct group {
	struct sct_group_key key;
	struct sum_row *rows;
	size_t n;
	struct sum_row total;
};

static int group_cmp(const void *pa, const void *pb)
{
	const struct group *a = pa, *b = pb;
	int c = sort_by == SORT_NAME || sort_by == SORT_NOTHING ? 0 :
		sort_key_cmp(sort_by, &a->total, &b->total);
	return c ? c : group_key_cmp(&a->key, &b->key);
}

static void blank_between(struct output *out, bool *first)
{
	if (!*first && !out->opts->json) {
		ob_mark_line(&out->ob);
		ob_newline(&out->ob);
	}
	*first = false;
}

static int report_groups(struct output *out, struct tracer *t, const struct options *o, bool *first)
{
	struct groups g = { 0 };
	if (tracer_for_each_group(t, collect_group, &g) || g.err) {
		fprintf(stderr, "sctrace: reading the --summary-by counts failed: %s\n",
			strerror(g.err ? g.err : errno));
		free(g.v);
		return -1;
	}
	qsort(g.v, g.n, sizeof(*g.v), group_entry_cmp);
	struct sum_row *rows = calloc(g.n ? g.n : 1, sizeof(*rows));
	struct group *groups = calloc(g.n ? g.n : 1, sizeof(*groups));
	if (!rows || !groups) {
		fprintf(stderr, "sctrace: out of memory\n");
		free(rows);
		free(groups);
		free(g.v);
		return -1;
	}
	size_t ng = 0;
	for (size_t i = 0; i < g.n; i++) {
		if (!ng || group_key_cmp(&groups[ng - 1].key, &g.v[i].key)) {
			groups[ng].key = g.v[i].key;
			groups[ng].rows = &rows[i];
			ng++;
		}
		struct group *gr = &groups[ng - 1];
		fill_row(&rows[i], o, g.v[i].key.nr, &g.v[i].s);
		gr->n++;
		gr->total.calls += rows[i].calls;
		gr->total.errors += rows[i].errors;
		gr->total.time_ns += rows[i].time_ns;
	}
	sort_by = o->sortby;
	qsort(groups, ng, sizeof(*groups), group_cmp);

	for (size_t i = 0; i < ng; i++) {
		struct group *gr = &groups[i];
		char cbuf[SCT_COMM_LEN + 8], comm[SCT_COMM_LEN + 1];
		const char *c;
		if (o->summary_by == SCT_BY_PID) {
			c = comm_of(gr->key.pid, cbuf, sizeof(cbuf));
		} else {
			memcpy(comm, gr->key.comm, SCT_COMM_LEN);
			comm[SCT_COMM_LEN] = 0;
			c = comm;
		}
		summary_sort(gr->rows, gr->n, o->sortby);
		if (o->json) {
			summary_json(out, o, gr->rows, gr->n, o->summary_by == SCT_BY_PID ? "pid" : "comm",
				     gr->key.pid, c);
			continue;
		}
		if (!gr->total.calls)
			continue;
		blank_between(out, first);
		ob_mark_line(&out->ob);
		if (o->summary_by == SCT_BY_PID) {
			ob_puts(&out->ob, "pid ");
			ob_u64(&out->ob, gr->key.pid);
			if (c) {
				ob_puts(&out->ob, " (");
				ob_puts(&out->ob, c);
				ob_putc(&out->ob, ')');
			}
		} else {
			ob_puts(&out->ob, "comm ");
			ob_puts(&out->ob, c);
		}
		ob_newline(&out->ob);
		summary_table_text(&out->ob, gr->rows, gr->n);
	}
	free(groups);
	free(rows);
	free(g.v);
	return 0;
}

int summary_report(struct output *out, struct tracer *t, const struct options *o)
{
	bool first = true;
	int rc = 0;

	if (o->count_summary || o->count_lines || o->histogram) {
		struct sct_stat_hist *stats = calloc(SCT_MAX_SYSCALLS, sizeof(*stats));
		struct sum_row *rows = calloc(SCT_MAX_SYSCALLS, sizeof(*rows));
		if (!stats || !rows) {
			fprintf(stderr, "sctrace: out of memory\n");
			free(stats);
			free(rows);
			return -1;
		}
		if (tracer_read_stats(t, stats)) {
			fprintf(stderr, "sctrace: reading the syscall counts failed: %s\n", strerror(errno));
			free(stats);
			free(rows);
			return -1;
		}
		size_t n = 0;
		for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++) {
			if (!stats[nr].s.calls)
				continue;
			fill_row(&rows[n], o, nr, &stats[nr].s);
			rows[n].hist = (const uint64_t *)stats[nr].hist;
			n++;
		}
		summary_sort(rows, n, o->sortby);
		if (o->count_summary || o->count_lines) {
			if (o->json) {
				summary_json(out, o, rows, n, NULL, 0, NULL);
			} else if (n) {
				blank_between(out, &first);
				summary_table_text(&out->ob, rows, n);
			}
		}
		if (o->histogram) {
			for (size_t i = 0; i < n; i++) {
				if (o->json) {
					hist_json(out, &rows[i]);
					continue;
				}
				blank_between(out, &first);
				ob_mark_line(&out->ob);
				ob_printf(&out->ob, "%s: %" PRIu64 " call%s, wall time in ns", rows[i].name,
					  rows[i].calls, rows[i].calls == 1 ? "" : "s");
				ob_newline(&out->ob);
				hist_text(&out->ob, rows[i].hist, SCT_HIST_BUCKETS);
			}
		}
		free(stats);
		free(rows);
	}
	if (o->summary_by)
		rc = report_groups(out, t, o, &first);
	return rc;
}

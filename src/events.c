// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Ring-buffer records -> output (see events.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "taskident.h"
#include "events.h"
#include "pathtrace.h"
#include "proc_opts.h"
#include "stacktrace.h"
#include "summary.h"

enum shown {
	SHOWN_NOT = 0,
	SHOWN_OPEN,        /* text: "read(0, " printed, the line left open */
	SHOWN_UNFINISHED,  /* "<unfinished ...>" printed; the exit is "resumed" */
	SHOWN_FILTERED,    /* -P/trace-fds: the entry did not match; never shown
	                    * at entry, its exit decides (entry and exit blobs) */
};

struct pending {
	size_t cap;             /* bytes allocated for rec and its blobs */
	uint64_t arrived_ms;
	uint64_t seq;
	enum shown shown;
	size_t size;
	struct sct_syscall rec; /* followed by its blobs */
};

#define TASK_PRESENT ((void *)1)

/* Most entry records are small: a block this size holds them, and is
 * kept for reuse when freed (up to 16 of them). */
#define PENDING_MIN_CAP 512

static struct pending *pending_alloc(struct events *ev, size_t size)
{
	if (ev->nspare && ev->spare[ev->nspare - 1]->cap >= size)
		return ev->spare[--ev->nspare];
	size_t cap = size > PENDING_MIN_CAP ? size : PENDING_MIN_CAP;
	struct pending *p = malloc(offsetof(struct pending, rec) + cap);
	if (!p) {
		fprintf(stderr, "sctrace: out of memory\n");
		exit(1);
	}
	p->cap = cap;
	return p;
}

/* Free p (NULL: nothing), or keep it for pending_alloc() */
static void pending_free(struct events *ev, struct pending *p)
{
	if (!p)
		return;
	if (p->cap == PENDING_MIN_CAP && ev->nspare < sizeof(ev->spare) / sizeof(ev->spare[0]))
		ev->spare[ev->nspare++] = p;
	else
		free(p);
}

void events_init(struct events *ev, struct output *out, const struct options *opts)
{
	memset(ev, 0, sizeof(*ev));
	ev->out = out;
	ev->opts = opts;
	ev->track_tasks = out->prefix == PFX_AUTO_BRACKET || out->prefix == PFX_AUTO_PLAIN;
	/* strace prints a line only once a call ends when the line may not
	 * be printed at all (-e status=) or each task has its own file (-ff) */
	ev->whole_lines = (opts->status_set && opts->status_set != STATUS_ALL) ||
			  opts->output_separately;
}

/* The output, switched to tid's file under -ff. */
static struct output *out_for(struct events *ev, uint32_t tid)
{
	if (ev->opts->output_separately)
		output_select(ev->out, tid);
	return ev->out;
}

static void free_all(struct tidmap *m, bool owned)
{
	if (owned)
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].val)
				free(m->slots[i].val);
	tidmap_free(m);
}

void events_free(struct events *ev)
{
	free_all(&ev->pending, true);
	free_all(&ev->tasks, false);
	free_all(&ev->procs, false);
	free_all(&ev->leader_exits, true);
	free_all(&ev->restart, false);
	while (ev->nspare)
		free(ev->spare[--ev->nspare]);
}

static void update_ntasks(struct events *ev)
{
	ev->out->ntasks = ev->tasks.count;
}

void events_add_task(struct events *ev, uint32_t tid)
{
	if (!ev->track_tasks)
		return;
	tidmap_put(&ev->tasks, tid, TASK_PRESENT);
	update_ntasks(ev);
}

static void drop_task(struct events *ev, uint32_t tid)
{
	if (!ev->track_tasks)
		return;
	tidmap_del(&ev->tasks, tid);
	update_ntasks(ev);
}

void events_add_proc(struct events *ev, uint32_t pid)
{
	tidmap_put(&ev->procs, pid, TASK_PRESENT);
}

void events_del_proc(struct events *ev, uint32_t pid)
{
	tidmap_del(&ev->procs, pid);
}

#define NR_RESTART_SYSCALL 219
#define ERESTART_RESTARTBLOCK 516

static void print_call(struct events *ev, const struct sct_syscall *rec,
		       const struct sct_syscall *entry, enum line_part part)
{
	struct call c;
	call_init(&c, rec, entry, ev->opts->strsize);
	/* restart_syscall continues the call that a stop or a handler
	 * interrupted with ERESTART_RESTARTBLOCK: strace names it */
	if (rec->nr == NR_RESTART_SYSCALL && !(rec->flags & SCT_SF_COMPAT)) {
		uintptr_t v = (uintptr_t)tidmap_get(&ev->restart, rec->tid);
		c.resuming_nr = v ? (int)v - 1 : -2;
	}
	/* -k: the stack taken at the call's entry, printed with its end */
	if (part != LINE_ENTRY && stacktrace_on())
		c.stack = stacktrace_take(rec->pid, rec->tid, rec->ts);
	out_for(ev, rec->tid)->ops->syscall(ev->out, &c, part);
}

/* Remember which call a thread's restart_syscall will resume. */
static void note_restart(struct events *ev, const struct sct_syscall *r)
{
	if (r->ret == -ERESTART_RESTARTBLOCK && !(r->flags & (SCT_SF_NORET | SCT_SF_COMPAT)) &&
	    r->nr != NR_RESTART_SYSCALL)
		tidmap_put(&ev->restart, r->tid, (void *)(uintptr_t)(r->nr + 1));
	else if (r->nr == NR_RESTART_SYSCALL && r->ret != -ERESTART_RESTARTBLOCK)
		tidmap_del(&ev->restart, r->tid);
}

static bool is_text(const struct events *ev)
{
	return ev->out->ops->close_entry != NULL;
}

/* Text: end the open line, unless it is tid's (whose exit completes it). */
static void close_open(struct events *ev, uint32_t tid, bool keep_own)
{
	struct pending *p = ev->open;
	if (!p || (keep_own && p->rec.tid == tid))
		return;
	ev->out->ops->close_entry(ev->out);
	p->shown = SHOWN_UNFINISHED;
	ev->open = NULL;
}

static void show_entry(struct events *ev, struct pending *p)
{
	if (is_text(ev))
		close_open(ev, 0, false);
	print_call(ev, &p->rec, NULL, LINE_ENTRY);
	ev->unshown--;
	if (is_text(ev)) {
		p->shown = SHOWN_OPEN;
		ev->open = p;
	} else {
		p->shown = SHOWN_UNFINISHED;
	}
}

/*
 * The unshown entry that came first (other than `skip`), or NULL.
 * Entries whose memory could not be read at entry are left out unless
 * they have been blocking for long (`timed`): their exit (or, for execve,
 * the exec-time re-read) brings the strings, and printing them now would
 * print addresses instead.
 */
static struct pending *oldest_unshown(struct events *ev, const struct pending *skip,
				      uint64_t older_than_ms, bool timed)
{
	struct pending *best = NULL;
	for (size_t i = 0; i < ev->pending.cap; i++) {
		struct pending *p = ev->pending.slots[i].val;
		if (p && p != skip && p->shown == SHOWN_NOT && p->arrived_ms <= older_than_ms &&
		    (timed || !(p->rec.flags & SCT_SF_FAULT)) && (!best || p->seq < best->seq))
			best = p;
	}
	return best;
}

/*
 * Text: before a line of tid, what strace would have printed already: the
 * entries of other tasks' calls still running (each left open, so the next
 * one ends it with "<unfinished ...>"), then the open line ended unless it
 * is tid's own call, which this line completes.
 */
static void interleave(struct events *ev, uint32_t tid, bool completes_own)
{
	if (!is_text(ev) || ev->whole_lines)
		return;
	if (ev->unshown) {
		struct pending *own = tidmap_get(&ev->pending, tid);
		if (ev->unshown > (own && own->shown == SHOWN_NOT ? 1u : 0u)) {
			struct pending *p;
			while ((p = oldest_unshown(ev, own, UINT64_MAX, false)))
				show_entry(ev, p);
		}
	}
	close_open(ev, tid, completes_own);
}

static struct pending *take_pending(struct events *ev, uint32_t tid)
{
	struct pending *p = tidmap_del(&ev->pending, tid);
	if (p && p->shown == SHOWN_NOT)
		ev->unshown--;
	if (p && ev->open == p)
		ev->open = NULL;
	return p;
}

static void on_enter(struct events *ev, const struct sct_syscall *r, size_t size)
{
	struct pending *p = pending_alloc(ev, size);
	/* when the call began (the record's CLOCK_MONOTONIC ns), not when
	 * it was read: a busy consumer must not make calls look long */
	p->arrived_ms = r->ts / 1000000;
	p->seq = ev->seq++;
	p->shown = SHOWN_NOT;
	p->size = size;
	memcpy(&p->rec, r, size);
	/* An older entry of the same tid: one whose exit never came, or the
	 * same execve, its strings read again at exec time (replace it, but
	 * do not show it twice) */
	bool was_open = ev->open && ev->open->rec.tid == r->tid;
	struct pending *old = take_pending(ev, r->tid);
	if (old && old->rec.nr == r->nr && old->shown != SHOWN_NOT && old->shown != SHOWN_FILTERED) {
		p->shown = old->shown;
		p->arrived_ms = old->arrived_ms;
		p->seq = old->seq;
		if (was_open)
			ev->open = p;
	} else if (was_open) {
		ev->out->ops->close_entry(ev->out);
	}
	pending_free(ev, old);
	/* -P/trace-fds: an entry that does not match is never shown */
	if (p->shown == SHOWN_NOT && pathtrace_active()) {
		struct call c;
		call_init(&c, &p->rec, NULL, ev->opts->strsize);
		if (!pathtrace_match(&c))
			p->shown = SHOWN_FILTERED;
	}
	tidmap_put(&ev->pending, r->tid, p);
	if (p->shown == SHOWN_NOT)
		ev->unshown++;
}

/* -P/trace-fds: does the call of exit record r (with its entry record,
 * if one came) match?  An entry shown already did. */
static bool call_matches(struct events *ev, const struct sct_syscall *r)
{
	struct pending *p = tidmap_get(&ev->pending, r->tid);
	if (p && p->rec.nr != r->nr)
		p = NULL;
	if (p && p->shown != SHOWN_NOT && p->shown != SHOWN_FILTERED)
		return true;
	struct call c;
	call_init(&c, r, p ? &p->rec : NULL, ev->opts->strsize);
	return pathtrace_match(&c);
}

static void on_syscall(struct events *ev, const struct sct_syscall *r)
{
	/* filtered before anything is printed for it (no other line is
	 * ended or shown because of a call that is not printed) */
	if (pathtrace_active() && !call_matches(ev, r)) {
		pending_free(ev, take_pending(ev, r->tid));
		note_restart(ev, r);
		return;
	}
	interleave(ev, r->tid, true);
	bool open = ev->open && ev->open->rec.tid == r->tid;
	struct pending *p = take_pending(ev, r->tid);
	if (p && p->rec.nr != r->nr) {
		if (open)  /* cannot happen: one call at a time per thread */
			ev->out->ops->close_entry(ev->out);
		pending_free(ev, p);
		p = NULL;
		open = false;
	}
	enum line_part part = LINE_FULL;
	if (open)
		part = LINE_CONTINUE;
	else if (p && p->shown == SHOWN_UNFINISHED)
		part = LINE_RESUMED;
	/* a call that began before tracing (SCT_SF_ATTACHED) prints whole, as
	 * strace 7.2 prints it after an attach (its arguments are in the
	 * registers at exit; ptrace's attach restarts the call) */
	unsigned status = (r->flags & SCT_SF_NORET) ? STATUS_UNFINISHED :
			  ret_is_error(r->ret) ? STATUS_FAILED : STATUS_SUCCESSFUL;
	if (!ev->opts->status_set || (ev->opts->status_set & status)) {
		print_call(ev, r, p ? &p->rec : NULL, part);
		if (ev->opts->syscall_limit && ++ev->ncalls >= ev->opts->syscall_limit)
			ev->limit_reached = true;
	}
	note_restart(ev, r);
	pending_free(ev, p);
}

static void print_exit(struct events *ev, const struct sct_proc_exit *x)
{
	/* -c alone: the table only, as strace */
	if (opts_emit_events(ev->opts) && !(ev->opts->quiet & QUIET_EXIT))
		out_for(ev, x->tid)->ops->proc_exit(ev->out, x);
}

/*
 * A thread ended.  A leader that ends while other threads go on stays a
 * zombie until the last one ends (or until another thread's execve takes
 * its pid): strace reports it then, so its line waits.
 */
static void on_proc_exit(struct events *ev, const struct sct_proc_exit *x)
{
	interleave(ev, x->tid, false);
	pending_free(ev, take_pending(ev, x->tid));
	tidmap_del(&ev->restart, x->tid);
	summary_note_exit(ev->opts, x);
	if (stacktrace_on())
		stacktrace_exit(x->pid, x->tid, x->flags & SCT_XF_GROUP_DEAD);
	if (x->tid == x->pid && !(x->flags & SCT_XF_GROUP_DEAD)) {
		struct sct_proc_exit *keep = malloc(sizeof(*keep));
		if (keep) {
			*keep = *x;
			free(tidmap_put(&ev->leader_exits, x->pid, keep));
		}
	} else if (x->tid != x->pid && (x->flags & SCT_XF_GROUP_DEAD)) {
		struct sct_proc_exit *leader = tidmap_del(&ev->leader_exits, x->pid);
		if (leader) {
			/* this thread's own line, then the process's, last */
			struct sct_proc_exit mine = *x;
			mine.flags &= ~SCT_XF_GROUP_DEAD;
			print_exit(ev, &mine);
			/* the thread is gone (the terminal prefix counts it no more) */
			drop_task(ev, x->tid);
			leader->status = x->status;
			leader->flags |= SCT_XF_GROUP_DEAD;
			leader->ts = x->ts;
			interleave(ev, leader->tid, false);
			print_exit(ev, leader);
			drop_task(ev, leader->tid);
			free(leader);
		} else {
			print_exit(ev, x);
		}
	} else {
		print_exit(ev, x);
	}
	/* a leader waiting for its line still counts (strace's zombie tcb) */
	if (!tidmap_get(&ev->leader_exits, x->tid)) {
		drop_task(ev, x->tid);
		taskident_forget(x->pid, x->tid, x->flags & SCT_XF_GROUP_DEAD);
	}
	if (x->flags & SCT_XF_GROUP_DEAD)
		tidmap_del(&ev->procs, x->pid);
}

static void on_signal(struct events *ev, const struct sct_signal *sg)
{
	if (ev->opts->signal_filter &&
	    (sg->sig < 1 || sg->sig > 64 || !(ev->opts->signal_set & (1ULL << (sg->sig - 1)))))
		return;
	interleave(ev, sg->tid, false);
	out_for(ev, sg->tid)->ops->signal(ev->out, sg);
}

static void on_fork(struct events *ev, const struct sct_fork *f)
{
	/* system-wide, sent for -k only: a new process's mappings */
	if (!ev->opts->command && !ev->opts->npids) {
		if (stacktrace_on())
			stacktrace_fork(f->pid, f->child_pid);
		return;
	}
	/* strace -f says so on stderr when that is where the trace goes
	 * (written after the trace so far, as strace's unbuffered message) */
	if (ev->opts->follow && !ev->opts->outfile && !ev->opts->json &&
	    !(ev->opts->quiet & QUIET_ATTACH) && opts_emit_events(ev->opts)) {
		output_flush(ev->out);
		fprintf(stderr, "sctrace: Process %u attached\n", f->child_tid);
	}
	if (ev->out->ops->attach && ev->opts->follow && !(ev->opts->quiet & QUIET_ATTACH) &&
	    opts_emit_events(ev->opts))
		ev->out->ops->attach(ev->out, f->child_pid, f->child_tid, true);
	events_add_task(ev, f->child_tid);
	if (f->child_pid != f->pid)
		events_add_proc(ev, f->child_pid);
	if (stacktrace_on())  /* a child process has its parent's mappings */
		stacktrace_fork(f->pid, f->child_pid);
}

static void on_exec(struct events *ev, const struct sct_exec *x)
{
	/* the old leader's end: strace's "+++ superseded by execve in pid T +++" */
	struct sct_proc_exit *leader = tidmap_del(&ev->leader_exits, x->pid);
	if (leader) {
		leader->ts = x->ts;  /* said now, at the exec */
		interleave(ev, x->pid, false);
		if (opts_emit_events(ev->opts) && !(ev->opts->quiet & QUIET_THREAD_EXECVE))
			out_for(ev, leader->tid)->ops->superseded(ev->out, leader, x->old_tid);
		free(leader);
		/* the pid lives on: the exec'ing thread took it */
	}
	/* the exec'ing thread now has the leader's tid */
	struct pending *p = tidmap_del(&ev->pending, x->old_tid);
	if (p) {
		p->rec.tid = x->pid;
		struct pending *gone = take_pending(ev, x->pid);
		if (gone && gone->shown == SHOWN_OPEN && is_text(ev))
			ev->out->ops->close_entry(ev->out);
		pending_free(ev, gone);
		tidmap_put(&ev->pending, x->pid, p);
	}
	drop_task(ev, x->old_tid);
}

/* The fixed part each record type must have */
static const size_t min_size[] = {
	[SCT_REC_SYSCALL] = sizeof(struct sct_syscall),
	[SCT_REC_ENTER] = sizeof(struct sct_syscall),
	[SCT_REC_PROC_EXIT] = sizeof(struct sct_proc_exit),
	[SCT_REC_EXEC] = sizeof(struct sct_exec),
	[SCT_REC_FORK] = sizeof(struct sct_fork),
	[SCT_REC_SIGNAL] = sizeof(struct sct_signal),
	[SCT_REC_IDENT] = sizeof(struct sct_ident),
	[SCT_REC_STACK] = sizeof(struct sct_stack),
	[SCT_REC_MAP] = sizeof(struct sct_syscall),
};

int events_on_record(void *ctx, void *data, size_t size)
{
	struct events *ev = ctx;
	const struct sct_hdr *h = data;

	ev->nrecords++;
	if (ev->limit_reached)  /* --syscall-limit: detaching, nothing more */
		return 0;
	/* Our BPF side never sends a malformed record; still, never trust the
	 * header's own size beyond what the ring handed over. */
	if (size < sizeof(*h) || h->size > size || h->type >= sizeof(min_size) / sizeof(min_size[0]) ||
	    !min_size[h->type] || h->size < min_size[h->type])
		return 0;
	switch (h->type) {
	case SCT_REC_SYSCALL:
	case SCT_REC_ENTER: {
		const struct sct_syscall *r = data;
		if (ev->track_tasks && !tidmap_get(&ev->tasks, r->tid))
			events_add_task(ev, r->tid);
		if (h->type == SCT_REC_ENTER)
			on_enter(ev, r, h->size);
		else
			on_syscall(ev, r);
		break;
	}
	case SCT_REC_PROC_EXIT:
		on_proc_exit(ev, data);
		break;
	case SCT_REC_FORK:
		on_fork(ev, data);
		break;
	case SCT_REC_EXEC:
		on_exec(ev, data);
		break;
	case SCT_REC_SIGNAL:
		if (ev->track_tasks && !tidmap_get(&ev->tasks, ((const struct sct_signal *)data)->tid))
			events_add_task(ev, ((const struct sct_signal *)data)->tid);
		on_signal(ev, data);
		break;
	case SCT_REC_STACK:
		if (stacktrace_on())
			stacktrace_stack(data, h->size);
		break;
	case SCT_REC_MAP:
		if (stacktrace_on())
			stacktrace_map(data, h->size);
		break;
	case SCT_REC_IDENT: {
		const struct sct_ident *id = data;
		taskident_set(id->pid, id->tid, id->cgroup_id, id->ns_pid, id->ns_tid);
		break;
	}
	}
	return 0;
}

void events_tick(struct events *ev, uint64_t now_ms)
{
	ev->now_ms = now_ms;
	if (!ev->unshown || now_ms < UNFINISHED_AFTER_MS || ev->whole_lines)
		return;
	struct pending *p;
	while ((p = oldest_unshown(ev, NULL, now_ms - UNFINISHED_AFTER_MS, true)))
		show_entry(ev, p);
}

void events_lost(struct events *ev, uint64_t n, uint64_t total)
{
	if (is_text(ev))
		close_open(ev, 0, false);
	ev->out->ops->lost(ev->out, n, total);
}

/*
 * Tracing stops while tasks live (-p, system-wide, --syscall-limit): the
 * calls still running end as strace ends them, "read(3 <detached ...>".
 * Only calls that sent an entry record (those that may block) are known.
 */
void events_detach(struct events *ev)
{
	if (ev->opts->status_set && !(ev->opts->status_set & STATUS_DETACHED))
		return;
	if (!opts_emit_events(ev->opts))
		return;
	for (;;) {
		struct pending *best = NULL;
		for (size_t i = 0; i < ev->pending.cap; i++) {
			struct pending *p = ev->pending.slots[i].val;
			if (p && (!best || p->seq < best->seq))
				best = p;
		}
		if (!best)
			break;
		if (best->shown == SHOWN_FILTERED) {  /* -P/trace-fds: no match */
			pending_free(ev, take_pending(ev, best->rec.tid));
			continue;
		}
		bool open = ev->open == best;
		if (!open && is_text(ev))
			close_open(ev, 0, false);
		struct pending *p = take_pending(ev, best->rec.tid);
		enum line_part part = open ? LINE_CONTINUE :
				      p->shown == SHOWN_UNFINISHED ? LINE_RESUMED : LINE_FULL;
		struct call c;
		call_init(&c, &p->rec, NULL, ev->opts->strsize);
		c.detached = true;
		out_for(ev, p->rec.tid)->ops->syscall(ev->out, &c, part);
		pending_free(ev, p);
	}
}

void events_finish(struct events *ev)
{
	if (is_text(ev))
		close_open(ev, 0, false);
}

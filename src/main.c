// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * sctrace: strace's options and output, at BPF speed.
 *
 * Three modes: launch a COMMAND (it starts only once tracing is attached),
 * attach to -p PIDs, or trace the whole system.  The loop polls the ring
 * buffer, prints, and stops when every traced process is gone or on
 * SIGINT/SIGTERM.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "events.h"
#include "stacktrace.h"
#include "lossless.h"
#include "proc_opts.h"
#include "options.h"
#include "output.h"
#include "procs.h"
#include "summary.h"
#include "tracer.h"

#define POLL_MS 50
#define LIVENESS_MS 200

static volatile sig_atomic_t stop_signal;

static void on_stop_signal(int sig)
{
	stop_signal = sig;
}

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void on_child_signal(int sig)
{
	(void)sig;  /* only there to cut the poll wait short */
}

/* launching: a COMMAND; to_file: -o FILE (strace's -I3 default then:
 * fatal signals blocked, the trace goes on to the command's end) */
static void install_signals(bool launching, bool to_file)
{
	struct sigaction sa = { .sa_handler = on_stop_signal };
	sigemptyset(&sa.sa_mask);
	/* no SA_RESTART: a signal must end the poll wait */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	if (launching && to_file) {
		signal(SIGTERM, SIG_IGN);
		signal(SIGHUP, SIG_IGN);
	}
	if (launching) {
		/* the command's end is noticed at once, not at the next poll */
		struct sigaction chld = { .sa_handler = on_child_signal, .sa_flags = SA_NOCLDSTOP };
		sigemptyset(&chld.sa_mask);
		sigaction(SIGCHLD, &chld, NULL);
		/* ^C goes to the command too (same process group); we report
		 * how it ended, as strace does */
		signal(SIGINT, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
	} else {
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGQUIT, &sa, NULL);
	}
	/* a closed pipe is seen as EPIPE on write and ends sctrace quietly */
	signal(SIGPIPE, SIG_IGN);
}

static enum prefix_mode choose_prefix(const struct options *o)
{
	if (!o->command && !o->npids)
		return PFX_COMM;  /* system-wide, or by --comm */
	if (o->outfile && o->output_separately)
		return PFX_NONE;
	if (o->always_show_pid)
		return PFX_PLAIN;
	if (o->outfile)
		return (o->follow || o->npids > 1) ? PFX_PLAIN : PFX_AUTO_PLAIN;
	return PFX_AUTO_BRACKET;
}

/* Die the way the command died, like strace, so shells see the same. */
static void __attribute__((noreturn)) exit_like(int status)
{
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		struct rlimit no_core = { 0, 0 };
		setrlimit(RLIMIT_CORE, &no_core);
		signal(sig, SIG_DFL);
		sigset_t set;
		sigemptyset(&set);
		sigaddset(&set, sig);
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		raise(sig);
		exit(128 + sig);
	}
	exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

/* Report lost records in the stream as soon as they are counted. */
static void report_loss(struct tracer *t, struct events *ev)
{
	uint64_t total = tracer_counter(t, SCT_CNT_LOST);
	if (total > t->reported[SCT_CNT_LOST]) {
		events_lost(ev, total - t->reported[SCT_CNT_LOST], total);
		t->reported[SCT_CNT_LOST] = total;
	}
}

/* sctrace's own CPU time (all its threads, not the command's), µs */
static uint64_t self_cpu_us(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (uint64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 +
	       ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
}

/* Drop processes that are gone without an exit record (lost, or they
 * were zombies already). */
static void check_liveness(struct events *ev)
{
	for (size_t i = 0; i < ev->procs.cap; i++)
		if (ev->procs.slots[i].val && !proc_alive(ev->procs.slots[i].key)) {
			events_del_proc(ev, ev->procs.slots[i].key);
			i--;  /* backward-shift deletion may move a later key here */
		}
}

/* --kill-on-exit: the command (unless reaped) and every process still
 * traced; with -f, also their descendants not seen yet. */
static void kill_launched(struct events *ev, pid_t child, bool follow)
{
	pid_t *roots = malloc((ev->procs.count + 1) * sizeof(*roots));
	int n = 0;
	if (!roots) {
		if (child > 0)  /* never kill(0): our own process group */
			kill(child, SIGKILL);
		return;
	}
	roots[n++] = child;
	for (size_t i = 0; i < ev->procs.cap; i++)
		if (ev->procs.slots[i].val && (pid_t)ev->procs.slots[i].key != child)
			roots[n++] = ev->procs.slots[i].key;
	proc_kill_tree(roots, n, follow);
	free(roots);
}

/* strace's attach and detach messages on stderr; JSON: records */
struct say_task {
	struct output *out;
	pid_t tgid;
	bool attached;
	int nthreads;  /* counted on the way */
};

static void say_task_cb(void *arg, uint32_t tid)
{
	struct say_task *s = arg;
	s->nthreads++;
	if (s->out->ops->attach && opts_emit_events(s->out->opts))
		s->out->ops->attach(s->out, s->tgid, tid, s->attached);
	/* text: each thread at detach, the leader last */
	if (!s->attached && (pid_t)tid != s->tgid)
		fprintf(stderr, "sctrace: Process %u detached\n", tid);
}

static void say_detached(struct output *out, pid_t tgid)
{
	struct say_task s = { out, tgid, false, 0 };
	proc_for_each_thread(tgid, say_task_cb, &s);
	fprintf(stderr, "sctrace: Process %d detached\n", tgid);
	output_flush(out);
}

static void add_task_cb(void *ev, uint32_t tid)
{
	events_add_task(ev, tid);
}

int main(int argc, char **argv)
{
	static struct options opts;
	static struct tracer tracer;
	static struct output out;
	static struct events ev;
	pid_t tgids[MAX_PIDS];
	int ntgids = 0, exit_status = 0;
	pid_t child = 0;
	int release_fd = -1;
	bool child_reaped = false;

	options_parse(&opts, argc, argv);

	/* lossless: a launched command unless --lossy, -p with --lossless;
	 * only when events flow through the ring (not -c alone).  The
	 * command starts in the cgroup (no migration later). */
	static struct lossless ll = { .freeze_fd = -1, .dir_fd = -1, .watchdog_fd = -1, .epoll_fd = -1,
				      .stop_fd = { -1, -1 } };
	bool want_lossless = ((opts.command && !opts.lossy) || opts.lossless) &&
			     opts_emit_events(&opts);
	bool child_in_cgroup = false;
	if (want_lossless)
		lossless_prepare(&ll);
	if (opts.command) {
		child = launch_prepare(&opts, &release_fd, ll.dir_fd, &child_in_cgroup);
		if (child < 0) {
			lossless_end(&ll);
			return 1;
		}
		tgids[ntgids++] = child;
	}
	for (int i = 0; i < opts.npids; i++) {
		pid_t tgid = proc_tgid(opts.pids[i]);
		if (tgid < 0) {
			fprintf(stderr, "sctrace: cannot attach to pid %d: %s%s\n", opts.pids[i],
				strerror(-tgid), tgid == -EPERM ? " (a zombie: it has exited)" : "");
			return 1;
		}
		tgids[ntgids++] = tgid;
	}

	if (output_init(&out, &opts, choose_prefix(&opts)))
		goto fail_child;
	events_init(&ev, &out, &opts);
	if (opts.stack_trace && opts_emit_events(&opts)) {
		stacktrace_init(opts.stack_trace, opts.stack_frame_limit);
		if (opts.command)  /* until its exec, the command is our fork */
			stacktrace_like_self(child);
	}
	install_signals(opts.command != NULL, opts.outfile != NULL);
	if (opts.kill_on_exit) {
		/* ^C must end sctrace, and so the command (strace does) */
		struct sigaction sa = { .sa_handler = on_stop_signal };
		sigemptyset(&sa.sa_mask);
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGQUIT, &sa, NULL);
	}

	/* System-wide, not to a file: the processes that show the trace (the
	 * terminal, sshd and the shell above sctrace; a `| jq` beside it in
	 * its pipeline) would be traced writing it, and each line would make
	 * more lines.  Leave them out (-p or --comm still reach them). */
	pid_t excluded[SCT_MAX_EXCLUDED];
	int nexcluded = 0;
	if (!ntgids && !opts.ncomms && !opts.outfile) {
		nexcluded = proc_ancestors(excluded, SCT_MAX_EXCLUDED / 2);
		nexcluded += proc_pgrp_members(excluded + nexcluded, SCT_MAX_EXCLUDED - nexcluded);
	}

	if (tracer_start(&tracer, &opts, tgids, ntgids, excluded, nexcluded, events_on_record, &ev))
		goto fail_child;
	uint64_t start_cpu_us = self_cpu_us();  /* stats: the consumer's CPU from here */
	/* the command is still held before its exec: -f's children follow it */
	if (want_lossless && !lossless_start(&ll, opts.buffer_size)) {
		for (int i = 0; i < ntgids; i++)
			if (tgids[i] == child ? !child_in_cgroup : opts.lossless)
				lossless_add(&ll, tgids[i], tgids[i] != child);
		if (tracer_set_lossless(&tracer, &ll))
			lossless_end(&ll);
	}

	for (int i = 0; i < ntgids; i++) {
		events_add_proc(&ev, tgids[i]);
		if (child)
			events_add_task(&ev, tgids[i]);
		else
			proc_for_each_thread(tgids[i], add_task_cb, &ev);
	}
	for (int i = 0; i < opts.npids && !(opts.quiet & QUIET_ATTACH); i++) {
		/* every thread is traced: strace -f's "attached with N threads" */
		struct say_task s = { &out, tgids[child ? i + 1 : i], true, 0 };
		proc_for_each_thread(s.tgid, say_task_cb, &s);
		if (s.nthreads > 1)
			fprintf(stderr, "sctrace: Process %d attached with %d threads\n", opts.pids[i],
				s.nthreads);
		else
			fprintf(stderr, "sctrace: Process %d attached\n", opts.pids[i]);
	}
	if (child && launch_release(release_fd))
		goto fail_child;

	bool tracking = child || opts.npids;
	uint64_t last_check = now_ms();
	for (;;) {
		/* SIGTERM/SIGHUP with a launched command: passed on to it (strace
		 * sends its tracees the signal that ends it), and traced to its
		 * end, which says how it took it (--kill-on-exit: ended here) */
		if (stop_signal && child && !child_reaped && !opts.kill_on_exit &&
		    (stop_signal == SIGTERM || stop_signal == SIGHUP)) {
			kill(child, stop_signal);
			stop_signal = 0;
		}
		if (stop_signal)
			break;
		int n = tracer_poll(&tracer, POLL_MS);
		if (n < 0) {
			fprintf(stderr, "sctrace: reading the ring buffer failed: %s\n", strerror(-n));
			exit_status = 1;
			break;
		}
		uint64_t now = now_ms();
		report_loss(&tracer, &ev);
		events_tick(&ev, now);
		if (output_flush(&out))
			break;
		if (child && !child_reaped) {
			int st;
			if (waitpid(child, &st, WNOHANG) == child) {
				child_reaped = true;
				exit_status = st;
				/* its exit record is queued by now: print it first */
				tracer_poll(&tracer, 0);
				events_del_proc(&ev, child);
			}
		}
		if (tracking && now - last_check >= LIVENESS_MS) {
			check_liveness(&ev);
			last_check = now;
		}
		if (tracking && !ev.procs.count && (!child || child_reaped))
			break;
		if (ev.limit_reached)
			break;
	}

	/* Drain what is queued, then say what was lost.  Attached processes
	 * were seen to end by one thread's exit: give the others' exit
	 * records a moment (a launched command was reaped: all are in). */
	tracer_poll(&tracer, opts.npids && !stop_signal ? 20 : 0);
	report_loss(&tracer, &ev);
	/* tracing stops with tasks alive: their calls in progress are detached */
	bool detaching = stop_signal || ev.limit_reached || !tracking;
	if (detaching)
		events_detach(&ev);
	events_finish(&ev);
	/* -c, -C, --histogram, --summary-by: the kernel's counts, last */
	if (opts_aggregate(&opts))
		summary_report(&out, &tracer, &opts);
	int werr = output_flush(&out) ? errno : 0;
	if (!werr && out.ob.err)
		werr = out.ob.err;
	uint64_t lost = tracer_counter(&tracer, SCT_CNT_LOST);
	uint64_t untraced = tracer_counter(&tracer, SCT_CNT_ENTRY_FULL);
	uint64_t cut = tracer_counter(&tracer, SCT_CNT_BLOB_TRUNC);
	uint64_t unreadable = tracer_counter(&tracer, SCT_CNT_BLOB_FAULT);
	if (getenv("SCTRACE_STATS"))  /* for tests: in-kernel state left behind */
		fprintf(stderr, "sctrace: stats: inflight=%ld lost=%llu entry_full=%llu "
			"unreadable=%llu record_full=%llu\n", tracer_inflight_count(&tracer),
			(unsigned long long)lost, (unsigned long long)untraced,
			(unsigned long long)unreadable, (unsigned long long)cut);
	bool was_lossless = ll.on;
	lossless_end(&ll);   /* thawed, -p's processes back where they were */
	if (getenv("SCTRACE_STATS")) {  /* for tests and make bench */
		fprintf(stderr, "sctrace: stats: records=%llu consumer_cpu_us=%llu\n",
			(unsigned long long)ev.nrecords,
			(unsigned long long)(self_cpu_us() - start_cpu_us));
		if (was_lossless)
			fprintf(stderr, "sctrace: stats: freezes=%llu\n", (unsigned long long)ll.freezes);
	}
	tracer_stop(&tracer);
	if (opts.kill_on_exit)  /* none of it traced: the tracer is gone */
		kill_launched(&ev, child_reaped ? 0 : child, opts.follow);
	if (ev.limit_reached)
		fputs("sctrace: System call limit has been reached, detaching tracees\n", stderr);
	if ((stop_signal || ev.limit_reached) && !(opts.quiet & QUIET_ATTACH))
		for (int i = 0; i < ntgids; i++)
			if ((opts.npids || (ev.limit_reached && !child_reaped)) && proc_alive(tgids[i]))
				say_detached(&out, tgids[i]);
	if (lost)
		fprintf(stderr, "sctrace: %llu events lost (ring buffer full; try a larger --buffer-size)\n",
			(unsigned long long)lost);
	/* the other ways a call can be shown incompletely, never silently */
	if (untraced)
		fprintf(stderr, "sctrace: %llu calls not traced (the per-thread table was full)\n",
			(unsigned long long)untraced);
	if (cut)
		fprintf(stderr, "sctrace: %llu calls shown without some arguments' contents "
			"(record size limit)\n", (unsigned long long)cut);
	if (unreadable)
		fprintf(stderr, "sctrace: %llu syscall arguments could not be read (shown as "
			"addresses)\n", (unsigned long long)unreadable);
	if (werr && werr != EPIPE) {
		fprintf(stderr, "sctrace: writing the trace to %s failed: %s\n",
			opts.outfile ? opts.outfile : (opts.json ? "stdout" : "stderr"), strerror(werr));
		exit_status = 1;
	}
	output_close(&out);
	events_free(&ev);
	stacktrace_free();

	if (!child && stop_signal && opts.npids) {
		/* strace detaches, then dies of the signal that stopped it */
		signal(stop_signal, SIG_DFL);
		raise(stop_signal);
	}
	if (child && ev.limit_reached && !child_reaped) {
		/* --syscall-limit: the command goes on untraced; strace does
		 * not wait for it */
		return werr && werr != EPIPE ? 1 : 0;
	}
	if (child) {
		if (!child_reaped) {
			/* stopped early (signal, closed pipe): the command goes on
			 * untraced; wait for it like strace waits for its tracee */
			if (stop_signal) {
				signal(stop_signal, SIG_DFL);
				raise(stop_signal);
			}
			while (waitpid(child, &exit_status, 0) < 0 && errno == EINTR)
				;
		}
		if (werr && werr != EPIPE)
			return 1;
		exit_like(exit_status);
	}
	return exit_status;

fail_child:
	if (child > 0) {
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
	lossless_end(&ll);   /* after the child: its cgroup is then empty */
	return 1;
}

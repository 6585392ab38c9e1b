/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Lossless tracing (on by default for a launched command, --lossless for
 * -p, off with --lossy): the traced processes are put in a cgroup v2 of
 * their own, which is frozen (cgroup.freeze) while the ring buffer is
 * fuller than a high-water mark and thawed once the consumer has drained
 * it below a low-water mark.  The tracees see no signal and no stop: a
 * frozen task just does not run (the kernel's cgroup freezer, as
 * `systemctl freeze` uses).
 *
 * A watchdog process (sctrace's child, untraced) thaws the cgroup, puts
 * -p's processes back where they were and removes the cgroup once sctrace
 * is gone, whatever ended it (SIGKILL included).
 */
#ifndef SCT_LOSSLESS_H
#define SCT_LOSSLESS_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#define LOSSLESS_MAX_PIDS 64

struct lossless {
	bool on;                  /* set up: the cgroup exists, tracees are in it */
	bool frozen;              /* the watcher's */
	bool watching;            /* the watcher thread runs */
	volatile bool stop;       /* ...until this */
	pthread_t watcher;
	int epoll_fd;             /* the ring's wakeups, and stop_fd[0]'s */
	int stop_fd[2];           /* a pipe: lossless_end() wakes the watcher (not an
	                           * eventfd: those take ids the tracees would see) */
	const volatile uint64_t *consumer, *producer;  /* the ring's positions */
	int freeze_fd;            /* <cgroup>/cgroup.freeze, open for writing */
	int dir_fd;               /* the cgroup's directory (CLONE_INTO_CGROUP) */
	char err[600];            /* why lossless_prepare() failed ("": it did not) */
	int watchdog_fd;          /* write end of the watchdog's pipe */
	uint64_t high, low;       /* water marks, bytes queued in the ring */
	uint64_t freezes;         /* how many times it froze (stats) */
	char dir[4096];           /* the cgroup's directory */
	int nmoved;               /* -p: processes moved, and where from */
	pid_t moved[LOSSLESS_MAX_PIDS];
	char *from[LOSSLESS_MAX_PIDS];
};

/* Make the cgroup (sctrace.PID, a child of sctrace's own cgroup v2, else of
 * the mount's root; the mount from /proc/self/mountinfo),
 * before the command is forked (into it: l->dir_fd).  0, or -1 with the
 * reason kept for lossless_start() to print. */
int lossless_prepare(struct lossless *l);

/* Once tracing is attached: start the watchdog.  ring_size: the ring
 * buffer's bytes (the marks are fractions of it).  0, or -1 after one
 * warning line on stderr saying why tracing stays lossy (no cgroup v2,
 * not writable, no cgroup.freeze). */
int lossless_start(struct lossless *l, uint64_t ring_size);

/* Put process pid (all its threads) in the cgroup.  put_back: -p's, moved
 * back to its cgroup by lossless_end() (or the watchdog).  0, or -1 after
 * a warning (the process then runs unfrozen: its loss stays counted). */
int lossless_add(struct lossless *l, pid_t pid, bool put_back);

/* Start the watcher: a real-time thread woken with the consumer (the BPF
 * side wakes it once the ring is 1/8 full) and every few milliseconds,
 * which freezes the cgroup above the high mark and thaws it below the low
 * one.  It runs whatever the consumer is doing (formatting, blocked on a
 * full pipe), so the freeze comes in time.  ring_fd: the ring buffer map;
 * consumer, producer: its position pages (mapped by the caller, kept until
 * lossless_end()).  0, or -1 after a warning (tracing stays lossy). */
int lossless_watch(struct lossless *l, int ring_fd, const volatile uint64_t *consumer,
		   const volatile uint64_t *producer);

/* Thaw, put -p's processes back, and let the watchdog remove the cgroup
 * when it empties (or remove it now if it was never started).
 * Idempotent. */
void lossless_end(struct lossless *l);

#endif

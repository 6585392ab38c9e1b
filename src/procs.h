/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* Processes: launching the command, and facts about running ones. */
#ifndef SCT_PROCS_H
#define SCT_PROCS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>

struct options;

/* Fork o->command, held before exec until launch_release(); returns its
 * pid or -1 after printing why (the command does not exist, an unknown
 * -u user: sctrace exits 1).  The child applies -u, -E and --kill-on-exit
 * (PR_SET_PDEATHSIG) before it waits; this returns once it waits, so none
 * of that is traced.  *release_fd is the caller's to pass on.
 * cgroup_fd >= 0: the child starts in that cgroup (lossless tracing);
 * *in_cgroup says whether it could (else it is where sctrace is). */
pid_t launch_prepare(const struct options *o, int *release_fd, int cgroup_fd, bool *in_cgroup);
/* Let the command exec (tracing is attached by now). 0 or -1. */
int launch_release(int release_fd);

/* The tgid of pid (which may be a thread), or -errno. */
pid_t proc_tgid(pid_t pid);  /* -ESRCH: gone; -EPERM: a zombie */
/* Exists and is not a zombie. */
bool proc_alive(pid_t pid);
/* The parent chain of this process below pid 1 (its shell, terminal,
 * sshd...), nearest first; returns how many were stored (at most max). */
int proc_ancestors(pid_t *out, int max);

/* The other processes of this process group (a shell pipeline:
 * `sctrace --json | jq`); returns how many were stored (at most max). */
int proc_pgrp_members(pid_t *out, int max);

/* --kill-on-exit: SIGKILL roots[0..nroots) (pids; <= 0 are skipped) and,
 * if descendants, all their descendants (each SIGSTOPped first, so none
 * can fork a child we would miss). */
void proc_kill_tree(const pid_t *roots, int nroots, bool descendants);

/* fn(arg, tid) for every thread of tgid. */
void proc_for_each_thread(pid_t tgid, void (*fn)(void *arg, uint32_t tid), void *arg);

#endif

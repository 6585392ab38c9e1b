/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Who a traced task is, beyond pid and comm (--cgroup, --container): its
 * cgroup v2 path, the container that path names, and its pid and tid in
 * its own pid namespace when that is not sctrace's.  The kernel side reads
 * them when it first traces the task (so a task gone by print time still
 * has them); kept until the task's exit record.
 */
#ifndef SCT_TASKIDENT_H
#define SCT_TASKIDENT_H

#include <stdbool.h>
#include <stdint.h>

struct task_ident {
	char cgroup[512];     /* "/system.slice/docker-ID.scope" ("": unknown) */
	char container[80];   /* the 64-hex id in it ("": none) */
	int64_t ns_pid;       /* in its own pid namespace (0: the same as sctrace's) */
	int64_t ns_tid;
};

/* On by the option parser (--cgroup, --container). */
extern bool taskident_on;

/* Task tid of process pid, as the kernel side saw it when it first traced
 * it (an SCT_REC_IDENT record): its cgroup (by id: the path is found in
 * the hierarchy) and pids in its own namespace (equal to sctrace's: not
 * shown). */
void taskident_set(uint32_t pid, uint32_t tid, uint64_t cgroup_id, uint32_t ns_pid,
		   uint32_t ns_tid);

/* Task tid's identity, or NULL (off, or not known).  Valid until the next
 * taskident_set() or taskident_forget(). */
const struct task_ident *taskident_get(uint32_t pid, uint32_t tid);

/* The task ended (its exit record is printed): forget it. */
void taskident_forget(uint32_t pid, uint32_t tid, bool process);

#endif

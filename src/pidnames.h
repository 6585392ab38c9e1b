/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * strace's -Y / --decode-pids=comm,pidns: what a pid stands for.
 *
 * Pids in arguments and return values are the tracee's, as seen in its
 * own pid namespace; record tids (BPF) are sctrace's.  Everything here
 * reads /proc at print time, as strace does: a process that is gone (or
 * reaped) prints as its bare number.
 */
#ifndef SCT_PIDNAMES_H
#define SCT_PIDNAMES_H

#include <stdbool.h>
#include <stdint.h>
#include "emit.h"
#include "outbuf.h"

/* --decode-pids bits */
#define DECODE_PID_COMM  0x1   /* -Y: 123<sh> */
#define DECODE_PID_NS    0x2   /* pidns: 5 / * 123 in strace's PID NS * / */
#define DECODE_PID_CGROUP 0x4  /* sctrace's: the container in the text prefix */

/* Set once by the option parser (0: off). */
extern unsigned pidnames_mode;

/* strace's pid_type: which NS* line of /proc/PID/status translates it;
 * comm is shown for TID and TGID only */
enum pid_type { PT_TID, PT_TGID, PT_PGID, PT_SID };

/* What -Y / pidns add after a pid: filled by pidnames_lookup() */
struct pid_info {
	char comm[17];      /* "" when unknown, off, or not TID/TGID */
	int64_t ns_pid;     /* sctrace's pid when it differs and pidns is on, else 0 */
};

/*
 * Look up pid `v` of type `t`, as task `tid` (sctrace's tid; 0: unknown,
 * taken to share sctrace's namespace) sees it.  `self_comm`: tid's comm
 * from its record (used when v is tid itself: the task may be gone by
 * print time), or NULL.  Returns whether anything is to be shown.
 */
bool pidnames_lookup(uint32_t tid, const char *self_comm, int64_t v, enum pid_type t,
		     struct pid_info *out);

/* The same for call c's return value, when its row says it is a pid */
struct call;
bool pidnames_lookup_ret(const struct call *c, struct pid_info *out);

/* Emit v as a pid (emit_int with -Y's comm and pidns's translation) */
void emit_pid_as(struct emit *e, const char *key, uint32_t tid, const char *self_comm,
		 int64_t v, enum pid_type t);

/* The same for a pid in call c (an argument) */
void emit_pid(struct emit *e, const struct call *c, const char *key, int64_t v, enum pid_type t);
/* A child just created by call c (clone's parent_tid): it has c's comm */
void emit_child_pid(struct emit *e, const struct call *c, const char *key, int64_t v);
/* strace's printpid_tgid_pgid (kill, wait4): v > 0 a process, v < -1 the
 * process group -v (pidns only), else bare */
void emit_pid_pgid(struct emit *e, const struct call *c, const char *key, int64_t v);

/* The task whose siginfo is being printed (signal lines have no call):
 * set by the output before printing a line for tid. */
void pidnames_set_task(uint32_t tid);
uint32_t pidnames_task(void);

/* comm as strace prints it inside <>: cut at a newline, \" \\ \t..., '<'
 * and '>' and other bytes in octal */
void pidnames_put_comm(struct outbuf *ob, const char *comm, size_t len);

/* Tests: forget cached translations */
void pidnames_reset(void);

#endif

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#include <inttypes.h>
/* JSON lines: one object per record (schema: docs/json.md). */
#include <string.h>
#include <time.h>
#include "dumpio.h"
#include "emit_json.h"
#include "taskident.h"
#include "fdpath.h"
#include "output.h"
#include "stacktrace.h"
#include "pidnames.h"
#include "summary.h"
#include "syscall_name.h"

/* "ts": wall-clock seconds with microseconds, from a CLOCK_MONOTONIC ns */
static void put_ts(struct output *o, uint64_t mono_ns)
{
	uint64_t ns = mono_ns + (uint64_t)o->realtime_offset;  /* wraps, never UB */
	uint64_t sec = ns / 1000000000;
	uint32_t us = (uint32_t)(ns - sec * 1000000000) / 1000;
	char buf[32], *end = buf + sizeof(buf);
	/* six digits after the point, two at a time */
	static const char pairs[201] =
		"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
		"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
		"8081828384858687888990919293949596979899";
	for (int k = 1; k <= 3; k++, us /= 100) {
		end[-2 * k] = pairs[(us % 100) * 2];
		end[-2 * k + 1] = pairs[(us % 100) * 2 + 1];
	}
	end[-7] = '.';
	char *s = ob_format_u64(end - 7, sec);
	jw_key_lit(&o->jw, "ts");
	jw_raw(&o->jw, s, (size_t)(end - s));
}

/* The last task's "pid":P,"tid":T,"comm":"C" as written: records come in
 * runs of one task, which then costs a copy */
static struct {
	uint32_t pid, tid;
	char comm[SCT_COMM_LEN];
	size_t len;                       /* 0: none yet */
	char text[96];                    /* keys 20, ids 20, comm 18 when plain;
	                                   * a comm with escapes may not fit: not kept */
} task_cache;

static void put_task(struct output *o, uint32_t pid, uint32_t tid, const char *comm)
{
	struct outbuf *ob = &o->ob;
	jw_before_item(&o->jw);   /* the comma; the rest is one item's bytes */
	if (task_cache.len && task_cache.pid == pid && task_cache.tid == tid &&
	    !memcmp(task_cache.comm, comm, SCT_COMM_LEN)) {
		ob_write(ob, task_cache.text, task_cache.len);
	} else {
		ob_reserve(ob, 256);  /* at most 150 bytes below: no flush, all in buf */
		size_t start = ob->len;
		ob_write(ob, "\"pid\":", 6);
		ob_u64(ob, pid);
		ob_write(ob, ",\"tid\":", 7);
		ob_u64(ob, tid);
		ob_write(ob, ",\"comm\":", 8);
		json_quote(ob, comm, strnlen(comm, SCT_COMM_LEN));
		size_t n = ob->len - start;
		task_cache.len = 0;
		if (n <= sizeof(task_cache.text)) {
			memcpy(task_cache.text, ob->buf + start, n);
			task_cache.pid = pid;
			task_cache.tid = tid;
			memcpy(task_cache.comm, comm, SCT_COMM_LEN);
			task_cache.len = n;
		}
	}
	/* --cgroup, --container: who it is beyond its pid */
	const struct task_ident *t = taskident_get(pid, tid);
	if (!t)
		return;
	if (t->cgroup[0]) {
		jw_key_lit(&o->jw, "cgroup");
		jw_cstr(&o->jw, t->cgroup);
	}
	if (t->container[0]) {
		jw_key_lit(&o->jw, "container");
		jw_cstr(&o->jw, t->container);
	}
	if (t->ns_pid) {
		jw_key_lit(&o->jw, "ns_pid");
		jw_int(&o->jw, t->ns_pid);
	}
	if (t->ns_tid) {
		jw_key_lit(&o->jw, "ns_tid");
		jw_int(&o->jw, t->ns_tid);
	}
}

/* -k: "stack": [{"ip":"0x7f..","module":"/lib/..","symbol":"g","offset":18,
 * "module_offset":4427}, ...] (caller frames' ip: the return address
 * minus one, as strace prints them); "stack_error" when the walk ended on
 * one (strace's " > ERROR" line) */
static void put_stack(struct json_writer *jw, const struct stack_frames *fs)
{
	char hex[24];
	jw_key(jw, "stack");
	jw_begin_array(jw);
	for (unsigned i = 0; i < fs->n; i++) {
		const struct stack_frame *f = &fs->f[i];
		jw_begin_object(jw);
		jw_key(jw, "ip");
		snprintf(hex, sizeof(hex), "0x%" PRIx64, f->pc);
		jw_cstr(jw, hex);
		jw_key(jw, "module");
		if (f->module)
			jw_string(jw, f->module, f->module_len);
		else
			jw_cstr(jw, NULL);
		if (f->module_deleted) {
			jw_key(jw, "module_deleted");
			jw_bool(jw, true);
		}
		jw_key(jw, "symbol");
		jw_cstr(jw, f->symbol && f->symbol[0] ? f->symbol : NULL);
		if (f->symbol && f->symbol[0]) {
			jw_key(jw, "offset");
			jw_uint(jw, f->sym_off);
		}
		if (f->module) {
			jw_key(jw, "module_offset");
			jw_uint(jw, f->rel);
		}
		if (f->src_file) {
			jw_key(jw, "file");
			jw_cstr(jw, f->src_file);
			jw_key(jw, "line");
			jw_int(jw, f->src_line);
		}
		jw_end_object(jw);
	}
	jw_end_array(jw);
	if (fs->error) {
		jw_key(jw, "stack_error");
		jw_cstr(jw, fs->error);
	}
}

static void json_syscall(struct output *o, const struct call *c, enum line_part part)
{
	const struct sct_syscall *r = c->rec;
	struct json_writer *jw = &o->jw;
	char namebuf[32];
	struct emit e;
	struct emit_json st;

	/* A resumed call is printed whole at its end; an entry only when it
	 * has been blocking for a while ("unfinished"). */
	bool entry = part == LINE_ENTRY;
	if (!entry && dumpio_wanted(o->opts, c)) {
		/* -e read=/write=: the data whole (as captured), not cut at
		 * -s, and as the call left it (the exit record's copy) */
		static struct call whole;   /* large: not on the stack */
		whole = *c;
		whole.strsize = SCT_BLOB_MAX;
		if (whole.out[1].b && whole.out[1].b->kind == SCT_CAP_BUF_IN &&
		    !(whole.out[1].b->flags & SCT_BF_FAULT))
			whole.blob[1] = whole.out[1];
		c = &whole;
	}
	ob_mark_line(&o->ob);
	jw_begin_object(jw);
	jw_key_lit(jw, "type");
	if (entry)
		jw_raw_lit(jw, "\"unfinished\"");
	else
		jw_raw_lit(jw, "\"syscall\"");
	put_ts(o, r->ts);
	put_task(o, r->pid, r->tid, r->comm);
	jw_key_lit(jw, "syscall");
	jw_cstr(jw, syscall_display_name(c, namebuf, sizeof(namebuf)));
	jw_key_lit(jw, "nr");
	jw_int(jw, r->nr);
	if (r->flags & SCT_SF_COMPAT) {
		jw_key_lit(jw, "compat");
		jw_bool(jw, true);
	}
	bool attached = !c->entry_rec && (r->flags & SCT_SF_ATTACHED);
	if (attached) {
		/* began before tracing: `ts` is its end, its length unknown */
		jw_key_lit(jw, "attached");
		jw_raw_lit(jw, "true");
	}
	if (c->resuming_nr != -1) {
		char nb[32];
		jw_key_lit(jw, "resuming");
		if (c->resuming_nr >= 0)
			jw_cstr(jw, syscall_nr_name(c->resuming_nr, nb, sizeof(nb)));
		else
			jw_null(jw);
	}
	jw_key_lit(jw, "args");
	jw_begin_object(jw);
	emit_json_init(&e, &st, jw);
	decode_args(&e, c, 0, entry ? decode_entry_args(c) : c->desc->nargs);
	jw_end_object(jw);
	/* arguments BPF could not read, shown as their addresses: a string
	 * "0x55..." would otherwise pass for data */
	bool any = false;
	int shown = entry ? decode_entry_args(c) : c->desc->nargs;
	for (int i = 0; i < shown && i < SCT_MAX_ARGS; i++) {
		const struct sct_blob *b = c->blob[i].b;
		if (!b || !(b->flags & SCT_BF_FAULT) || !r->args[i] || !c->desc->argname[i])
			continue;
		if (!any) {
			jw_key_lit(jw, "unreadable");
			jw_begin_array(jw);
			any = true;
		}
		jw_cstr(jw, c->desc->argname[i]);
	}
	if (any)
		jw_end_array(jw);
	if (st.ncut) {
		/* what -s or strace's abbreviation left out, by argument */
		jw_key_lit(jw, "cut");
		jw_begin_array(jw);
		for (unsigned k = 0; k < st.ncut; k++)
			jw_cstr(jw, st.cut[k]);
		jw_end_array(jw);
	}
	if (c->detached) {
		jw_key_lit(jw, "detached");  /* still running when tracing stopped */
		jw_bool(jw, true);
	} else if (!entry) {
		jw_key_lit(jw, "ret");
		if (r->flags & SCT_SF_NORET) {
			jw_null(jw);
		} else {
			jw_int(jw, r->ret);
			/* -y: "ret_path" (and "ret_deleted") beside the number */
			const struct blob_ref *fp = fdpath_ret(c);
			static struct fd_name fn;   /* 4 KiB: not on the stack */
			if (fp && fdpath_format(fp, &fn))
				json_fd_name(jw, "ret", &fn);
			/* -Y / pidns: "ret_comm", "ret_ns" beside the number */
			struct pid_info pi;
			if (pidnames_lookup_ret(c, &pi)) {
				if (pi.comm[0]) {
					jw_key_lit(jw, "ret_comm");
					jw_cstr(jw, pi.comm);
				}
				if (pi.ns_pid) {
					jw_key_lit(jw, "ret_ns");
					jw_int(jw, pi.ns_pid);
				}
			}
			int odd = decode_ret_odd_errno(c);
			if (ret_is_error(r->ret) || odd) {
				int err = odd ? odd : -r->ret;
				const char *name = errno_name(err);
				jw_key_lit(jw, "errno");
				if (name)
					jw_cstr(jw, name);
				else
					jw_int(jw, err);
			}
		}
		if (!attached) {
			jw_key_lit(jw, "dur_ns");
			jw_uint(jw, r->dur_ns);
		}
	}
	if (c->stack)
		put_stack(jw, c->stack);
	jw_end_object(jw);
	ob_newline(&o->ob);
}

static void json_proc_exit(struct output *o, const struct sct_proc_exit *x)
{
	struct json_writer *jw = &o->jw;
	char sig[32];
	ob_mark_line(&o->ob);
	jw_begin_object(jw);
	jw_key_lit(jw, "type");
	jw_cstr(jw, "exit");
	put_ts(o, x->ts);
	put_task(o, x->pid, x->tid, x->comm);
	jw_key(jw, "process");   /* the last thread: the process is gone */
	jw_bool(jw, x->flags & SCT_XF_GROUP_DEAD);
	if ((x->status & 0x7f) == 0) {
		jw_key(jw, "exit_code");
		jw_uint(jw, (x->status >> 8) & 0xff);
	} else {
		jw_key(jw, "signal");
		jw_cstr(jw, exit_signal_name(x->status & 0x7f, sig, sizeof(sig)));
		jw_key(jw, "core_dumped");
		jw_bool(jw, x->status & 0x80);
	}
	jw_end_object(jw);
	ob_newline(&o->ob);
}

static void json_signal(struct output *o, const struct sct_signal *sg)
{
	struct json_writer *jw = &o->jw;
	struct emit e;
	struct emit_json st;
	char sig[32];
	ob_mark_line(&o->ob);
	jw_begin_object(jw);
	jw_key_lit(jw, "type");
	jw_cstr(jw, "signal");
	put_ts(o, sg->ts);
	put_task(o, sg->pid, sg->tid, sg->comm);
	jw_key(jw, "signal");
	jw_cstr(jw, exit_signal_name(sg->sig, sig, sizeof(sig)));
	emit_json_init(&e, &st, jw);
	emit_siginfo(&e, "siginfo", sg->siginfo);
	if (sg->flags & SCT_SIGF_STOP) {
		jw_key(jw, "stopped");   /* the default action: the task stops */
		jw_bool(jw, true);
	}
	jw_end_object(jw);
	ob_newline(&o->ob);
}

static void json_superseded(struct output *o, const struct sct_proc_exit *x, uint32_t by_tid)
{
	struct json_writer *jw = &o->jw;
	ob_mark_line(&o->ob);
	jw_begin_object(jw);
	jw_key_lit(jw, "type");
	jw_cstr(jw, "superseded");
	put_ts(o, x->ts);
	put_task(o, x->pid, x->tid, x->comm);
	jw_key(jw, "by_tid");
	jw_uint(jw, by_tid);
	jw_end_object(jw);
	ob_newline(&o->ob);
}

static void json_attach(struct output *o, uint32_t pid, uint32_t tid, bool attached)
{
	struct json_writer *jw = &o->jw;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ob_mark_line(&o->ob);
	jw_begin_object(jw);
	jw_key_lit(jw, "type");
	jw_cstr(jw, attached ? "attach" : "detach");
	put_ts(o, (uint64_t)now.tv_sec * 1000000000 + now.tv_nsec);
	jw_key_lit(jw, "pid");
	jw_uint(jw, pid);
	jw_key_lit(jw, "tid");
	jw_uint(jw, tid);
	jw_end_object(jw);
	ob_newline(&o->ob);
}

static void json_lost(struct output *o, uint64_t n, uint64_t total)
{
	struct json_writer *jw = &o->jw;
	ob_mark_line(&o->ob);
	jw_begin_object(jw);
	jw_key_lit(jw, "type");
	jw_cstr(jw, "lost");
	jw_key(jw, "count");
	jw_uint(jw, n);
	jw_key(jw, "total");
	jw_uint(jw, total);
	jw_key(jw, "reason");
	jw_cstr(jw, "ring buffer full");
	jw_end_object(jw);
	ob_newline(&o->ob);
}

const struct output_ops json_output_ops = {
	.syscall = json_syscall,
	.proc_exit = json_proc_exit,
	.signal = json_signal,
	.superseded = json_superseded,
	.attach = json_attach,
	.lost = json_lost,
};

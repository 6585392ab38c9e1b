// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#include <inttypes.h>
/* strace's text lines: prefix, name(args), padding, "= ret". */
#include <string.h>
#include "color.h"
#include "dumpio.h"
#include "emit_text.h"
#include "fdpath.h"
#include "output.h"
#include "stacktrace.h"
#include "pidnames.h"
#include "summary.h"
#include "taskident.h"
#include "syscall_name.h"
#include "timestamps.h"

/* A task names itself (prctl PR_SET_NAME): escape what could forge a line
 * or a prefix, as strace escapes strings. */
static void put_comm(struct outbuf *ob, const char *comm)
{
	static const char oct[] = "01234567";
	for (size_t i = 0; i < SCT_COMM_LEN && comm[i]; i++) {
		unsigned char ch = comm[i];
		if (ch >= 0x20 && ch < 0x7f && ch != '\\' && ch != '<' && ch != '>') {
			ob_putc(ob, ch);
		} else {
			char esc[4] = { '\\', oct[ch >> 6], oct[(ch >> 3) & 7], oct[ch & 7] };
			ob_write(ob, esc, sizeof(esc));
		}
	}
}

/* --cgroup, --container, --decode-pids=cgroup: "{0123456789ab}", the
 * container's short id (its first 12 hex digits, as docker ps shows it),
 * after the task's pid and comm; nothing for a task in no container */
static void put_container(struct output *o, uint32_t pid, uint32_t tid)
{
	const struct task_ident *t = taskident_get(pid, tid);
	if (!t || !t->container[0])
		return;
	ob_putc(&o->ob, '{');
	ob_write(&o->ob, t->container, strnlen(t->container, 12));
	ob_putc(&o->ob, '}');
}

static void put_prefix(struct output *o, uint32_t pid, uint32_t tid, const char *comm)
{
	ob_mark_line(&o->ob);
	pidnames_set_task(tid);
	/* -Y: [pid  123<sh>], "123<sh> " (strace drops the padding then) */
	const char *ycomm = pidnames_mode & DECODE_PID_COMM ? comm : "";
	switch (o->prefix) {
	case PFX_AUTO_BRACKET:
		if (o->ntasks > 1) {
			char tmp[16];
			int n = 0;
			uint32_t v = tid;
			do { tmp[n++] = '0' + v % 10; v /= 10; } while (v);
			if (o->color)  /* strace colours the brackets only */
				color_punct(&o->ob, "[", 1);
			else
				ob_putc(&o->ob, '[');
			ob_puts(&o->ob, "pid ");
			for (int i = n; i < 5; i++)
				ob_putc(&o->ob, ' ');
			while (n)
				ob_putc(&o->ob, tmp[--n]);
			if (*ycomm) {
				ob_putc(&o->ob, '<');
				pidnames_put_comm(&o->ob, ycomm, SCT_COMM_LEN);
				ob_putc(&o->ob, '>');
			}
			if (taskident_on)
				put_container(o, pid, tid);
			if (o->color)
				color_punct(&o->ob, "]", 1);
			else
				ob_putc(&o->ob, ']');
			ob_putc(&o->ob, ' ');
		}
		break;
	case PFX_AUTO_PLAIN:
		/* from the first time a second task is traced on, so that no
		 * "<... resumed>" or exit line is left without its tid */
		if (o->ntasks > 1)
			o->prefix = PFX_PLAIN;
		else
			break;
		/* fall through */
	case PFX_PLAIN: {
		size_t start = ob_column(&o->ob);
		ob_u64(&o->ob, tid);
		if (*ycomm) {
			ob_putc(&o->ob, '<');
			pidnames_put_comm(&o->ob, ycomm, SCT_COMM_LEN);
			ob_putc(&o->ob, '>');
		}
		if (taskident_on)
			put_container(o, pid, tid);
		if (!*ycomm)
			ob_pad_to_column(&o->ob, start + 5);
		ob_putc(&o->ob, ' ');
		break;
	}
	case PFX_COMM:
		ob_u64(&o->ob, tid);
		ob_putc(&o->ob, '<');
		put_comm(&o->ob, comm);
		ob_putc(&o->ob, '>');
		if (taskident_on)
			put_container(o, pid, tid);
		ob_putc(&o->ob, ' ');
		break;
	case PFX_NONE:
		break;
	}
}

/* -t/-tt/-ttt/-r after the pid prefix, as strace (timestamps.c) */
static struct ts_state ts_state;
static void put_time(struct output *o, uint64_t mono_ns)
{
	if (ts_wanted(o->opts))
		ts_put_prefix(&o->ob, o->opts, &ts_state, o->realtime_offset, mono_ns);
}

/* --color: strace ends every line with a reset */
static void end_line(struct output *o)
{
	if (o->color)
		color_put(&o->ob, SGR_RESET);
	ob_newline(&o->ob);
}

/* The space between the parts of a return value ("-1 ENOENT (...)"):
 * each part in its own colour. */
static void ret_sep(struct output *o, bool error)
{
	if (!o->color) {
		ob_putc(&o->ob, ' ');
		return;
	}
	color_put(&o->ob, SGR_RESET);
	ob_putc(&o->ob, ' ');
	if (error)
		color_put(&o->ob, SGR_ERROR);
	else
		color_put(&o->ob, SGR_RETVAL);
}

/* -T in colour: " <0.000008>" with its angle brackets as punctuation */
static void put_duration_color(struct output *o, uint64_t dur_ns)
{
	struct outbuf *ob = &o->ob;
	char tmp[64];
	ob_reserve(ob, sizeof(tmp));  /* no flush below: len only grows */
	size_t start = ob->len;
	ts_put_duration(ob, o->opts, dur_ns);
	size_t n = ob->len - start;
	if (n < 3 || n > sizeof(tmp))
		return;
	memcpy(tmp, ob->buf + start, n);
	ob->len = start;
	ret_sep(o, false);
	color_punct(ob, "<", 1);
	ob_write(ob, tmp + 2, n - 3);   /* between " <" and ">" */
	color_punct(ob, ">", 1);
}

static void put_name(struct output *o, const char *name)
{
	if (o->color) {
		color_put(&o->ob, SGR_SYSCALL);
		ob_puts(&o->ob, name);
		color_punct(&o->ob, "(", 1);
	} else {
		ob_puts(&o->ob, name);
		ob_putc(&o->ob, '(');
	}
}

static void put_ret(struct output *o, const struct call *c)
{
	const struct sct_syscall *r = c->rec;
	struct outbuf *ob = &o->ob;

	if (o->color) {
		/* "\e[0m)\e[0m" "\e[0m=\e[0m", then ret_sep() */
		color_put(ob, SGR_RESET);
		ob_putc(ob, ')');
		color_put(ob, SGR_RESET);
		ob_putc(ob, ' ');
		ob_pad_to_column(ob, o->opts->align);
		color_put(ob, SGR_RESET);
		ob_putc(ob, '=');
		color_put(ob, SGR_RESET);
		ret_sep(o, false);
	} else {
		ob_puts(ob, ") ");
		ob_pad_to_column(ob, o->opts->align);
		ob_puts(ob, "= ");
	}
	if (r->flags & SCT_SF_NORET) {
		ob_putc(ob, '?');
		return;
	}
	int64_t ret = r->ret;
	int odd = decode_ret_odd_errno(c);
	if (ret_is_error(ret) || odd) {
		int err = odd ? odd : -ret;
		const char *name = errno_name(err), *text = errno_text(err);
		/* restart codes never reach userspace: strace shows them as "?" */
		bool restart = (err >= 512 && err <= 514) || err == 516;
		if (odd)
			ob_u64(ob, (uint64_t)ret);
		else
			ob_puts(ob, restart ? "?" : "-1");
		ret_sep(o, true);
		if (!name) {
			ob_puts(ob, "(errno ");
			ob_u64(ob, err);
			ob_putc(ob, ')');
			return;
		}
		ob_puts(ob, name);
		if (text) {
			ret_sep(o, true);
			ob_putc(ob, '(');
			ob_puts(ob, text);
			ob_putc(ob, ')');
		}
		return;
	}
	switch (decode_ret_base(c)) {
	case RB_HEX: ob_hex(ob, (uint64_t)ret); break;
	case RB_OCT: ob_octal(ob, (uint64_t)ret); break;
	default: ob_i64(ob, ret); break;
	}
	/* -y: openat(...) = 3</x> */
	const struct blob_ref *fp = fdpath_ret(c);
	if (fp) {
		static struct fd_name fn;   /* 4 KiB: not on the stack */
		if (fdpath_format(fp, &fn))
			fdpath_put(ob, &fn, o->opts->xmode);
	}
	/* -Y / pidns: getpid() = 123<sh>, fork() = 5 / * 123 in strace's PID NS * / */
	struct pid_info pi;
	if (pidnames_lookup_ret(c, &pi)) {
		if (pi.comm[0] && o->color) {
			color_punct(ob, "<", 1);
			pidnames_put_comm(ob, pi.comm, strlen(pi.comm));
			color_punct(ob, ">", 1);
		} else if (pi.comm[0]) {
			ob_putc(ob, '<');
			pidnames_put_comm(ob, pi.comm, strlen(pi.comm));
			ob_putc(ob, '>');
		}
		if (pi.ns_pid) {
			ob_puts(ob, " /* ");
			ob_i64(ob, pi.ns_pid);
			ob_puts(ob, " in strace's PID NS */");
		}
	}
	/* what strace adds after it: "(flags O_RDONLY)", "(Timeout)", poll's revents */
	if (decode_has_ret_aux(c)) {
		struct emit e;
		struct emit_text st;
		ret_sep(o, false);  /* strace prints it in one colour */
		ob_putc(ob, '(');
		emit_text_init(&e, &st, ob, o->opts->xmode);
		decode_ret_aux(&e, c);
		ob_putc(ob, ')');
	}
}

/* -k: a line per frame after the call's, in strace's format (unwind.c:
 * " > /lib/libc.so.6(syscall+0x19) [0x10e8f9]", -kk adding " file.c:12";
 * a frame in no module: " > [unknown] [0xPC]"; the walk's end on an
 * error: " > ERROR") */
static void put_stack(struct output *o, const struct stack_frames *fs)
{
	char line[4096 + 512];
	for (unsigned i = 0; i < fs->n; i++) {
		const struct stack_frame *f = &fs->f[i];
		if (f->module && f->symbol && f->symbol[0] && f->src_file)
			snprintf(line, sizeof(line), " > %s(%s+0x%" PRIx64 ") [0x%" PRIx64 "] %s:%d",
				 f->module, f->symbol, f->sym_off, f->rel, f->src_file, f->src_line);
		else if (f->module && f->symbol && f->symbol[0])
			snprintf(line, sizeof(line), " > %s(%s+0x%" PRIx64 ") [0x%" PRIx64 "]",
				 f->module, f->symbol, f->sym_off, f->rel);
		else if (f->module)
			snprintf(line, sizeof(line), " > %s() [0x%" PRIx64 "]", f->module, f->rel);
		else
			snprintf(line, sizeof(line), " > [unknown] [0x%" PRIx64 "]", f->pc);
		ob_puts(&o->ob, line);
		ob_newline(&o->ob);
	}
	if (fs->error) {
		ob_puts(&o->ob, " > ");
		ob_puts(&o->ob, fs->error);
		ob_newline(&o->ob);
	}
}

static void text_syscall(struct output *o, const struct call *c, enum line_part part)
{
	const struct sct_syscall *r = c->rec;
	struct outbuf *ob = &o->ob;
	struct emit e;
	struct emit_text st;
	char namebuf[32];
	const char *name = syscall_display_name(c, namebuf, sizeof(namebuf));
	int n = c->desc->nargs, k = decode_entry_args(c);

	if (part != LINE_CONTINUE) {
		put_prefix(o, r->pid, r->tid, r->comm);
		/* a resumed line is printed when the call returns */
		put_time(o, part == LINE_RESUMED ? r->ts + r->dur_ns : r->ts);
	}
	emit_text_init(&e, &st, ob, o->opts->xmode);
	st.color = o->color;
	switch (part) {
	case LINE_ENTRY:
		/* left open, as strace does: the exit completes it, or
		 * close_entry() ends it with " <unfinished ...>" */
		/* strace 7.2: "read(3 <unfinished ...>", then
		 * "<... read resumed>, "x", 1) = 1" (6.x put the comma first) */
		put_name(o, name);
		decode_args(&e, c, 0, k);
		if (o->color)
			color_put(ob, SGR_RESET);  /* strace's entry decoding ends */
		return;
	case LINE_CONTINUE:
		break;
	case LINE_RESUMED:
		ob_puts(ob, "<... ");
		ob_puts(ob, name);
		ob_puts(ob, " resumed>");
		break;
	case LINE_FULL:
		put_name(o, name);
		if (c->resuming_nr != -1) {
			/* restart_syscall(<... resuming interrupted nanosleep ...>) */
			char nb[32];
			ob_puts(ob, "<... resuming interrupted ");
			ob_puts(ob, c->resuming_nr >= 0 ? syscall_nr_name(c->resuming_nr, nb, sizeof(nb))
							: "call");
			ob_puts(ob, " ...>");
		}
		if ((r->flags & SCT_SF_NORET) || c->detached) {
			decode_args(&e, c, 0, k);  /* what its entry showed */
			if (o->color)
				color_put(ob, SGR_RESET);
		} else if (o->color) {
			/* strace resets the colour where its entry decoding
			 * ended: after the input arguments */
			decode_args(&e, c, 0, k);
			color_put(ob, SGR_RESET);
			decode_args(&e, c, k, n);
			k = n;
		} else {
			k = 0;
		}
		break;
	}
	if (c->detached) {
		/* tracing stopped while it ran: strace's "read(3 <detached ...>" */
		ob_puts(ob, " <detached ...>");
		end_line(o);
		return;
	}
	if (r->flags & SCT_SF_NORET) {
		/* the thread died inside the call: strace says so when the
		 * arguments printed at exit will never come */
		if (k < n)
			ob_puts(ob, " <unfinished ...>");
	} else {
		if (k > 0 && k < n) {
			if (o->color)
				color_punct(ob, ", ", 2);
			else
				ob_puts(ob, ", ");
		}
		decode_args(&e, c, k, n);
	}
	put_ret(o, c);
	if (o->opts->syscall_times && !(r->flags & SCT_SF_NORET)) {
		if (o->color)
			put_duration_color(o, r->dur_ns);
		else
			ts_put_duration(ob, o->opts, r->dur_ns);  /* -T */
	}
	if (o->color)
		color_put(ob, SGR_RESET);  /* the return value's end */
	end_line(o);
	dumpio_text(ob, o->opts, c);  /* -e read=/write= */
	if (c->stack)
		put_stack(o, c->stack);
}

/* A line that is not a call's: its task's prefix and time */
static void begin_line(struct output *o, uint32_t pid, uint32_t tid, const char *comm,
		       uint64_t mono_ns)
{
	put_prefix(o, pid, tid, comm);
	put_time(o, mono_ns);
}

static void text_proc_exit(struct output *o, const struct sct_proc_exit *x)
{
	struct outbuf *ob = &o->ob;
	begin_line(o, x->pid, x->tid, x->comm, x->ts);
	if ((x->status & 0x7f) == 0) {
		ob_puts(ob, "+++ exited with ");
		ob_u64(ob, (x->status >> 8) & 0xff);
	} else {
		char sig[32];
		ob_puts(ob, "+++ killed by ");
		ob_puts(ob, exit_signal_name(x->status & 0x7f, sig, sizeof(sig)));
		if (x->status & 0x80)
			ob_puts(ob, " (core dumped)");
	}
	ob_puts(ob, " +++");
	end_line(o);
}

static void text_superseded(struct output *o, const struct sct_proc_exit *x, uint32_t by_tid)
{
	struct outbuf *ob = &o->ob;
	begin_line(o, x->pid, x->tid, x->comm, x->ts);
	ob_puts(ob, "+++ superseded by execve in pid ");
	ob_u64(ob, by_tid);
	ob_puts(ob, " +++");
	end_line(o);
}

static void text_close_entry(struct output *o)
{
	ob_puts(&o->ob, " <unfinished ...>");
	end_line(o);
}

/* --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, ...} --- */
static void text_signal(struct output *o, const struct sct_signal *sg)
{
	struct outbuf *ob = &o->ob;
	struct emit e;
	struct emit_text st;
	char sig[32];

	begin_line(o, sg->pid, sg->tid, sg->comm, sg->ts);
	const char *name = exit_signal_name(sg->sig, sig, sizeof(sig));
	ob_puts(ob, "--- ");
	ob_puts(ob, name);
	ob_putc(ob, ' ');
	emit_text_init(&e, &st, ob, o->opts->xmode);
	st.color = o->color;
	emit_siginfo(&e, "siginfo", sg->siginfo);
	ob_puts(ob, " ---");
	end_line(o);
	if (sg->flags & SCT_SIGF_STOP) {
		begin_line(o, sg->pid, sg->tid, sg->comm, sg->ts);
		ob_puts(ob, "--- stopped by ");
		ob_puts(ob, name);
		ob_puts(ob, " ---");
		end_line(o);
	}
}

static void text_lost(struct output *o, uint64_t n, uint64_t total)
{
	struct outbuf *ob = &o->ob;
	ob_mark_line(ob);
	ob_puts(ob, "+++ lost ");
	ob_u64(ob, n);
	ob_puts(ob, n == 1 ? " event" : " events");
	ob_puts(ob, " (ring buffer full; ");
	ob_u64(ob, total);
	ob_puts(ob, " in all) +++");
	end_line(o);
}

const struct output_ops text_output_ops = {
	.syscall = text_syscall,
	.proc_exit = text_proc_exit,
	.signal = text_signal,
	.superseded = text_superseded,
	.close_entry = text_close_entry,
	.lost = text_lost,
};

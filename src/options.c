// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Every command-line option, parsed with argp, in one place. */
#include <argp.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "options.h"
#include "syscalls.h"
#include "version.h"

const char *argp_program_version = "sctrace " SCTRACE_VERSION;
const char *argp_program_bug_address = NULL;

static const char doc[] =
"sctrace -- strace's options and output, at BPF speed, for the whole machine.\n"
"\n"
"Traces COMMAND (started only once tracing is attached), the processes given\n"
"with -p, or with neither, every process on the system but sctrace itself.\n"
"\n"
"Examples:\n"
"  sctrace -- ls /                         trace a command, like strace\n"
"  sctrace -f -o trace.txt -- make         follow children, write to a file\n"
"  sctrace -p 1234 -p 5678                 attach to running processes\n"
"  sctrace -e trace=%file --comm nginx     file syscalls of every nginx\n"
"  sctrace -e trace='!read,write' -- cmd   everything but read and write\n"
"  sctrace --json -e trace=openat | jq -r '.args.filename'\n"
"                                          every file opened, system-wide\n"
"\v"
"Exit status: COMMAND's exit status (killed by the same signal if it was), 0 after\n"
"-p/system-wide tracing ends, 1 on a runtime error, 2 on a bad command line.\n"
"Needs root, or CAP_BPF and CAP_PERFMON.";

static const char args_doc[] = "[--] [COMMAND [ARGS...]]";

enum { OPT_COMM = 0x100, OPT_BUFFER_SIZE, OPT_TRACE };

static const struct argp_option optdefs[] = {
	{ NULL, 0, NULL, 0, "Tracing:", 1 },
	{ "attach", 'p', "PID[,PID...]", 0, "Trace the running process PID (all its threads); repeatable", 1 },
	{ "follow-forks", 'f', NULL, 0, "Trace children (fork, vfork, clone) from their first syscall", 1 },
	{ "comm", OPT_COMM, "NAME", 0, "Only tasks whose comm is NAME; repeatable (max 8)", 1 },

	{ NULL, 0, NULL, 0, "Filtering:", 2 },
	{ "expr", 'e', "EXPR", 0, "trace=SET: syscall names and %classes, ! negates; e.g. -e trace=openat,%process", 2 },
	{ "trace", OPT_TRACE, "SET", 0, "Same as -e trace=SET", 2 },

	{ NULL, 0, NULL, 0, "Output:", 3 },
	{ "output", 'o', "FILE", 0, "Write the trace to FILE instead of stderr", 3 },
	{ "string-limit", 's', "STRSIZE", 0, "Print at most STRSIZE bytes of each string (default 32)", 3 },
	{ "json", 'j', NULL, 0, "One JSON object per line (see docs/json.md)", 3 },
	{ NULL, 'x', NULL, 0, "Print non-ASCII strings in hex; -xx: all strings", 3 },
	{ "columns", 'a', "COLUMN", 0, "Align return values at COLUMN (default 40)", 3 },

	{ NULL, 0, NULL, 0, "Tuning:", 4 },
	{ "buffer-size", OPT_BUFFER_SIZE, "BYTES", 0, "Ring buffer size (power of two, default 8M; K/M suffix)", 4 },

	{ NULL, 0, NULL, 0, "Miscellaneous:", 5 },
	{ "help", 'h', NULL, 0, "Give this help list", 5 },
	{ "version", 'V', NULL, 0, "Print the version", 5 },
	{ NULL, 0, NULL, 0, NULL, 0 },
};

/* One line on stderr and exit 2: a bad command line. */
static void __attribute__((noreturn, format(printf, 1, 2))) usage_error(const char *fmt, ...)
{
	va_list ap;
	fputs("sctrace: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (try 'sctrace --help')\n", stderr);
	exit(2);
}

static long parse_num(const char *what, const char *s, long min, long max)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end)
		usage_error("invalid %s '%s': not a number", what, s);
	if (v < min || v > max)
		usage_error("invalid %s '%s': must be %ld..%ld", what, s, min, max);
	return v;
}

static void add_pids(struct options *o, const char *list)
{
	char *copy = strdup(list);
	if (!copy)
		usage_error("out of memory");
	for (char *save = NULL, *tok = strtok_r(copy, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
		if (o->npids >= MAX_PIDS)
			usage_error("too many pids (max %d)", MAX_PIDS);
		o->pids[o->npids++] = parse_num("pid", tok, 1, INT_MAX);
	}
	free(copy);
}

static void set_bit(uint64_t *mask, int nr) { mask[nr / 64] |= 1ULL << (nr % 64); }

int parse_trace_set(struct options *o, const char *set, const char **bad)
{
	static char badword[128];
	uint64_t mask[SCT_MAX_SYSCALLS / 64] = { 0 };
	bool negate = false;

	if (*set == '!') {
		negate = true;
		set++;
	}
	if (!*set) {
		*bad = "";
		return -1;
	}
	char *copy = strdup(set);
	if (!copy)
		return -1;
	int rc = 0;
	for (char *save = NULL, *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		bool optional = *w == '?';  /* strace: ignore if unknown */
		if (optional)
			w++;
		if (!strcmp(w, "all")) {
			memset(mask, 0xff, sizeof(mask));
			continue;
		}
		if (!strcmp(w, "none"))
			continue;
		int nr = -1;
		if (*w == '%') {
			const struct syscall_class *c;
			for (c = syscall_classes; c->name; c++)
				if (!strcmp(c->name, w))
					break;
			if (c->name) {
				for (int i = 0; i < SCT_MAX_SYSCALLS; i++)
					if (syscall_table[i].name && (syscall_table[i].classes & c->mask))
						set_bit(mask, i);
				continue;
			}
		} else {
			nr = syscall_by_name(w);
			if (nr >= 0 && nr < SCT_MAX_SYSCALLS) {
				set_bit(mask, nr);
				continue;
			}
		}
		if (optional)
			continue;
		snprintf(badword, sizeof(badword), "%s", w);
		*bad = badword;
		rc = -1;
		break;
	}
	free(copy);
	if (rc)
		return rc;
	if (negate)
		for (size_t i = 0; i < SCT_MAX_SYSCALLS / 64; i++)
			mask[i] = ~mask[i];
	/* repeated -e trace= add up, as in strace */
	for (size_t i = 0; i < SCT_MAX_SYSCALLS / 64; i++)
		o->syscall_mask[i] |= mask[i];
	o->filter_syscalls = true;
	return 0;
}

static void parse_expr(struct options *o, const char *expr)
{
	const char *set = expr;
	const char *eq = strchr(expr, '=');
	if (eq) {
		size_t n = eq - expr;
		if ((n == 5 && !strncmp(expr, "trace", 5)) || (n == 1 && expr[0] == 't'))
			set = eq + 1;
		else
			usage_error("unsupported -e qualifier '%.*s' (only trace= is supported)", (int)n, expr);
	}
	const char *bad = NULL;
	if (parse_trace_set(o, set, &bad))
		usage_error("invalid system call '%s' in -e '%s'", bad ? bad : set, expr);
}

static unsigned parse_size(const char *s)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		usage_error("invalid buffer size '%s'", s);
	if (*end == 'K' || *end == 'k')
		v <<= 10, end++;
	else if (*end == 'M' || *end == 'm')
		v <<= 20, end++;
	if (*end || v < 4096 || v > (1ULL << 30) || (v & (v - 1)))
		usage_error("invalid buffer size '%s': a power of two from 4K to 1G", s);
	return v;
}

static error_t parse_opt(int key, char *arg, struct argp_state *state)
{
	struct options *o = state->input;

	switch (key) {
	case 'p':
		add_pids(o, arg);
		break;
	case 'f':
		o->follow = true;
		break;
	case OPT_COMM:
		if (o->ncomms >= SCT_MAX_COMMS)
			usage_error("too many --comm (max %d)", SCT_MAX_COMMS);
		if (!*arg || strlen(arg) >= SCT_COMM_LEN)
			usage_error("invalid --comm '%s': 1..%d characters (the kernel's comm length)",
				    arg, SCT_COMM_LEN - 1);
		strncpy(o->comms[o->ncomms++], arg, SCT_COMM_LEN - 1);
		break;
	case 'e':
		parse_expr(o, arg);
		break;
	case OPT_TRACE: {
		const char *bad = NULL;
		if (parse_trace_set(o, arg, &bad))
			usage_error("invalid system call '%s' in --trace '%s'", bad ? bad : arg, arg);
		break;
	}
	case 'o':
		if (!*arg)
			usage_error("-o needs a file name");
		o->outfile = arg;
		break;
	case 's':
		o->strsize = parse_num("string limit", arg, 0, SCT_BLOB_MAX - 1);
		break;
	case 'j':
		o->json = true;
		break;
	case 'x':
		if (o->xmode < 2)
			o->xmode++;
		break;
	case 'h':
		/* argp_state_help() is silent under ARGP_NO_ERRS */
		argp_help(state->root_argp, stdout, ARGP_HELP_STD_HELP, "sctrace");
		exit(0);
	case 'V':
		printf("%s\n", argp_program_version);
		exit(0);
	case 'a':
		o->align = parse_num("column", arg, 0, 4096);
		break;
	case OPT_BUFFER_SIZE:
		o->buffer_size = parse_size(arg);
		break;
	case ARGP_KEY_ARG:
		/* The command and everything after it belong to the command. */
		o->command = &state->argv[state->next - 1];
		state->next = state->argc;
		break;
	case ARGP_KEY_ERROR:
		/* getopt has stepped past the argument it could not use */
		o->bad_arg = state->next > 0 && state->next <= state->argc ?
			     state->argv[state->next - 1] : "?";
		break;
	case ARGP_KEY_END:
		if (o->command && o->npids)
			usage_error("-p and a COMMAND cannot be combined");
		break;
	default:
		return ARGP_ERR_UNKNOWN;
	}
	return 0;
}

int options_parse(struct options *o, int argc, char **argv)
{
	static const struct argp argp = { optdefs, parse_opt, args_doc, doc, NULL, NULL, NULL };

	memset(o, 0, sizeof(*o));
	o->strsize = 32;
	o->align = 40;
	o->buffer_size = 8 << 20;
	/* ARGP_IN_ORDER: stop at the first non-option, like strace (`sctrace ls -l`).
	 * ARGP_NO_ERRS: argp's own messages take two lines; ours take one. */
	error_t err = argp_parse(&argp, argc, argv, ARGP_IN_ORDER | ARGP_NO_ERRS | ARGP_NO_HELP,
				 NULL, o);
	if (err) {
		const char *bad = o->bad_arg ? o->bad_arg : "?";
		/* an option that takes a value, given last without one */
		const char *need = NULL;
		for (const struct argp_option *d = optdefs; d->name || d->key || d->doc; d++)
			if (d->arg && ((d->key < 0x100 && bad[0] == '-' && bad[1] == d->key && !bad[2]) ||
				       (d->name && !strncmp(bad, "--", 2) && !strcmp(bad + 2, d->name))))
				need = bad;
		if (need)
			usage_error("option '%s' needs a value", need);
		usage_error("unrecognized option '%s'", bad);
	}
	return 0;
}

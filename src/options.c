// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Every command-line option, parsed with argp, in one place. */
#include <argp.h>
#include <errno.h>
#include <limits.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "options.h"
#include "cgroup.h"
#include "taskident.h"
#include "pathtrace.h"
#include "pidnames.h"
#include "color.h"
#include "proc_opts.h"
#include "decode.h"
#include "syscalls.h"
#include "version.h"

const char *argp_program_version = "sctrace " SCTRACE_VERSION;
const char *argp_program_bug_address = NULL;

/* --help: grouped like strace's, by hand (argp would sort within groups). */
static const char help_text[] =
"Usage: sctrace [-cCfjrtTwxzZ] [-a COLUMN] [-e EXPR]... [-o FILE] [-p PID]...\n"
"               [-s STRSIZE] [-S SORTBY] [--comm NAME]... [--histogram]\n"
"               [--summary-by pid|comm] [--buffer-size BYTES] [-P PATH]...\n"
"               [-E VAR[=VAL]]... [-u USERNAME] [--kill-on-exit]\n"
"               [--] [COMMAND [ARGS]]\n"
"   or: sctrace -l | -h | -V\n"
"\n"
"strace's options and output, at BPF speed, for the whole machine: traces\n"
"COMMAND (started only once tracing is attached), the processes given with -p,\n"
"or with neither, every process on the system but sctrace itself.\n"
"\n"
"Startup:\n"
"  -p PID[,PID...], --attach=PID[,PID...]\n"
"                 trace the running process PID (all its threads); repeatable\n"
"  -E VAR=VAL, --env=VAR=VAL\n"
"                 put VAR=VAL in the environment of COMMAND; repeatable\n"
"  -E VAR, --env=VAR\n"
"                 remove VAR from the environment of COMMAND\n"
"  -u USERNAME, --user=USERNAME\n"
"                 run COMMAND with the user ID, group ID and supplementary\n"
"                 groups of USERNAME; or -u UID:GID: those numbers, no other\n"
"                 groups and no name lookup\n"
"  --kill-on-exit kill COMMAND (with -f, all it started) when sctrace exits\n"
"\n"
"Tracing:\n"
"  -f, --follow-forks\n"
"                 follow forks: trace children from their first syscall\n"
"  -ff, --output-separately\n"
"                 with -o FILE: each task's lines in FILE.TID\n"
"  --syscall-limit=LIMIT\n"
"                 stop tracing (detach) after LIMIT syscalls are printed\n"
"  --comm=NAME    only tasks whose comm is NAME; repeatable (up to 8)\n"
"  --cgroup=PATH  only tasks in that cgroup v2 or below it (an absolute path,\n"
"                 or relative to the v2 mount); repeatable (up to 8)\n"
"  --container=ID only tasks in the container whose id starts with ID\n"
"                 (docker, containerd, podman, CRI-O cgroup names)\n"
"\n"
"Filtering:\n"
"  -e trace=[!][?]{SYSCALL|/REGEX|%CLASS|all|none}[,...], --trace=SET\n"
"                 trace only the given syscalls (sctrace -l lists them)\n"
"     classes:    %clock, %creds, %desc, %file, %fstat, %fstatfs, %ipc, %lstat,\n"
"                 %memory, %net, %network, %process, %pure, %signal, %stat,\n"
"                 %%stat, %statfs, %%statfs\n"
"  -z, --successful-only\n"
"                 only syscalls that returned without an error code\n"
"  -Z, --failed-only\n"
"                 only syscalls that returned with an error code\n"
"  -e status=SET, --status=SET\n"
"                 only syscalls that ended so: successful, failed, unfinished,\n"
"                 unavailable, detached\n"
"  -e signal=SET, --signal=SET\n"
"                 only these signals' lines: [!]SIGNAL[,...], all, none\n"
"  -P PATH, --trace-path=PATH\n"
"                 only syscalls that access PATH (by name or by an fd of it);\n"
"                 repeatable\n"
"  -e trace-fds=SET, --trace-fds=SET\n"
"                 only syscalls on the fds in SET: [!]FD[,...], all, none\n"
"\n"
"Output format:\n"
"  -a COLUMN, --columns=COLUMN\n"
"                 alignment COLUMN for return values (default 40)\n"
"  --always-show-pid\n"
"                 the pid prefix on every line\n"
"  -q, --quiet=attach,personality\n"
"                 no attach/detach messages; -qq: nor exit lines\n"
"                 (--quiet=attach,personality,exit); -qqq: none (--quiet=all)\n"
"  -e quiet=SET, --quiet=SET\n"
"                 leave out: attach, exit, thread-execve, personality,\n"
"                 path-resolution\n"
"  -j, --json     one JSON object per line, to stdout (see sctrace(8))\n"
"  -o FILE, --output=FILE\n"
"                 write the trace to FILE instead of stderr (JSON: stdout)\n"
"  -r, --relative-timestamps[=PRECISION]\n"
"                 print the time since the previous line\n"
"  -s STRSIZE, --string-limit=STRSIZE\n"
"                 print at most STRSIZE bytes of strings (default 32)\n"
"  --absolute-timestamps=[[format:]FORMAT[,[precision:]PRECISION]]\n"
"                 FORMAT: none, time or unix (default time); PRECISION: default s\n"
"  -t             print the time of day of each call's entry\n"
"  -tt            the same, with microseconds\n"
"  -ttt           seconds since the epoch, with microseconds\n"
"  -T, --syscall-times[=PRECISION]\n"
"                 print the time spent in each syscall: <0.000012>\n"
"     precision:  one of s, ms, us, ns; default us for -r and -T\n"
"  -e abbrev=SET  abbreviate the output of the syscalls in SET (default all)\n"
"  -v, --no-abbrev\n"
"                 print whole structs and arrays (-e abbrev=none)\n"
"  -e verbose=SET dereference structs of the syscalls in SET (default all)\n"
"  -e raw=SET     print the arguments of the syscalls in SET undecoded, in hex\n"
"  -e read=SET, --read=SET\n"
"                 dump the data read from the fds in SET: [!]FD[,...], all, none\n"
"  -e write=SET, --write=SET\n"
"                 dump the data written to the fds in SET\n"
"  -X FORMAT, --const-print-style=FORMAT\n"
"                 constants and flags: raw (numbers), abbrev (names, default)\n"
"                 or verbose (numbers with their names in comments)\n"
"  -N, --arg-names\n"
"                 print each argument's name: openat(dirfd=AT_FDCWD, ...)\n"
"  -Y, --decode-pids=comm\n"
"                 print command names with PIDs: kill(123<sh>, SIGTERM)\n"
"  --decode-pids=cgroup\n"
"                 name each task's container (short id) in the line prefix:\n"
"                 123<nginx>{0123456789ab} (on with --cgroup and --container)\n"
"  --decode-pids=pidns\n"
"                 print PIDs in sctrace's namespace too (comm,pidns: both)\n"
"  -y, --decode-fds=path\n"
"                 print the file of every fd: read(3</etc/hostname>, ...)\n"
"  -yy, --decode-fds=all\n"
"                 the same (socket, dev, pidfd, eventfd, signalfd are accepted\n"
"                 and print as path)\n"
"  -k, --stack-trace[=symbol]\n"
"                 print the user stack of each call after its line, unwound\n"
"                 with DWARF call-frame information (no frame pointers needed)\n"
"  -kk, --stack-trace=source\n"
"                 the same, with source file and line where debug info has them\n"
"  --stack-trace-frame-limit=LIMIT\n"
"                 print at most LIMIT frames of a stack (default 256)\n"
"  -x             print non-ASCII strings in hex\n"
"  -xx            print all strings in hex\n"
"  --color=WHEN   colour the trace as strace 7.2: auto (a terminal, unless\n"
"                 NO_COLOR is set or TERM is dumb; the default), always, never\n"
"\n"
"Statistics (counted in the kernel):\n"
"  -c, --summary-only\n"
"                 count time, calls and errors of each syscall and print a\n"
"                 table at the end instead of the trace\n"
"  -C, --summary  like -c, but also print the trace\n"
"  -S SORTBY, --summary-sort-by=SORTBY\n"
"                 sort the table by: time, calls, errors, name, avg-time,\n"
"                 nothing (default time)\n"
"  -w, --summary-wall-clock\n"
"                 count wall-clock time in syscalls (default: CPU time)\n"
"  --histogram    print a log2 latency histogram of each syscall at the end\n"
"  --summary-by=pid|comm\n"
"                 print a -c table per process or per command name\n"
"\n"
"Tuning:\n"
"  --buffer-size=BYTES\n"
"                 ring buffer size: a power of two, 4K to 1G (default 8M)\n"
"  --lossy        a launched COMMAND runs at full speed, losing (and counting)\n"
"                 events when the ring buffer is full (default: lossless, the\n"
"                 command's cgroup frozen until sctrace catches up)\n"
"  --lossless     the same freezing for -p's processes (moved into a cgroup of\n"
"                 sctrace's while traced, then back)\n"
"\n"
"Miscellaneous:\n"
"  -l, --list     list the known syscalls and classes\n"
"  -h, --help     print this help\n"
"  -V, --version  print the version\n"
"\n"
"Examples:\n"
"  sctrace -- ls /                       trace a command, like strace\n"
"  sctrace -f -o trace.txt -- make       follow children, write to a file\n"
"  sctrace -p 1234 -p 5678               attach to running processes\n"
"  sctrace -e trace=%file -- ls          only calls that take a file name\n"
"  sctrace --comm nginx -e trace=%net    network calls of every nginx\n"
"  sctrace -e 'trace=!read,write' -- cmd everything but read and write\n"
"  sctrace --json -e trace=openat | jq -r .args.filename\n"
"                                        every file opened, system-wide\n"
"  sctrace -c -f -- make                 strace -c's table\n"
"  sctrace --histogram -e trace=read -p 1234\n"
"                                        latency histogram of read\n"
"  sctrace -c --summary-by=comm          a table per command, system-wide\n"
"\n"
"Exit status: COMMAND's (and killed by the same signal if it was); 0 after -p\n"
"or system-wide tracing ends; 1 on a runtime error; 2 on a bad command line.\n"
"Needs root, or CAP_BPF and CAP_PERFMON.  Manual: sctrace(8).\n";

static const char args_doc[] = "[--] [COMMAND [ARGS...]]";

enum {
	OPT_COMM = 0x100, OPT_BUFFER_SIZE, OPT_TRACE, OPT_ABS_TS, OPT_REL_TS, OPT_SYSCALL_TIMES,
	OPT_HISTOGRAM, OPT_SUMMARY_BY, OPT_ABBREV_NONE, OPT_KILL_ON_EXIT,
	OPT_QUIET, OPT_SIGNAL, OPT_STATUS, OPT_OUTPUT_SEPARATELY, OPT_ALWAYS_SHOW_PID,
	OPT_SYSCALL_LIMIT, OPT_COLOR, OPT_DECODE_PIDS, OPT_DECODE_FDS, OPT_READ, OPT_WRITE,
	OPT_TRACE_FDS, OPT_LOSSY, OPT_LOSSLESS, OPT_CGROUP, OPT_CONTAINER,
	OPT_STACK_TRACE, OPT_STACK_FRAME_LIMIT,
};

/* The parser's table; the help text above is the documentation. */
static const struct argp_option optdefs[] = {
	{ "attach", 'p', "PID", 0, NULL, 0 },
	{ "follow-forks", 'f', NULL, 0, NULL, 0 },
	{ "env", 'E', "VAR[=VAL]", 0, NULL, 0 },
	{ "user", 'u', "USERNAME", 0, NULL, 0 },
	{ "kill-on-exit", OPT_KILL_ON_EXIT, NULL, 0, NULL, 0 },
	{ "lossy", OPT_LOSSY, NULL, 0, NULL, 0 },
	{ "cgroup", OPT_CGROUP, "PATH", 0, NULL, 0 },
	{ "container", OPT_CONTAINER, "ID", 0, NULL, 0 },
	{ "lossless", OPT_LOSSLESS, NULL, 0, NULL, 0 },
	{ "output-separately", OPT_OUTPUT_SEPARATELY, NULL, 0, NULL, 0 },
	{ "quiet", OPT_QUIET, "SET", 0, NULL, 0 },
	{ NULL, 'q', NULL, 0, NULL, 0 },
	{ "signal", OPT_SIGNAL, "SET", 0, NULL, 0 },
	{ "status", OPT_STATUS, "SET", 0, NULL, 0 },
	{ "read", OPT_READ, "SET", 0, NULL, 0 },
	{ "write", OPT_WRITE, "SET", 0, NULL, 0 },
	{ "always-show-pid", OPT_ALWAYS_SHOW_PID, NULL, 0, NULL, 0 },
	{ "syscall-limit", OPT_SYSCALL_LIMIT, "LIMIT", 0, NULL, 0 },
	{ "comm", OPT_COMM, "NAME", 0, NULL, 0 },
	{ "expr", 'e', "EXPR", 0, NULL, 0 },
	{ "trace", OPT_TRACE, "SET", 0, NULL, 0 },
	{ "trace-path", 'P', "PATH", 0, NULL, 0 },
	{ "trace-fds", OPT_TRACE_FDS, "SET", 0, NULL, 0 },
	{ "successful-only", 'z', NULL, 0, NULL, 0 },
	{ "failed-only", 'Z', NULL, 0, NULL, 0 },
	{ "output", 'o', "FILE", 0, NULL, 0 },
	{ "string-limit", 's', "STRSIZE", 0, NULL, 0 },
	{ "json", 'j', NULL, 0, NULL, 0 },
	{ "no-abbrev", 'v', NULL, 0, NULL, 0 },
	{ "const-print-style", 'X', "FORMAT", 0, NULL, 0 },
	/* WHEN is required, as strace 7.2 (whose help says [=WHEN]) */
	{ "color", OPT_COLOR, "WHEN", 0, NULL, 0 },
	{ "arg-names", 'N', NULL, 0, NULL, 0 },
	{ NULL, 'Y', NULL, 0, NULL, 0 },
	{ "decode-pids", OPT_DECODE_PIDS, "WHAT", 0, NULL, 0 },
	{ NULL, 'y', NULL, 0, NULL, 0 },
	{ "decode-fds", OPT_DECODE_FDS, "SET", 0, NULL, 0 },
	{ NULL, 'k', NULL, 0, NULL, 0 },
	{ "stack-trace", OPT_STACK_TRACE, "WHAT", OPTION_ARG_OPTIONAL, NULL, 0 },
	{ "stack-trace-frame-limit", OPT_STACK_FRAME_LIMIT, "LIMIT", 0, NULL, 0 },
	{ NULL, 'x', NULL, 0, NULL, 0 },
	{ "columns", 'a', "COLUMN", 0, NULL, 0 },
	{ NULL, 't', NULL, 0, NULL, 0 },
	{ "absolute-timestamps", OPT_ABS_TS, "FORMAT", OPTION_ARG_OPTIONAL, NULL, 0 },
	{ NULL, 'r', NULL, 0, NULL, 0 },
	{ "relative-timestamps", OPT_REL_TS, "PRECISION", OPTION_ARG_OPTIONAL, NULL, 0 },
	{ NULL, 'T', NULL, 0, NULL, 0 },
	{ "syscall-times", OPT_SYSCALL_TIMES, "PRECISION", OPTION_ARG_OPTIONAL, NULL, 0 },
	{ "summary-only", 'c', NULL, 0, NULL, 0 },
	{ "summary", 'C', NULL, 0, NULL, 0 },
	{ "summary-sort-by", 'S', "SORTBY", 0, NULL, 0 },
	{ "summary-wall-clock", 'w', NULL, 0, NULL, 0 },
	{ "histogram", OPT_HISTOGRAM, NULL, 0, NULL, 0 },
	{ "summary-by", OPT_SUMMARY_BY, "BY", 0, NULL, 0 },
	{ "buffer-size", OPT_BUFFER_SIZE, "BYTES", 0, NULL, 0 },
	{ "list", 'l', NULL, 0, NULL, 0 },
	{ "help", 'h', NULL, 0, NULL, 0 },
	{ "version", 'V', NULL, 0, NULL, 0 },
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
	int added = 0;
	if (!copy)
		usage_error("out of memory");
	for (char *save = NULL, *tok = strtok_r(copy, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
		if (o->npids >= MAX_PIDS)
			usage_error("too many pids (max %d)", MAX_PIDS);
		o->pids[o->npids++] = parse_num("pid", tok, 1, INT_MAX);
		added++;
	}
	free(copy);
	if (!added)  /* "-p ," must not fall back to tracing the whole system */
		usage_error("invalid pid '%s'", list);
}

/* -u UID:GID as strace takes it: unsigned decimal numbers below
 * (uid_t)-1, the GID ended by the string's end or a ':'.  0 or -1. */
static int parse_uid_gid(const char *s, uid_t *uid, gid_t *gid)
{
	unsigned long v[2];
	for (int i = 0; i < 2; i++) {
		char *end;
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '-')
			return -1;
		errno = 0;
		v[i] = strtoul(s, &end, 10);
		if (errno || end == s || v[i] >= (uid_t)-1 || (*end && *end != ':') ||
		    (i == 0 && *end != ':'))
			return -1;
		s = end + 1;
	}
	*uid = v[0];
	*gid = v[1];
	return 0;
}

static void set_bit(uint64_t *mask, int nr) { mask[nr / 64] |= 1ULL << (nr % 64); }

/*
 * strace's syscall set: [!]{[?]NAME|[?]/REGEX|[?]%CLASS|all|none}[,...]
 * into mask (cleared first).  Returns 0, or -1 with *bad the word.
 */
static int parse_syscall_set(uint64_t *mask, const char *set, const char **bad)
{
	static char badword[128];
	bool negate = false;

	memset(mask, 0, SCT_MAX_SYSCALLS / 8);
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
			memset(mask, 0xff, SCT_MAX_SYSCALLS / 8);
			continue;
		}
		if (!strcmp(w, "none"))
			continue;
		int nr = -1;
		if (*w == '/') {
			regex_t re;
			bool any = false;
			int err = regcomp(&re, w + 1, REG_EXTENDED | REG_NOSUB);
			if (err) {
				char msg[128];
				regerror(err, &re, msg, sizeof(msg));
				usage_error("invalid regular expression '%s': %s", w + 1, msg);
			}
			for (int i = 0; i < SCT_MAX_SYSCALLS; i++)
				if (syscall_table[i].name &&
				    regexec(&re, syscall_table[i].name, 0, NULL, 0) == 0) {
					set_bit(mask, i);
					any = true;
				}
			regfree(&re);
			if (any)
				continue;
			/* as strace: a regex matching no syscall is an error */
		} else if (*w == '%') {
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
	return 0;
}

int parse_trace_set(struct options *o, const char *set, const char **bad)
{
	uint64_t mask[SCT_MAX_SYSCALLS / 64];
	if (parse_syscall_set(mask, set, bad))
		return -1;
	/* repeated -e trace= add up, as in strace */
	for (size_t i = 0; i < SCT_MAX_SYSCALLS / 64; i++)
		o->syscall_mask[i] |= mask[i];
	o->filter_syscalls = true;
	return 0;
}

static unsigned nquiet;  /* -q given this many times */

/* -e quiet=/signal=/status= (and their short forms q, s, signals) */
static bool is_qualifier(const char *w, size_t n)
{
	static const char *const names[] = { "quiet", "q", "signal", "signals", "s", "status" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strlen(names[i]) == n && !strncmp(w, names[i], n))
			return true;
	return false;
}

static void parse_qualifier(struct options *o, const char *name, const char *set)
{
	const char *bad = NULL;
	int rc;
	if (name[0] == 'q') {
		rc = parse_quiet_set(set, &o->quiet, &bad);
		name = "quiet";
	} else if (!strcmp(name, "status")) {
		rc = parse_status_set(set, &o->status_set, &bad);
	} else {
		rc = parse_signal_set(set, &o->signal_set, &bad);
		o->signal_filter = true;
		name = "signal";
	}
	if (rc)
		usage_error("invalid %s '%s'", name, bad);
}

/*
 * -e read=/write=: strace's descriptor set, [!]...{N[,N...]|all|none}
 * into s (replacing it, as strace: the last one given counts).  Exits 2
 * naming the bad word.
 */
static void parse_fd_qset(struct fd_qset *s, const char *set)
{
	const char *p = set;
	bool neg = false;
	for (; *p == '!'; p++)
		neg = !neg;
	free(s->high);
	memset(s, 0, sizeof(*s));
	if (!strcmp(p, "all") || !strcmp(p, "none")) {
		s->negated = (p[0] == 'a') != neg;  /* all: no fd listed, negated */
		return;
	}
	char *copy = strdup(p);
	if (!copy)
		usage_error("out of memory");
	bool any = false;
	for (char *save = NULL, *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		char *end;
		errno = 0;
		long fd = strtol(w, &end, 10);
		if (errno || end == w || *end || fd < 0 || fd > INT_MAX)
			usage_error("invalid descriptor '%s'", w);
		any = true;
		if (fd < 1024) {
			s->low[fd / 64] |= 1ULL << (fd % 64);
			continue;
		}
		int *h = realloc(s->high, (s->nhigh + 1) * sizeof(*h));
		if (!h)
			usage_error("out of memory");
		s->high = h;
		s->high[s->nhigh++] = fd;
	}
	free(copy);
	if (!any)
		usage_error("invalid descriptor '%s'", set);
	s->negated = neg;
}

static void parse_expr(struct options *o, const char *expr)
{
	const char *set = expr;
	const char *eq = strchr(expr, '=');
	if (eq) {
		size_t n = eq - expr;
		/* strace's other qualifiers taking a syscall set */
		static const struct { const char *name; uint64_t *mask; } sets[] = {
			{ "abbrev", decode_opts.abbrev }, { "a", decode_opts.abbrev },
			{ "verbose", decode_opts.verbose }, { "v", decode_opts.verbose },
			{ "raw", decode_opts.raw }, { "x", decode_opts.raw },
		};
		static const char *const dumps[] = { "read", "reads", "r", "write", "writes", "w" };
		for (size_t k = 0; k < sizeof(dumps) / sizeof(dumps[0]); k++)
			if (strlen(dumps[k]) == n && !strncmp(expr, dumps[k], n)) {
				parse_fd_qset(k < 3 ? &o->dump_read : &o->dump_write, eq + 1);
				return;
			}
		static const char *const trace_fds[] = { "trace-fds", "trace-fd", "fds", "fd" };
		for (size_t k = 0; k < sizeof(trace_fds) / sizeof(trace_fds[0]); k++)
			if (strlen(trace_fds[k]) == n && !strncmp(expr, trace_fds[k], n)) {
				parse_fd_qset(&o->trace_fds, eq + 1);
				o->tracing_fds = true;
				return;
			}
		if ((n == 5 && !strncmp(expr, "trace", 5)) || (n == 1 && expr[0] == 't')) {
			set = eq + 1;
		} else if (is_qualifier(expr, n)) {
			char name[16];
			memcpy(name, expr, n);
			name[n] = '\0';
			parse_qualifier(o, name, eq + 1);
			return;
		} else {
			for (size_t k = 0; k < sizeof(sets) / sizeof(sets[0]); k++)
				if (strlen(sets[k].name) == n && !strncmp(expr, sets[k].name, n)) {
					const char *bad = NULL;
					if (parse_syscall_set(sets[k].mask, eq + 1, &bad))
						usage_error("invalid system call '%s' in -e '%s'",
							    bad ? bad : eq + 1, expr);
					return;
				}
			usage_error("unsupported -e qualifier '%.*s' (trace, abbrev, verbose, raw, "
				    "quiet, signal, status, read, write, trace-fds)",
				    (int)n, expr);
		}
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

/* s, ms, us, ns -> digits after the point */
static int parse_precision(const char *what, const char *s)
{
	static const char *const names[] = { "s", "ms", "us", "ns" };
	for (int i = 0; i < 4; i++)
		if (!strcmp(s, names[i]))
			return 3 * i;
	usage_error("invalid %s precision '%s': one of s, ms, us, ns", what, s);
}

/* --absolute-timestamps=[[format:]FORMAT][,[precision:]PRECISION] */
static void parse_abs_ts(struct options *o, const char *arg)
{
	o->abs_ts = TS_TIME;
	o->abs_ts_prec = 0;
	if (!arg)
		return;
	char *copy = strdup(arg);
	if (!copy)
		usage_error("out of memory");
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		bool fmt_only = !strncmp(tok, "format:", 7), prec_only = !strncmp(tok, "precision:", 10);
		const char *v = fmt_only ? tok + 7 : prec_only ? tok + 10 : tok;
		if (!prec_only && !strcmp(v, "none"))
			o->abs_ts = TS_NONE;
		else if (!prec_only && !strcmp(v, "time"))
			o->abs_ts = TS_TIME;
		else if (!prec_only && !strcmp(v, "unix"))
			o->abs_ts = TS_UNIX;
		else if (fmt_only)
			usage_error("invalid timestamp format '%s': one of none, time, unix", v);
		else
			o->abs_ts_prec = parse_precision("timestamp", v);
	}
	free(copy);
}

/* --decode-pids=[!]{comm|pidns|cgroup|all|none}[,...] as strace's sets (any
 * case); cgroup is sctrace's: only when named (all, !comm are strace's) */
static void parse_decode_pids(const char *arg)
{
	static const struct qualify_word words[] = {
		{ "comm", DECODE_PID_COMM }, { "pidns", DECODE_PID_NS },
		{ "cgroup", DECODE_PID_CGROUP }, { NULL, 0 },
	};
	uint64_t set;
	const char *bad;
	if (qualify_words(arg, words, DECODE_PID_COMM | DECODE_PID_NS, &set, &bad))
		usage_error("invalid decode-pids '%s'", bad);
	pidnames_mode = set;
}

/* --decode-fds=[!]{path|socket|dev|pidfd|eventfd|signalfd|all|none}[,...]
 * as strace's sets (any case) */
static void parse_decode_fds(const char *arg)
{
	static const struct qualify_word words[] = {
		{ "path", DECODE_FD_PATH }, { "socket", DECODE_FD_SOCKET },
		{ "dev", DECODE_FD_DEV }, { "pidfd", DECODE_FD_PIDFD },
		{ "eventfd", DECODE_FD_EVENTFD }, { "signalfd", DECODE_FD_SIGNALFD },
		{ NULL, 0 },
	};
	uint64_t set;
	const char *bad;
	if (qualify_words(arg, words, DECODE_FD_ALL, &set, &bad))
		usage_error("invalid decode-fds '%s'", bad);
	decode_opts.decode_fds = set;
}

static int parse_sortby(const char *s)
{
	static const struct { const char *name; int sort; } names[] = {
		{ "time", SORT_TIME }, { "time_total", SORT_TIME }, { "time-total", SORT_TIME },
		{ "total_time", SORT_TIME }, { "total-time", SORT_TIME },
		{ "time_percent", SORT_TIME }, { "time-percent", SORT_TIME },
		{ "calls", SORT_CALLS }, { "count", SORT_CALLS },
		{ "errors", SORT_ERRORS }, { "error", SORT_ERRORS },
		{ "name", SORT_NAME }, { "syscall", SORT_NAME }, { "syscall_name", SORT_NAME },
		{ "syscall-name", SORT_NAME },
		{ "avg-time", SORT_AVG_TIME }, { "avg_time", SORT_AVG_TIME },
		{ "time_avg", SORT_AVG_TIME }, { "time-avg", SORT_AVG_TIME },
		{ "nothing", SORT_NOTHING }, { "none", SORT_NOTHING },
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(s, names[i].name))
			return names[i].sort;
	usage_error("invalid sortby: '%s' (time, calls, errors, name, avg-time or nothing)", s);
}

/* -l: every syscall of the table, then the classes with their members.
 * Lines starting with '#' are headings; the first word of every other
 * line is something -e trace= accepts. */
static void list_syscalls(FILE *f)
{
	fputs("# syscall               nr  classes\n", f);
	for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++) {
		const struct syscall_desc *d = &syscall_table[nr];
		if (!d->name)
			continue;
		fprintf(f, "%-22s %4d ", d->name, nr);
		for (const struct syscall_class *c = syscall_classes; c->name; c++)
			if ((d->classes & c->mask) && strcmp(c->name, "%net"))
				fprintf(f, " %s", c->name);
		fputc('\n', f);
	}
	fputs("# class     syscalls\n", f);
	for (const struct syscall_class *c = syscall_classes; c->name; c++) {
		fprintf(f, "%-10s ", c->name);
		for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++)
			if (syscall_table[nr].name && (syscall_table[nr].classes & c->mask))
				fprintf(f, " %s", syscall_table[nr].name);
		fputc('\n', f);
	}
}

/* per parse: how many -t, whether -S was given */
static int tcount;
static bool sort_given;

/* A short-option word ("-vfX") with a letter that is no option of ours */
static bool cluster_has_unknown(const char *w)
{
	if (w[0] != '-' || w[1] == '-' || !w[1])
		return false;
	for (w++; *w; w++) {
		const struct argp_option *d;
		for (d = optdefs; d->name || d->key || d->doc; d++)
			if (d->key == *w)
				break;
		if (!(d->name || d->key || d->doc))
			return true;
		if (d->arg)
			return false;  /* the rest is its value */
	}
	return false;
}

static error_t parse_opt(int key, char *arg, struct argp_state *state)
{
	struct options *o = state->input;

	switch (key) {
	case 'p':
		add_pids(o, arg);
		break;
	case 'f':
		/* -ff: one output file per task, as strace */
		if (o->follow)
			o->output_separately = true;
		o->follow = true;
		break;
	case 'q':
		nquiet++;
		o->quiet = nquiet == 1 ? QUIET_Q : nquiet == 2 ? QUIET_QQ : QUIET_QQQ;
		break;
	case OPT_QUIET:
		parse_qualifier(o, "quiet", arg);
		break;
	case OPT_SIGNAL:
		parse_qualifier(o, "signal", arg);
		break;
	case OPT_STATUS:
		parse_qualifier(o, "status", arg);
		break;
	case OPT_READ:
		parse_fd_qset(&o->dump_read, arg);
		break;
	case OPT_WRITE:
		parse_fd_qset(&o->dump_write, arg);
		break;
	case OPT_TRACE_FDS:
		parse_fd_qset(&o->trace_fds, arg);
		o->tracing_fds = true;
		break;
	case 'P': {
		/* repeatable; resolved once all options are read (pathtrace_init) */
		const char **p = realloc(o->trace_paths, (o->ntrace_paths + 1) * sizeof(*p));
		if (!p)
			usage_error("out of memory");
		p[o->ntrace_paths++] = arg;
		o->trace_paths = p;
		break;
	}
	case OPT_OUTPUT_SEPARATELY:
		o->output_separately = true;
		break;
	case OPT_ALWAYS_SHOW_PID:
		o->always_show_pid = true;
		break;
	case OPT_SYSCALL_LIMIT: {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(arg, &end, 10);
		if (*arg == '-' || !*arg || *end || errno || !v)
			usage_error("invalid --syscall-limit '%s': a number from 1", arg);
		o->syscall_limit = v;
		break;
	}
	case 'E': {
		/* strace would put "=VAL" in the environment, or ignore "";
		 * neither can be meant */
		if (!*arg || *arg == '=')
			usage_error("invalid -E '%s': empty variable name", arg);
		const char **ops = realloc(o->env_ops, (o->nenv_ops + 1) * sizeof(*ops));
		if (!ops)
			usage_error("out of memory");
		ops[o->nenv_ops++] = arg;
		o->env_ops = ops;
		break;
	}
	case 'u':
		o->user = arg;
		o->user_ids = strchr(arg, ':') != NULL;
		if (o->user_ids && parse_uid_gid(arg, &o->user_uid, &o->user_gid))
			usage_error("Invalid UID:GID pair '%s'", arg);
		break;
	case OPT_KILL_ON_EXIT:
		o->kill_on_exit = true;
		break;
	case OPT_LOSSY:
		o->lossy = true;
		break;
	case OPT_CGROUP:
	case OPT_CONTAINER:
		if (o->ncgroups >= SCT_MAX_CGROUPS)
			usage_error("too many --cgroup/--container (max %d)", SCT_MAX_CGROUPS);
		if (!*arg)
			usage_error("invalid %s ''", key == OPT_CGROUP ? "--cgroup" : "--container");
		if (key == OPT_CONTAINER) {
			size_t n = strspn(arg, "0123456789abcdefABCDEF");
			if (arg[n] || n > 64)
				usage_error("invalid --container '%s': a container id or its prefix "
					    "(hex digits)", arg);
		}
		o->cgroup_is_container[o->ncgroups] = key == OPT_CONTAINER;
		o->cgroups[o->ncgroups++] = arg;
		break;
	case OPT_LOSSLESS:
		o->lossless = true;
		break;
	case OPT_COLOR: {
		enum color_when w;
		if (color_parse_when(arg, &w))
			usage_error("invalid --color '%s': auto, always or never", arg);
		o->color = w;
		break;
	}
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
		/* any size, as strace; captures stop at SCT_BLOB_MAX bytes (cut
		 * strings then end in "...") */
		o->strsize = parse_num("string limit", arg, 0, INT_MAX);
		break;
	case 'j':
		o->json = true;
		break;
	case 'v':
		memset(decode_opts.abbrev, 0, sizeof(decode_opts.abbrev));
		break;
	case 'N':
		decode_opts.arg_names = true;
		break;
	case 'Y':
		pidnames_mode |= DECODE_PID_COMM;
		break;
	case OPT_DECODE_PIDS:
		parse_decode_pids(arg);
		break;
	case 'k':   /* -k: symbols; -kk: and source lines (strace's libdw build) */
		if (o->stack_trace >= 2)
			usage_error("too many -k options");
		o->stack_trace++;
		break;
	case OPT_STACK_TRACE:
		if (!arg || !strcmp(arg, "symbol"))
			o->stack_trace = 1;
		else if (!strcmp(arg, "source"))
			o->stack_trace = 2;
		else
			usage_error("invalid --stack-trace '%s': symbol or source", arg);
		break;
	case OPT_STACK_FRAME_LIMIT:
		/* strace's bounds: 1 .. UINT_MAX / 4 */
		o->stack_frame_limit = parse_num("--stack-trace-frame-limit", arg, 1, UINT_MAX / 4);
		break;
	case 'y':   /* -y: path; -yy: all */
		decode_opts.decode_fds = decode_opts.decode_fds ? DECODE_FD_ALL : DECODE_FD_PATH;
		break;
	case OPT_DECODE_FDS:
		parse_decode_fds(arg);
		break;
	case 'X':
		if (!strcmp(arg, "raw"))
			decode_opts.xlat = XLAT_RAW;
		else if (!strcmp(arg, "abbrev"))
			decode_opts.xlat = XLAT_ABBREV;
		else if (!strcmp(arg, "verbose"))
			decode_opts.xlat = XLAT_VERBOSE;
		else
			usage_error("invalid -X '%s': raw, abbrev or verbose", arg);
		break;
	case 'x':
		if (o->xmode < 2)
			o->xmode++;
		break;
	case 'h':
		fputs(help_text, stdout);
		exit(fflush(stdout) ? 1 : 0);
	case 'V':
		printf("%s\n", argp_program_version);
		exit(0);
	case 'a':
		o->align = parse_num("column", arg, 0, 1 << 20);
		break;
	case OPT_BUFFER_SIZE:
		o->buffer_size = parse_size(arg);
		break;
	case 't':
		tcount++;
		o->abs_ts = tcount >= 3 ? TS_UNIX : TS_TIME;
		o->abs_ts_prec = tcount >= 2 ? 6 : 0;
		break;
	case OPT_ABS_TS:
		parse_abs_ts(o, arg);
		break;
	case 'r':
	case OPT_REL_TS:
		o->rel_ts = true;
		o->rel_ts_prec = arg ? parse_precision("relative timestamp", arg) : 6;
		break;
	case 'T':
	case OPT_SYSCALL_TIMES:
		o->syscall_times = true;
		o->syscall_times_prec = arg ? parse_precision("syscall time", arg) : 6;
		break;
	case 'z':
	case 'Z': {
		int want = key == 'z' ? SCT_RET_OK : SCT_RET_FAILED;
		if (o->ret_filter && o->ret_filter != want)
			fputs("sctrace: only the last of -z/--successful-only and -Z/--failed-only "
			      "takes effect\n", stderr);
		o->ret_filter = want;
		break;
	}
	case 'c':
		o->count_summary = true;
		break;
	case 'C':
		o->count_lines = true;
		break;
	case 'S':
		o->sortby = parse_sortby(arg);
		sort_given = true;
		break;
	case 'w':
		o->summary_wall = true;
		break;
	case OPT_HISTOGRAM:
		o->histogram = true;
		break;
	case OPT_SUMMARY_BY:
		if (!strcmp(arg, "pid"))
			o->summary_by = SCT_BY_PID;
		else if (!strcmp(arg, "comm"))
			o->summary_by = SCT_BY_COMM;
		else
			usage_error("invalid --summary-by '%s': pid or comm", arg);
		break;
	case 'l':
		list_syscalls(stdout);
		exit(fflush(stdout) ? 1 : 0);
	case ARGP_KEY_ARG:
		/* The command and everything after it belong to the command. */
		o->command = &state->argv[state->next - 1];
		state->next = state->argc;
		break;
	case ARGP_KEY_ERROR:
		/* getopt stops after the argument it could not use, or on it
		 * when the bad letter is inside a cluster (-vQx) */
		o->bad_arg = state->next > 0 && state->next <= state->argc ?
			     state->argv[state->next - 1] : "?";
		if (state->next < state->argc && cluster_has_unknown(state->argv[state->next]) &&
		    !cluster_has_unknown(o->bad_arg))
			o->bad_arg = state->argv[state->next];
		break;
	case ARGP_KEY_END:
		if (o->command && o->npids)
			usage_error("-p and a COMMAND cannot be combined");
		if (o->kill_on_exit && o->npids)
			usage_error("--kill-on-exit and -p/--attach are mutually exclusive options");
		if (o->kill_on_exit && !o->command)
			usage_error("--kill-on-exit needs a COMMAND");
		/* as strace: said, not refused */
		if (o->stack_frame_limit && !o->stack_trace)
			fputs("sctrace: --stack-trace-frame-limit has no effect without -k/--stack-trace\n",
			      stderr);
		if (o->stack_trace && o->count_summary)
			fputs("sctrace: -k/--stack-trace has no effect with -c/--summary-only\n", stderr);
		if (!o->stack_frame_limit)
			o->stack_frame_limit = 256;  /* strace's default */
		if (o->lossy && o->lossless)
			usage_error("--lossy and --lossless are mutually exclusive options");
		if (o->lossless && !o->npids)
			usage_error("--lossless is for -p (a launched command is traced losslessly "
				    "unless --lossy)");
		/* -p's processes would leave their cgroup for sctrace's, out of
		 * the filter (and out of their container's limits) */
		if (o->lossless && o->ncgroups)
			usage_error(o->cgroup_is_container[0] ?
				    "--lossless cannot be combined with --container (it moves -p's "
				    "processes into a cgroup of sctrace's, out of the container)" :
				    "--lossless cannot be combined with --cgroup (it moves -p's "
				    "processes into a cgroup of sctrace's, out of the filter)");
		/* options of a command given none: most likely one of them took
		 * the command as its value (-E true); tracing the whole system
		 * instead would be a surprise */
		if (!o->command && (o->nenv_ops || o->user))
			usage_error("-E/--env and -u/--user need a COMMAND");
		if (!o->command && !o->npids && o->output_separately)
			usage_error("-ff/--output-separately needs a COMMAND or -p PID");
		if (o->count_summary && o->count_lines)
			usage_error("-c/--summary-only and -C/--summary are mutually exclusive");
		if (o->summary_wall && !(o->count_summary || o->count_lines || o->summary_by))
			usage_error("-w/--summary-wall-clock must be given with -c, -C or --summary-by");
		/* --cgroup, --container: their ids and levels for the kernel side */
		char own[8200] = "";     /* a launched command starts in sctrace's cgroup */
		bool own_inside = false;
		char mount[4096], rel[4096];
		if (o->command && o->ncgroups && !cgroup_of_pid(getpid(), rel, sizeof(rel))) {
			cgroup2_mount(mount, sizeof(mount));
			if (mount[0])  /* the root is the mount itself */
				snprintf(own, sizeof(own), "%.4000s%.4000s", mount,
					 strcmp(rel, "/") ? rel : "");
		}
		for (int i = 0; i < o->ncgroups; i++) {
			struct cgroup_ref ref;
			char err[600];
			int r = o->cgroup_is_container[i]
				? cgroup_find_container(o->cgroups[i], &ref, err, sizeof(err))
				: cgroup_resolve(o->cgroups[i], &ref, err, sizeof(err));
			if (r == -2)
				usage_error("invalid --container: %s", err);
			if (r) {
				fprintf(stderr, "sctrace: %s %s: %s\n",
					o->cgroup_is_container[i] ? "--container" : "--cgroup",
					o->cgroups[i], err);
				exit(1);
			}
			o->cgroup_ids[i] = ref.id;
			o->cgroup_levels[i] = ref.level;
			size_t n = strlen(ref.path);
			if (own[0] && !strncmp(own, ref.path, n) && (own[n] == 0 || own[n] == '/'))
				own_inside = true;
		}
		if (own[0] && !own_inside)
			fprintf(stderr, "sctrace: the command starts in %s, outside the cgroups of "
				"--cgroup/--container: only what runs after moving into one is traced\n",
				own);
		/* the container in the text prefix: with --cgroup/--container,
		 * or asked for (--decode-pids=cgroup) */
		if (o->ncgroups > 0)
			pidnames_mode |= DECODE_PID_CGROUP;
		taskident_on = pidnames_mode & DECODE_PID_CGROUP;
		/* JSON -y: relative path arguments get their absolute forms */
		decode_opts.abs_paths = o->json && (decode_opts.decode_fds & DECODE_FD_PATH);
		/* -P, -e trace-fds=: as strace, the message about a path's
		 * realpath whatever the order of -e quiet=; the kernel leaves
		 * out the calls that have no fd or path to match */
		pathtrace_init(o);
		if (pathtrace_active()) {
			if (!o->filter_syscalls)
				memset(o->syscall_mask, 0xff, sizeof(o->syscall_mask));
			for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++)
				if (!pathtrace_may_match(nr))
					o->syscall_mask[nr / 64] &= ~(1ULL << (nr % 64));
			o->filter_syscalls = true;
			if (opts_aggregate(o))
				fputs("sctrace: -c/-C/--histogram/--summary-by count every call of the "
				      "syscalls -P/--trace-fds can match, not only the matching ones\n",
				      stderr);
		}
		if (sort_given && !opts_aggregate(o))
			fputs("sctrace: -S/--summary-sort-by has no effect without -c, -C, --histogram "
			      "or --summary-by\n", stderr);
		break;
	default:
		return ARGP_ERR_UNKNOWN;
	}
	return 0;
}

int options_parse(struct options *o, int argc, char **argv)
{
	static const struct argp argp = { optdefs, parse_opt, args_doc, NULL, NULL, NULL, NULL };

	memset(o, 0, sizeof(*o));
	decode_opts_init(&decode_opts);
	pidnames_mode = 0;
	tcount = 0;
	nquiet = 0;
	sort_given = false;
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

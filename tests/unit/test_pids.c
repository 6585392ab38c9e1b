/* -Y / --decode-pids (src/pidnames.c): comm quoting, pid arguments, the
 * option's set syntax.  Lines as strace 7.2 prints them. */
#include <asm/unistd_64.h>
#include <stdio.h>
#include <unistd.h>
#include "unit.h"
#include "records.h"
#include "../../src/options.h"
#include "../../src/pidnames.h"

static const char *comm_of(const char *s)
{
	static struct outbuf o;
	if (!o.buf)
		ob_init_mem(&o, 0);
	ob_reset(&o);
	pidnames_put_comm(&o, s, strlen(s));
	return ob_cstr(&o);
}

TEST(pids_comm_quoting)
{
	CHECK_STREQ(comm_of("sh"), "sh");
	/* strace: prctl(PR_SET_NAME, "a\"b<1\1x\0017\t\377") -> */
	CHECK_STREQ(comm_of("a\"b<1\001x\0017\t\377"), "a\\\"b\\0741\\1x\\0017\\t\\377");
	CHECK_STREQ(comm_of("x<y>\\z\n"), "x\\74y\\76\\\\z");   /* cut at the newline */
}

TEST(pids_kill_args)
{
	struct recbuf b;
	char want[128], comm[32] = "";
	FILE *f = fopen("/proc/self/comm", "r");
	if (f) {
		if (fgets(comm, sizeof(comm), f))
			comm[strcspn(comm, "\n")] = '\0';
		fclose(f);
	}
	long me = getpid();
	unsigned old = pidnames_mode;

	pidnames_mode = 0;
	snprintf(want, sizeof(want), "%ld, SIGTERM", me);
	CHECK_STREQ(dec(REC(&b, __NR_kill, 0, me, 15, 0, 0, 0, 0)), want);

	pidnames_mode = DECODE_PID_COMM;
	snprintf(want, sizeof(want), "%ld<%s>, SIGTERM", me, comm);
	CHECK_STREQ(dec(REC(&b, __NR_kill, 0, me, 15, 0, 0, 0, 0)), want);
	/* a group, 0 and -1 have no comm; nor a process that is not there */
	snprintf(want, sizeof(want), "%ld, SIGTERM", -me);
	CHECK_STREQ(dec(REC(&b, __NR_kill, 0, -me, 15, 0, 0, 0, 0)), want);
	CHECK_STREQ(dec(REC(&b, __NR_kill, 0, 0, 15, 0, 0, 0, 0)), "0, SIGTERM");
	CHECK_STREQ(dec(REC(&b, __NR_kill, 0, -1, 15, 0, 0, 0, 0)), "-1, SIGTERM");
	CHECK_STREQ(dec(REC(&b, __NR_kill, 0, 999999999, 15, 0, 0, 0, 0)), "999999999, SIGTERM");
	/* getpgid's argument is a process; setpgid's second a group */
	snprintf(want, sizeof(want), "%ld<%s>, %ld", me, comm, me);
	CHECK_STREQ(dec(REC(&b, __NR_setpgid, 0, me, me, 0, 0, 0, 0)), want);
	pidnames_mode = old;
}

TEST(pids_option)
{
	struct options o;
	char a0[] = "sctrace", y[] = "-Y", both[] = "--decode-pids=comm,pidns",
	     neg[] = "--decode-pids=!comm", none[] = "--decode-pids=none", all[] = "--decode-pids=ALL";
	char *v1[] = { a0, y, NULL };
	options_parse(&o, 2, v1);
	CHECK_INTEQ(pidnames_mode, DECODE_PID_COMM);
	char *v2[] = { a0, both, NULL };
	options_parse(&o, 2, v2);
	CHECK_INTEQ(pidnames_mode, DECODE_PID_COMM | DECODE_PID_NS);
	char *v3[] = { a0, neg, NULL };
	options_parse(&o, 2, v3);
	CHECK_INTEQ(pidnames_mode, DECODE_PID_NS);
	char *v4[] = { a0, none, NULL };
	options_parse(&o, 2, v4);
	CHECK_INTEQ(pidnames_mode, 0);
	char *v5[] = { a0, all, NULL };
	options_parse(&o, 2, v5);
	CHECK_INTEQ(pidnames_mode, DECODE_PID_COMM | DECODE_PID_NS);
	/* sctrace's cgroup: only when named */
	char cg[] = "--decode-pids=comm,cgroup";
	char *v6[] = { a0, cg, NULL };
	options_parse(&o, 2, v6);
	CHECK_INTEQ(pidnames_mode, DECODE_PID_COMM | DECODE_PID_CGROUP);
	pidnames_mode = 0;
}

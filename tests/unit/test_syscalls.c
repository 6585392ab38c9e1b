/* Unit tests: the generated syscall table, trace classes, errno tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "syscalls.h"
#include "decode_priv.h"

/* Shipped by linux-libc-dev, which the build needs anyway (<linux/types.h>). */
#define UNISTD_64 "/usr/include/x86_64-linux-gnu/asm/unistd_64.h"

static uint32_t class_mask(const char *name)
{
	for (const struct syscall_class *c = syscall_classes; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c->mask;
	return 0;
}

TEST(syscall_openat)
{
	const struct syscall_desc *d = &syscall_table[257];
	CHECK_STREQ(d->name, "openat");
	CHECK_INTEQ(d->nargs, 4);
	CHECK_INTEQ(d->classes, TC_DESC | TC_FILE);
	CHECK_STREQ(d->argname[0], "dfd");
	CHECK_STREQ(d->argname[1], "filename");
	CHECK_STREQ(d->argname[2], "flags");
	CHECK_STREQ(d->argname[3], "mode");
	CHECK_STREQ(d->argtype[0], "int");
	CHECK_STREQ(d->argtype[1], "const char *");
	CHECK(d->argname[4] == NULL);
	CHECK_INTEQ(syscall_by_name("openat"), 257);
}

TEST(syscall_execve)
{
	int nr = syscall_by_name("execve");
	CHECK_INTEQ(nr, 59);
	if (nr < 0)
		return;
	CHECK_INTEQ(syscall_table[nr].nargs, 3);
	CHECK_INTEQ(syscall_table[nr].classes, TC_FILE | TC_PROCESS);
	CHECK_STREQ(syscall_table[nr].argname[0], "filename");
}

TEST(syscall_names_lookup)
{
	CHECK_INTEQ(syscall_by_name("newfstatat"), 262);
	CHECK_INTEQ(syscall_by_name("read"), 0);
	CHECK_INTEQ(syscall_by_name("no_such_syscall"), -1);
	CHECK_INTEQ(syscall_by_name(""), -1);
	CHECK_INTEQ(syscall_by_name("fstat"), 5); /* kernel event: newfstat */
}

/* Rows filled from scripts/syscall-args-extra.txt rather than tracefs. */
TEST(syscall_fallback_rows)
{
	CHECK_INTEQ(syscall_table[4].nargs, 2);     /* stat via newstat */
	CHECK_STREQ(syscall_table[4].argname[0], "filename");
	CHECK_INTEQ(syscall_table[63].nargs, 1);    /* uname via newuname */
	CHECK_INTEQ(syscall_table[166].nargs, 2);   /* umount2 via umount */
	CHECK_INTEQ(syscall_table[15].nargs, 0);    /* rt_sigreturn */
	CHECK_INTEQ(syscall_table[175].nargs, 3);   /* init_module */
	CHECK_INTEQ(syscall_table[295].nargs, 4);   /* preadv: no pos_h on 64-bit */
	CHECK_INTEQ(syscall_table[9].nargs, 6);     /* mmap */
}

TEST(syscall_classes_strace)
{
	CHECK_INTEQ(syscall_table[4].classes, TC_FILE | TC_STAT | TC_STAT_LIKE);
	CHECK_INTEQ(syscall_table[6].classes, TC_FILE | TC_LSTAT | TC_STAT_LIKE);
	CHECK_INTEQ(syscall_table[262].classes,
		    TC_DESC | TC_FILE | TC_FSTAT | TC_STAT_LIKE);
	CHECK_INTEQ(syscall_table[136].classes, TC_STATFS_LIKE);       /* ustat */
	CHECK_INTEQ(syscall_table[40].classes, TC_DESC | TC_NETWORK); /* sendfile */
	CHECK_INTEQ(syscall_table[39].classes, TC_PURE);              /* getpid */
	CHECK_INTEQ(syscall_table[102].classes, TC_CREDS | TC_PURE);  /* getuid */
	CHECK_INTEQ(syscall_table[228].classes, TC_CLOCK);    /* clock_gettime */
	CHECK_INTEQ(syscall_table[30].classes, TC_IPC | TC_MEMORY);   /* shmat */
	CHECK_INTEQ(syscall_table[62].classes, TC_SIGNAL | TC_PROCESS); /* kill */
	CHECK_INTEQ(syscall_table[24].classes, 0);            /* sched_yield */
}

TEST(syscall_class_names)
{
	static const char *const want[] = {
		"%file", "%process", "%network", "%net", "%signal", "%ipc",
		"%desc", "%memory", "%creds", "%stat", "%lstat", "%fstat",
		"%%stat", "%statfs", "%fstatfs", "%%statfs", "%pure", "%clock",
	};
	int n = 0;
	for (const struct syscall_class *c = syscall_classes; c->name; c++)
		n++;
	CHECK_INTEQ(n, (int)(sizeof(want) / sizeof(want[0])));
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		CHECK(class_mask(want[i]) != 0);
	CHECK_INTEQ(class_mask("%net"), TC_NETWORK);
	CHECK_INTEQ(class_mask("%network"), TC_NETWORK);
	CHECK_INTEQ(class_mask("%%stat"), TC_STAT_LIKE);
	CHECK_INTEQ(class_mask("file"), 0);
}

/* Every __NR_ in the installed header has its row, and no row is extra. */
TEST(syscall_table_complete)
{
	FILE *f = fopen(UNISTD_64, "r");
	CHECK(f != NULL);
	if (!f)
		return;
	char line[256], name[128];
	int nr, defined = 0, named = 0, max = -1;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "#define __NR_%127s %d", name, &nr) != 2)
			continue;
		defined++;
		if (nr > max)
			max = nr;
		CHECK(nr >= 0 && nr < SCT_MAX_SYSCALLS);
		if (nr < 0 || nr >= SCT_MAX_SYSCALLS)
			continue;
		if (!syscall_table[nr].name || strcmp(syscall_table[nr].name, name) != 0) {
			fprintf(stderr, "  nr %d: want %s\n", nr, name);
			CHECK_STREQ(syscall_table[nr].name, name);
		}
		CHECK(syscall_table[nr].nargs <= SCT_MAX_ARGS);
	}
	fclose(f);
	CHECK(max >= 450);
	for (int i = 0; i < SCT_MAX_SYSCALLS; i++) {
		const struct syscall_desc *d = &syscall_table[i];
		if (!d->name)
			continue;
		named++;
		for (int a = 0; a < SCT_MAX_ARGS; a++)
			CHECK((a < d->nargs) == (d->argname[a] && d->argtype[a]));
	}
	/* and the 21 newer than the header (scripts/syscall-numbers-extra.txt,
	 * from the kernel's syscall_64.tbl) */
	CHECK_INTEQ(max, 450);
	CHECK_INTEQ(named, defined + 21);
	CHECK_STREQ(syscall_table[451].name, "cachestat");
	CHECK_STREQ(syscall_table[454].name, "futex_wake");
	CHECK_STREQ(syscall_table[457].name, "statmount");
	CHECK_STREQ(syscall_table[462].name, "mseal");
	CHECK_STREQ(syscall_table[469].name, "file_setattr");
	CHECK_STREQ(syscall_table[470].name, "listns");
	CHECK_STREQ(syscall_table[471].name, "rseq_slice_yield");
	CHECK_INTEQ(syscall_table[471].nargs, 0);
	CHECK_INTEQ(syscall_by_name("listmount"), 458);
	CHECK(syscall_table[472].name == NULL);
}

TEST(errno_tables)
{
	CHECK_STREQ(errno_name(2), "ENOENT");
	CHECK_STREQ(errno_text(2), "No such file or directory");
	CHECK_STREQ(errno_name(1), "EPERM");
	CHECK_STREQ(errno_name(11), "EAGAIN");     /* not EWOULDBLOCK */
	CHECK_STREQ(errno_name(35), "EDEADLK");    /* not EDEADLOCK */
	CHECK_STREQ(errno_name(95), "EOPNOTSUPP"); /* not ENOTSUP */
	CHECK_STREQ(errno_text(5), "Input/output error");
	CHECK_STREQ(errno_name(133), "EHWPOISON");
	CHECK_STREQ(errno_name(512), "ERESTARTSYS");
	CHECK_STREQ(errno_text(512), "To be restarted if SA_RESTART is set");
	CHECK_STREQ(errno_text(513), "To be restarted");
	CHECK_STREQ(errno_text(514), "To be restarted if no handler");
	CHECK_STREQ(errno_name(516), "ERESTART_RESTARTBLOCK");
	CHECK_STREQ(errno_text(516), "Interrupted by signal");
	CHECK_STREQ(errno_name(530), "ERECALLCONFLICT");
	CHECK_STREQ(errno_text(515), "Unknown error 515");
	/* strace 6.1 prints these as "(errno N)" */
	CHECK(errno_name(0) == NULL);
	CHECK(errno_name(41) == NULL);
	CHECK(errno_name(134) == NULL);
	CHECK(errno_name(519) == NULL);
	CHECK(errno_text(519) == NULL);
	CHECK(errno_name(-1) == NULL);
	CHECK(errno_name(4095) == NULL);
}

/* A syscall's row lives in one place: syscall_fmt.c or its family's table */
TEST(decode_rows_unique)
{
	CHECK_INTEQ(decode_registry_duplicates(), 0);
}

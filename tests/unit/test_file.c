/*
 * The file family (src/decode_file.c and the file rows of
 * src/syscall_fmt.c) against strace 7.2's output: synthetic records
 * decoded through the text emitter.  The expected arguments come from
 * strace 7.2 runs of strace's own tests (mkdirat, mknod, umask, utimes,
 * getdents-v, openat2*, close_range, fcntl, execveat) and of
 * tests/progs/sc_file.c, addresses included.
 */
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"
#include "../../src/unistd_extra.h"

#define HI 0xdeadbeef00000000ULL
#define NOWHERE "/tmp/sc_file.nonexistent/f"

/* ------------------------------------------------------------- tests */

/* umode_t and int arguments: only the C type's bits (mkdirat, umask, creat,
 * close_range, getdents' count) */
TEST(file_int_widths)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_mkdirat, E(9), (uint64_t)-1, 0x1000, 0xffffffffffff0000ULL);
	blob_s(r, 1, SCT_CAP_PATH, ".");
	CHECK_STREQ(dec(r), "-1, \".\", 000");
	r = REC(&b, __NR_mkdirat, E(9), (uint64_t)-1, 0x1000, 0xffffffffffffffffULL);
	blob_s(r, 1, SCT_CAP_PATH, ".");
	CHECK_STREQ(dec(r), "-1, \".\", 0177777");
	r = REC(&b, __NR_mkdirat, E(9), (uint64_t)-1, 0x1000, 0xffffffffffff0000ULL | 040006);
	blob_s(r, 1, SCT_CAP_PATH, ".");
	CHECK_STREQ(dec(r), "-1, \".\", 040006");

	r = REC(&b, __NR_umask, 022, 0xffffffffffff0000ULL);
	CHECK_STREQ(dec(r), "000");
	r = REC(&b, __NR_umask, 0777, 0xffffffffffff8fffULL);
	CHECK_STREQ(dec(r), "0107777");

	r = REC(&b, __NR_creat, E(2), 0x1000, HI | 0644);
	blob_s(r, 0, SCT_CAP_PATH, NOWHERE);
	CHECK_STREQ(dec(r), "\"/tmp/sc_file.nonexistent/f\", 0644");

	r = REC(&b, __NR_close_range, E(22), HI | 0xfffffffeU, 0xffffffffU, 1);
	CHECK_STREQ(dec(r), "4294967294, 4294967295, 0x1 /* CLOSE_RANGE_??? */");
	r = REC(&b, __NR_close_range, E(22), 0, 0xfffffffcU, 0xffffffffU);
	CHECK_STREQ(dec(r), "0, 4294967292, CLOSE_RANGE_UNSHARE|CLOSE_RANGE_CLOEXEC|0xfffffff9");
	r = REC(&b, __NR_close_range, 0, HI | 7, HI | 0xffffffffU, 0);
	CHECK_STREQ(dec(r), "7, 4294967295, 0");

	r = REC(&b, __NR_getdents, E(9), (uint64_t)-1, 0, 0xdeadbeefdeadbeefULL);
	CHECK_STREQ(dec(r), "-1, NULL, 3735928559");
}

TEST(file_mknod)
{
	struct recbuf b;
	struct sct_syscall *r;
	const char *p = "../mknod";

	r = REC(&b, __NR_mknod, E(22), 0x1000, 0xffffffffffffffffULL, 0);
	blob_s(r, 0, SCT_CAP_PATH, p);
	CHECK_STREQ(dec(r), "\"../mknod\", 0177777");
	r = REC(&b, __NR_mknod, E(17), 0x1000, 0100000, 0);
	blob_s(r, 0, SCT_CAP_PATH, p);
	CHECK_STREQ(dec(r), "\"../mknod\", S_IFREG|000");
	r = REC(&b, __NR_mknod, E(17), 0x1000, 010600, 0x123);
	blob_s(r, 0, SCT_CAP_PATH, p);
	CHECK_STREQ(dec(r), "\"../mknod\", S_IFIFO|0600");
	r = REC(&b, __NR_mknod, E(17), 0x1000, 020024, HI | 0x107);
	blob_s(r, 0, SCT_CAP_PATH, p);
	CHECK_STREQ(dec(r), "\"../mknod\", S_IFCHR|024, makedev(0x1, 0x7)");
	r = REC(&b, __NR_mknod, E(17), 0x1000, 067777, 0xdeadbeefbadc0dedULL);
	blob_s(r, 0, SCT_CAP_PATH, p);
	CHECK_STREQ(dec(r), "\"../mknod\", S_IFBLK|S_ISUID|S_ISGID|S_ISVTX|0777, makedev(0xc0d, 0xbaded)");
	r = REC(&b, __NR_mknodat, E(22), (uint64_t)-100, 0x1000, 0170777, 0);
	blob_s(r, 1, SCT_CAP_PATH, NOWHERE);
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/tmp/sc_file.nonexistent/f\", 0170777");
	/* -X: the number, then the names as a comment */
	r = REC(&b, __NR_mknod, E(17), 0x1000, 020600, 0x103);
	blob_s(r, 0, SCT_CAP_PATH, p);
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE),
		    "\"../mknod\", 020600 /* S_IFCHR|0600 */, 0x103 /* makedev(0x1, 0x3) */");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "\"../mknod\", 020600, 0x103");
}

TEST(file_dirfd_xlat)
{
	struct recbuf b;
	struct sct_syscall *r = REC(&b, __NR_openat2, E(14), (uint64_t)-100, 0x1000, 0x7f8ad89e9000ULL, 24);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob(r, 2, SCT_CAP_BUF_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "AT_FDCWD, \"\", 0x7f8ad89e9000, 24");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "-100, \"\", 0x7f8ad89e9000, 24");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-100 /* AT_FDCWD */, \"\", 0x7f8ad89e9000, 24");
}

TEST(file_openat2)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t how[4] = { 0x80, 0, 0, 0 };   /* O_RDONLY|O_EXCL */

	r = REC(&b, __NR_openat2, E(9), (uint64_t)-1, 0x1000, 0x2000, 24);
	blob_s(r, 1, SCT_CAP_PATH, "openat2.sample");
	blob(r, 2, SCT_CAP_BUF_IN, 0, how, 24);
	CHECK_STREQ(dec(r), "-1, \"openat2.sample\", {flags=O_RDONLY|O_EXCL, resolve=0}, 24");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "-1, \"openat2.sample\", {flags=0x80, resolve=0}, 24");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE),
		    "-1, \"openat2.sample\", {flags=0x80 /* O_RDONLY|O_EXCL */, resolve=0}, 24");

	/* a bigger struct: its nonzero tail */
	uint8_t big[32];
	memcpy(big, how, 24);
	for (int k = 0; k < 8; k++)
		big[24 + k] = 0x80 + k;
	r = REC(&b, __NR_openat2, E(7), (uint64_t)-1, 0x1000, 0x2000, 32);
	blob_s(r, 1, SCT_CAP_PATH, "openat2.sample");
	blob(r, 2, SCT_CAP_BUF_IN, 0, big, 32);
	CHECK_STREQ(dec(r), "-1, \"openat2.sample\", {flags=O_RDONLY|O_EXCL, resolve=0, "
		    "/* bytes 24..31 */ \"\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\"}, 32");
	memset(big + 24, 0, 8);
	r = REC(&b, __NR_openat2, E(9), (uint64_t)-1, 0x1000, 0x2000, 32);
	blob_s(r, 1, SCT_CAP_PATH, "openat2.sample");
	blob(r, 2, SCT_CAP_BUF_IN, 0, big, 32);
	CHECK_STREQ(dec(r), "-1, \"openat2.sample\", {flags=O_RDONLY|O_EXCL, resolve=0}, 32");

	/* mode with O_CREAT / O_TMPFILE or when set; resolve's unknown bits */
	uint64_t h2[3] = { 0x8002, 0xbadc0dedfacebeefULL, 0xfeedfacedcaffef1ULL };
	r = REC(&b, __NR_openat2, E(22), (uint64_t)-1, 0x1000, 0x2000, 24);
	blob_s(r, 1, SCT_CAP_PATH, "openat2.sample");
	blob(r, 2, SCT_CAP_BUF_IN, 0, h2, 24);
	CHECK_STREQ(dec(r), "-1, \"openat2.sample\", {flags=O_RDWR|O_LARGEFILE, mode=01353340336677263537357, "
		    "resolve=RESOLVE_NO_XDEV|RESOLVE_IN_ROOT|RESOLVE_CACHED|0xfeedfacedcaffec0}, 24");
	uint64_t h3[3] = { 0x410003, 0, 0xdec0dedbeeffffc0ULL };
	r = REC(&b, __NR_openat2, E(22), (uint64_t)-1, 0x1000, 0x2000, 24);
	blob_s(r, 1, SCT_CAP_PATH, "openat2.sample");
	blob(r, 2, SCT_CAP_BUF_IN, 0, h3, 24);
	CHECK_STREQ(dec(r), "-1, \"openat2.sample\", {flags=O_ACCMODE|O_TMPFILE, mode=000, "
		    "resolve=0xdec0dedbeeffffc0 /* RESOLVE_??? */}, 24");
	uint64_t h4[3] = { 0x100080000ULL, 0777, 1 };
	r = REC(&b, __NR_openat2, E(22), (uint64_t)-1, 0x1000, 0x2000, 24);
	blob_s(r, 1, SCT_CAP_PATH, "openat2.sample");
	blob(r, 2, SCT_CAP_BUF_IN, 0, h4, 24);
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, \"openat2.sample\", "
		    "{flags=0x100080000 /* O_RDONLY|O_CLOEXEC|OPENAT2_REGULAR */, mode=0777, "
		    "resolve=0x1 /* RESOLVE_NO_XDEV */}, 24");

	/* the tail could not be read (a partial read of the struct) */
	r = REC(&b, __NR_openat2, E(14), (uint64_t)-1, 0x1000, 0x2000, 32);
	blob_s(r, 1, SCT_CAP_PATH, "openat2.sample");
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, how, 24);
	CHECK_STREQ(dec(r), "-1, \"openat2.sample\", {flags=O_RDONLY|O_EXCL, resolve=0, ???}, 32");

	/* too small: the address */
	r = REC(&b, __NR_openat2, E(22), (uint64_t)-1, 0x1000, 0x7f0c9a2f3fe8ULL, 11);
	blob_s(r, 1, SCT_CAP_PATH, "openat2.sample");
	blob(r, 2, SCT_CAP_BUF_IN, 0, h4, 11);
	CHECK_STREQ(dec(r), "-1, \"openat2.sample\", 0x7f0c9a2f3fe8, 11");
	r = REC(&b, __NR_openat2, E(7), 0, 0, 0, 0xdeadc0debadc0dedULL);
	CHECK_STREQ(dec(r), "0, NULL, NULL, 16045693110241201645");
}

TEST(file_utimes)
{
	struct recbuf b;
	struct sct_syscall *r;
	const char *tz = getenv("TZ");
	char *saved = tz ? strdup(tz) : NULL;
	setenv("TZ", "UTC", 1);
	tzset();

	int64_t tv[4] = { 1492358607, 345678, 1492356078, 456789 };
	r = REC(&b, __NR_utimes, E(2), 0x1000, 0x2000);
	blob_s(r, 0, SCT_CAP_PATH, "utimes_sample");
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, tv, 32);
	CHECK_STREQ(dec(r), "\"utimes_sample\", [{tv_sec=1492358607, tv_usec=345678} "
		    "/* 2017-04-16T16:03:27.345678+0000 */, {tv_sec=1492356078, tv_usec=456789} "
		    "/* 2017-04-16T15:21:18.456789+0000 */]");
	int64_t bad[4] = { 0xdeadbeef, 0xfacefeed, (int64_t)0xcafef00d00000000ULL | 0xdeadbeef,
			   (int64_t)0xbadc0dedfacefeedULL };
	r = REC(&b, __NR_utimes, E(22), 0x1000, 0x2000);
	blob_s(r, 0, SCT_CAP_PATH, "utimes_sample");
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, bad, 32);
	CHECK_STREQ(dec(r), "\"utimes_sample\", [{tv_sec=3735928559, tv_usec=4207869677}, "
		    "{tv_sec=-3819351491602432273, tv_usec=13464652301697220333}]");
	r = REC(&b, __NR_utimes, E(14), 0x1000, 0x7fb66506bff0ULL);
	blob_s(r, 0, SCT_CAP_PATH, "utimes_sample");
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "\"utimes_sample\", 0x7fb66506bff0");
	r = REC(&b, __NR_utimes, E(14), 0, 0);
	CHECK_STREQ(dec(r), "NULL, NULL");

	/* futimesat: an invalid fraction and the epoch get no date */
	int64_t tv2[4] = { 0, 1000000, -1, -1 };
	r = REC(&b, __NR_futimesat, E(22), (uint64_t)-1, 0, 0x2000);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, tv2, 32);
	CHECK_STREQ(dec(r), "-1, NULL, [{tv_sec=0, tv_usec=1000000}, {tv_sec=-1, tv_usec=18446744073709551615}]");

	/* utime: struct utimbuf */
	int64_t ub[2] = { 1492358607, 345678 };
	r = REC(&b, __NR_utime, E(2), 0x1000, 0x2000);
	blob_s(r, 0, SCT_CAP_PATH, NOWHERE);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, ub, 16);
	CHECK_STREQ(dec(r), "\"/tmp/sc_file.nonexistent/f\", {actime=1492358607 /* 2017-04-16T16:03:27+0000 */, "
		    "modtime=345678 /* 1970-01-05T00:01:18+0000 */}");

	/* utimensat: UTIME_NOW / UTIME_OMIT, nanoseconds */
	int64_t ts[4] = { 1492358607, (1L << 30) - 1, 0, (1L << 30) - 2 };
	r = REC(&b, __NR_utimensat, E(2), (uint64_t)-100, 0x1000, 0x2000, 0);
	blob_s(r, 1, SCT_CAP_PATH, NOWHERE);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, ts, 32);
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/tmp/sc_file.nonexistent/f\", [UTIME_NOW, UTIME_OMIT], 0");
	int64_t ts2[4] = { 1492358607, 123456789, 1, 1000000000 };
	r = REC(&b, __NR_utimensat, E(2), (uint64_t)-1, 0x1000, 0x2000, 0x100);
	blob_s(r, 1, SCT_CAP_PATH, NOWHERE);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, ts2, 32);
	CHECK_STREQ(dec(r), "-1, \"/tmp/sc_file.nonexistent/f\", [{tv_sec=1492358607, tv_nsec=123456789} "
		    "/* 2017-04-16T16:03:27.123456789+0000 */, {tv_sec=1, tv_nsec=1000000000}], "
		    "AT_SYMLINK_NOFOLLOW");

	if (saved) {
		setenv("TZ", saved, 1);
		free(saved);
	} else {
		unsetenv("TZ");
	}
	tzset();
}

/* getdents under -v: the entries (the capture is the buffer itself) */
TEST(file_getdents_v)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t buf[64];
	memset(buf, 0, sizeof(buf));
	/* linux_dirent: ".", then "..", d_type as each record's last byte */
	uint64_t ino = 5309487, off = 6357504699377170974ULL;
	uint16_t rl = 24;
	memcpy(buf, &ino, 8); memcpy(buf + 8, &off, 8); memcpy(buf + 16, &rl, 2);
	memcpy(buf + 18, ".", 2); buf[23] = 4;
	ino = 5309547; off = 7201961754298655413ULL;
	memcpy(buf + 24, &ino, 8); memcpy(buf + 32, &off, 8); memcpy(buf + 40, &rl, 2);
	memcpy(buf + 42, "..", 3); buf[47] = 4;

	int nr = __NR_getdents;
	decode_opts.abbrev[nr / 64] &= ~(1ULL << (nr % 64));
	r = REC(&b, nr, 48, 3, 0x55571658b0c0ULL, 8192);
	blob(r, 1, SCT_CAP_BUF_OUT, 0, buf, 48);
	CHECK_STREQ(dec(r), "3, [{d_ino=5309487, d_off=6357504699377170974, d_reclen=24, d_name=\".\", "
		    "d_type=DT_DIR}, {d_ino=5309547, d_off=7201961754298655413, d_reclen=24, "
		    "d_name=\"..\", d_type=DT_DIR}], 8192");
	r = REC(&b, nr, 0, 3, 0x55571658b0c0ULL, 8192);
	CHECK_STREQ(dec(r), "3, [], 8192");
	r = REC(&b, nr, E(9), (uint64_t)-1, 0, 0xdeadbeefdeadbeefULL);
	CHECK_STREQ(dec(r), "-1, NULL, 3735928559");

	/* the -v capture is asked for only under -v */
	struct sct_argcap cap;
	CHECK(dirents_cap_whole(nr, &cap));
	CHECK_INTEQ(cap.kind, SCT_CAP_BUF_OUT);
	decode_opts.abbrev[nr / 64] |= 1ULL << (nr % 64);
	CHECK(!dirents_cap_whole(nr, &cap));

	/* without -v: the count */
	r = REC(&b, nr, 48, 3, 0x55571658b0c0ULL, 8192);
	blob(r, 1, SCT_CAP_DIRENTS, 0, NULL, 0);
	((struct sct_blob *)(r + 1))->aux = 2;
	CHECK_STREQ(dec(r), "3, 0x55571658b0c0 /* 2 entries */, 8192");
	r = REC(&b, nr, 0, 3, 0x55571658b0c0ULL, 8192);
	CHECK_STREQ(dec(r), "3, 0x55571658b0c0 /* 0 entries */, 8192");
}

TEST(file_fcntl_newer)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t hint = 2;
	r = REC(&b, __NR_fcntl, E(9), (uint64_t)-1, 1036, 0x22000400);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &hint, 8);
	CHECK_STREQ(dec(r), "-1, F_SET_RW_HINT, [RWH_WRITE_LIFE_SHORT]");
	hint = 0xdeadc0de;
	r = REC(&b, __NR_fcntl, E(9), (uint64_t)-1, 1038, 0x22000400);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &hint, 8);
	CHECK_STREQ(dec(r), "-1, F_SET_FILE_RW_HINT, [0xdeadc0de /* RWH_WRITE_LIFE_??? */]");
	r = REC(&b, __NR_fcntl, E(9), (uint64_t)-1, 1035, 0x22000400);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &hint, 8);
	CHECK_STREQ(dec(r), "-1, F_GET_RW_HINT, 0x22000400");
	r = REC(&b, __NR_fcntl, 1, 0, 1027, 0);
	CHECK_STREQ(dec(r), "0, F_DUPFD_QUERY, 0");
	r = REC(&b, __NR_fcntl, 0, 0, 1028, 0);
	CHECK_STREQ(dec(r), "0, F_CREATED_QUERY, 0");
	uint32_t deleg[2] = { 1, 0xffff0002 };
	r = REC(&b, __NR_fcntl, E(22), 0, 1040, 0x22000600);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, deleg, 8);
	CHECK_STREQ(dec(r), "0, F_SETDELEG, {d_flags=0x1, d_type=F_UNLCK, __pad=0xffff}");
	deleg[1] = 0xffff;
	r = REC(&b, __NR_fcntl, E(22), 0, 1040, 0x22000600);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, deleg, 8);
	CHECK_STREQ(dec(r), "0, F_SETDELEG, {d_flags=0x1, d_type=0xffff /* F_??? */, __pad=0}");
	int32_t owner[2] = { 1, 1234567890 };
	r = REC(&b, __NR_fcntl, E(3), 0, 15, 0x22000200);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, owner, 8);
	CHECK_STREQ(dec(r), "0, F_SETOWN_EX, {type=F_OWNER_PID, pid=1234567890}");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "0, 0xf, {type=0x1, pid=1234567890}");
}

TEST(file_execveat_fchmodat2)
{
	struct recbuf b;
	struct sct_syscall *r;
	r = REC(&b, __NR_execveat, E(22), (uint64_t)-100, 0x1000, 0x7f685e029000ULL, 0, 0xfffeeeffULL);
	blob_s(r, 1, SCT_CAP_PATH, "test.execveat\nfilename");
	CHECK_STREQ(dec(r), "AT_FDCWD, \"test.execveat\\nfilename\", 0x7f685e029000, NULL, "
		    "0xfffeeeff /* AT_??? */");
	r = REC(&b, __NR_execveat, E(9), (uint64_t)-1, 0x1000, 0, 0, 0x11000);
	blob_s(r, 1, SCT_CAP_PATH, "");
	CHECK_STREQ(dec(r), "-1, \"\", NULL, NULL, AT_EMPTY_PATH|AT_EXECVE_CHECK");

	r = REC(&b, __NR_fchmodat2, E(2), (uint64_t)-100, 0x1000, HI | 0644, 0x100);
	blob_s(r, 1, SCT_CAP_PATH, NOWHERE);
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/tmp/sc_file.nonexistent/f\", 0644, AT_SYMLINK_NOFOLLOW");
	r = REC(&b, __NR_fchmodat2, E(22), (uint64_t)-1, 0, 0, 0x80000000UL);
	CHECK_STREQ(dec(r), "-1, NULL, 000, 0x80000000 /* AT_??? */");
}

/* struct stat / statx: abbreviated, and whole under -v */
TEST(file_stat_v)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t st[144];
	memset(st, 0, sizeof(st));
	uint64_t dev = 6, ino = 3, nlink = 1, rdev = 0x103, blksize = 4096;
	uint32_t mode = 020000;
	int64_t t = 1492358607, ns = 870943366;
	memcpy(st, &dev, 8); memcpy(st + 8, &ino, 8); memcpy(st + 16, &nlink, 8);
	memcpy(st + 24, &mode, 4); memcpy(st + 40, &rdev, 8); memcpy(st + 56, &blksize, 8);
	for (int k = 0; k < 3; k++) {
		memcpy(st + 72 + 16 * k, &t, 8);
		memcpy(st + 80 + 16 * k, &ns, 8);
	}
	const char *tz = getenv("TZ");
	char *saved = tz ? strdup(tz) : NULL;
	setenv("TZ", "UTC", 1);
	tzset();

	r = REC(&b, __NR_fstat, 0, 0, 0x7ffd0000);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, st, sizeof(st));
	CHECK_STREQ(dec(r), "0, {st_mode=S_IFCHR|000, st_rdev=makedev(0x1, 0x3), ...}");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "0, {st_mode=020000 /* S_IFCHR|000 */, "
		    "st_rdev=0x103 /* makedev(0x1, 0x3) */, ...}");
	int nr = __NR_fstat;
	decode_opts.abbrev[nr / 64] &= ~(1ULL << (nr % 64));
	CHECK_STREQ(dec(r), "0, {st_dev=makedev(0, 0x6), st_ino=3, st_mode=S_IFCHR|000, st_nlink=1, "
		    "st_uid=0, st_gid=0, st_blksize=4096, st_blocks=0, st_rdev=makedev(0x1, 0x3), "
		    "st_atime=1492358607 /* 2017-04-16T16:03:27.870943366+0000 */, st_atime_nsec=870943366, "
		    "st_mtime=1492358607 /* 2017-04-16T16:03:27.870943366+0000 */, st_mtime_nsec=870943366, "
		    "st_ctime=1492358607 /* 2017-04-16T16:03:27.870943366+0000 */, st_ctime_nsec=870943366}");
	decode_opts.abbrev[nr / 64] |= 1ULL << (nr % 64);

	/* statx: stx_btime only when the mask has STATX_BTIME; stx_mnt_id in hex */
	uint8_t sx[256];
	memset(sx, 0, sizeof(sx));
	uint32_t mask = 0x17ff, blk = 4096, one = 1, maj = 254;
	uint16_t m = 0100644;
	uint64_t sx_ino = 861, size = 1221, blocks = 8, amask = 0x303874, mnt = 0x1b;
	memcpy(sx, &mask, 4); memcpy(sx + 4, &blk, 4); memcpy(sx + 16, &one, 4);
	memcpy(sx + 28, &m, 2); memcpy(sx + 32, &sx_ino, 8); memcpy(sx + 40, &size, 8);
	memcpy(sx + 48, &blocks, 8); memcpy(sx + 56, &amask, 8);
	int64_t at = 1779294449;
	for (int k = 0; k < 4; k++)
		memcpy(sx + 64 + 16 * k, &at, 8);
	memcpy(sx + 136, &maj, 4); memcpy(sx + 144, &mnt, 8);
	r = REC(&b, __NR_statx, 0, (uint64_t)-100, 0x1000, 0, 0x7ff, 0x7ffd0000);
	blob_s(r, 1, SCT_CAP_PATH, "/etc/passwd");
	blob(r, 4, SCT_CAP_STRUCT_OUT, 0, sx, sizeof(sx));
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/etc/passwd\", AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS, "
		    "{stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_attributes=0, stx_mode=S_IFREG|0644, "
		    "stx_size=1221, ...}");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "-100, \"/etc/passwd\", , 0x7ff, {stx_mask=0x17ff, "
		    "stx_attributes=0, stx_mode=0100644, stx_size=1221, ...}");
	nr = __NR_statx;
	decode_opts.abbrev[nr / 64] &= ~(1ULL << (nr % 64));
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/etc/passwd\", AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS, "
		    "{stx_mask=STATX_BASIC_STATS|STATX_MNT_ID, stx_blksize=4096, stx_attributes=0, "
		    "stx_nlink=1, stx_uid=0, stx_gid=0, stx_mode=S_IFREG|0644, stx_ino=861, stx_size=1221, "
		    "stx_blocks=8, stx_attributes_mask=STATX_ATTR_COMPRESSED|STATX_ATTR_IMMUTABLE|"
		    "STATX_ATTR_APPEND|STATX_ATTR_NODUMP|STATX_ATTR_ENCRYPTED|STATX_ATTR_AUTOMOUNT|"
		    "STATX_ATTR_MOUNT_ROOT|STATX_ATTR_VERITY|STATX_ATTR_DAX, "
		    "stx_atime={tv_sec=1779294449, tv_nsec=0} /* 2026-05-20T16:27:29+0000 */, "
		    "stx_ctime={tv_sec=1779294449, tv_nsec=0} /* 2026-05-20T16:27:29+0000 */, "
		    "stx_mtime={tv_sec=1779294449, tv_nsec=0} /* 2026-05-20T16:27:29+0000 */, "
		    "stx_rdev_major=0, stx_rdev_minor=0, stx_dev_major=254, stx_dev_minor=0, stx_mnt_id=0x1b}");
	decode_opts.abbrev[nr / 64] |= 1ULL << (nr % 64);

	if (saved) {
		setenv("TZ", saved, 1);
		free(saved);
	} else {
		unsetenv("TZ");
	}
	tzset();
}

/*
 * The xattr family (src/decode_xattr.c) against strace 7.2's output:
 * synthetic records decoded through the text emitter.  The expected
 * lines come from strace 7.2 runs of strace's own tests (xattr,
 * xattr-strings, setxattrat, getxattrat, file_setattr, quotactl*) and of
 * tests/progs/sc_xattr.c, addresses included.
 */
#include <stdint.h>
#include <stdlib.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"
#include "../../src/unistd_extra.h"

#define NAME "user.strace.test.xattr"

/* ------------------------------------------------------------- tests */

TEST(xattr_set)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_fsetxattr, E(14), (uint64_t)-1, 0, 0, 0, 1);
	CHECK_STREQ(dec(r), "-1, NULL, NULL, 0, XATTR_CREATE");
	r = REC(&b, __NR_fsetxattr, E(14), (uint64_t)-1, 0, 0x7f3a0053d000, 0, 1);
	blob(r, 2, SCT_CAP_BUF_IN, 0, "", 0);
	CHECK_STREQ(dec(r), "-1, NULL, \"\", 0, XATTR_CREATE");
	/* more than XATTR_SIZE_MAX: the address */
	r = REC(&b, __NR_fsetxattr, E(7), (uint64_t)-1, 0x5000, 0x7f3a0053d000, 65537, 1);
	blob_s(r, 1, SCT_CAP_STR, NAME);
	blob(r, 2, SCT_CAP_BUF_IN, SCT_BF_TRUNC, "\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377"
	     "\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377", 32);
	CHECK_STREQ(dec(r), "-1, \"" NAME "\", 0x7f3a0053d000, 65537, XATTR_CREATE");
	/* unreadable */
	r = REC(&b, __NR_fsetxattr, E(14), (uint64_t)-1, 0x5000, 0x7f3a00552ff9, 8, 1);
	blob_s(r, 1, SCT_CAP_STR, NAME);
	blob(r, 2, SCT_CAP_BUF_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "-1, \"" NAME "\", 0x7f3a00552ff9, 8, XATTR_CREATE");
	/* a trailing NUL is left out */
	r = REC(&b, __NR_fsetxattr, E(9), (uint64_t)-1, 0x5000, 0x6000, 8, 2);
	blob_s(r, 1, SCT_CAP_STR, NAME);
	blob(r, 2, SCT_CAP_BUF_IN, 0, "foo\0bar", 8);
	CHECK_STREQ(dec(r), "-1, \"" NAME "\", \"foo\\0bar\", 8, XATTR_REPLACE");
	r = REC(&b, __NR_lsetxattr, 0, 0x4000, 0x5000, 0x6000, 7, 3);
	blob_s(r, 0, SCT_CAP_PATH, ".");
	blob_s(r, 1, SCT_CAP_STR, NAME);
	blob(r, 2, SCT_CAP_BUF_IN, 0, "foo\0bar", 7);
	CHECK_STREQ(dec(r), "\".\", \"" NAME "\", \"foo\\0bar\", 7, XATTR_CREATE|XATTR_REPLACE");
	/* flags: unknown bits; the upper half of the register is not looked at */
	r = REC(&b, __NR_fsetxattr, E(22), (uint64_t)-1, 0x5000, 0x21000ffc, 8, 0xdefaced00000005ULL);
	blob_s(r, 1, SCT_CAP_STR, "user.sc");
	blob(r, 2, SCT_CAP_BUF_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "-1, \"user.sc\", 0x21000ffc, 8, XATTR_CREATE|0x4");
	r = REC(&b, __NR_fsetxattr, E(22), (uint64_t)-1, 0x5000, 0x6000, 7, 0x10);
	blob_s(r, 1, SCT_CAP_STR, "user.sc");
	blob(r, 2, SCT_CAP_BUF_IN, 0, "foo\0bar", 7);
	CHECK_STREQ(dec(r), "-1, \"user.sc\", \"foo\\0bar\", 7, 0x10 /* XATTR_??? */");
	/* xattr-strings: -s 4 */
	r = REC(&b, __NR_fsetxattr, E(9), (uint64_t)-1, 0x5000, 0x6000, 7, 2);
	blob(r, 1, SCT_CAP_STR, SCT_BF_TRUNC, "stra", 4);
	blob(r, 2, SCT_CAP_BUF_IN, SCT_BF_TRUNC, "foob", 4);
	CHECK_STREQ(dec_s(r, 4), "-1, \"stra\"..., \"foob\"..., 7, XATTR_REPLACE");
}

TEST(xattr_get_list)
{
	struct recbuf b;
	struct sct_syscall *r;

	/* size 0: the address, whatever came back */
	r = REC(&b, __NR_getxattr, 7, 0x4000, 0x5000, 0x7f3a0053d000, 0);
	blob_s(r, 0, SCT_CAP_PATH, ".");
	blob_s(r, 1, SCT_CAP_STR, NAME);
	CHECK_STREQ(dec(r), "\".\", \"" NAME "\", 0x7f3a0053d000, 0");
	r = REC(&b, __NR_lgetxattr, 7, 0x4000, 0x5000, 0x6000, 65536);
	blob_s(r, 0, SCT_CAP_PATH, ".");
	blob_s(r, 1, SCT_CAP_STR, NAME);
	blob(r, 2, SCT_CAP_BUF_OUT, 0, "foo\0bar", 7);
	CHECK_STREQ(dec(r), "\".\", \"" NAME "\", \"foo\\0bar\", 65536");
	r = REC(&b, __NR_fgetxattr, E(9), (uint64_t)-1, 0x5000, 0x7f3a00559000, 4);
	blob_s(r, 1, SCT_CAP_STR, NAME);
	CHECK_STREQ(dec(r), "-1, \"" NAME "\", 0x7f3a00559000, 4");
	r = REC(&b, __NR_getxattr, E(14), 0x4000, 0x5000, 0, 64);
	blob_s(r, 0, SCT_CAP_PATH, "/tmp/sc_xattr.file");
	blob_s(r, 1, SCT_CAP_STR, "user.sc");
	CHECK_STREQ(dec(r), "\"/tmp/sc_xattr.file\", \"user.sc\", NULL, 64");

	r = REC(&b, __NR_flistxattr, E(9), (uint64_t)-1, 0x7f3a00559000, 4);
	CHECK_STREQ(dec(r), "-1, 0x7f3a00559000, 4");
	r = REC(&b, __NR_listxattr, 23, 0x4000, 0x7f3a0053d000, 0);
	blob_s(r, 0, SCT_CAP_PATH, ".");
	CHECK_STREQ(dec(r), "\".\", 0x7f3a0053d000, 0");
	r = REC(&b, __NR_llistxattr, 23, 0x4000, 0x6000, 65536);
	blob_s(r, 0, SCT_CAP_PATH, ".");
	blob(r, 1, SCT_CAP_BUF_OUT, 0, NAME "", sizeof(NAME));
	CHECK_STREQ(dec(r), "\".\", \"" NAME "\\0\", 65536");
	r = REC(&b, __NR_removexattr, 0, 0x4000, 0x5000);
	blob_s(r, 0, SCT_CAP_PATH, ".");
	blob_s(r, 1, SCT_CAP_STR, NAME);
	CHECK_STREQ(dec(r), "\".\", \"" NAME "\"");
	r = REC(&b, __NR_fremovexattr, E(14), (uint64_t)-1, 0);
	CHECK_STREQ(dec(r), "-1, NULL");
}

TEST(xattr_at)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t args[24] = { 0 };

	/* shorter than struct xattr_args */
	r = REC(&b, __NR_setxattrat, E(22), (uint64_t)-1, 0x4000, 0, 0x5000, 0x7fd9efa9eff0, 15);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob_s(r, 3, SCT_CAP_STR, "user.strace.test.setxattrat");
	blob(r, 4, SCT_CAP_BUF_IN, 0, args, 15);
	CHECK_STREQ(dec(r), "-1, \"\", 0, \"user.strace.test.setxattrat\", 0x7fd9efa9eff0, 15");
	/* value NULL, unknown flags, nonzero bytes past the struct */
	args[8] = 1;
	args[12] = 4;
	memcpy(args + 16, "\x90\x91\x92\x93\x94\x95\x96\x97", 8);
	r = REC(&b, __NR_setxattrat, E(7), (uint64_t)-1, 0x4000, 0, 0x5000, 0x7fd9efa9efe8, 24);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob_s(r, 3, SCT_CAP_STR, "user.strace.test.setxattrat");
	blob(r, 4, SCT_CAP_BUF_IN, 0, args, 24);
	CHECK_STREQ(dec(r), "-1, \"\", 0, \"user.strace.test.setxattrat\", {value=NULL, size=1, "
		    "flags=0x4 /* XATTR_??? */, /* bytes 16..23 */ \"\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\"}, 24");
	/* getxattrat: the same struct */
	r = REC(&b, __NR_getxattrat, E(7), (uint64_t)-1, 0x4000, 0, 0x5000, 0x7fd9efa9efe8, 24);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob_s(r, 3, SCT_CAP_STR, "user.strace.test.getxattrat");
	blob(r, 4, SCT_CAP_BUF_IN, 0, args, 24);
	CHECK_STREQ(dec(r), "-1, \"\", 0, \"user.strace.test.getxattrat\", {value=NULL, size=1, "
		    "flags=0x4 /* XATTR_??? */, /* bytes 16..23 */ \"\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\"}, 24");
	/* value too large: its address; all flags, AT_* flags */
	uint64_t big = 0x7f2f5a9fefff;
	memset(args, 0, sizeof(args));
	memcpy(args, &big, 8);
	args[8] = 0x01; args[10] = 0x01;   /* 65537 */
	memset(args + 12, 0xff, 4);
	r = REC(&b, __NR_setxattrat, E(22), 0xffffffff, 0, 0xffffffff, 0x5000, 0x6000, 16);
	blob_s(r, 3, SCT_CAP_STR, "user.strace.test.setxattrat");
	blob(r, 4, SCT_CAP_BUF_IN, 0, args, 16);
	CHECK_STREQ(dec(r), "-1, NULL, AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH|0xffffeeff, "
		    "\"user.strace.test.setxattrat\", {value=0x7f2f5a9fefff, size=65537, "
		    "flags=XATTR_CREATE|XATTR_REPLACE|0xfffffffc}, 16");
	/* getxattrat, size 0: the value's address */
	uint64_t out = 0x21000400;
	memset(args, 0, sizeof(args));
	memcpy(args, &out, 8);
	r = REC(&b, __NR_getxattrat, 8, (uint64_t)-100, 0x4000, 0x100, 0x5000, 0x21000200, 16);
	blob_s(r, 1, SCT_CAP_PATH, "/tmp/sc_xattr.file");
	blob_s(r, 3, SCT_CAP_STR, "user.sc");
	blob(r, 4, SCT_CAP_BUF_IN, 0, args, 16);
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/tmp/sc_xattr.file\", AT_SYMLINK_NOFOLLOW, \"user.sc\", "
		    "{value=0x21000400, size=0, flags=0}, 16");
	/* failed with a size: the address too */
	args[8] = 64;
	r = REC(&b, __NR_getxattrat, E(34), (uint64_t)-100, 0x4000, 0, 0x5000, 0x21000200, 16);
	blob_s(r, 1, SCT_CAP_PATH, "/tmp/sc_xattr.file");
	blob_s(r, 3, SCT_CAP_STR, "");
	blob(r, 4, SCT_CAP_BUF_IN, 0, args, 16);
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/tmp/sc_xattr.file\", 0, \"\", "
		    "{value=0x21000400, size=64, flags=0}, 16");
	/* setxattrat, size 0: "" */
	args[8] = 0;
	r = REC(&b, __NR_setxattrat, E(22), (uint64_t)-1, 0, 1, 0x5000, 0x21000200, 24);
	blob_s(r, 3, SCT_CAP_STR, "user.sc");
	blob(r, 4, SCT_CAP_BUF_IN, 0, args, 24);
	CHECK_STREQ(dec(r), "-1, NULL, 0x1 /* AT_??? */, \"user.sc\", {value=\"\", size=0, flags=0}, 24");

	r = REC(&b, __NR_listxattrat, 8, (uint64_t)-100, 0x4000, 0, 0x21000400, 64);
	blob_s(r, 1, SCT_CAP_PATH, "/tmp/sc_xattr.file");
	blob(r, 3, SCT_CAP_BUF_OUT, 0, "user.sc", 8);
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/tmp/sc_xattr.file\", 0, \"user.sc\\0\", 64");
	r = REC(&b, __NR_listxattrat, 0, (uint64_t)-1, 0x4000, 0x100, 0x7ff47a887000, 65536);
	blob_s(r, 1, SCT_CAP_PATH, "/");
	CHECK_STREQ(dec(r), "-1, \"/\", AT_SYMLINK_NOFOLLOW, \"\", 65536");
	r = REC(&b, __NR_removexattrat, E(22), 3, 0, 0xdefacedffffffffULL, 0x5000);
	blob_s(r, 3, SCT_CAP_STR, "user.sc");
	CHECK_STREQ(dec(r), "3, NULL, AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH|0xffffeeff, \"user.sc\"");
}

TEST(xattr_file_attr)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t fa[32] = { 0 };
	uint64_t xf = 0x800ffffbULL;
	uint32_t extsize = 3735928559u, projid = 0xcafef00d, cow = 3133063390u;

	memcpy(fa, &xf, 8);
	memcpy(fa + 8, &extsize, 4);
	memcpy(fa + 16, &projid, 4);
	memcpy(fa + 20, &cow, 4);
	r = REC(&b, __NR_file_setattr, E(22), (uint64_t)-1, 0x4000, 0x6000, 24, 0);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob(r, 2, SCT_CAP_BUF_IN, 0, fa, 24);
	CHECK_STREQ(dec(r), "-1, \"\", {fa_xflags=FS_XFLAG_REALTIME|FS_XFLAG_PREALLOC|FS_XFLAG_IMMUTABLE|"
		    "FS_XFLAG_APPEND|FS_XFLAG_SYNC|FS_XFLAG_NOATIME|FS_XFLAG_NODUMP|FS_XFLAG_RTINHERIT|"
		    "FS_XFLAG_PROJINHERIT|FS_XFLAG_NOSYMLINKS|FS_XFLAG_EXTSIZE|FS_XFLAG_EXTSZINHERIT|"
		    "FS_XFLAG_NODEFRAG|FS_XFLAG_FILESTREAM|FS_XFLAG_DAX|FS_XFLAG_COWEXTSIZE|FS_XFLAG_VERITY|"
		    "FS_XFLAG_HASATTR|FS_XFLAG_CASEFOLD|FS_XFLAG_CASENONPRESERVING, fa_extsize=3735928559, "
		    "fa_projid=0xcafef00d, fa_cowextsize=3133063390}, 24, 0");
	xf = 0xffffffff7ff00004ULL;
	memcpy(fa, &xf, 8);
	r = REC(&b, __NR_file_setattr, E(22), (uint64_t)-1, 0x4000, 0x6000, 24, 0);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob(r, 2, SCT_CAP_BUF_IN, 0, fa, 24);
	CHECK_STREQ(dec(r), "-1, \"\", {fa_xflags=0xffffffff7ff00004 /* FS_XFLAG_??? */, "
		    "fa_extsize=3735928559, fa_projid=0xcafef00d, fa_cowextsize=3133063390}, 24, 0");
	memset(fa, 0, 24);
	memcpy(fa + 24, "\x80\x81\x82\x83\x84\x85\x86\x87", 8);
	r = REC(&b, __NR_file_setattr, E(7), (uint64_t)-1, 0x4000, 0x6000, 32, 0);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob(r, 2, SCT_CAP_BUF_IN, 0, fa, 32);
	CHECK_STREQ(dec(r), "-1, \"\", {fa_xflags=0, fa_extsize=0, fa_projid=0, fa_cowextsize=0, "
		    "/* bytes 24..31 */ \"\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\"}, 32, 0");
	/* out of range sizes: the address */
	r = REC(&b, __NR_file_setattr, E(22), (uint64_t)-1, 0x4000, 0x7f00d2b86fe8, 23, 0);
	blob_s(r, 1, SCT_CAP_PATH, "");
	CHECK_STREQ(dec(r), "-1, \"\", 0x7f00d2b86fe8, 23, 0");
	r = REC(&b, __NR_file_setattr, E(7), (uint64_t)-1, 0x4000, 0x7f00d2996fe0, 4097, 0);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob(r, 2, SCT_CAP_BUF_IN, SCT_BF_TRUNC, fa, 32);
	CHECK_STREQ(dec(r), "-1, \"\", 0x7f00d2996fe0, 4097, 0");
	r = REC(&b, __NR_file_setattr, E(14), (uint64_t)-1, 0, 0, 24, 0xffffeeff);
	CHECK_STREQ(dec(r), "-1, NULL, NULL, 24, 0xffffeeff /* AT_??? */");
	/* file_getattr: fa_nextents; the address when the call failed */
	r = REC(&b, __NR_file_getattr, E(2), (uint64_t)-1, 0x4000, 0x21000800, 24, 0);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob(r, 2, SCT_CAP_BUF_IN, 0, fa, 24);
	CHECK_STREQ(dec(r), "-1, \"\", 0x21000800, 24, 0");
	uint32_t next = 5;
	memcpy(fa + 12, &next, 4);
	r = REC(&b, __NR_file_getattr, 0, (uint64_t)-100, 0x4000, 0x21000800, 24, 0x1100);
	blob_s(r, 1, SCT_CAP_PATH, "f");
	blob(r, 2, SCT_CAP_BUF_IN, 0, fa, 24);
	CHECK_STREQ(dec(r), "AT_FDCWD, \"f\", {fa_xflags=0, fa_extsize=0, fa_nextents=5, fa_projid=0, "
		    "fa_cowextsize=0}, 24, AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH");
}

#define QCMD(cmd, type) ((uint64_t)(((uint32_t)(cmd) << 8) | ((type) & 0xff)))

TEST(xattr_quotactl)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t data[160] = { 0 };

	r = REC(&b, __NR_quotactl, E(22), QCMD(0xbadc0d, 0xed), 0x7f2957dd4000, 3397364973u, 0x7f2957be4000);
	CHECK_STREQ(dec(r), "QCMD(0xbadc0d /* Q_??? */, 0xed /* ???QUOTA */), 0x7f2957dd4000, 3397364973, "
		    "0x7f2957be4000");
	r = REC(&b, __NR_quotactl, E(19), 0, 0, 0xffffffff, 0);
	CHECK_STREQ(dec(r), "QCMD(0 /* Q_??? */, USRQUOTA), NULL, -1, NULL");
	r = REC(&b, __NR_quotactl, E(2), QCMD(0x800002, 0), 0x4000, 1, 0x5000);
	blob_s(r, 1, SCT_CAP_PATH, "/dev/bogus/");
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, "/tmp/bogus/\0xyz", 16);
	CHECK_STREQ(dec(r), "QCMD(Q_QUOTAON, USRQUOTA), \"/dev/bogus/\", QFMT_VFS_OLD, \"/tmp/bogus/\"");
	r = REC(&b, __NR_quotactl, E(22), QCMD(0x800002, 0xed), 0x4000, 0xca7faced, 0x7f2957be4000);
	blob_s(r, 1, SCT_CAP_PATH, "/dev/bogus/");
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "QCMD(Q_QUOTAON, 0xed /* ???QUOTA */), \"/dev/bogus/\", "
		    "0xca7faced /* QFMT_??? */, 0x7f2957be4000");
	r = REC(&b, __NR_quotactl, E(22), QCMD(0x800003, 3), 0, 0, 0);
	CHECK_STREQ(dec(r), "QCMD(Q_QUOTAOFF, 0x3 /* ???QUOTA */), NULL");
	r = REC(&b, __NR_quotactl, E(2), QCMD(0x800007, 0), 0x4000, 0, 0x7f2957bd7fb8);
	blob_s(r, 1, SCT_CAP_PATH, "/dev/sda1");
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, data, 160);
	CHECK_STREQ(dec(r), "QCMD(Q_GETQUOTA, USRQUOTA), \"/dev/sda1\", 0, 0x7f2957bd7fb8");

	/* if_dqblk: abbreviated, and in full under -v */
	for (int k = 0; k < 72; k++)
		data[k] = (uint8_t)(0x80 + k);
	r = REC(&b, __NR_quotactl, E(2), QCMD(0x800008, 2), 0x4000, 3141592653u, 0x5000);
	blob_s(r, 1, SCT_CAP_PATH, "/dev/bogus/");
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, data, 160);
	CHECK_STREQ(dec(r), "QCMD(Q_SETQUOTA, PRJQUOTA), \"/dev/bogus/\", 3141592653, "
		    "{dqb_bhardlimit=9765639646188044672, dqb_bsoftlimit=10344361028892658056, "
		    "dqb_curspace=10923082411597271440, dqb_ihardlimit=11501803794301884824, "
		    "dqb_isoftlimit=12080525177006498208, dqb_curinodes=12659246559711111592, ...}");
	uint64_t saved[SCT_MAX_SYSCALLS / 64];
	memcpy(saved, decode_opts.abbrev, sizeof(saved));
	memset(decode_opts.abbrev, 0, sizeof(decode_opts.abbrev));
	CHECK_STREQ(dec(r), "QCMD(Q_SETQUOTA, PRJQUOTA), \"/dev/bogus/\", 3141592653, "
		    "{dqb_bhardlimit=9765639646188044672, dqb_bsoftlimit=10344361028892658056, "
		    "dqb_curspace=10923082411597271440, dqb_ihardlimit=11501803794301884824, "
		    "dqb_isoftlimit=12080525177006498208, dqb_curinodes=12659246559711111592, "
		    "dqb_btime=13237967942415724976, dqb_itime=13816689325120338360, "
		    "dqb_valid=0xc3c2c1c0 /* QIF_??? */}");
	memcpy(decode_opts.abbrev, saved, sizeof(saved));

	/* if_dqinfo; -X raw and -X verbose */
	uint32_t fl = 0xdeadabcd, valid = 0x97969594;
	memcpy(data + 16, &fl, 4);
	memcpy(data + 20, &valid, 4);
	r = REC(&b, __NR_quotactl, E(2), QCMD(0x800006, 0), 0x4000, 0, 0x5000);
	blob_s(r, 1, SCT_CAP_PATH, "/dev/bogus/");
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, data, 160);
	CHECK_STREQ(dec(r), "QCMD(Q_SETINFO, USRQUOTA), \"/dev/bogus/\", {dqi_bgrace=9765639646188044672, "
		    "dqi_igrace=10344361028892658056, dqi_flags=DQF_ROOT_SQUASH|DQF_SYS_FILE|0xdeacabcc, "
		    "dqi_valid=IIF_FLAGS|0x97969590}");
	decode_opts.xlat = XLAT_VERBOSE;
	CHECK_STREQ(dec(r), "2147485184 /* QCMD(Q_SETINFO, USRQUOTA) */, \"/dev/bogus/\", "
		    "{dqi_bgrace=9765639646188044672, dqi_igrace=10344361028892658056, "
		    "dqi_flags=0xdeadabcd /* DQF_ROOT_SQUASH|DQF_SYS_FILE|0xdeacabcc */, "
		    "dqi_valid=0x97969594 /* IIF_FLAGS|0x97969590 */}");
	decode_opts.xlat = XLAT_RAW;
	CHECK_STREQ(dec(r), "2147485184, \"/dev/bogus/\", {dqi_bgrace=9765639646188044672, "
		    "dqi_igrace=10344361028892658056, dqi_flags=0xdeadabcd, dqi_valid=0x97969594}");
	decode_opts.xlat = XLAT_ABBREV;

	/* XFS: flags in brackets */
	uint32_t qf = 0xdeadbeef;
	memcpy(data, &qf, 4);
	r = REC(&b, __NR_quotactl, E(2), QCMD(0x5801, 0), 0x4000, 0, 0x5000);
	blob_s(r, 1, SCT_CAP_PATH, "/dev/bogus/");
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, data, 160);
	CHECK_STREQ(dec(r), "QCMD(Q_XQUOTAON, USRQUOTA), \"/dev/bogus/\", [FS_QUOTA_UDQ_ACCT|"
		    "FS_QUOTA_UDQ_ENFD|FS_QUOTA_GDQ_ACCT|FS_QUOTA_GDQ_ENFD|FS_QUOTA_PDQ_ENFD|0xdeadbec0]");
	r = REC(&b, __NR_quotactl, E(19), QCMD(0x5806, 1), 0, 0, 0x5000);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, data, 160);
	CHECK_STREQ(dec(r), "QCMD(Q_XQUOTARM, GRPQUOTA), NULL, [FS_USER_QUOTA|FS_PROJ_QUOTA|"
		    "FS_GROUP_QUOTA|0xdeadbee8]");
	r = REC(&b, __NR_quotactl, E(22), QCMD(0x5807, 0xff), 0, 0, 0);
	CHECK_STREQ(dec(r), "QCMD(Q_XQUOTASYNC, 0xff /* ???QUOTA */), NULL");

	r = REC(&b, __NR_quotactl_fd, E(9), 0xffffffff, QCMD(0x800004, 1), 0, 0x7f1f94f2bffc);
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "-1, QCMD(Q_GETFMT, GRPQUOTA), 0x7f1f94f2bffc");
}

/* Structs sized by the caller whose tail runs into an unreadable page
 * (PARTIAL blobs of CAP_SIZED; strace's file_setattr and setxattrat tests) */
TEST(xattr_partial_tails)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t fa[24] = { 0 };

	r = REC(&b, __NR_file_setattr, E(14), (uint64_t)-1, 0x4000, 0x7f35dc49afe8, 32, 0);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, fa, 24);
	CHECK_STREQ(dec(r), "-1, \"\", {fa_xflags=0, fa_extsize=0, fa_projid=0, fa_cowextsize=0, "
		    "???}, 32, 0");
	/* the struct itself cut short: the address */
	r = REC(&b, __NR_file_setattr, E(14), (uint64_t)-1, 0x4000, 0x7f35dc49aff0, 24, 0);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, fa, 16);
	CHECK_STREQ(dec(r), "-1, \"\", 0x7f35dc49aff0, 24, 0");

	uint64_t xa[2] = { 0x7f69d328afff, 65537 };
	r = REC(&b, __NR_setxattrat, E(14), (uint64_t)-1, 0x4000, 0, 0x5000, 0x7f69d3496ff0, 17);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob_s(r, 3, SCT_CAP_STR, "user.strace.test.setxattrat");
	blob(r, 4, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, xa, 16);
	CHECK_STREQ(dec(r), "-1, \"\", 0, \"user.strace.test.setxattrat\", "
		    "{value=0x7f69d328afff, size=65537, flags=0, ???}, 17");
	xa[1] = 32;
	r = REC(&b, __NR_getxattrat, E(14), (uint64_t)-1, 0x4000, 0, 0x5000, 0x7ff3d1819ff0, 17);
	blob_s(r, 1, SCT_CAP_PATH, "");
	blob_s(r, 3, SCT_CAP_STR, "user.strace.test.getxattrat");
	blob(r, 4, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, xa, 16);
	CHECK_STREQ(dec(r), "-1, \"\", 0, \"user.strace.test.getxattrat\", "
		    "{value=0x7f69d328afff, size=32, flags=0, ???}, 17");
}

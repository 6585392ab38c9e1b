/*
 * -y / --decode-fds (src/fdpath.c): SCT_CAP_FDPATH blobs as BPF sends them,
 * decoded through the text emitter, against strace 7.2's forms (checked
 * with its -y/-yy on tests/progs/sc_fds.c and strace's own tests).
 */
#include <stdint.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"
#include "../../src/fdpath.h"

static void fdpath(struct sct_syscall *r, int arg, int idx, int flags, const char *s, uint64_t aux)
{
	blob_aux(r, arg, SCT_CAP_FDPATH, flags, idx, s, (uint32_t)strlen(s), aux);
}

#define CHR_NULL ((uint64_t)020666 << 32 | (1u << 20 | 3))   /* i_mode << 32 | i_rdev */

TEST(fds_paths)
{
	struct recbuf b;
	struct sct_syscall *r;
	unsigned saved = decode_opts.decode_fds;
	decode_opts.decode_fds = DECODE_FD_PATH;

	/* escapes: strace's, and '<' '>' in octal; (deleted) after */
	r = REC(&b, __NR_close, 0, 3);
	fdpath(r, 0, 0, SCT_BF_FD_DELETED, "/tmp/n>m\1o<7", 0);
	CHECK_STREQ(dec(r), "3</tmp/n\\76m\\1o\\0747>(deleted)");
	/* AT_FDCWD and a dirfd */
	r = REC(&b, __NR_openat, 3, (uint64_t)-100, 0x1000, 0, 0);
	blob_s(r, 1, SCT_CAP_PATH, "x");
	fdpath(r, 0, 0, 0, "/root", 0);
	CHECK_STREQ(dec(r), "AT_FDCWD</root>, \"x\", O_RDONLY");
	/* a pipe's inode; not open: the bare number */
	r = REC(&b, __NR_write, 1, 4, 0x1000, 1);
	fdpath(r, 0, 0, SCT_BF_FD_INO, "pipe", 12345);
	blob_s(r, 1, SCT_CAP_BUF_IN, "y");
	CHECK_STREQ(dec(r), "4<pipe:[12345]>, \"y\", 1");
	r = REC(&b, __NR_close, E(9), 99);
	CHECK_STREQ(dec(r), "99");
	/* past PATH_MAX: strace's readlink fails, so the bare number */
	r = REC(&b, __NR_fsync, 0, 4);
	fdpath(r, 0, 0, SCT_BF_TRUNC, "/ddd/ddd", 0);
	CHECK_STREQ(dec(r), "4");
	/* pipe's int[2] */
	r = REC(&b, __NR_pipe2, 0, 0x1000, 0);
	int32_t fds[2] = { 3, 5 };
	blob(r, 0, SCT_CAP_STRUCT_OUT, 0, fds, sizeof(fds));
	fdpath(r, 0, 1, SCT_BF_FD_INO, "pipe", 7);
	fdpath(r, 0, 2, SCT_BF_FD_INO, "pipe", 7);
	CHECK_STREQ(dec(r), "[3<pipe:[7]>, 5<pipe:[7]>], 0");
	/* -y: no device numbers, pidfds as anonymous inodes */
	r = REC(&b, __NR_close, 0, 3);
	fdpath(r, 0, 0, 0, "/dev/null", CHR_NULL);
	CHECK_STREQ(dec(r), "3</dev/null>");
	r = REC(&b, __NR_close, 0, 4);
	fdpath(r, 0, 0, 0, "anon_inode:[pidfd]", 42);
	CHECK_STREQ(dec(r), "4<anon_inode:[pidfd]>");
	decode_opts.decode_fds = saved;
}

TEST(fds_classes)
{
	struct recbuf b;
	struct sct_syscall *r;
	unsigned saved = decode_opts.decode_fds;

	decode_opts.decode_fds = DECODE_FD_ALL;   /* -yy */
	r = REC(&b, __NR_close, 0, 3);
	fdpath(r, 0, 0, 0, "/dev/null", CHR_NULL);
	CHECK_STREQ(dec(r), "3</dev/null<char 1:3>>");
	r = REC(&b, __NR_close, 0, 4);
	fdpath(r, 0, 0, 0, "anon_inode:[pidfd]", 42);
	CHECK_STREQ(dec(r), "4<pid:42>");
	/* the kernel keeps a signalfd's mask inverted */
	r = REC(&b, __NR_close, 0, 3);
	fdpath(r, 0, 0, 0, "anon_inode:[signalfd]", ~((1ULL << 11) | (1ULL << 16)));
	CHECK_STREQ(dec(r), "3<signalfd:[USR2 CHLD]>");

	/* a class alone: its own fds only (strace: --decode-fds=dev) */
	decode_opts.decode_fds = DECODE_FD_DEV;
	r = REC(&b, __NR_close, 0, 3);
	fdpath(r, 0, 0, 0, "/dev/null", CHR_NULL);
	CHECK_STREQ(dec(r), "3</dev/null<char 1:3>>");
	r = REC(&b, __NR_close, 0, 3);
	fdpath(r, 0, 0, 0, "/etc/passwd", (uint64_t)0100644 << 32);
	CHECK_STREQ(dec(r), "3");
	r = REC(&b, __NR_close, 0, 3);
	fdpath(r, 0, 0, SCT_BF_FD_INO, "socket", 9);
	CHECK_STREQ(dec(r), "3");
	decode_opts.decode_fds = saved;
}

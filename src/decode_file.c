// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Files and descriptors: fds, AT_FDCWD, paths and strings, open flags and
 * modes, AT_* flags, access modes, lseek, fcntl, flock, dup3/pipe2 flags,
 * epoll/eventfd/memfd flags.
 *
 * Values are the x86_64 kernel's (asm-generic/fcntl.h), written out so
 * that libc's view (glibc defines O_LARGEFILE as 0 on x86_64) does not
 * matter.  Table order is strace's output order.
 */
#include "decode_priv.h"

#include <asm/unistd_64.h>

#include <linux/fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define K_O_CREAT      00000100
#define K_O_EXCL       00000200
#define K_O_NOCTTY     00000400
#define K_O_TRUNC      00001000
#define K_O_APPEND     00002000
#define K_O_NONBLOCK   00004000
#define K_O_DSYNC      00010000
#define K_FASYNC       00020000
#define K_O_DIRECT     00040000
#define K_O_LARGEFILE  00100000
#define K_O_DIRECTORY  00200000
#define K_O_NOFOLLOW   00400000
#define K_O_NOATIME    01000000
#define K_O_CLOEXEC    02000000
#define K___O_SYNC     04000000
#define K_O_SYNC       (K___O_SYNC | K_O_DSYNC)
#define K_O_PATH       010000000
#define K___O_TMPFILE  020000000
#define K_O_TMPFILE    (K___O_TMPFILE | K_O_DIRECTORY)
/* openat2 only (how.flags is 64-bit); linux/openat2.h of Linux 7.x */
#define K_OPENAT2_REGULAR 0x100000000ULL

#define K_AT_FDCWD     (-100)

const struct flag_name open_access_modes[] = {
	{ 0, "O_RDONLY" },
	{ 1, "O_WRONLY" },
	{ 2, "O_RDWR" },
	{ 3, "O_ACCMODE" },
	{ 0, NULL }
};

/* Multi-bit values first: O_SYNC before __O_SYNC/O_DSYNC, O_TMPFILE before O_DIRECTORY. */
const struct flag_name open_flags[] = {
	{ K_O_CREAT, "O_CREAT" },
	{ K_O_EXCL, "O_EXCL" },
	{ K_O_NOCTTY, "O_NOCTTY" },
	{ K_O_TRUNC, "O_TRUNC" },
	{ K_O_APPEND, "O_APPEND" },
	{ K_O_NONBLOCK, "O_NONBLOCK" },
	{ K_O_SYNC, "O_SYNC" },
	{ K___O_SYNC, "__O_SYNC" },
	{ K_O_DSYNC, "O_DSYNC" },
	{ K_O_DIRECT, "O_DIRECT" },
	{ K_O_LARGEFILE, "O_LARGEFILE" },
	{ K_O_NOFOLLOW, "O_NOFOLLOW" },
	{ K_O_NOATIME, "O_NOATIME" },
	{ K_O_CLOEXEC, "O_CLOEXEC" },
	{ K_O_PATH, "O_PATH" },
	{ K_O_TMPFILE, "O_TMPFILE" },
	{ K___O_TMPFILE, "__O_TMPFILE" },
	{ K_O_DIRECTORY, "O_DIRECTORY" },
	{ K_FASYNC, "FASYNC" },
	{ K_OPENAT2_REGULAR, "OPENAT2_REGULAR" },
	{ 0, NULL }
};

static const struct flag_name dirfd_names[] = {
	{ (uint64_t)(int64_t)K_AT_FDCWD, "AT_FDCWD" },
	{ 0, NULL }
};

const struct flag_name at_flags[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x200, "AT_REMOVEDIR" },
	{ 0x400, "AT_SYMLINK_FOLLOW" },
	{ 0x800, "AT_NO_AUTOMOUNT" },
	{ 0x1000, "AT_EMPTY_PATH" },
	{ 0x8000, "AT_RECURSIVE" },
	{ 0, NULL }
};

/* execveat: only these (strace's execveat_flags) */
static const struct flag_name execveat_flags[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x1000, "AT_EMPTY_PATH" },
	{ 0x10000, "AT_EXECVE_CHECK" },   /* linux/fcntl.h of Linux 6.14 */
	{ 0, NULL }
};

/* faccessat2: 0x200 is AT_EACCESS here, not AT_REMOVEDIR */
const struct flag_name faccessat_flags[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" },
	{ 0x200, "AT_EACCESS" },
	{ 0x1000, "AT_EMPTY_PATH" },
	{ 0, NULL }
};

#define K_AT_STATX_SYNC_TYPE 0x6000
static const struct flag_name statx_sync_types[] = {
	{ 0x0000, "AT_STATX_SYNC_AS_STAT" },
	{ 0x2000, "AT_STATX_FORCE_SYNC" },
	{ 0x4000, "AT_STATX_DONT_SYNC" },
	{ 0, NULL }
};

const struct flag_name statx_masks[] = {
	{ 0x00000fff, "STATX_ALL" },
	{ 0x000007ff, "STATX_BASIC_STATS" },
	{ 0x00000001, "STATX_TYPE" },
	{ 0x00000002, "STATX_MODE" },
	{ 0x00000004, "STATX_NLINK" },
	{ 0x00000008, "STATX_UID" },
	{ 0x00000010, "STATX_GID" },
	{ 0x00000020, "STATX_ATIME" },
	{ 0x00000040, "STATX_MTIME" },
	{ 0x00000080, "STATX_CTIME" },
	{ 0x00000100, "STATX_INO" },
	{ 0x00000200, "STATX_SIZE" },
	{ 0x00000400, "STATX_BLOCKS" },
	{ 0x00000800, "STATX_BTIME" },
	{ 0x00001000, "STATX_MNT_ID" },
	{ 0x00002000, "STATX_DIOALIGN" },
	{ 0, NULL }
};

const struct flag_name access_modes[] = {
	{ 0, "F_OK" },
	{ 4, "R_OK" },
	{ 2, "W_OK" },
	{ 1, "X_OK" },
	{ 0, NULL }
};

const struct flag_name seek_whences[] = {
	{ 0, "SEEK_SET" },
	{ 1, "SEEK_CUR" },
	{ 2, "SEEK_END" },
	{ 3, "SEEK_DATA" },
	{ 4, "SEEK_HOLE" },
	{ 0, NULL }
};

const struct flag_name fcntl_cmds[] = {
	{ 0, "F_DUPFD" },
	{ 1, "F_GETFD" },
	{ 2, "F_SETFD" },
	{ 3, "F_GETFL" },
	{ 4, "F_SETFL" },
	{ 5, "F_GETLK" },
	{ 6, "F_SETLK" },
	{ 7, "F_SETLKW" },
	{ 8, "F_SETOWN" },
	{ 9, "F_GETOWN" },
	{ 10, "F_SETSIG" },
	{ 11, "F_GETSIG" },
	{ 15, "F_SETOWN_EX" },
	{ 16, "F_GETOWN_EX" },
	{ 17, "F_GETOWNER_UIDS" },
	{ 36, "F_OFD_GETLK" },
	{ 37, "F_OFD_SETLK" },
	{ 38, "F_OFD_SETLKW" },
	{ 1024, "F_SETLEASE" },
	{ 1025, "F_GETLEASE" },
	{ 1026, "F_NOTIFY" },
	{ 1027, "F_DUPFD_QUERY" },      /* linux/fcntl.h of Linux 6.10 */
	{ 1028, "F_CREATED_QUERY" },    /* Linux 6.12 */
	{ 1029, "F_CANCELLK" },
	{ 1030, "F_DUPFD_CLOEXEC" },
	{ 1031, "F_SETPIPE_SZ" },
	{ 1032, "F_GETPIPE_SZ" },
	{ 1033, "F_ADD_SEALS" },
	{ 1034, "F_GET_SEALS" },
	{ 1035, "F_GET_RW_HINT" },
	{ 1036, "F_SET_RW_HINT" },
	{ 1037, "F_GET_FILE_RW_HINT" },
	{ 1038, "F_SET_FILE_RW_HINT" },
	{ 1039, "F_GETDELEG" },         /* Linux 6.19 */
	{ 1040, "F_SETDELEG" },
	{ 0, NULL }
};

static const struct flag_name rw_hints[] = {
	{ RWH_WRITE_LIFE_NOT_SET, "RWH_WRITE_LIFE_NOT_SET" },
	{ RWH_WRITE_LIFE_NONE, "RWH_WRITE_LIFE_NONE" },
	{ RWH_WRITE_LIFE_SHORT, "RWH_WRITE_LIFE_SHORT" },
	{ RWH_WRITE_LIFE_MEDIUM, "RWH_WRITE_LIFE_MEDIUM" },
	{ RWH_WRITE_LIFE_LONG, "RWH_WRITE_LIFE_LONG" },
	{ RWH_WRITE_LIFE_EXTREME, "RWH_WRITE_LIFE_EXTREME" },
	{ 0, NULL }
};

static const struct flag_name fd_flags[] = {
	{ 1, "FD_CLOEXEC" },
	{ 0, NULL }
};

static const struct flag_name lease_types[] = {
	{ 0, "F_RDLCK" },
	{ 1, "F_WRLCK" },
	{ 2, "F_UNLCK" },
	{ 0, NULL }
};

static const struct flag_name owner_types[] = {
	{ 0, "F_OWNER_TID" },
	{ 1, "F_OWNER_PID" },
	{ 2, "F_OWNER_PGRP" },
	{ 0, NULL }
};

static const struct flag_name dnotify_flags[] = {
	{ 0x00000001, "DN_ACCESS" },
	{ 0x00000002, "DN_MODIFY" },
	{ 0x00000004, "DN_CREATE" },
	{ 0x00000008, "DN_DELETE" },
	{ 0x00000010, "DN_RENAME" },
	{ 0x00000020, "DN_ATTRIB" },
	{ 0x80000000, "DN_MULTISHOT" },
	{ 0, NULL }
};

static const struct flag_name seal_flags[] = {
	{ 0x01, "F_SEAL_SEAL" },
	{ 0x02, "F_SEAL_SHRINK" },
	{ 0x04, "F_SEAL_GROW" },
	{ 0x08, "F_SEAL_WRITE" },
	{ 0x10, "F_SEAL_FUTURE_WRITE" },
	{ 0, NULL }
};

const struct flag_name rename_flags[] = {
	{ 1, "RENAME_NOREPLACE" },
	{ 2, "RENAME_EXCHANGE" },
	{ 4, "RENAME_WHITEOUT" },
	{ 0, NULL }
};

const struct flag_name flock_ops[] = {
	{ 1, "LOCK_SH" },
	{ 2, "LOCK_EX" },
	{ 4, "LOCK_NB" },
	{ 8, "LOCK_UN" },
	{ 32, "LOCK_MAND" },
	{ 192, "LOCK_RW" },
	{ 64, "LOCK_READ" },
	{ 128, "LOCK_WRITE" },
	{ 0, NULL }
};

static const struct flag_name epoll_ctl_ops[] = {
	{ 1, "EPOLL_CTL_ADD" },
	{ 2, "EPOLL_CTL_DEL" },
	{ 3, "EPOLL_CTL_MOD" },
	{ 0, NULL }
};

const struct flag_name epoll_create_flags[] = {
	{ K_O_CLOEXEC, "EPOLL_CLOEXEC" },
	{ 0, NULL }
};

const struct flag_name efd_flags[] = {
	{ 1, "EFD_SEMAPHORE" },
	{ K_O_CLOEXEC, "EFD_CLOEXEC" },
	{ K_O_NONBLOCK, "EFD_NONBLOCK" },
	{ 0, NULL }
};

const struct flag_name mfd_flags[] = {
	{ 0x01, "MFD_CLOEXEC" },
	{ 0x02, "MFD_ALLOW_SEALING" },
	{ 0x04, "MFD_HUGETLB" },
	{ 0x08, "MFD_NOEXEC_SEAL" },
	{ 0x10, "MFD_EXEC" },
	{ 0, NULL }
};

/* ---------------------------------------------------------------- fds */

void dec_fd(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_int(e, key, arg_int(c, i));
	emit_fd_path(e, c, key, i, 0);   /* -y */
}

/* AT_FDCWD is a named number: -100 under -X raw, -100 / * AT_FDCWD * / under -X verbose */
void dec_dirfd(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval_d(e, key, dirfd_names, arg_int(c, i), NULL);
	emit_fd_path(e, c, key, i, 0);   /* -y: AT_FDCWD</cwd> too */
}

/* ------------------------------------------------------------ strings */

void dec_path(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_blob_str(e, key, c, i, SIZE_MAX, 0);   /* never cut by -s */
	emit_abs_path(e, c, key, i);                 /* JSON -y */
}

/* getcwd: the kernel wrote a NUL-terminated path (shown only on success) */
void dec_path_out(struct emit *e, const struct call *c, int i, const char *key)
{
	if (!call_ok(c)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_blob_str(e, key, c, i, SIZE_MAX, 0);
}

void dec_str(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_blob_str(e, key, c, i, c->strsize, 0);
}

/* write: the length is another argument; shown whatever the result */
void dec_buf_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_blob_str(e, key, c, i, c->strsize, arg_u64(c, c->fmt->lenarg[i]));
}

/* read: the kernel filled rec->ret bytes; the address when it failed */
void dec_buf_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	if (!call_ok(c) || !p) {
		emit_ptr(e, key, p);
		return;
	}
	if (c->rec->ret == 0) {
		emit_str(e, key, "", 0, 0);
		return;
	}
	emit_blob_str(e, key, c, i, c->strsize, (uint64_t)c->rec->ret);
}

/* --------------------------------------------------- open flags, modes */

const char *format_open_flags(char *buf, size_t size, uint64_t flags)
{
	size_t len = 0;
	buf[0] = '\0';
	len = str_append(buf, size, len, lookup_value(open_access_modes, flags & 3));
	flags &= ~(uint64_t)3;
	if (flags) {
		len = str_append(buf, size, len, "|");
		flags_append(buf, size, len, open_flags, flags, NULL);
	}
	return buf;
}

/* Open flags as strace's tprint_open_modes(): the access mode is always
 * named, so -X verbose always has a comment */
static void emit_open_flags(struct emit *e, const char *key, uint64_t flags)
{
	char buf[FLAGS_BUF];
	emit_formatted(e, key, flags, format_open_flags(buf, sizeof(buf), flags));
}

void dec_open_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_open_flags(e, key, arg_uint(c, i));
}

/* strace prints open's mode only when the flags can create a file; a
 * umode_t is 16 bits (print_numeric_umode_t takes an unsigned short) */
void dec_open_mode(struct emit *e, const struct call *c, int i, const char *key)
{
	int fi = fmt_find_arg(c, A_OPEN_FLAGS);
	if (fi >= 0 && !(arg_u64(c, fi) & (K_O_CREAT | K___O_TMPFILE)))
		return;
	emit_octal(e, key, (uint16_t)arg_u64(c, i));
}

/* mkdir, chmod, creat, umask...: umode_t, the low 16 bits of the register */
void dec_mode(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_octal(e, key, (uint16_t)arg_u64(c, i));
}

/* ------------------------------------------------------- AT_* flags */

/* One part of statx's flags in the -X style: "0x100", "0x100 / * A * /"
 * or "A"; -X raw prints nothing for a zero part (strace's printflags_in) */
static size_t statx_part_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
				unsigned v)
{
	char names[FLAGS_BUF];
	flags_append(names, sizeof(names), 0, tab, v, NULL);
	if (decode_opts.xlat == XLAT_ABBREV)
		return str_append(buf, size, len, names);
	if (decode_opts.xlat == XLAT_RAW && !v)
		return len;
	char num[24];
	hex_append(num, sizeof(num), 0, v);
	len = str_append(buf, size, len, num);
	if (decode_opts.xlat == XLAT_VERBOSE && strcmp(names, num)) {
		len = str_append(buf, size, len, " /* ");
		len = str_append(buf, size, len, names);
		len = str_append(buf, size, len, " */");
	}
	return len;
}

/* statx: the sync type (a value, AT_STATX_SYNC_AS_STAT for 0), then AT_* */
void dec_statx_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	char buf[FLAGS_BUF * 2];
	unsigned v = arg_uint(c, i);
	size_t len = statx_part_append(buf, sizeof(buf), 0, statx_sync_types,
				       v & K_AT_STATX_SYNC_TYPE);
	buf[len] = '\0';
	v &= ~K_AT_STATX_SYNC_TYPE;
	if (v) {
		len = str_append(buf, sizeof(buf), len, "|");
		statx_part_append(buf, sizeof(buf), len, at_flags, v);
	}
	emit_sym(e, key, buf);
}

/* pipe, pipe2, socketpair: int[2] filled by the kernel */
void dec_int_pair_out(struct emit *e, const struct call *c, int i, const char *key)
{
	int32_t fds[2];
	if (!call_ok(c) || !call_struct(c, i, fds, sizeof(fds))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_int(e, NULL, fds[0]);
	emit_fd_path(e, c, NULL, i, 1);   /* -y: [3<pipe:[5]>, 4<pipe:[5]>] */
	emit_int(e, NULL, fds[1]);
	emit_fd_path(e, c, NULL, i, 2);
	emit_end_array(e);
}

/* ----------------------------------------------------- lseek, fcntl */

void dec_seek_whence(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, seek_whences, arg_uint(c, i), "SEEK_???");
}

void dec_fcntl_cmd(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, fcntl_cmds, arg_uint(c, i), "F_???");
}

static void emit_flock(struct emit *e, const char *key, const struct call *c, int i, bool getlk);

/* How fcntl's third argument prints, by command (unlisted: hex). */
enum fcntl_arg { FA_HEX, FA_NONE, FA_INT, FA_FD_FLAGS, FA_OPEN_FLAGS, FA_SIGNAL,
		 FA_LEASE, FA_NOTIFY, FA_SEALS, FA_PTR, FA_FLOCK_SET, FA_FLOCK_GET,
		 FA_OWNER_SET, FA_OWNER_GET, FA_RW_HINT_SET, FA_RW_HINT_GET,
		 FA_DELEG_SET, FA_DELEG_GET };

static const struct { uint16_t cmd; uint8_t how; } fcntl_args[] = {
	{ 0, FA_INT },        /* F_DUPFD */
	{ 1, FA_NONE },       /* F_GETFD */
	{ 2, FA_FD_FLAGS },   /* F_SETFD */
	{ 3, FA_NONE },       /* F_GETFL */
	{ 4, FA_OPEN_FLAGS }, /* F_SETFL */
	{ 5, FA_FLOCK_GET },  /* F_GETLK */
	{ 6, FA_FLOCK_SET },  /* F_SETLK */
	{ 7, FA_FLOCK_SET },  /* F_SETLKW */
	{ 8, FA_INT },        /* F_SETOWN */
	{ 9, FA_NONE },       /* F_GETOWN */
	{ 10, FA_SIGNAL },    /* F_SETSIG */
	{ 11, FA_NONE },      /* F_GETSIG */
	{ 15, FA_OWNER_SET }, /* F_SETOWN_EX */
	{ 16, FA_OWNER_GET }, /* F_GETOWN_EX */
	{ 17, FA_PTR },       /* F_GETOWNER_UIDS */
	{ 36, FA_FLOCK_GET }, /* F_OFD_GETLK */
	{ 37, FA_FLOCK_SET }, /* F_OFD_SETLK */
	{ 38, FA_FLOCK_SET }, /* F_OFD_SETLKW */
	{ 1024, FA_LEASE },   /* F_SETLEASE */
	{ 1025, FA_NONE },    /* F_GETLEASE */
	{ 1026, FA_NOTIFY },  /* F_NOTIFY */
	{ 1027, FA_INT },     /* F_DUPFD_QUERY: an fd */
	{ 1030, FA_INT },     /* F_DUPFD_CLOEXEC */
	{ 1031, FA_INT },     /* F_SETPIPE_SZ */
	{ 1032, FA_NONE },    /* F_GETPIPE_SZ */
	{ 1033, FA_SEALS },   /* F_ADD_SEALS */
	{ 1034, FA_NONE },    /* F_GET_SEALS */
	{ 1035, FA_RW_HINT_GET }, /* F_GET_RW_HINT */
	{ 1036, FA_RW_HINT_SET }, /* F_SET_RW_HINT */
	{ 1037, FA_RW_HINT_GET }, /* F_GET_FILE_RW_HINT */
	{ 1038, FA_RW_HINT_SET }, /* F_SET_FILE_RW_HINT */
	{ 1039, FA_DELEG_GET },   /* F_GETDELEG */
	{ 1040, FA_DELEG_SET },   /* F_SETDELEG */
};

void dec_fcntl_arg(struct emit *e, const struct call *c, int i, const char *key)
{
	int ci = fmt_find_arg(c, A_FCNTL_CMD);
	unsigned cmd = ci >= 0 ? arg_uint(c, ci) : ~0u;
	uint64_t v = arg_u64(c, i);
	int how = FA_HEX;

	for (size_t k = 0; k < sizeof(fcntl_args) / sizeof(fcntl_args[0]); k++)
		if (fcntl_args[k].cmd == cmd)
			how = fcntl_args[k].how;

	switch (how) {
	case FA_NONE:
		break;
	case FA_INT:
		emit_int(e, key, (int)v);
		break;
	case FA_FD_FLAGS:
		emit_flags(e, key, fd_flags, v, "FD_???");
		break;
	case FA_OPEN_FLAGS:
		emit_open_flags(e, key, (unsigned)v);
		break;
	case FA_SIGNAL:
		dec_signal(e, c, i, key);
		break;
	case FA_LEASE:
		emit_xval(e, key, lease_types, (unsigned)v, "F_???");
		break;
	case FA_NOTIFY:
		emit_flags(e, key, dnotify_flags, (unsigned)v, "DN_???");
		break;
	case FA_SEALS:
		emit_flags(e, key, seal_flags, (unsigned)v, "F_SEAL_???");
		break;
	case FA_PTR:
		emit_ptr(e, key, v);
		break;
	case FA_FLOCK_SET:
		emit_flock(e, key, c, i, false);
		break;
	case FA_FLOCK_GET:
		if (!call_ok(c))
			emit_ptr(e, key, v);
		else
			emit_flock(e, key, c, i, true);
		break;
	case FA_OWNER_SET:
	case FA_OWNER_GET: {
		int32_t o[2];
		if ((how == FA_OWNER_GET && !call_ok(c)) || !call_struct(c, i, o, sizeof(o))) {
			emit_ptr(e, key, v);
			break;
		}
		emit_begin_struct(e, key);
		emit_xval(e, "type", owner_types, (uint32_t)o[0], "F_OWNER_???");
		emit_int(e, "pid", o[1]);
		emit_end_struct(e);
		break;
	}
	case FA_RW_HINT_SET:
	case FA_RW_HINT_GET: {
		/* a u64 hint read (SET) or written (GET) by the kernel: [RWH_WRITE_LIFE_SHORT] */
		uint64_t hint;
		if ((how == FA_RW_HINT_GET && !call_ok(c)) || !call_struct(c, i, &hint, sizeof(hint))) {
			emit_ptr(e, key, v);
			break;
		}
		emit_begin_array(e, key);
		emit_xval(e, NULL, rw_hints, hint, "RWH_WRITE_LIFE_???");
		emit_end_array(e);
		break;
	}
	case FA_DELEG_SET:
	case FA_DELEG_GET: {
		/* struct delegation { __u32 d_flags; __u16 d_type; __u16 __pad; } */
		uint8_t d[8];
		uint32_t dflags;
		uint16_t dtype, pad;
		if ((how == FA_DELEG_GET && !call_ok(c)) || !call_struct(c, i, d, sizeof(d))) {
			emit_ptr(e, key, v);
			break;
		}
		memcpy(&dflags, d, 4);
		memcpy(&dtype, d + 4, 2);
		memcpy(&pad, d + 6, 2);
		emit_begin_struct(e, key);
		emit_hex(e, "d_flags", dflags);
		emit_xval(e, "d_type", lease_types, dtype, "F_???");
		emit_hex(e, "__pad", pad);
		emit_end_struct(e);
		break;
	}
	default:
		emit_hex(e, key, v);
		break;
	}
}

/* ---------------------------------------------- epoll, eventfd, memfd */

void dec_epoll_ctl_op(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, epoll_ctl_ops, arg_uint(c, i), "EPOLL_CTL_???");
}

/* ------------------------------------------------------- struct stat */

static const struct flag_name statx_attrs[] = {
	{ 0x00000004, "STATX_ATTR_COMPRESSED" },
	{ 0x00000010, "STATX_ATTR_IMMUTABLE" },
	{ 0x00000020, "STATX_ATTR_APPEND" },
	{ 0x00000040, "STATX_ATTR_NODUMP" },
	{ 0x00000800, "STATX_ATTR_ENCRYPTED" },
	{ 0x00001000, "STATX_ATTR_AUTOMOUNT" },
	{ 0x00002000, "STATX_ATTR_MOUNT_ROOT" },
	{ 0x00100000, "STATX_ATTR_VERITY" },
	{ 0x00200000, "STATX_ATTR_DAX" },
	{ 0, NULL }
};

static const struct flag_name file_types[] = {
	{ 0140000, "S_IFSOCK" },
	{ 0120000, "S_IFLNK" },
	{ 0100000, "S_IFREG" },
	{ 0060000, "S_IFBLK" },
	{ 0040000, "S_IFDIR" },
	{ 0020000, "S_IFCHR" },
	{ 0010000, "S_IFIFO" },
	{ 0, NULL }
};
#define K_S_IFMT  0170000
#define K_S_IFCHR 0020000
#define K_S_IFBLK 0060000

const char *format_mode(char *buf, size_t size, unsigned mode)
{
	char tmp[16];
	size_t len = 0;
	buf[0] = '\0';
	if (mode & K_S_IFMT) {
		const char *type = lookup_value(file_types, mode & K_S_IFMT);
		if (type) {
			len = str_append(buf, size, len, type);
		} else {
			snprintf(tmp, sizeof(tmp), "%#o", mode & K_S_IFMT);
			len = str_append(buf, size, len, tmp);
		}
		len = str_append(buf, size, len, "|");
	}
	if (mode & 04000)
		len = str_append(buf, size, len, "S_ISUID|");
	if (mode & 02000)
		len = str_append(buf, size, len, "S_ISGID|");
	if (mode & 01000)
		len = str_append(buf, size, len, "S_ISVTX|");
	snprintf(tmp, sizeof(tmp), "%#03o", mode & 0777);
	str_append(buf, size, len, tmp);
	return buf;
}

static void emit_symbolic_mode(struct emit *e, const char *key, unsigned mode);
static void emit_dev(struct emit *e, const char *key, uint64_t dev);
static const char *format_time(char *buf, size_t size, int64_t sec, uint64_t part,
			       uint64_t max_part, int width);

static uint64_t ld64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static uint32_t ld32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

/* uid_t/gid_t fields: -1, or unsigned */
static void emit_id(struct emit *e, const char *key, uint32_t id)
{
	if (id == UINT32_MAX)
		emit_int(e, key, -1);
	else
		emit_uint(e, key, id);
}

/* a time in seconds with its date as a comment (nanoseconds from nsec) */
static void emit_time_field(struct emit *e, const char *key, int64_t sec, uint64_t nsec)
{
	char buf[96];
	emit_int(e, key, sec);
	if (format_time(buf, sizeof(buf), sec, nsec, 999999999, 9))
		emit_comment(e, buf);
}

/*
 * x86_64 struct stat (144 bytes): st_dev @0, st_ino @8, st_nlink @16,
 * st_mode @24, st_uid @28, st_gid @32, st_rdev @40, st_size @48,
 * st_blksize @56, st_blocks @64, then {sec, nsec} of atime, mtime, ctime
 * @72.  Without -v: st_mode, st_rdev or st_size, `...`.
 */
void dec_stat_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t st[144];
	if (!call_ok(c) || !call_verbose(c) || !call_struct(c, i, st, sizeof(st))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	bool full = !call_abbrev(c);
	uint32_t mode = ld32(st + 24);
	emit_begin_struct(e, key);
	if (full) {
		emit_dev(e, "st_dev", ld64(st));
		emit_uint(e, "st_ino", ld64(st + 8));
	}
	emit_symbolic_mode(e, "st_mode", mode);
	if (full) {
		emit_uint(e, "st_nlink", ld64(st + 16));
		emit_uint(e, "st_uid", ld32(st + 28));
		emit_uint(e, "st_gid", ld32(st + 32));
		emit_uint(e, "st_blksize", ld64(st + 56));
		emit_uint(e, "st_blocks", ld64(st + 64));
	}
	unsigned type = mode & K_S_IFMT;
	if (type == K_S_IFCHR || type == K_S_IFBLK)
		emit_dev(e, "st_rdev", ld64(st + 40));
	else
		emit_uint(e, "st_size", ld64(st + 48));
	if (full) {
		static const char *const names[3][2] = {
			{ "st_atime", "st_atime_nsec" }, { "st_mtime", "st_mtime_nsec" },
			{ "st_ctime", "st_ctime_nsec" } };
		for (int k = 0; k < 3; k++) {
			int64_t sec = (int64_t)ld64(st + 72 + 16 * k);
			uint64_t nsec = ld64(st + 80 + 16 * k);
			emit_time_field(e, names[k][0], sec, nsec);
			emit_uint(e, names[k][1], nsec);
		}
	} else {
		emit_more(e);
	}
	emit_end_struct(e);
}

#define K_STATX_BTIME    0x00000800U
#define K_STATX_MNT_ID   0x00001000U
#define K_STATX_DIOALIGN 0x00002000U

/* struct statx_timestamp {tv_sec, tv_nsec} with its date */
static void emit_statx_time(struct emit *e, const char *key, const uint8_t *p)
{
	char buf[96];
	int64_t sec = (int64_t)ld64(p);
	uint32_t nsec = ld32(p + 8);
	emit_begin_struct(e, key);
	emit_int(e, "tv_sec", sec);
	emit_uint(e, "tv_nsec", nsec);
	emit_end_struct(e);
	if (format_time(buf, sizeof(buf), sec, nsec, 999999999, 9))
		emit_comment(e, buf);
}

/*
 * struct statx (256 bytes): stx_mask @0, stx_blksize @4, stx_attributes
 * @8, stx_nlink @16, stx_uid @20, stx_gid @24, stx_mode @28, stx_ino @32,
 * stx_size @40, stx_blocks @48, stx_attributes_mask @56, timestamps
 * (16 bytes each) atime @64, btime @80, ctime @96, mtime @112,
 * stx_rdev_major/minor @128, stx_dev_major/minor @136, stx_mnt_id @144,
 * stx_dio_mem_align/offset_align @152.  Fields that the mask does not
 * announce (btime, mnt_id, dio) are left out, as strace 7.2 does.
 */
void dec_statx_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t st[160];
	if (!call_ok(c) || !call_verbose(c) || !call_struct(c, i, st, sizeof(st))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	bool full = !call_abbrev(c);
	uint32_t mask = ld32(st);
	uint16_t mode;
	memcpy(&mode, st + 28, 2);

	emit_begin_struct(e, key);
	emit_flags(e, "stx_mask", statx_masks, mask, "STATX_???");
	if (full)
		emit_uint(e, "stx_blksize", ld32(st + 4));
	emit_flags(e, "stx_attributes", statx_attrs, ld64(st + 8), "STATX_ATTR_???");
	if (full) {
		emit_uint(e, "stx_nlink", ld32(st + 16));
		emit_id(e, "stx_uid", ld32(st + 20));
		emit_id(e, "stx_gid", ld32(st + 24));
	}
	emit_symbolic_mode(e, "stx_mode", mode);
	if (full)
		emit_uint(e, "stx_ino", ld64(st + 32));
	emit_uint(e, "stx_size", ld64(st + 40));
	if (!full) {
		emit_more(e);
		emit_end_struct(e);
		return;
	}
	emit_uint(e, "stx_blocks", ld64(st + 48));
	emit_flags(e, "stx_attributes_mask", statx_attrs, ld64(st + 56), "STATX_ATTR_???");
	emit_statx_time(e, "stx_atime", st + 64);
	if (mask & K_STATX_BTIME)
		emit_statx_time(e, "stx_btime", st + 80);
	emit_statx_time(e, "stx_ctime", st + 96);
	emit_statx_time(e, "stx_mtime", st + 112);
	emit_uint(e, "stx_rdev_major", ld32(st + 128));
	emit_uint(e, "stx_rdev_minor", ld32(st + 132));
	emit_uint(e, "stx_dev_major", ld32(st + 136));
	emit_uint(e, "stx_dev_minor", ld32(st + 140));
	if (mask & K_STATX_MNT_ID)
		emit_hex(e, "stx_mnt_id", ld64(st + 144));
	if (mask & K_STATX_DIOALIGN) {
		emit_uint(e, "stx_dio_mem_align", ld32(st + 152));
		emit_uint(e, "stx_dio_offset_align", ld32(st + 156));
	}
	emit_end_struct(e);
}

/* ------------------------------------------------------- getdents */

static const struct flag_name dirent_types[] = {
	{ 0, "DT_UNKNOWN" },
	{ 1, "DT_FIFO" },
	{ 2, "DT_CHR" },
	{ 4, "DT_DIR" },
	{ 6, "DT_BLK" },
	{ 8, "DT_REG" },
	{ 10, "DT_LNK" },
	{ 12, "DT_SOCK" },
	{ 14, "DT_WHT" },
	{ 0, NULL }
};

/*
 * Without -v strace prints the buffer's address and how many entries the
 * kernel wrote (counted by d_reclen, at offset 16 in both layouts):
 * 0x55d0c3a4c2a0 / * 20 entries * /; BPF counts them in the kernel.
 * Under -v it prints every entry; the capture is then the buffer itself
 * (dirents_cap_whole(): up to SCT_BLOB_MAX bytes), and entries past what
 * was captured are elided as `...`.
 */
#define DIRENT_HEADER   18   /* offsetof(struct linux_dirent, d_name) */
#define DIRENT64_HEADER 19   /* offsetof(struct linux_dirent64, d_name) */
#define D_NAME_LEN_MAX  256

bool dirents_cap_whole(int nr, struct sct_argcap *cap)
{
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS || (decode_opts.abbrev[nr / 64] >> (nr % 64) & 1))
		return false;
	*cap = (struct sct_argcap){ .kind = SCT_CAP_BUF_OUT, .size = SCT_BLOB_MAX };
	return true;
}

/* strace's printpathn(): at most n bytes up to the NUL, `...` when none */
static void emit_dirent_name(struct emit *e, const uint8_t *p, size_t n, size_t avail)
{
	size_t k = 0, lim = n + 1 < avail ? n + 1 : avail;
	while (k < lim && p[k])
		k++;
	if (k < lim)
		emit_str(e, "d_name", p, k, 0);
	else
		emit_str(e, "d_name", p, k < n ? k : n, EMIT_STR_TRUNC);
}

static void emit_dirents(struct emit *e, const char *key, const struct call *c, int i,
			 const uint8_t *data, size_t have)
{
	bool is64 = c->rec->nr == __NR_getdents64;
	unsigned header = is64 ? DIRENT64_HEADER : DIRENT_HEADER;
	uint64_t len = (uint64_t)c->rec->ret, off = 0;
	unsigned count = 0;
	char note[48];

	for (;;) {
		if (len < header) {
			if (!len) {
				if (!count)
					emit_begin_array(e, key);
				count++;
			} else {
				/* a short tail that is no entry: its bytes */
				if (off + len <= have)
					emit_str(e, count ? NULL : key, data + off, len, 0);
				else
					emit_ptr(e, count ? NULL : key, arg_u64(c, i) + off);
			}
			break;
		}
		if (off + header > have) {   /* past the capture */
			if (count)
				emit_more(e);
			else
				emit_ptr(e, key, arg_u64(c, i) + off);
			break;
		}
		if (!count)
			emit_begin_array(e, key);
		count++;
		const uint8_t *d = data + off;
		uint64_t ino, doff;
		uint16_t reclen;
		memcpy(&ino, d, 8);
		memcpy(&doff, d + 8, 8);
		memcpy(&reclen, d + 16, 2);
		emit_begin_struct(e, NULL);
		emit_uint(e, "d_ino", ino);
		emit_uint(e, "d_off", doff);
		emit_uint(e, "d_reclen", reclen);
		uint64_t next_len = 0;
		unsigned rl = reclen;
		if (rl > len) {
			snprintf(note, sizeof(note), "%llu bytes overflow",
				 (unsigned long long)(rl - len));
			emit_comment(e, note);
			rl = len;
		} else if (rl < header) {
			snprintf(note, sizeof(note), "%u bytes underflow", header - rl);
			emit_comment(e, note);
			rl = header;
			next_len = len - header;
		} else {
			next_len = len - rl;
		}
		size_t avail = have - off - header;   /* captured bytes after the header */
		unsigned tail = rl - header;
		if (is64) {
			emit_xval(e, "d_type", dirent_types, d[18], "DT_???");
			if (tail)
				emit_dirent_name(e, d + header, tail > D_NAME_LEN_MAX ? D_NAME_LEN_MAX : tail,
						 avail);
		} else if (tail) {
			/* linux_dirent: d_name, padding, then d_type as the record's last byte */
			unsigned n = tail - 1;
			if (n)
				emit_dirent_name(e, d + header, n > D_NAME_LEN_MAX ? D_NAME_LEN_MAX : n,
						 avail);
			if (tail - 1 < avail)
				emit_xval(e, "d_type", dirent_types, d[header + tail - 1], "DT_???");
			else
				emit_ptr(e, "d_type", arg_u64(c, i) + off + header + tail - 1);
		}
		emit_end_struct(e);
		if (!next_len)
			break;
		len = next_len;
		off += rl;
	}
	if (count)
		emit_end_array(e);
}

void dec_dirents(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	int64_t ret = c->exiting ? c->rec->ret : -1;
	/* the count argument is an unsigned int */
	if (!call_ok(c) || !call_verbose(c) || (uint64_t)ret > arg_uint(c, i + 1)) {
		emit_ptr(e, key, p);
		return;
	}
	if (!call_abbrev(c)) {
		if (ret > 0 && (!r || r->b->kind != SCT_CAP_BUF_OUT))
			emit_ptr(e, key, p);   /* no entries captured */
		else
			emit_dirents(e, key, c, i, r ? r->data : NULL, r ? r->b->len : 0);
		return;
	}
	if (ret == 0) {
		emit_ptr_count(e, key, p, 0, "entries");   /* nothing to read */
		return;
	}
	if (r && r->b->kind == SCT_CAP_DIRENTS) {
		emit_ptr_count(e, key, p, r->b->aux, "entries");   /* counted in the kernel */
		return;
	}
	if (!r || (uint64_t)ret > r->b->len) {
		emit_ptr(e, key, p);
		return;
	}
	unsigned header = c->rec->nr == __NR_getdents64 ? DIRENT64_HEADER : DIRENT_HEADER;
	uint64_t n = 0, len = (uint64_t)ret, off = 0;
	while (len >= header) {
		uint16_t reclen;
		memcpy(&reclen, r->data + off + 16, 2);
		n++;
		if (reclen > len || reclen < header)
			break;
		len -= reclen;
		off += reclen;
	}
	emit_ptr_count(e, key, p, n, "entries");
}

/* ------------------------------------------------------- statfs */

const struct flag_name fs_magics[] = {
	{ 0x0000002f, "QNX4_SUPER_MAGIC" },     { 0x00000033, "Z3FOLD_MAGIC" },
	{ 0x00000187, "AUTOFS_SUPER_MAGIC" },   { 0x00001373, "DEVFS_SUPER_MAGIC" },
	{ 0x0000137d, "EXT_SUPER_MAGIC" },      { 0x0000137f, "MINIX_SUPER_MAGIC" },
	{ 0x0000138f, "MINIX_SUPER_MAGIC2" },   { 0x00001cd1, "DEVPTS_SUPER_MAGIC" },
	{ 0x00002468, "MINIX2_SUPER_MAGIC" },   { 0x00002478, "MINIX2_SUPER_MAGIC2" },
	{ 0x00003434, "NILFS_SUPER_MAGIC" },    { 0x00004244, "HFS_SUPER_MAGIC" },
	{ 0x0000482b, "HFSPLUS_SUPER_MAGIC" },  { 0x00004d44, "MSDOS_SUPER_MAGIC" },
	{ 0x00004d5a, "MINIX3_SUPER_MAGIC" },   { 0x0000517b, "SMB_SUPER_MAGIC" },
	{ 0x0000564c, "NCP_SUPER_MAGIC" },      { 0x00005df5, "EXOFS_SUPER_MAGIC" },
	{ 0x00006969, "NFS_SUPER_MAGIC" },      { 0x00007275, "ROMFS_MAGIC" },
	{ 0x000072b6, "JFFS2_SUPER_MAGIC" },    { 0x00009660, "ISOFS_SUPER_MAGIC" },
	{ 0x00009fa0, "PROC_SUPER_MAGIC" },     { 0x00009fa1, "OPENPROM_SUPER_MAGIC" },
	{ 0x00009fa2, "USBDEVICE_SUPER_MAGIC" },{ 0x0000adf5, "ADFS_SUPER_MAGIC" },
	{ 0x0000adff, "AFFS_SUPER_MAGIC" },     { 0x0000ef51, "EXT2_OLD_SUPER_MAGIC" },
	{ 0x0000ef53, "EXT2_SUPER_MAGIC" },     { 0x0000f15f, "ECRYPTFS_SUPER_MAGIC" },
	{ 0x00011954, "UFS_MAGIC" },            { 0x0027e0eb, "CGROUP_SUPER_MAGIC" },
	{ 0x00414a53, "EFS_SUPER_MAGIC" },      { 0x00c0ffee, "HOSTFS_SUPER_MAGIC" },
	{ 0x00c36400, "CEPH_SUPER_MAGIC" },     { 0x01021994, "TMPFS_MAGIC" },
	{ 0x01021997, "V9FS_MAGIC" },           { 0x01161970, "GFS2_MAGIC" },
	{ 0x012fd16d, "XIAFS_SUPER_MAGIC" },    { 0x012ff7b4, "XENIX_SUPER_MAGIC" },
	{ 0x012ff7b5, "SYSV4_SUPER_MAGIC" },    { 0x012ff7b6, "SYSV2_SUPER_MAGIC" },
	{ 0x012ff7b7, "COH_SUPER_MAGIC" },      { 0x02011994, "SHMFS_SUPER_MAGIC" },
	{ 0x09041934, "ANON_INODE_FS_MAGIC" },  { 0x0bad1dea, "FUTEXFS_SUPER_MAGIC" },
	{ 0x0bd00bd0, "LL_SUPER_MAGIC" },       { 0x0bd00bd1, "LUSTRE_SUPER_MAGIC" },
	{ 0x11307854, "MTD_INODE_FS_MAGIC" },   { 0x13661366, "BALLOON_KVM_MAGIC" },
	{ 0x15013346, "UDF_SUPER_MAGIC" },      { 0x1badface, "BFS_MAGIC" },
	{ 0x2011bab0, "EXFAT_SUPER_MAGIC" },    { 0x24051905, "UBIFS_SUPER_MAGIC" },
	{ 0x28cd3d45, "CRAMFS_MAGIC" },         { 0x2fc12fc1, "ZFS_SUPER_MAGIC" },
	{ 0x3153464a, "JFS_SUPER_MAGIC" },      { 0x42465331, "BEFS_SUPER_MAGIC" },
	{ 0x42494e4d, "BINFMTFS_MAGIC" },       { 0x43415d53, "SMACK_MAGIC" },
	{ 0x444d4142, "DMA_BUF_MAGIC" },        { 0x453dcd28, "CRAMFS_MAGIC_WEND" },
	{ 0x454d444d, "DEVMEM_MAGIC" },         { 0x47504653, "GPFS_SUPER_MAGIC" },
	{ 0x50494446, "PID_FS_MAGIC" },         { 0x50495045, "PIPEFS_MAGIC" },
	{ 0x52654973, "REISERFS_SUPER_MAGIC" }, { 0x5345434d, "SECRETMEM_MAGIC" },
	{ 0x5346414f, "AFS_SUPER_MAGIC" },      { 0x5346544e, "NTFS_SB_MAGIC" },
	{ 0x534f434b, "SOCKFS_MAGIC" },         { 0x54190100, "UFS_CIGAM" },
	{ 0x565a4653, "VZFS_SUPER_MAGIC" },     { 0x57ac6e9d, "STACK_END_MAGIC" },
	{ 0x58295829, "ZSMALLOC_MAGIC" },       { 0x58465342, "XFS_SUPER_MAGIC" },
	{ 0x5a3c69f0, "AAFS_MAGIC" },           { 0x5a4f4653, "ZONEFS_MAGIC" },
	{ 0x6165676c, "PSTOREFS_MAGIC" },       { 0x61756673, "AUFS_SUPER_MAGIC" },
	{ 0x62646576, "BDEVFS_MAGIC" },         { 0x62656570, "CONFIGFS_MAGIC" },
	{ 0x62656572, "SYSFS_MAGIC" },          { 0x63677270, "CGROUP2_SUPER_MAGIC" },
	{ 0x64626720, "DEBUGFS_MAGIC" },        { 0x64646178, "DAXFS_MAGIC" },
	{ 0x65735543, "FUSE_CTL_SUPER_MAGIC" }, { 0x65735546, "FUSE_SUPER_MAGIC" },
	{ 0x68191122, "QNX6_SUPER_MAGIC" },     { 0x6b414653, "AFS_FS_MAGIC" },
	{ 0x6c6f6f70, "BINDERFS_SUPER_MAGIC" }, { 0x6e736673, "NSFS_MAGIC" },
	{ 0x73636673, "SECURITYFS_MAGIC" },     { 0x73717368, "SQUASHFS_MAGIC" },
	{ 0x73727279, "BTRFS_TEST_MAGIC" },     { 0x73757245, "CODA_SUPER_MAGIC" },
	{ 0x7461636f, "OCFS2_SUPER_MAGIC" },    { 0x74726163, "TRACEFS_MAGIC" },
	{ 0x794c7630, "OVERLAYFS_SUPER_MAGIC" },{ 0x858458f6, "RAMFS_MAGIC" },
	{ 0x9123683e, "BTRFS_SUPER_MAGIC" },    { 0x958458f6, "HUGETLBFS_MAGIC" },
	{ 0xa501fcf5, "VXFS_SUPER_MAGIC" },     { 0xabba1974, "XENFS_SUPER_MAGIC" },
	{ 0xc7571590, "PPC_CMM_MAGIC" },        { 0xc97e8168, "LOGFS_MAGIC" },
	{ 0xca451a4e, "BCACHEFS_SUPER_MAGIC" }, { 0xcafe4a11, "BPF_FS_MAGIC" },
	{ 0xde5e81e4, "EFIVARFS_MAGIC" },       { 0xe0f5e1e2, "EROFS_SUPER_MAGIC_V1" },
	{ 0xf2f52010, "F2FS_SUPER_MAGIC" },     { 0xf97cff8c, "SELINUX_MAGIC" },
	{ 0xf995e849, "HPFS_SUPER_MAGIC" },     { 0xfe534d42, "SMB2_SUPER_MAGIC" },
	{ 0xff534d42, "CIFS_SUPER_MAGIC" },
	{ 0, NULL }
};

#define K_ST_VALID 0x0020
static const struct flag_name statfs_flags[] = {
	{ K_ST_VALID, "ST_VALID" },     { 0x0001, "ST_RDONLY" },
	{ 0x0002, "ST_NOSUID" },        { 0x0004, "ST_NODEV" },
	{ 0x0008, "ST_NOEXEC" },        { 0x0010, "ST_SYNCHRONOUS" },
	{ 0x0040, "ST_MANDLOCK" },      { 0x0400, "ST_NOATIME" },
	{ 0x0800, "ST_NODIRATIME" },    { 0x1000, "ST_RELATIME" },
	{ 0x2000, "ST_NOSYMFOLLOW" },
	{ 0, NULL }
};

/* x86_64 struct statfs: eleven 8-byte fields (f_fsid is int[2]), spare */
void dec_statfs_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t f[11];
	if (!call_ok(c) || !call_struct(c, i, f, sizeof(f))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_xval(e, "f_type", fs_magics, f[0], NULL);
	emit_uint(e, "f_bsize", f[1]);
	emit_uint(e, "f_blocks", f[2]);
	emit_uint(e, "f_bfree", f[3]);
	emit_uint(e, "f_bavail", f[4]);
	emit_uint(e, "f_files", f[5]);
	emit_uint(e, "f_ffree", f[6]);
	emit_begin_struct(e, "f_fsid");
	emit_begin_array(e, "val");
	emit_hex(e, NULL, (uint32_t)f[7]);
	emit_hex(e, NULL, (uint32_t)(f[7] >> 32));
	emit_end_array(e);
	emit_end_struct(e);
	emit_uint(e, "f_namelen", f[8]);
	emit_uint(e, "f_frsize", f[9]);
	if (f[10] & K_ST_VALID)
		emit_flags(e, "f_flags", statfs_flags, f[10], "ST_???");
	emit_end_struct(e);
}

/* ------------------------------------------------------- utimensat */

#define K_UTIME_NOW  ((1l << 30) - 1l)
#define K_UTIME_OMIT ((1l << 30) - 2l)

/*
 * strace's sprinttime_ex(): local time in ISO 8601, the fraction of a
 * second (`width` digits, at most `max_part`) unless 0, then the zone;
 * NULL for the epoch itself and for an invalid fraction.
 */
static const char *format_time(char *buf, size_t size, int64_t sec, uint64_t part,
			       uint64_t max_part, int width)
{
	time_t t = (time_t)sec;
	struct tm tm;
	buf[0] = '\0';
	if ((sec == 0 && part == 0) || part > max_part || !localtime_r(&t, &tm))
		return NULL;
	char date[64], zone[16];
	strftime(date, sizeof(date), "%FT%T", &tm);
	strftime(zone, sizeof(zone), "%z", &tm);
	if (part)
		snprintf(buf, size, "%s.%0*llu%s", date, width, (unsigned long long)part, zone);
	else
		snprintf(buf, size, "%s%s", date, zone);
	return buf;
}

/* {tv_sec=-1, tv_nsec=5} (tv_sec signed, the fraction unsigned) and the date */
static void emit_time_pair(struct emit *e, const char *frac, const int64_t t[2],
			   uint64_t max_part, int width)
{
	char buf[96];
	emit_begin_struct(e, NULL);
	emit_int(e, "tv_sec", t[0]);
	emit_uint(e, frac, (uint64_t)t[1]);
	emit_end_struct(e);
	if (format_time(buf, sizeof(buf), t[0], (uint64_t)t[1], max_part, width))
		emit_comment(e, buf);
}

/* utimensat's timespec: UTIME_NOW / UTIME_OMIT by name (-X raw: the
 * struct; -X verbose: the struct and the name as a comment) */
static void emit_utime(struct emit *e, const int64_t ts[2])
{
	if (ts[1] == K_UTIME_NOW || ts[1] == K_UTIME_OMIT) {
		const char *name = ts[1] == K_UTIME_NOW ? "UTIME_NOW" : "UTIME_OMIT";
		if (decode_opts.xlat == XLAT_ABBREV) {
			emit_sym(e, NULL, name);
			return;
		}
		emit_begin_struct(e, NULL);
		emit_int(e, "tv_sec", ts[0]);
		emit_uint(e, "tv_nsec", (uint64_t)ts[1]);
		emit_end_struct(e);
		if (decode_opts.xlat == XLAT_VERBOSE)
			emit_comment(e, name);
		return;
	}
	emit_time_pair(e, "tv_nsec", ts, 999999999, 9);
}

void dec_utimes_in(struct emit *e, const struct call *c, int i, const char *key)
{
	int64_t ts[4];
	if (!call_struct(c, i, ts, sizeof(ts))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_utime(e, ts);
	emit_utime(e, ts + 2);
	emit_end_array(e);
}

/* utimes, futimesat: struct timeval[2] with dates (the row captures 32 bytes) */
static void emit_timevals_utimes(struct emit *e, const struct call *c, int i, const char *key)
{
	int64_t tv[4];
	if (!call_struct(c, i, tv, sizeof(tv))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_time_pair(e, "tv_usec", tv, 999999, 6);
	emit_time_pair(e, "tv_usec", tv + 2, 999999, 6);
	emit_end_array(e);
}

/* utimes(filename, times) */
void sys_utimes(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_timevals_utimes(e, c, i, key);
	else
		decode_arg_kind(e, c, i, key);
}

/* futimesat(dirfd, filename, times) */
void sys_futimesat(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 2)
		emit_timevals_utimes(e, c, i, key);
	else
		decode_arg_kind(e, c, i, key);
}

/* utime(filename, struct utimbuf *): {actime=.. / * date * /, modtime=..} */
void sys_utime(struct emit *e, const struct call *c, int i, const char *key)
{
	int64_t u[2];
	char buf[96];
	if (i != 1) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	if (!call_struct(c, i, u, sizeof(u))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_int(e, "actime", u[0]);
	if (format_time(buf, sizeof(buf), u[0], 0, 0, 0))
		emit_comment(e, buf);
	emit_int(e, "modtime", u[1]);
	if (format_time(buf, sizeof(buf), u[1], 0, 0, 0))
		emit_comment(e, buf);
	emit_end_struct(e);
}

/* ------------------------------------------------------- xattrs */

/* getxattr/listxattr's buffer: the address when the size (the next
 * argument) is 0 or the call failed, else the bytes the kernel wrote */
void dec_xattr_buf_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	if (!call_ok(c) || !p || arg_u64(c, i + 1) == 0) {
		emit_ptr(e, key, p);
		return;
	}
	if (c->rec->ret == 0) {
		emit_str(e, key, "", 0, 0);
		return;
	}
	emit_blob_str(e, key, c, i, c->strsize, (uint64_t)c->rec->ret);
}

/* ------------------------------------------------------- fcntl locks */

static const struct flag_name flock_types[] = {
	{ 0, "F_RDLCK" },
	{ 1, "F_WRLCK" },
	{ 2, "F_UNLCK" },
	{ 0, NULL }
};

/* struct flock: {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10}
 * and, for F_GETLK / F_OFD_GETLK at exit, l_pid */
static void emit_flock(struct emit *e, const char *key, const struct call *c, int i, bool getlk)
{
	uint8_t fl[32];
	const struct blob_ref *r = getlk && call_ok(c) && c->out[i].b &&
		!(c->out[i].b->flags & SCT_BF_FAULT) ? &c->out[i] : call_blob(c, i);
	if (!r || r->b->len < sizeof(fl)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	memcpy(fl, r->data, sizeof(fl));
	int16_t type, whence;
	int64_t start, len;
	int32_t pid;
	memcpy(&type, fl, 2);
	memcpy(&whence, fl + 2, 2);
	memcpy(&start, fl + 8, 8);
	memcpy(&len, fl + 16, 8);
	memcpy(&pid, fl + 24, 4);
	emit_begin_struct(e, key);
	/* strace's PRINT_FIELD_XVAL: unknown values (and -X raw) in hex */
	emit_xval(e, "l_type", flock_types, (uint16_t)type, "F_???");
	emit_xval(e, "l_whence", seek_whences, (uint16_t)whence, "SEEK_???");
	emit_int(e, "l_start", start);
	emit_int(e, "l_len", len);
	if (getlk && call_ok(c))
		emit_int(e, "l_pid", pid);
	emit_end_struct(e);
}

void dec_flock(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flock(e, key, c, i, false);
}

/* fcntl's return value (strace's decode_fcntl at exit): hex with
 * "(flags ...)" for F_GETFL and F_GETFD, "(F_UNLCK)" for F_GETLEASE,
 * "(seals ...)" for F_GET_SEALS; F_GETSIG names the signal */
#define K_F_GETFD 1
#define K_F_GETFL 3
#define K_F_GETSIG 11
#define K_F_GETLEASE 1025
#define K_F_GET_SEALS 1034
enum ret_base fcntl_ret_base(const struct call *c)
{
	switch (arg_uint(c, 1)) {
	case K_F_GETFD: case K_F_GETFL: case K_F_GETLEASE: case K_F_GET_SEALS:
		return RB_HEX;
	}
	return RB_DEC;
}

bool fcntl_has_ret_aux(const struct call *c)
{
	int64_t v = c->rec->ret;
	switch (arg_uint(c, 1)) {
	case K_F_GETFD: case K_F_GET_SEALS: case K_F_GETSIG:
		return v != 0;
	case K_F_GETFL:
		return true;
	case K_F_GETLEASE:
		return lookup_value(lease_types, (uint64_t)v) != NULL;
	}
	return false;
}

void fcntl_ret_aux(struct emit *e, const struct call *c)
{
	char buf[FLAGS_BUF];
	uint64_t v = (uint64_t)c->rec->ret;
	size_t len;
	switch (arg_uint(c, 1)) {
	case K_F_GETFD:
		len = str_append(buf, sizeof(buf), 0, "flags ");
		flags_append(buf, sizeof(buf), len, fd_flags, v, NULL);
		break;
	case K_F_GETFL:
		len = str_append(buf, sizeof(buf), 0, "flags ");
		format_open_flags(buf + len, sizeof(buf) - len, v);
		break;
	case K_F_GET_SEALS:
		len = str_append(buf, sizeof(buf), 0, "seals ");
		flags_append(buf, sizeof(buf), len, seal_flags, v, NULL);
		break;
	case K_F_GETSIG: {
		char sb[32];
		const char *n = signal_name((int)v, sb, sizeof(sb));
		if (n)
			str_append(buf, sizeof(buf), 0, n);
		else
			snprintf(buf, sizeof(buf), "%d", (int)v);
		break;
	}
	default:
		str_append(buf, sizeof(buf), 0, lookup_value(lease_types, v));
	}
	emit_sym(e, NULL, buf);
}

/* ------------------------------------------------------- openat2 */

static const struct flag_name resolve_flags[] = {
	{ 0x01, "RESOLVE_NO_XDEV" },
	{ 0x02, "RESOLVE_NO_MAGICLINKS" },
	{ 0x04, "RESOLVE_NO_SYMLINKS" },
	{ 0x08, "RESOLVE_BENEATH" },
	{ 0x10, "RESOLVE_IN_ROOT" },
	{ 0x20, "RESOLVE_CACHED" },
	{ 0, NULL }
};

/*
 * strace's print_nonzero_bytes(): the bytes [from, size) of an extensible
 * struct that the decoder does not know, when any is nonzero, as one
 * element: / * bytes 24..31 * / "\x80\x81..." (every byte in hex).  The
 * emit layer has no leading comment nor forced-hex string, so the element
 * is built here as one symbol.  `have`: bytes captured (from the start).
 */
static void emit_nonzero_tail(struct emit *e, const char *key, const uint8_t *data,
			      size_t have, size_t from, uint64_t size)
{
	static const char hexd[] = "0123456789abcdef";
	size_t end = size < have ? (size_t)size : have;
	size_t k = from;
	while (k < end && !data[k])
		k++;
	if (k >= end)
		return;
	char buf[SCT_BLOB_MAX * 4 + 64];
	int len = snprintf(buf, sizeof(buf), "/* bytes %zu..%llu */ \"", from,
			   (unsigned long long)size - 1);
	for (k = from; k < end && (size_t)len + 8 < sizeof(buf); k++) {
		buf[len++] = '\\';
		buf[len++] = 'x';
		buf[len++] = hexd[data[k] >> 4];
		buf[len++] = hexd[data[k] & 15];
	}
	buf[len++] = '"';
	buf[len] = '\0';
	emit_sym(e, key, buf);
}

/*
 * struct open_how {flags, mode, resolve} of `size` bytes (the next
 * argument): the address when size < 24; mode only with O_CREAT/O_TMPFILE
 * or when set; then, for a bigger struct, its nonzero bytes past the known
 * fields (/ * bytes 24..31 * / "\x80..."), or ??? when they could not be
 * read.  The row captures a page's worth from the struct's start; a read
 * running into an unmapped page keeps its readable start (SCT_BF_PARTIAL).
 */
#define OPEN_HOW_SIZE 24
void dec_open_how(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t h[3], size = arg_u64(c, i + 1);
	const struct blob_ref *r = call_blob(c, i);
	if (size < OPEN_HOW_SIZE || !r || r->b->len < OPEN_HOW_SIZE) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	memcpy(h, r->data, sizeof(h));
	emit_begin_struct(e, key);
	emit_open_flags(e, "flags", h[0]);
	if (h[0] & (K_O_CREAT | K___O_TMPFILE) || h[1])
		emit_octal(e, "mode", h[1]);
	emit_flags(e, "resolve", resolve_flags, h[2], "RESOLVE_???");
	if (size > OPEN_HOW_SIZE) {
		/* strace reads at most a page of the tail */
		uint64_t end = size - OPEN_HOW_SIZE > 4096 ? OPEN_HOW_SIZE + 4096 : size;
		if ((r->b->flags & SCT_BF_PARTIAL) && r->b->len < end)
			emit_sym(e, NULL, "???");
		else
			emit_nonzero_tail(e, NULL, r->data, r->b->len, OPEN_HOW_SIZE, size);
	}
	emit_end_struct(e);
}

/* ----------------------------------------- timerfd, signalfd, inotify */

const struct flag_name tfd_flags[] = {
	{ K_O_CLOEXEC, "TFD_CLOEXEC" },
	{ K_O_NONBLOCK, "TFD_NONBLOCK" },
	{ 0, NULL }
};

const struct flag_name tfd_settime_flags[] = {
	{ 1, "TFD_TIMER_ABSTIME" },
	{ 2, "TFD_TIMER_CANCEL_ON_SET" },
	{ 0, NULL }
};

const struct flag_name sfd_flags[] = {
	{ K_O_CLOEXEC, "SFD_CLOEXEC" },
	{ K_O_NONBLOCK, "SFD_NONBLOCK" },
	{ 0, NULL }
};

const struct flag_name inotify_init_flags[] = {
	{ K_O_CLOEXEC, "IN_CLOEXEC" },
	{ K_O_NONBLOCK, "IN_NONBLOCK" },
	{ 0, NULL }
};

const struct flag_name inotify_masks[] = {
	{ 0x00000001, "IN_ACCESS" },      { 0x00000002, "IN_MODIFY" },
	{ 0x00000004, "IN_ATTRIB" },      { 0x00000008, "IN_CLOSE_WRITE" },
	{ 0x00000010, "IN_CLOSE_NOWRITE" }, { 0x00000020, "IN_OPEN" },
	{ 0x00000040, "IN_MOVED_FROM" },  { 0x00000080, "IN_MOVED_TO" },
	{ 0x00000100, "IN_CREATE" },      { 0x00000200, "IN_DELETE" },
	{ 0x00000400, "IN_DELETE_SELF" }, { 0x00000800, "IN_MOVE_SELF" },
	{ 0x00002000, "IN_UNMOUNT" },     { 0x00004000, "IN_Q_OVERFLOW" },
	{ 0x00008000, "IN_IGNORED" },     { 0x01000000, "IN_ONLYDIR" },
	{ 0x02000000, "IN_DONT_FOLLOW" }, { 0x04000000, "IN_EXCL_UNLINK" },
	{ 0x10000000, "IN_MASK_CREATE" }, { 0x20000000, "IN_MASK_ADD" },
	{ 0x40000000, "IN_ISDIR" },       { 0x80000000, "IN_ONESHOT" },
	{ 0, NULL }
};

/* ------------------------------------ offsets, copy/splice, fallocate */

/* a loff_t * read by the kernel: [0], NULL */
void dec_loff_in(struct emit *e, const struct call *c, int i, const char *key)
{
	int64_t v;
	if (!call_struct(c, i, &v, sizeof(v))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_int(e, NULL, v);
	emit_end_array(e);
}

/* sendfile's offset: [0] => [5] when the call moved it */
void dec_sendfile_off(struct emit *e, const struct call *c, int i, const char *key)
{
	int64_t v, after;
	if (!call_struct(c, i, &v, sizeof(v))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_int(e, NULL, v);
	emit_end_array(e);
	const struct blob_ref *x = &c->out[i];
	if (call_ok(c) && c->rec->ret && x->b && !(x->b->flags & SCT_BF_FAULT) && x->b->len >= 8) {
		memcpy(&after, x->data, 8);
		emit_changed(e);
		emit_begin_array(e, key);
		emit_int(e, NULL, after);
		emit_end_array(e);
	}
}

const struct flag_name falloc_flags[] = {
	{ 0x01, "FALLOC_FL_KEEP_SIZE" },
	{ 0x02, "FALLOC_FL_PUNCH_HOLE" },
	{ 0x04, "FALLOC_FL_NO_HIDE_STALE" },
	{ 0x08, "FALLOC_FL_COLLAPSE_RANGE" },
	{ 0x10, "FALLOC_FL_ZERO_RANGE" },
	{ 0x20, "FALLOC_FL_INSERT_RANGE" },
	{ 0x40, "FALLOC_FL_UNSHARE_RANGE" },
	{ 0, NULL }
};

const struct flag_name sync_range_flags[] = {
	{ 1, "SYNC_FILE_RANGE_WAIT_BEFORE" },
	{ 2, "SYNC_FILE_RANGE_WRITE" },
	{ 4, "SYNC_FILE_RANGE_WAIT_AFTER" },
	{ 0, NULL }
};

const struct flag_name close_range_flags[] = {
	{ 2, "CLOSE_RANGE_UNSHARE" },
	{ 4, "CLOSE_RANGE_CLOEXEC" },
	{ 0, NULL }
};

const struct flag_name splice_flags[] = {
	{ 1, "SPLICE_F_MOVE" },
	{ 2, "SPLICE_F_NONBLOCK" },
	{ 4, "SPLICE_F_MORE" },
	{ 8, "SPLICE_F_GIFT" },
	{ 0, NULL }
};

/* "A / * B * /" for -X verbose, A alone for -X raw, B alone otherwise */
void emit_num_sym(struct emit *e, const char *key, const char *num, const char *sym)
{
	char buf[128];
	if (decode_opts.xlat == XLAT_RAW) {
		emit_sym(e, key, num);
	} else if (decode_opts.xlat == XLAT_VERBOSE) {
		snprintf(buf, sizeof(buf), "%s /* %s */", num, sym);
		emit_sym(e, key, buf);
	} else {
		emit_sym(e, key, sym);
	}
}

/* strace's print_symbolic_mode_t(): S_IFCHR|S_ISUID|0644; a mode whose
 * file type has no name prints in octal.  mknod's mode is a 16-bit umode_t. */
static void emit_symbolic_mode(struct emit *e, const char *key, unsigned mode)
{
	if ((mode & K_S_IFMT) && !lookup_value(file_types, mode & K_S_IFMT)) {
		emit_octal(e, key, mode);
		return;
	}
	char num[16], sym[64];
	snprintf(num, sizeof(num), "%#03o", mode);
	format_mode(sym, sizeof(sym), mode);
	emit_num_sym(e, key, num, sym);
}

/* mknod: the mode with its file type; the device only for devices */
void dec_mknod_mode(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_symbolic_mode(e, key, (uint16_t)arg_u64(c, i));
}

/* strace's print_dev_t() of mknod's dev: a 32-bit dev_t (the register's
 * low half), split as glibc's major()/minor() do */
static void emit_dev(struct emit *e, const char *key, uint64_t dev)
{
	char num[24], sym[64];
	unsigned major = ((dev >> 8) & 0xfff) | ((dev >> 32) & 0xfffff000u);
	unsigned minor = (dev & 0xff) | ((dev >> 12) & 0xffffff00u);
	hex_append(num, sizeof(num), 0, dev);
	snprintf(sym, sizeof(sym), "makedev(%#x, %#x)", major, minor);
	emit_num_sym(e, key, num, sym);
}

void dec_mknod_dev(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned type = (uint16_t)arg_u64(c, i - 1) & K_S_IFMT;
	if (type != K_S_IFCHR && type != K_S_IFBLK)
		return;
	emit_dev(e, key, arg_uint(c, i));
}

/* execveat(dirfd, pathname, argv, envp, flags): the row's kinds but flags */
void sys_execveat(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 4)
		emit_flags(e, key, execveat_flags, arg_uint(c, i), "AT_???");
	else
		decode_arg_kind(e, c, i, key);
}

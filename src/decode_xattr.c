// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the xattr family (extended attributes, file attributes, quotas): each syscall's row, and its own decoder
 * where the row's kinds are not enough (strace 7.2's output is the format).
 *
 *   {get,set,list,remove}xattr and their l/f forms, the *xattrat forms
 *   (struct xattr_args), file_getattr/file_setattr (struct file_attr),
 *   quotactl/quotactl_fd (QCMD(cmd, type) and the data by command).
 *
 * xattr_args.value is a nested capture (struct sct_nest in the rows).
 */
#include "decode_priv.h"
#include "unistd_extra.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <linux/dqblk_xfs.h>
#include <linux/fs.h>
#include <linux/limits.h>
#include <linux/quota.h>
#include <linux/xattr.h>

/* strace's limit on what it shows of tail bytes (get_pagesize()) */
#define K_PAGE_SIZE 4096

/* ------------------------------------------------------------- tables */

static const struct flag_name xattr_flags[] = {
	{ XATTR_CREATE, "XATTR_CREATE" },
	{ XATTR_REPLACE, "XATTR_REPLACE" },
	{ 0, NULL }
};

/* the *xattrat calls' and file_[gs]etattr's at_flags */
static const struct flag_name xattrat_flags[] = {
	{ AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW" },
	{ AT_EMPTY_PATH, "AT_EMPTY_PATH" },
	{ 0, NULL }
};

/* strace's order (HASATTR before the newer case-folding bits) */
static const struct flag_name fs_xflags[] = {
	{ FS_XFLAG_REALTIME, "FS_XFLAG_REALTIME" },
	{ FS_XFLAG_PREALLOC, "FS_XFLAG_PREALLOC" },
	{ FS_XFLAG_IMMUTABLE, "FS_XFLAG_IMMUTABLE" },
	{ FS_XFLAG_APPEND, "FS_XFLAG_APPEND" },
	{ FS_XFLAG_SYNC, "FS_XFLAG_SYNC" },
	{ FS_XFLAG_NOATIME, "FS_XFLAG_NOATIME" },
	{ FS_XFLAG_NODUMP, "FS_XFLAG_NODUMP" },
	{ FS_XFLAG_RTINHERIT, "FS_XFLAG_RTINHERIT" },
	{ FS_XFLAG_PROJINHERIT, "FS_XFLAG_PROJINHERIT" },
	{ FS_XFLAG_NOSYMLINKS, "FS_XFLAG_NOSYMLINKS" },
	{ FS_XFLAG_EXTSIZE, "FS_XFLAG_EXTSIZE" },
	{ FS_XFLAG_EXTSZINHERIT, "FS_XFLAG_EXTSZINHERIT" },
	{ FS_XFLAG_NODEFRAG, "FS_XFLAG_NODEFRAG" },
	{ FS_XFLAG_FILESTREAM, "FS_XFLAG_FILESTREAM" },
	{ FS_XFLAG_DAX, "FS_XFLAG_DAX" },
	{ FS_XFLAG_COWEXTSIZE, "FS_XFLAG_COWEXTSIZE" },
	{ 0x00020000, "FS_XFLAG_VERITY" },            /* linux/fs.h, 6.x */
	{ FS_XFLAG_HASATTR, "FS_XFLAG_HASATTR" },
	{ 0x00040000, "FS_XFLAG_CASEFOLD" },          /* linux/fs.h, 6.19 */
	{ 0x00080000, "FS_XFLAG_CASENONPRESERVING" },
	{ 0, NULL }
};

/* quotactl: QCMD(cmd, type) = cmd << 8 | type */
#define K_SUBCMD_SHIFT 8
#define K_SUBCMD_MASK  0xff
#define OLD_QCMD(c) ((c) << K_SUBCMD_SHIFT)   /* the v1/v2 commands as strace names them */

static const struct flag_name quota_cmds[] = {
	{ OLD_QCMD(0x1), "Q_V1_QUOTAON" },
	{ OLD_QCMD(0x2), "Q_V1_QUOTAOFF" },
	{ OLD_QCMD(0x3), "Q_V1_GETQUOTA" },
	{ OLD_QCMD(0x4), "Q_V1_SETQUOTA" },
	{ OLD_QCMD(0x5), "Q_V1_SETUSE" },
	{ OLD_QCMD(0x6), "Q_V1_SYNC" },
	{ OLD_QCMD(0x7), "Q_SETQLIM" },
	{ OLD_QCMD(0x8), "Q_V1_GETSTATS" },
	{ OLD_QCMD(0x10), "Q_V1_RSQUASH" },
	{ OLD_QCMD(0xd), "Q_V2_GETQUOTA" },
	{ OLD_QCMD(0xe), "Q_V2_SETQUOTA" },
	{ OLD_QCMD(0xf), "Q_V2_SETUSE" },
	{ OLD_QCMD(0x9), "Q_V2_GETINFO" },
	{ OLD_QCMD(0xa), "Q_V2_SETINFO" },
	{ OLD_QCMD(0xb), "Q_V2_SETGRACE" },
	{ OLD_QCMD(0xc), "Q_V2_SETFLAGS" },
	{ OLD_QCMD(0x11), "Q_V2_GETSTATS" },
	{ Q_SYNC, "Q_SYNC" },
	{ Q_QUOTAON, "Q_QUOTAON" },
	{ Q_QUOTAOFF, "Q_QUOTAOFF" },
	{ Q_GETFMT, "Q_GETFMT" },
	{ Q_GETINFO, "Q_GETINFO" },
	{ Q_SETINFO, "Q_SETINFO" },
	{ Q_GETQUOTA, "Q_GETQUOTA" },
	{ Q_SETQUOTA, "Q_SETQUOTA" },
	{ Q_GETNEXTQUOTA, "Q_GETNEXTQUOTA" },
	{ Q_XQUOTAON, "Q_XQUOTAON" },
	{ Q_XQUOTAOFF, "Q_XQUOTAOFF" },
	{ Q_XGETQUOTA, "Q_XGETQUOTA" },
	{ Q_XSETQLIM, "Q_XSETQLIM" },
	{ Q_XGETQSTAT, "Q_XGETQSTAT" },
	{ Q_XQUOTARM, "Q_XQUOTARM" },
	{ Q_XQUOTASYNC, "Q_XQUOTASYNC" },
	{ Q_XGETQSTATV, "Q_XGETQSTATV" },
	{ Q_XGETNEXTQUOTA, "Q_XGETNEXTQUOTA" },
	{ 0, NULL }
};

static const struct flag_name quota_types[] = {
	{ USRQUOTA, "USRQUOTA" },
	{ GRPQUOTA, "GRPQUOTA" },
	{ PRJQUOTA, "PRJQUOTA" },
	{ 0, NULL }
};

static const struct flag_name quota_formats[] = {
	{ QFMT_VFS_OLD, "QFMT_VFS_OLD" },
	{ QFMT_VFS_V0, "QFMT_VFS_V0" },
	{ QFMT_OCFS2, "QFMT_OCFS2" },
	{ QFMT_VFS_V1, "QFMT_VFS_V1" },
	{ 5, "QFMT_SHMEM" },                          /* linux/quota.h, 6.6 */
	{ 0, NULL }
};

static const struct flag_name xfs_quota_flags[] = {
	{ FS_QUOTA_UDQ_ACCT, "FS_QUOTA_UDQ_ACCT" },
	{ FS_QUOTA_UDQ_ENFD, "FS_QUOTA_UDQ_ENFD" },
	{ FS_QUOTA_GDQ_ACCT, "FS_QUOTA_GDQ_ACCT" },
	{ FS_QUOTA_GDQ_ENFD, "FS_QUOTA_GDQ_ENFD" },
	{ FS_QUOTA_PDQ_ACCT, "FS_QUOTA_PDQ_ACCT" },
	{ FS_QUOTA_PDQ_ENFD, "FS_QUOTA_PDQ_ENFD" },
	{ 0, NULL }
};

static const struct flag_name xfs_dqblk_flags[] = {
	{ FS_USER_QUOTA, "FS_USER_QUOTA" },
	{ FS_PROJ_QUOTA, "FS_PROJ_QUOTA" },
	{ FS_GROUP_QUOTA, "FS_GROUP_QUOTA" },
	{ 0, NULL }
};

static const struct flag_name if_dqblk_valid[] = {
	{ QIF_BLIMITS, "QIF_BLIMITS" },
	{ QIF_SPACE, "QIF_SPACE" },
	{ QIF_ILIMITS, "QIF_ILIMITS" },
	{ QIF_INODES, "QIF_INODES" },
	{ QIF_BTIME, "QIF_BTIME" },
	{ QIF_ITIME, "QIF_ITIME" },
	{ 0, NULL }
};

static const struct flag_name if_dqinfo_flags[] = {
	{ DQF_ROOT_SQUASH, "DQF_ROOT_SQUASH" },
	{ DQF_SYS_FILE, "DQF_SYS_FILE" },
	{ 0, NULL }
};

static const struct flag_name if_dqinfo_valid[] = {
	{ IIF_BGRACE, "IIF_BGRACE" },
	{ IIF_IGRACE, "IIF_IGRACE" },
	{ IIF_FLAGS, "IIF_FLAGS" },
	{ 0, NULL }
};

/* --------------------------------------------------- shared helpers */

/* The call's return value as strace's kernel_ulong_t u_rval (-1 on failure) */
static uint64_t call_rval(const struct call *c)
{
	return call_failed(c) ? (uint64_t)-1 : (uint64_t)c->rec->ret;
}

/*
 * An xattr value of `size` bytes at argument i (strace's print_xattr_val):
 * the address when size > XATTR_SIZE_MAX or the bytes are unreadable,
 * else at most -s bytes, a trailing NUL left out (and then no `...`).
 */
static void emit_xattr_bytes(struct emit *e, const char *key, const struct call *c,
			     uint64_t p, const struct blob_ref *r, uint64_t size)
{
	if (size > XATTR_SIZE_MAX) {
		emit_ptr(e, key, p);
		return;
	}
	if (!p) {
		emit_ptr(e, key, 0);
		return;
	}
	if (size == 0) {
		emit_str(e, key, "", 0, 0);   /* nothing to read: strace shows "" */
		return;
	}
	if (!r) {
		emit_ptr(e, key, p);
		return;
	}
	size_t n = size < c->strsize ? (size_t)size : c->strsize;
	if (n > r->b->len)
		n = r->b->len;
	bool more = size > c->strsize;
	if (n && r->data[n - 1] == '\0') {
		n--;
		more = false;
	}
	emit_str(e, key, r->data, n, more ? EMIT_STR_TRUNC : 0);
}

static void emit_xattr_value(struct emit *e, const char *key, const struct call *c,
			     int i, uint64_t size)
{
	emit_xattr_bytes(e, key, c, arg_u64(c, i), call_blob(c, i), size);
}

/* listxattr's list (strace's print_xattr_list): the address when size is 0
 * or the call failed, else the `ret` bytes written, cut at -s */
static void emit_xattr_list(struct emit *e, const char *key, const struct call *c,
			    int i, uint64_t size)
{
	uint64_t p = arg_u64(c, i);
	if (!size || !call_ok(c)) {
		emit_ptr(e, key, p);
		return;
	}
	if (p && c->rec->ret == 0) {
		emit_str(e, key, "", 0, 0);   /* BPF reads nothing for 0 bytes */
		return;
	}
	emit_blob_str(e, key, c, i, c->strsize, (uint64_t)c->rec->ret);
}

/* ------------------------------------------------ classic xattr calls */

/* setxattr(path, name, value, size, flags) and l/f forms */
static void sys_setxattr(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 2: emit_xattr_value(e, key, c, i, arg_u64(c, 3)); break;
	case 3: emit_uint(e, key, arg_u64(c, 3)); break;
	case 4: emit_flags(e, key, xattr_flags, arg_uint(c, 4), "XATTR_???"); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* getxattr(path, name, value, size): value is the address when size is 0
 * (strace prints it at entry), else the `ret` bytes the kernel wrote */
static void sys_getxattr(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 2:
		if (arg_u64(c, 3) == 0 || !c->exiting)
			emit_ptr(e, key, arg_u64(c, 2));
		else
			emit_xattr_value(e, key, c, i, call_rval(c));
		break;
	case 3: emit_uint(e, key, arg_u64(c, 3)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* listxattr(path, list, size) and l/f forms */
static void sys_listxattr(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: emit_xattr_list(e, key, c, i, arg_u64(c, 2)); break;
	case 2: emit_uint(e, key, arg_u64(c, 2)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* ------------------------------------------------------ *xattrat */

/* setxattrat/getxattrat's nested capture: xattr_args.value, size bytes
 * (-s at most); getxattrat's at exit, when it succeeded */
enum { XATTR_NEST_VALUE };
#define XATTR_VALUE_NEST(fl) { .mode = SCT_NEST_BYTES, .flags = (fl), .parent = 4, \
	.ptr_off = 0, .len_off = 8, .len_size = 4 }

/* struct xattr_args (linux/xattr.h, 6.13) */
struct k_xattr_args {
	uint64_t value;
	uint32_t size;
	uint32_t flags;
};
#define K_XATTR_ARGS_SIZE_VER0 16

static void dec_xattrat_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, xattrat_flags, arg_uint(c, i), "AT_???");
}

/*
 * setxattrat/getxattrat's args (argument 4, its size argument 5):
 * {value=.., size=.., flags=..} and the nonzero bytes past the struct.
 * value: the xattr value (setxattrat; getxattrat at exit with a size),
 * else its address.
 */
static void emit_xattr_args(struct emit *e, const char *key, const struct call *c, bool get)
{
	uint64_t p = arg_u64(c, 4), usize = arg_u64(c, 5);
	struct k_xattr_args a;

	if (usize < K_XATTR_ARGS_SIZE_VER0 || !p || !call_verbose(c) ||
	    call_sized(c, 4, &a, sizeof(a)) < sizeof(a)) {
		emit_ptr(e, key, p);
		return;
	}
	/* getxattrat with a size prints args at exit, the value by what came back */
	bool value = !get || a.size;
	if (get && a.size && !c->exiting)
		return;

	emit_begin_struct(e, key);
	if (value) {
		/* getxattrat: what came back (a failed call: its address) */
		uint64_t vsize = get ? call_rval(c) : (uint64_t)a.size;
		struct blob_ref r;
		bool have = call_nest(c, XATTR_NEST_VALUE, &r);
		if (get && !call_ok(c))
			emit_ptr(e, "value", a.value);
		else
			emit_xattr_bytes(e, "value", c, a.value, have ? &r : NULL, vsize);
	} else {
		emit_ptr(e, "value", a.value);
	}
	emit_uint(e, "size", a.size);
	emit_flags(e, "flags", xattr_flags, a.flags, "XATTR_???");
	emit_struct_tail(e, c, 4, sizeof(a), usize);
	emit_end_struct(e);
}

/* setxattrat and getxattrat: the same arguments; getxattrat's value is
 * an output */
static void xattrat_arg(struct emit *e, const struct call *c, int i, const char *key, bool get)
{
	switch (i) {
	case 2: dec_xattrat_flags(e, c, i, key); break;
	case 4: emit_xattr_args(e, key, c, get); break;
	case 5: emit_uint(e, key, arg_u64(c, 5)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_setxattrat(struct emit *e, const struct call *c, int i, const char *key)
{
	xattrat_arg(e, c, i, key, false);
}

static void sys_getxattrat(struct emit *e, const struct call *c, int i, const char *key)
{
	xattrat_arg(e, c, i, key, true);
}

/* listxattrat(dfd, path, at_flags, list, size) */
static void sys_listxattrat(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 2: dec_xattrat_flags(e, c, i, key); break;
	case 3: emit_xattr_list(e, key, c, i, arg_u64(c, 4)); break;
	case 4: emit_uint(e, key, arg_u64(c, 4)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_removexattrat(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 2)
		dec_xattrat_flags(e, c, i, key);
	else
		decode_arg_kind(e, c, i, key);
}

/* --------------------------------------------- file_getattr/setattr */

/* struct file_attr (linux/fs.h, 6.17) */
struct k_file_attr {
	uint64_t fa_xflags;
	uint32_t fa_extsize;
	uint32_t fa_nextents;
	uint32_t fa_projid;
	uint32_t fa_cowextsize;
};
#define K_FILE_ATTR_SIZE_VER0 24

/* {fa_xflags=.., fa_extsize=.., [fa_nextents=..,] fa_projid=0x.., fa_cowextsize=..}
 * and the nonzero bytes up to usize; the address when usize is out of
 * range, the struct unreadable or (file_getattr) the call failed */
static void emit_file_attr(struct emit *e, const char *key, const struct call *c, bool get)
{
	uint64_t p = arg_u64(c, 2), usize = arg_u64(c, 3);
	struct k_file_attr fa;

	if (usize < K_FILE_ATTR_SIZE_VER0 || usize > K_PAGE_SIZE || !p || !call_verbose(c) ||
	    (get && !call_ok(c)) ||
	    call_sized(c, 2, &fa, sizeof(fa)) < K_FILE_ATTR_SIZE_VER0) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_struct(e, key);
	emit_flags(e, "fa_xflags", fs_xflags, fa.fa_xflags, "FS_XFLAG_???");
	emit_uint(e, "fa_extsize", fa.fa_extsize);
	if (get)
		emit_uint(e, "fa_nextents", fa.fa_nextents);
	emit_hex(e, "fa_projid", fa.fa_projid);
	emit_uint(e, "fa_cowextsize", fa.fa_cowextsize);
	emit_struct_tail(e, c, 2, K_FILE_ATTR_SIZE_VER0, usize);
	emit_end_struct(e);
}

static void sys_file_setattr(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 2: emit_file_attr(e, key, c, false); break;
	case 3: emit_uint(e, key, arg_u64(c, 3)); break;
	case 4: emit_flags(e, key, xattrat_flags, arg_uint(c, 4), "AT_???"); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_file_getattr(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 2)
		emit_file_attr(e, key, c, true);
	else
		sys_file_setattr(e, c, i, key);
}

/* ------------------------------------------------------------ quotas */

/* QCMD(Q_SETQUOTA, PRJQUOTA); -X raw: the number; -X verbose: both */
static void emit_qcmd(struct emit *e, const char *key, uint32_t qcmd)
{
	if (decode_opts.xlat == XLAT_RAW) {
		emit_uint(e, key, qcmd);
		return;
	}
	char sym[160], buf[200];
	size_t len = str_append(sym, sizeof(sym), 0, "QCMD(");
	len = value_append(sym, sizeof(sym), len, quota_cmds, qcmd >> K_SUBCMD_SHIFT, "Q_???");
	len = str_append(sym, sizeof(sym), len, ", ");
	len = value_append(sym, sizeof(sym), len, quota_types, qcmd & K_SUBCMD_MASK, "???QUOTA");
	str_append(sym, sizeof(sym), len, ")");
	if (decode_opts.xlat == XLAT_VERBOSE) {
		snprintf(buf, sizeof(buf), "%u /* %s */", qcmd, sym);
		emit_sym(e, key, buf);
	} else {
		emit_sym(e, key, sym);
	}
}

static void emit_qid(struct emit *e, const char *key, uint32_t id)
{
	if (id == UINT32_MAX)
		emit_int(e, key, -1);
	else
		emit_uint(e, key, id);
}

/* Which of id (argument 2) and data (argument 3) a command prints */
enum { Q_ARG_ID = 1, Q_ARG_DATA = 2 };
static unsigned quota_args(uint32_t cmd)
{
	switch (cmd) {
	case Q_QUOTAOFF: case Q_SYNC: case Q_XQUOTASYNC:
		return 0;
	case Q_GETFMT: case Q_GETINFO: case Q_SETINFO: case Q_XGETQSTAT:
	case Q_XGETQSTATV: case Q_XQUOTAON: case Q_XQUOTAOFF: case Q_XQUOTARM:
		return Q_ARG_DATA;
	}
	return Q_ARG_ID | Q_ARG_DATA;
}

/* Commands whose data the kernel writes: shown at exit, when it worked */
static bool quota_data_out(uint32_t cmd)
{
	switch (cmd) {
	case Q_GETQUOTA: case Q_GETNEXTQUOTA: case Q_XGETQUOTA: case Q_XGETNEXTQUOTA:
	case Q_GETFMT: case Q_GETINFO: case Q_XGETQSTAT: case Q_XGETQSTATV:
		return true;
	}
	return false;
}

static void emit_dqblk(struct emit *e, const char *key, const struct call *c,
		       const uint8_t *d, bool next)
{
	struct if_nextdqblk q;   /* if_dqblk plus dqb_id */
	memset(&q, 0, sizeof(q));
	memcpy(&q, d, next ? sizeof(struct if_nextdqblk) : sizeof(struct if_dqblk));
	emit_begin_struct(e, key);
	emit_uint(e, "dqb_bhardlimit", q.dqb_bhardlimit);
	emit_uint(e, "dqb_bsoftlimit", q.dqb_bsoftlimit);
	emit_uint(e, "dqb_curspace", q.dqb_curspace);
	emit_uint(e, "dqb_ihardlimit", q.dqb_ihardlimit);
	emit_uint(e, "dqb_isoftlimit", q.dqb_isoftlimit);
	emit_uint(e, "dqb_curinodes", q.dqb_curinodes);
	if (!call_abbrev(c)) {
		emit_uint(e, "dqb_btime", q.dqb_btime);
		emit_uint(e, "dqb_itime", q.dqb_itime);
		emit_flags(e, "dqb_valid", if_dqblk_valid, q.dqb_valid, "QIF_???");
		if (next)
			emit_uint(e, "dqb_id", q.dqb_id);
	} else {
		if (next)
			emit_uint(e, "dqb_id", q.dqb_id);
		emit_more(e);
	}
	emit_end_struct(e);
}

static void emit_disk_quota(struct emit *e, const char *key, const struct call *c, const uint8_t *d)
{
	struct fs_disk_quota q;
	memcpy(&q, d, sizeof(q));
	emit_begin_struct(e, key);
	emit_int(e, "d_version", q.d_version);
	emit_flags(e, "d_flags", xfs_dqblk_flags, (uint8_t)q.d_flags, "FS_???_QUOTA");
	emit_hex(e, "d_fieldmask", q.d_fieldmask);
	emit_uint(e, "d_id", q.d_id);
	emit_uint(e, "d_blk_hardlimit", q.d_blk_hardlimit);
	emit_uint(e, "d_blk_softlimit", q.d_blk_softlimit);
	emit_uint(e, "d_ino_hardlimit", q.d_ino_hardlimit);
	emit_uint(e, "d_ino_softlimit", q.d_ino_softlimit);
	emit_uint(e, "d_bcount", q.d_bcount);
	emit_uint(e, "d_icount", q.d_icount);
	if (!call_abbrev(c)) {
		emit_int(e, "d_itimer", q.d_itimer);
		emit_int(e, "d_btimer", q.d_btimer);
		emit_uint(e, "d_iwarns", q.d_iwarns);
		emit_uint(e, "d_bwarns", q.d_bwarns);
		emit_uint(e, "d_rtb_hardlimit", q.d_rtb_hardlimit);
		emit_uint(e, "d_rtb_softlimit", q.d_rtb_softlimit);
		emit_uint(e, "d_rtbcount", q.d_rtbcount);
		emit_int(e, "d_rtbtimer", q.d_rtbtimer);
		emit_uint(e, "d_rtbwarns", q.d_rtbwarns);
	} else {
		emit_more(e);
	}
	emit_end_struct(e);
}

/* {qfs_ino=.., qfs_nblks=.., qfs_nextents=..} (both fs_qfilestat layouts
 * start alike) */
static void emit_qfilestat(struct emit *e, const char *key, uint64_t ino, uint64_t nblks,
			   uint32_t nextents)
{
	emit_begin_struct(e, key);
	emit_uint(e, "qfs_ino", ino);
	emit_uint(e, "qfs_nblks", nblks);
	emit_uint(e, "qfs_nextents", nextents);
	emit_end_struct(e);
}

static void emit_quota_stat(struct emit *e, const char *key, const struct call *c, const uint8_t *d)
{
	struct fs_quota_stat q;
	memcpy(&q, d, sizeof(q));
	emit_begin_struct(e, key);
	emit_int(e, "qs_version", q.qs_version);
	if (!call_abbrev(c)) {
		emit_flags(e, "qs_flags", xfs_quota_flags, q.qs_flags, "FS_QUOTA_???");
		emit_qfilestat(e, "qs_uquota", q.qs_uquota.qfs_ino, q.qs_uquota.qfs_nblks,
			       q.qs_uquota.qfs_nextents);
		emit_qfilestat(e, "qs_gquota", q.qs_gquota.qfs_ino, q.qs_gquota.qfs_nblks,
			       q.qs_gquota.qfs_nextents);
		emit_uint(e, "qs_incoredqs", q.qs_incoredqs);
		emit_int(e, "qs_btimelimit", q.qs_btimelimit);
		emit_int(e, "qs_itimelimit", q.qs_itimelimit);
		emit_int(e, "qs_rtbtimelimit", q.qs_rtbtimelimit);
		emit_uint(e, "qs_bwarnlimit", q.qs_bwarnlimit);
		emit_uint(e, "qs_iwarnlimit", q.qs_iwarnlimit);
	} else {
		emit_more(e);
	}
	emit_end_struct(e);
}

static void emit_quota_statv(struct emit *e, const char *key, const struct call *c, const uint8_t *d)
{
	struct fs_quota_statv q;
	memcpy(&q, d, sizeof(q));
	emit_begin_struct(e, key);
	emit_int(e, "qs_version", q.qs_version);
	if (!call_abbrev(c)) {
		emit_flags(e, "qs_flags", xfs_quota_flags, q.qs_flags, "FS_QUOTA_???");
		emit_uint(e, "qs_incoredqs", q.qs_incoredqs);
		emit_qfilestat(e, "qs_uquota", q.qs_uquota.qfs_ino, q.qs_uquota.qfs_nblks,
			       q.qs_uquota.qfs_nextents);
		emit_qfilestat(e, "qs_gquota", q.qs_gquota.qfs_ino, q.qs_gquota.qfs_nblks,
			       q.qs_gquota.qfs_nextents);
		emit_qfilestat(e, "qs_pquota", q.qs_pquota.qfs_ino, q.qs_pquota.qfs_nblks,
			       q.qs_pquota.qfs_nextents);
		emit_int(e, "qs_btimelimit", q.qs_btimelimit);
		emit_int(e, "qs_itimelimit", q.qs_itimelimit);
		emit_int(e, "qs_rtbtimelimit", q.qs_rtbtimelimit);
		emit_uint(e, "qs_bwarnlimit", q.qs_bwarnlimit);
		emit_uint(e, "qs_iwarnlimit", q.qs_iwarnlimit);
	} else {
		emit_more(e);
	}
	emit_end_struct(e);
}

/* The largest data quotactl reads (struct fs_quota_statv); BPF reads this
 * much whatever the command, so smaller data at the very end of a mapping
 * shows as its address. */
#define K_QUOTA_DATA_MAX 160
_Static_assert(sizeof(struct fs_quota_statv) == K_QUOTA_DATA_MAX, "fs_quota_statv");
_Static_assert(sizeof(struct fs_disk_quota) <= K_QUOTA_DATA_MAX, "fs_disk_quota");

/* Q_QUOTAON's quota file name, from the fixed-size capture */
static void emit_quota_path(struct emit *e, const char *key, const struct blob_ref *r)
{
	const void *nul = memchr(r->data, '\0', r->b->len);
	if (nul)
		emit_str(e, key, r->data, (size_t)((const uint8_t *)nul - r->data), 0);
	else
		emit_str(e, key, r->data, r->b->len, EMIT_STR_TRUNC);
}

/* quotactl's data argument (strace's decode_cmd_data) */
static void emit_quota_data(struct emit *e, const char *key, const struct call *c,
			    int i, uint32_t cmd)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	size_t need;

	switch (cmd) {
	case Q_QUOTAON:
		if (!p || !r)
			emit_ptr(e, key, p);
		else
			emit_quota_path(e, key, r);
		return;
	case Q_GETQUOTA: case Q_SETQUOTA: need = sizeof(struct if_dqblk); break;
	case Q_GETNEXTQUOTA: need = sizeof(struct if_nextdqblk); break;
	case Q_XGETQUOTA: case Q_XGETNEXTQUOTA: case Q_XSETQLIM:
		need = sizeof(struct fs_disk_quota); break;
	case Q_GETFMT: case Q_XQUOTAON: case Q_XQUOTAOFF: case Q_XQUOTARM:
		need = sizeof(uint32_t); break;
	case Q_GETINFO: case Q_SETINFO: need = sizeof(struct if_dqinfo); break;
	case Q_XGETQSTAT: need = sizeof(struct fs_quota_stat); break;
	case Q_XGETQSTATV: need = sizeof(struct fs_quota_statv); break;
	default:
		emit_ptr(e, key, p);
		return;
	}
	if (!p || !r || r->b->len < need || !call_verbose(c) ||
	    (quota_data_out(cmd) && !call_ok(c))) {
		emit_ptr(e, key, p);
		return;
	}

	uint32_t u32;
	switch (cmd) {
	case Q_GETQUOTA: case Q_SETQUOTA:
		emit_dqblk(e, key, c, r->data, false);
		break;
	case Q_GETNEXTQUOTA:
		emit_dqblk(e, key, c, r->data, true);
		break;
	case Q_XGETQUOTA: case Q_XGETNEXTQUOTA: case Q_XSETQLIM:
		emit_disk_quota(e, key, c, r->data);
		break;
	case Q_GETFMT:
		memcpy(&u32, r->data, sizeof(u32));
		emit_begin_array(e, key);
		emit_xval(e, NULL, quota_formats, u32, "QFMT_???");
		emit_end_array(e);
		break;
	case Q_XQUOTAON: case Q_XQUOTAOFF: case Q_XQUOTARM:
		memcpy(&u32, r->data, sizeof(u32));
		emit_begin_array(e, key);
		if (cmd == Q_XQUOTARM)
			emit_flags(e, NULL, xfs_dqblk_flags, u32, "FS_???_QUOTA");
		else
			emit_flags(e, NULL, xfs_quota_flags, u32, "FS_QUOTA_???");
		emit_end_array(e);
		break;
	case Q_GETINFO: case Q_SETINFO: {
		struct if_dqinfo q;
		memcpy(&q, r->data, sizeof(q));
		emit_begin_struct(e, key);
		emit_uint(e, "dqi_bgrace", q.dqi_bgrace);
		emit_uint(e, "dqi_igrace", q.dqi_igrace);
		emit_flags(e, "dqi_flags", if_dqinfo_flags, q.dqi_flags, "DQF_???");
		emit_flags(e, "dqi_valid", if_dqinfo_valid, q.dqi_valid, "IIF_???");
		emit_end_struct(e);
		break;
	}
	case Q_XGETQSTAT:
		emit_quota_stat(e, key, c, r->data);
		break;
	case Q_XGETQSTATV:
		emit_quota_statv(e, key, c, r->data);
		break;
	}
}

/* id and data of quotactl/quotactl_fd (arguments 2 and 3), by command */
static void emit_quota_id_data(struct emit *e, const struct call *c, int i, const char *key,
			       uint32_t qcmd)
{
	uint32_t cmd = qcmd >> K_SUBCMD_SHIFT;
	unsigned show = quota_args(cmd);
	if (i == 2 && (show & Q_ARG_ID)) {
		if (cmd == Q_QUOTAON)
			emit_xval(e, key, quota_formats, arg_uint(c, 2), "QFMT_???");
		else
			emit_qid(e, key, arg_uint(c, 2));
	} else if (i == 3 && (show & Q_ARG_DATA)) {
		emit_quota_data(e, key, c, 3, cmd);
	}
}

/* quotactl(QCMD(cmd, type), special, id, data) */
static void sys_quotactl(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_qcmd(e, key, arg_uint(c, 0)); break;
	case 1: decode_arg_kind(e, c, i, key); break;
	default: emit_quota_id_data(e, c, i, key, arg_uint(c, 0));
	}
}

/* quotactl_fd(fd, QCMD(cmd, type), id, data) */
static void sys_quotactl_fd(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_int(e, key, arg_int(c, 0)); break;
	case 1: emit_qcmd(e, key, arg_uint(c, 1)); break;
	default: emit_quota_id_data(e, c, i, key, arg_uint(c, 1));
	}
}

/* ---------------------------------------------------------------- rows */


const struct syscall_row decode_rows_xattr[] = {
	SYS(setxattr, .arg = { A_PATH, A_STR }, .decode = sys_setxattr, .cap = { [2] = CAP_BUF_IN(3) }),
	SYS(lsetxattr, .arg = { A_PATH, A_STR }, .decode = sys_setxattr, .cap = { [2] = CAP_BUF_IN(3) }),
	SYS(fsetxattr, .arg = { A_FD, A_STR }, .decode = sys_setxattr, .cap = { [2] = CAP_BUF_IN(3) }),
	SYS(getxattr, .arg = { A_PATH, A_STR }, .decode = sys_getxattr, .entry_args = 2,
	    .cap = { [2] = CAP_BUF_OUT }),
	SYS(lgetxattr, .arg = { A_PATH, A_STR }, .decode = sys_getxattr, .entry_args = 2,
	    .cap = { [2] = CAP_BUF_OUT }),
	SYS(fgetxattr, .arg = { A_FD, A_STR }, .decode = sys_getxattr, .entry_args = 2,
	    .cap = { [2] = CAP_BUF_OUT }),
	SYS(listxattr, .arg = { A_PATH }, .decode = sys_listxattr, .entry_args = 1,
	    .cap = { [1] = CAP_BUF_OUT }),
	SYS(llistxattr, .arg = { A_PATH }, .decode = sys_listxattr, .entry_args = 1,
	    .cap = { [1] = CAP_BUF_OUT }),
	SYS(flistxattr, .arg = { A_FD }, .decode = sys_listxattr, .entry_args = 1,
	    .cap = { [1] = CAP_BUF_OUT }),
	SYS(removexattr, .arg = { A_PATH, A_STR }),
	SYS(lremovexattr, .arg = { A_PATH, A_STR }),
	SYS(fremovexattr, .arg = { A_FD, A_STR }),

	SYS(setxattrat, .arg = { A_DIRFD, A_PATH, [3] = A_STR }, .decode = sys_setxattrat,
	    .cap = { [4] = CAP_SIZED }, .nest = { [XATTR_NEST_VALUE] = XATTR_VALUE_NEST(0) }),
	SYS(getxattrat, .arg = { A_DIRFD, A_PATH, [3] = A_STR }, .decode = sys_getxattrat,
	    .cap = { [4] = CAP_SIZED },
	    .nest = { [XATTR_NEST_VALUE] = XATTR_VALUE_NEST(SCT_NEST_OUT) }),
	SYS(listxattrat, .arg = { A_DIRFD, A_PATH }, .decode = sys_listxattrat, .entry_args = 3,
	    .cap = { [3] = CAP_BUF_OUT }),
	SYS(removexattrat, .arg = { A_DIRFD, A_PATH, [3] = A_STR }, .decode = sys_removexattrat),

	SYS(file_getattr, .arg = { A_DIRFD, A_PATH }, .decode = sys_file_getattr, .entry_args = 2,
	    .cap = { [2] = CAP_SIZED }),
	SYS(file_setattr, .arg = { A_DIRFD, A_PATH }, .decode = sys_file_setattr,
	    .cap = { [2] = CAP_SIZED }),

	SYS(quotactl, .arg = { A_DEFAULT, A_PATH }, .decode = sys_quotactl,
	    .cap = { [3] = CAP_IN_OPT(K_QUOTA_DATA_MAX) }),
	SYS(quotactl_fd, .arg = { A_FD }, .decode = sys_quotactl_fd, .cap = { [3] = CAP_IN_OPT(K_QUOTA_DATA_MAX) }),
	SYS_END
};

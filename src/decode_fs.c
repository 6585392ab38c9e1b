// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the fs family (mount, xattr, quota, swap, file attributes): each syscall's row, and its own decoder
 * where the row's kinds are not enough (strace 7.2's output is the format).
 *
 * Here: mount(2) and the new mount API (fsopen, fsconfig, fsmount, fspick,
 * move_mount, open_tree, open_tree_attr, mount_setattr, statmount,
 * listmount), umount2, pivot_root, swapon/swapoff, acct, fanotify_init and
 * fanotify_mark, ustat, _sysctl, sysfs and syncfs.
 */
#include "decode_priv.h"
#include "unistd_extra.h"

#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <linux/fanotify.h>
#include <linux/fcntl.h>
#include <linux/mount.h>

/* ------------------------------------------------------------ tables */

/* mount(2)'s flags (linux/mount.h); MS_MGC_VAL is a magic in the top half */
static const struct flag_name mount_flags[] = {
	{ MS_RDONLY, "MS_RDONLY" },
	{ MS_NOSUID, "MS_NOSUID" },
	{ MS_NODEV, "MS_NODEV" },
	{ MS_NOEXEC, "MS_NOEXEC" },
	{ MS_SYNCHRONOUS, "MS_SYNCHRONOUS" },
	{ MS_REMOUNT, "MS_REMOUNT" },
	{ MS_MANDLOCK, "MS_MANDLOCK" },
	{ MS_DIRSYNC, "MS_DIRSYNC" },
	{ MS_NOSYMFOLLOW, "MS_NOSYMFOLLOW" },
	{ MS_NOATIME, "MS_NOATIME" },
	{ MS_NODIRATIME, "MS_NODIRATIME" },
	{ MS_BIND, "MS_BIND" },
	{ MS_MOVE, "MS_MOVE" },
	{ MS_REC, "MS_REC" },
	{ MS_SILENT, "MS_SILENT" },
	{ MS_POSIXACL, "MS_POSIXACL" },
	{ MS_UNBINDABLE, "MS_UNBINDABLE" },
	{ MS_PRIVATE, "MS_PRIVATE" },
	{ MS_SLAVE, "MS_SLAVE" },
	{ MS_SHARED, "MS_SHARED" },
	{ MS_RELATIME, "MS_RELATIME" },
	{ MS_KERNMOUNT, "MS_KERNMOUNT" },
	{ MS_I_VERSION, "MS_I_VERSION" },
	{ MS_STRICTATIME, "MS_STRICTATIME" },
	{ MS_LAZYTIME, "MS_LAZYTIME" },
	{ MS_SUBMOUNT, "MS_SUBMOUNT" },
	{ MS_NOREMOTELOCK, "MS_NOREMOTELOCK" },
	{ MS_NOSEC, "MS_NOSEC" },
	{ MS_BORN, "MS_BORN" },
	{ MS_ACTIVE, "MS_ACTIVE" },
	{ (uint32_t)MS_NOUSER, "MS_NOUSER" },
	{ 0, NULL }
};

static const struct flag_name mount_magic[] = {
	{ MS_MGC_VAL, "MS_MGC_VAL" },
	{ 0, NULL }
};

/* umount2 (linux/fs.h, not in the UAPI headers) */
static const struct flag_name umount_flags[] = {
	{ 1, "MNT_FORCE" },
	{ 2, "MNT_DETACH" },
	{ 4, "MNT_EXPIRE" },
	{ 8, "UMOUNT_NOFOLLOW" },
	{ 0, NULL }
};

/* swapon: flags above the priority bits (linux/swap.h, not in the UAPI) */
#define K_SWAP_FLAG_PRIO_MASK 0x7fff
static const struct flag_name swap_flags[] = {
	{ 0x8000, "SWAP_FLAG_PREFER" },
	{ 0x10000, "SWAP_FLAG_DISCARD" },
	{ 0x20000, "SWAP_FLAG_DISCARD_ONCE" },
	{ 0x40000, "SWAP_FLAG_DISCARD_PAGES" },
	{ 0, NULL }
};

static const struct flag_name fsopen_flags[] = {
	{ FSOPEN_CLOEXEC, "FSOPEN_CLOEXEC" },
	{ 0, NULL }
};

static const struct flag_name fsmount_flags[] = {
	{ FSMOUNT_CLOEXEC, "FSMOUNT_CLOEXEC" },
	{ 0x2, "FSMOUNT_NAMESPACE" },           /* linux/mount.h, 6.18 */
	{ 0, NULL }
};

static const struct flag_name fspick_flags[] = {
	{ FSPICK_CLOEXEC, "FSPICK_CLOEXEC" },
	{ FSPICK_SYMLINK_NOFOLLOW, "FSPICK_SYMLINK_NOFOLLOW" },
	{ FSPICK_NO_AUTOMOUNT, "FSPICK_NO_AUTOMOUNT" },
	{ FSPICK_EMPTY_PATH, "FSPICK_EMPTY_PATH" },
	{ 0, NULL }
};

static const struct flag_name move_mount_flags[] = {
	{ MOVE_MOUNT_F_SYMLINKS, "MOVE_MOUNT_F_SYMLINKS" },
	{ MOVE_MOUNT_F_AUTOMOUNTS, "MOVE_MOUNT_F_AUTOMOUNTS" },
	{ MOVE_MOUNT_F_EMPTY_PATH, "MOVE_MOUNT_F_EMPTY_PATH" },
	{ MOVE_MOUNT_T_SYMLINKS, "MOVE_MOUNT_T_SYMLINKS" },
	{ MOVE_MOUNT_T_AUTOMOUNTS, "MOVE_MOUNT_T_AUTOMOUNTS" },
	{ MOVE_MOUNT_T_EMPTY_PATH, "MOVE_MOUNT_T_EMPTY_PATH" },
	{ MOVE_MOUNT_SET_GROUP, "MOVE_MOUNT_SET_GROUP" },
	{ 0x200, "MOVE_MOUNT_BENEATH" },        /* linux/mount.h, 6.5 */
	{ 0, NULL }
};

static const struct flag_name open_tree_flags[] = {
	{ OPEN_TREE_CLONE, "OPEN_TREE_CLONE" },
	{ 0x2, "OPEN_TREE_NAMESPACE" },         /* linux/mount.h, 6.18 */
	{ OPEN_TREE_CLOEXEC, "OPEN_TREE_CLOEXEC" },
	{ AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW" },
	{ AT_NO_AUTOMOUNT, "AT_NO_AUTOMOUNT" },
	{ AT_EMPTY_PATH, "AT_EMPTY_PATH" },
	{ AT_RECURSIVE, "AT_RECURSIVE" },
	{ 0, NULL }
};

static const struct flag_name mount_setattr_flags[] = {
	{ AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW" },
	{ AT_NO_AUTOMOUNT, "AT_NO_AUTOMOUNT" },
	{ AT_EMPTY_PATH, "AT_EMPTY_PATH" },
	{ AT_RECURSIVE, "AT_RECURSIVE" },
	{ 0, NULL }
};

/* fsmount's attr_flags: MOUNT_ATTR__ATIME (0x70) before its members */
static const struct flag_name mount_attr_flags[] = {
	{ MOUNT_ATTR_RDONLY, "MOUNT_ATTR_RDONLY" },
	{ MOUNT_ATTR_NOSUID, "MOUNT_ATTR_NOSUID" },
	{ MOUNT_ATTR_NODEV, "MOUNT_ATTR_NODEV" },
	{ MOUNT_ATTR_NOEXEC, "MOUNT_ATTR_NOEXEC" },
	{ MOUNT_ATTR__ATIME, "MOUNT_ATTR__ATIME" },
	{ MOUNT_ATTR_NOATIME, "MOUNT_ATTR_NOATIME" },
	{ MOUNT_ATTR_STRICTATIME, "MOUNT_ATTR_STRICTATIME" },
	{ MOUNT_ATTR_NODIRATIME, "MOUNT_ATTR_NODIRATIME" },
	{ MOUNT_ATTR_NOSYMFOLLOW, "MOUNT_ATTR_NOSYMFOLLOW" },
	{ 0, NULL }
};

/* struct mount_attr's attr_set/attr_clr, statmount's mnt_attr: with IDMAP */
static const struct flag_name mount_attr_attr[] = {
	{ MOUNT_ATTR_RDONLY, "MOUNT_ATTR_RDONLY" },
	{ MOUNT_ATTR_NOSUID, "MOUNT_ATTR_NOSUID" },
	{ MOUNT_ATTR_NODEV, "MOUNT_ATTR_NODEV" },
	{ MOUNT_ATTR_NOEXEC, "MOUNT_ATTR_NOEXEC" },
	{ MOUNT_ATTR__ATIME, "MOUNT_ATTR__ATIME" },
	{ MOUNT_ATTR_NOATIME, "MOUNT_ATTR_NOATIME" },
	{ MOUNT_ATTR_STRICTATIME, "MOUNT_ATTR_STRICTATIME" },
	{ MOUNT_ATTR_NODIRATIME, "MOUNT_ATTR_NODIRATIME" },
	{ MOUNT_ATTR_IDMAP, "MOUNT_ATTR_IDMAP" },
	{ MOUNT_ATTR_NOSYMFOLLOW, "MOUNT_ATTR_NOSYMFOLLOW" },
	{ 0, NULL }
};

/* struct mount_attr's propagation (a value), statmount's mnt_propagation */
static const struct flag_name mount_propagation[] = {
	{ MS_UNBINDABLE, "MS_UNBINDABLE" },
	{ MS_PRIVATE, "MS_PRIVATE" },
	{ MS_SLAVE, "MS_SLAVE" },
	{ MS_SHARED, "MS_SHARED" },
	{ 0, NULL }
};

static const struct flag_name fsconfig_cmds[] = {
	{ FSCONFIG_SET_FLAG, "FSCONFIG_SET_FLAG" },
	{ FSCONFIG_SET_STRING, "FSCONFIG_SET_STRING" },
	{ FSCONFIG_SET_BINARY, "FSCONFIG_SET_BINARY" },
	{ FSCONFIG_SET_PATH, "FSCONFIG_SET_PATH" },
	{ FSCONFIG_SET_PATH_EMPTY, "FSCONFIG_SET_PATH_EMPTY" },
	{ FSCONFIG_SET_FD, "FSCONFIG_SET_FD" },
	{ FSCONFIG_CMD_CREATE, "FSCONFIG_CMD_CREATE" },
	{ FSCONFIG_CMD_RECONFIGURE, "FSCONFIG_CMD_RECONFIGURE" },
	{ 8, "FSCONFIG_CMD_CREATE_EXCL" },      /* linux/mount.h, 6.6 */
	{ 0, NULL }
};

/* statmount's request and result mask (linux/mount.h, 6.8 and later) */
#define K_STATMOUNT_SB_BASIC       0x1
#define K_STATMOUNT_MNT_BASIC      0x2
#define K_STATMOUNT_PROPAGATE_FROM 0x4
#define K_STATMOUNT_MNT_ROOT       0x8
#define K_STATMOUNT_MNT_POINT      0x10
#define K_STATMOUNT_FS_TYPE        0x20
#define K_STATMOUNT_MNT_NS_ID      0x40
#define K_STATMOUNT_MNT_OPTS       0x80
#define K_STATMOUNT_FS_SUBTYPE     0x100
#define K_STATMOUNT_SB_SOURCE      0x200
#define K_STATMOUNT_OPT_ARRAY      0x400
#define K_STATMOUNT_OPT_SEC_ARRAY  0x800
#define K_STATMOUNT_SUPPORTED_MASK 0x1000
#define K_STATMOUNT_MNT_UIDMAP     0x2000
#define K_STATMOUNT_MNT_GIDMAP     0x4000
static const struct flag_name statmount_mask[] = {
	{ K_STATMOUNT_SB_BASIC, "STATMOUNT_SB_BASIC" },
	{ K_STATMOUNT_MNT_BASIC, "STATMOUNT_MNT_BASIC" },
	{ K_STATMOUNT_PROPAGATE_FROM, "STATMOUNT_PROPAGATE_FROM" },
	{ K_STATMOUNT_MNT_ROOT, "STATMOUNT_MNT_ROOT" },
	{ K_STATMOUNT_MNT_POINT, "STATMOUNT_MNT_POINT" },
	{ K_STATMOUNT_FS_TYPE, "STATMOUNT_FS_TYPE" },
	{ K_STATMOUNT_MNT_NS_ID, "STATMOUNT_MNT_NS_ID" },
	{ K_STATMOUNT_MNT_OPTS, "STATMOUNT_MNT_OPTS" },
	{ K_STATMOUNT_FS_SUBTYPE, "STATMOUNT_FS_SUBTYPE" },
	{ K_STATMOUNT_SB_SOURCE, "STATMOUNT_SB_SOURCE" },
	{ K_STATMOUNT_OPT_ARRAY, "STATMOUNT_OPT_ARRAY" },
	{ K_STATMOUNT_OPT_SEC_ARRAY, "STATMOUNT_OPT_SEC_ARRAY" },
	{ K_STATMOUNT_SUPPORTED_MASK, "STATMOUNT_SUPPORTED_MASK" },
	{ K_STATMOUNT_MNT_UIDMAP, "STATMOUNT_MNT_UIDMAP" },
	{ K_STATMOUNT_MNT_GIDMAP, "STATMOUNT_MNT_GIDMAP" },
	{ 0, NULL }
};

static const struct flag_name statmount_flags[] = {
	{ 0x1, "STATMOUNT_BY_FD" },             /* linux/mount.h, 6.18 */
	{ 0, NULL }
};

/* statmount's sb_flags: the superblock's SB_* bits, named as MS_* */
static const struct flag_name statmount_sb_flags[] = {
	{ MS_RDONLY, "MS_RDONLY" },
	{ MS_SYNCHRONOUS, "MS_SYNCHRONOUS" },
	{ MS_DIRSYNC, "MS_DIRSYNC" },
	{ MS_LAZYTIME, "MS_LAZYTIME" },
	{ 0, NULL }
};

static const struct flag_name listmount_flags[] = {
	{ 0x1, "LISTMOUNT_REVERSE" },           /* linux/mount.h, 6.10 */
	{ 0, NULL }
};

static const struct flag_name listmount_mnt_ids[] = {
	{ UINT64_MAX, "LSMT_ROOT" },            /* linux/mount.h, 6.8 */
	{ 0, NULL }
};

/* fanotify_init: the notification class is a value in bits 2..3 */
#define K_FAN_ALL_CLASS_BITS (FAN_CLASS_NOTIF | FAN_CLASS_CONTENT | FAN_CLASS_PRE_CONTENT)
static const struct flag_name fan_classes[] = {
	{ FAN_CLASS_NOTIF, "FAN_CLASS_NOTIF" },
	{ FAN_CLASS_CONTENT, "FAN_CLASS_CONTENT" },
	{ FAN_CLASS_PRE_CONTENT, "FAN_CLASS_PRE_CONTENT" },
	{ 0, NULL }
};

static const struct flag_name fan_init_flags[] = {
	{ FAN_CLOEXEC, "FAN_CLOEXEC" },
	{ FAN_NONBLOCK, "FAN_NONBLOCK" },
	{ FAN_UNLIMITED_QUEUE, "FAN_UNLIMITED_QUEUE" },
	{ FAN_UNLIMITED_MARKS, "FAN_UNLIMITED_MARKS" },
	{ FAN_ENABLE_AUDIT, "FAN_ENABLE_AUDIT" },
	{ FAN_REPORT_PIDFD, "FAN_REPORT_PIDFD" },
	{ FAN_REPORT_TID, "FAN_REPORT_TID" },
	{ FAN_REPORT_FID, "FAN_REPORT_FID" },
	{ FAN_REPORT_DIR_FID, "FAN_REPORT_DIR_FID" },
	{ FAN_REPORT_NAME, "FAN_REPORT_NAME" },
	{ FAN_REPORT_TARGET_FID, "FAN_REPORT_TARGET_FID" },
	{ 0x2000, "FAN_REPORT_FD_ERROR" },      /* linux/fanotify.h, 6.13 */
	{ 0x4000, "FAN_REPORT_MNT" },           /* linux/fanotify.h, 6.15 */
	{ 0, NULL }
};

/* fanotify_mark's flags: the mark type (0, MOUNT, FILESYSTEM, MNTNS) is
 * two bits; MNTNS (both) comes first so that it wins */
static const struct flag_name fan_mark_flags[] = {
	{ FAN_MARK_ADD, "FAN_MARK_ADD" },
	{ FAN_MARK_REMOVE, "FAN_MARK_REMOVE" },
	{ FAN_MARK_FLUSH, "FAN_MARK_FLUSH" },
	{ FAN_MARK_DONT_FOLLOW, "FAN_MARK_DONT_FOLLOW" },
	{ FAN_MARK_ONLYDIR, "FAN_MARK_ONLYDIR" },
	{ 0x110, "FAN_MARK_MNTNS" },            /* linux/fanotify.h, 6.15 */
	{ FAN_MARK_MOUNT, "FAN_MARK_MOUNT" },
	{ FAN_MARK_FILESYSTEM, "FAN_MARK_FILESYSTEM" },
	{ FAN_MARK_IGNORED_MASK, "FAN_MARK_IGNORED_MASK" },
	{ FAN_MARK_IGNORED_SURV_MODIFY, "FAN_MARK_IGNORED_SURV_MODIFY" },
	{ FAN_MARK_IGNORE, "FAN_MARK_IGNORE" },
	{ FAN_MARK_EVICTABLE, "FAN_MARK_EVICTABLE" },
	{ 0, NULL }
};

static const struct flag_name fan_event_flags[] = {
	{ FAN_ACCESS, "FAN_ACCESS" },
	{ FAN_MODIFY, "FAN_MODIFY" },
	{ FAN_ATTRIB, "FAN_ATTRIB" },
	{ FAN_CLOSE_WRITE, "FAN_CLOSE_WRITE" },
	{ FAN_CLOSE_NOWRITE, "FAN_CLOSE_NOWRITE" },
	{ FAN_OPEN, "FAN_OPEN" },
	{ FAN_MOVED_FROM, "FAN_MOVED_FROM" },
	{ FAN_MOVED_TO, "FAN_MOVED_TO" },
	{ FAN_CREATE, "FAN_CREATE" },
	{ FAN_DELETE, "FAN_DELETE" },
	{ FAN_DELETE_SELF, "FAN_DELETE_SELF" },
	{ FAN_MOVE_SELF, "FAN_MOVE_SELF" },
	{ FAN_OPEN_EXEC, "FAN_OPEN_EXEC" },
	{ FAN_Q_OVERFLOW, "FAN_Q_OVERFLOW" },
	{ FAN_FS_ERROR, "FAN_FS_ERROR" },
	{ FAN_OPEN_PERM, "FAN_OPEN_PERM" },
	{ FAN_ACCESS_PERM, "FAN_ACCESS_PERM" },
	{ FAN_OPEN_EXEC_PERM, "FAN_OPEN_EXEC_PERM" },
	{ 0x00080000, "FAN_DIR_MODIFY" },       /* once in linux/fanotify.h */
	{ 0x00100000, "FAN_PRE_ACCESS" },       /* linux/fanotify.h, 6.14 */
	{ 0x01000000, "FAN_MNT_ATTACH" },       /* linux/fanotify.h, 6.15 */
	{ 0x02000000, "FAN_MNT_DETACH" },       /* linux/fanotify.h, 6.15 */
	{ FAN_EVENT_ON_CHILD, "FAN_EVENT_ON_CHILD" },
	{ FAN_RENAME, "FAN_RENAME" },
	{ FAN_ONDIR, "FAN_ONDIR" },
	{ 0, NULL }
};

static const struct flag_name fan_dirfds[] = {
	{ (uint64_t)(int64_t)FAN_NOFD, "FAN_NOFD" },
	{ 0, NULL }
};

static const struct flag_name at_dirfds[] = {
	{ (uint64_t)(int64_t)AT_FDCWD, "AT_FDCWD" },
	{ 0, NULL }
};

/* ---------------------------------------------------------- helpers */

/* One part of a value strace prints in parts joined by '|' (mount's magic
 * and flags, swapon's flags and priority), styled by -X as emit_flags()
 * and emit_xval() style a whole argument. */
static size_t part_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
			  uint64_t v, const char *dflt, bool flags)
{
	if (decode_opts.xlat == XLAT_RAW)
		return hex_append(buf, size, len, v);
	if (decode_opts.xlat == XLAT_ABBREV)
		return flags ? flags_append(buf, size, len, tab, v, dflt)
			     : value_append(buf, size, len, tab, v, dflt);

	char names[FLAGS_BUF] = "";
	if (flags) {
		bool any = false;
		for (const struct flag_name *t = tab; t->name; t++)
			if (t->val ? (v & t->val) == t->val : !v)
				any = true;
		if (any)
			flags_append(names, sizeof(names), 0, tab, v, NULL);
		else if (v && dflt)
			str_append(names, sizeof(names), 0, dflt);
	} else {
		const char *name = lookup_value(tab, v);
		str_append(names, sizeof(names), 0, name ? name : dflt ? dflt : "");
	}
	len = hex_append(buf, size, len, v);
	if (names[0]) {
		len = str_append(buf, size, len, " /* ");
		len = str_append(buf, size, len, names);
		len = str_append(buf, size, len, " */");
	}
	return len;
}

/* strace's print_dirfd(): AT_FDCWD by name (under -X as a constant) */
static void emit_dirfd(struct emit *e, const char *key, int fd)
{
	emit_xval_d(e, key, at_dirfds, fd, NULL);
}

static uint32_t get_u32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t get_u64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }

/* ---------------------------------------------------------- mount(2) */

#define K_MS_MGC_MSK 0xffff0000u
#define K_MS_PROPAGATION (MS_BIND | MS_MOVE | MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)

/*
 * The old magic in the top half is shown apart and then dropped with the
 * top 32 bits (strace clears it with ~0xffff0000u, an unsigned int).
 * MS_REMOUNT ignores the fs type; bind, move and propagation changes
 * ignore the type and the data: those are shown as addresses.
 */
static void sys_mount(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t flags = arg_u64(c, 3);
	bool magic = (flags & K_MS_MGC_MSK) == MS_MGC_VAL;
	if (magic)
		flags &= ~K_MS_MGC_MSK;
	bool ignore_type = (flags & MS_REMOUNT) || (flags & K_MS_PROPAGATION);
	bool ignore_data = !(flags & MS_REMOUNT) && (flags & K_MS_PROPAGATION);

	switch (i) {
	case 2:
	case 4:
		if (i == 2 ? ignore_type : ignore_data)
			emit_ptr(e, key, arg_u64(c, i));
		else
			dec_str(e, c, i, key);
		break;
	case 3:
		if (!magic) {
			emit_flags(e, key, mount_flags, flags, "MS_???");
			break;
		}
		{
			char buf[FLAGS_BUF + 64];
			size_t len = part_append(buf, sizeof(buf), 0, mount_magic, MS_MGC_VAL,
						 NULL, false);
			if (flags) {
				len = str_append(buf, sizeof(buf), len, "|");
				part_append(buf, sizeof(buf), len, mount_flags, flags, "MS_???", true);
			}
			emit_sym(e, key, buf);
		}
		break;
	default:
		decode_arg_kind(e, c, i, key);
	}
}

static void sys_umount2(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_flags(e, key, umount_flags, arg_uint(c, i), "MNT_???");
	else
		decode_arg_kind(e, c, i, key);
}

/* SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5: flags, then the priority */
static void sys_swapon(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i != 1) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	unsigned flags = arg_uint(c, i);
	unsigned prio = flags & K_SWAP_FLAG_PRIO_MASK;
	flags &= ~K_SWAP_FLAG_PRIO_MASK;
	char buf[FLAGS_BUF + 64];
	size_t len = 0;
	buf[0] = '\0';
	if (flags) {
		len = part_append(buf, sizeof(buf), len, swap_flags, flags, "SWAP_FLAG_???", true);
		len = str_append(buf, sizeof(buf), len, "|");
	}
	char tmp[16];
	snprintf(tmp, sizeof(tmp), "%u", prio);
	str_append(buf, sizeof(buf), len, tmp);
	emit_sym(e, key, buf);
}

/* -------------------------------------------------- the new mount API */

static void sys_fsopen(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_flags(e, key, fsopen_flags, arg_uint(c, i), "FSOPEN_???");
	else
		decode_arg_kind(e, c, i, key);
}

/*
 * fsconfig(fd, cmd, key, value, aux): what key, value and aux are depends
 * on cmd.  value is captured as a path (a NUL-terminated string of up to
 * 4096 bytes): SET_STRING shows it cut at -s, SET_PATH whole, SET_BINARY
 * as aux bytes in hex when the capture has them (no NUL among them).
 */
static void sys_fsconfig(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned cmd = arg_uint(c, 1);
	int aux = arg_int(c, 4);

	switch (i) {
	case 1:
		emit_xval(e, key, fsconfig_cmds, cmd, "FSCONFIG_???");
		break;
	case 2:
		if (cmd <= FSCONFIG_SET_FD)
			dec_str(e, c, i, key);
		else
			emit_ptr(e, key, arg_u64(c, i));
		break;
	case 3:
		switch (cmd) {
		case FSCONFIG_SET_STRING:
			emit_blob_str(e, key, c, i, c->strsize, 0);
			return;
		case FSCONFIG_SET_PATH:
		case FSCONFIG_SET_PATH_EMPTY:
			dec_path(e, c, i, key);
			return;
		case FSCONFIG_SET_BINARY: {
			const struct blob_ref *r = call_blob(c, i);
			if (aux < 0 || aux > 1024 * 1024 || !arg_u64(c, i))
				break;
			size_t shown = (size_t)aux < c->strsize ? (size_t)aux : c->strsize;
			if (!r || r->b->len < shown)
				break;
			emit_str(e, key, r->data, shown,
				 EMIT_STR_HEX | ((size_t)aux > shown ? EMIT_STR_TRUNC : 0));
			return;
		}
		}
		emit_ptr(e, key, arg_u64(c, i));
		break;
	case 4:
		if (cmd == FSCONFIG_SET_PATH || cmd == FSCONFIG_SET_PATH_EMPTY)
			emit_dirfd(e, key, aux);
		else
			emit_int(e, key, aux);
		break;
	default:
		decode_arg_kind(e, c, i, key);
	}
}

static void sys_fsmount(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: emit_flags(e, key, fsmount_flags, arg_uint(c, i), "FSMOUNT_???"); break;
	case 2: emit_flags(e, key, mount_attr_flags, arg_uint(c, i), "MOUNT_ATTR_???"); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_fspick(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_dirfd(e, key, arg_int(c, i)); break;
	case 2: emit_flags(e, key, fspick_flags, arg_uint(c, i), "FSPICK_???"); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_move_mount(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0:
	case 2: emit_dirfd(e, key, arg_int(c, i)); break;
	case 4: emit_flags(e, key, move_mount_flags, arg_uint(c, i), "MOVE_MOUNT_???"); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/*
 * struct mount_attr {attr_set, attr_clr, propagation, userns_fd} (32 bytes
 * in version 0), captured as CAP_SIZED: a smaller size is shown as the
 * address, bytes past the struct only when not all zero (`???` when they
 * run into an unreadable page).
 */
static void emit_mount_attr(struct emit *e, const char *key, const struct call *c, int i,
			    uint64_t size)
{
	uint64_t addr = arg_u64(c, i);
	uint8_t ma[MOUNT_ATTR_SIZE_VER0];
	if (size < MOUNT_ATTR_SIZE_VER0 || !addr || call_sized(c, i, ma, sizeof(ma)) < sizeof(ma)) {
		emit_ptr(e, key, addr);
		return;
	}
	uint64_t set = get_u64(ma), clr = get_u64(ma + 8);
	uint64_t prop = get_u64(ma + 16), userns = get_u64(ma + 24);
	emit_begin_struct(e, key);
	emit_flags(e, "attr_set", mount_attr_attr, set, "MOUNT_ATTR_???");
	emit_flags(e, "attr_clr", mount_attr_attr, clr, "MOUNT_ATTR_???");
	emit_xval(e, "propagation", mount_propagation, prop, "MS_???");
	if (userns > INT_MAX || !((set | clr) & MOUNT_ATTR_IDMAP))
		emit_uint(e, "userns_fd", userns);
	else
		emit_int(e, "userns_fd", (int)userns);
	emit_struct_tail(e, c, i, MOUNT_ATTR_SIZE_VER0, size);
	emit_end_struct(e);
}

/* open_tree, open_tree_attr, mount_setattr: dirfd, path, flags[, attr, size] */
static void dfd_path_flags_attr(struct emit *e, const struct call *c, int i, const char *key,
				const struct flag_name *flags, const char *dflt)
{
	switch (i) {
	case 0: emit_dirfd(e, key, arg_int(c, i)); break;
	case 2: emit_flags(e, key, flags, arg_uint(c, i), dflt); break;
	case 3: emit_mount_attr(e, key, c, i, arg_u64(c, 4)); break;
	case 4: emit_uint(e, key, arg_u64(c, i)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_open_tree(struct emit *e, const struct call *c, int i, const char *key)
{
	dfd_path_flags_attr(e, c, i, key, open_tree_flags, "OPEN_TREE_???");
}

static void sys_mount_setattr(struct emit *e, const struct call *c, int i, const char *key)
{
	dfd_path_flags_attr(e, c, i, key, mount_setattr_flags, "AT_???");
}

/* --------------------------------------------- statmount, listmount */

#define K_MNT_ID_REQ_SIZE_VER0 24
#define K_MNT_ID_REQ_SIZE_VER1 32

/*
 * struct mnt_id_req {size, mnt_ns_fd, mnt_id, param, mnt_ns_id} (CAP_SIZED):
 * a request whose size is under 24 shows only its size, one running into
 * an unreadable page `???` after it; mnt_ns_id from size 32, and the
 * bytes a larger request adds when they are not zero.
 */
static void emit_mnt_id_req(struct emit *e, const char *key, const struct call *c, int i,
			    bool list)
{
	uint8_t req[K_MNT_ID_REQ_SIZE_VER1];
	size_t have = call_sized(c, i, req, sizeof(req));
	if (have < 4) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	uint32_t size = get_u32(req);
	emit_begin_struct(e, key);
	emit_uint(e, "size", size);
	if (size >= K_MNT_ID_REQ_SIZE_VER0 &&
	    have < (size < sizeof(req) ? size : sizeof(req))) {
		emit_sym(e, NULL, "???");
	} else if (size >= K_MNT_ID_REQ_SIZE_VER0) {
		emit_int(e, "mnt_ns_fd", (int32_t)get_u32(req + 4));
		if (list)
			emit_xval(e, "mnt_id", listmount_mnt_ids, get_u64(req + 8), NULL);
		else
			emit_hex(e, "mnt_id", get_u64(req + 8));
		if (list)
			emit_hex(e, "param", get_u64(req + 16));
		else
			emit_flags(e, "param", statmount_mask, get_u64(req + 16), "STATMOUNT_???");
		if (size >= K_MNT_ID_REQ_SIZE_VER1)
			emit_hex(e, "mnt_ns_id", get_u64(req + 24));
		emit_struct_tail(e, c, i, K_MNT_ID_REQ_SIZE_VER1, size);
	}
	emit_end_struct(e);
}

/* A NUL-separated list of `n` strings at offset `off` of the string area:
 * statmount's opt_array, opt_sec_array, mnt_uidmap, mnt_gidmap. */
static void emit_str_list(struct emit *e, const char *key, const uint8_t *str, size_t str_size,
			  uint32_t off, uint32_t n, unsigned strsize)
{
	if (off >= str_size) {
		emit_hex(e, key, off);
		return;
	}
	emit_begin_array(e, key);
	size_t pos = off;
	for (uint32_t k = 0; k < n && pos < str_size; k++) {
		if (k >= strsize) {
			emit_more(e);
			break;
		}
		const uint8_t *s = str + pos;
		size_t len = strnlen((const char *)s, str_size - pos);
		emit_str(e, NULL, s, len, 0);
		pos += len + 1;
	}
	emit_end_array(e);
}

/* A string of the area after struct statmount, by its offset: whole,
 * not cut at -s (strace prints these as C strings of the area's size) */
static void emit_str_at(struct emit *e, const char *key, const uint8_t *str, size_t str_size,
			uint32_t off)
{
	if (off >= str_size) {
		emit_hex(e, key, off);
		return;
	}
	emit_str(e, key, str + off, strnlen((const char *)str + off, str_size - off), 0);
}

#define K_STATMOUNT_SIZE 512   /* struct statmount, without its strings */

/* struct statmount as the kernel filled it: the fields its mask covers */
static void emit_statmount(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t addr = arg_u64(c, i), bufsize = arg_u64(c, 2);
	const struct blob_ref *r = call_blob(c, i);
	size_t fetch = bufsize < K_STATMOUNT_SIZE ? bufsize : K_STATMOUNT_SIZE;
	if (!call_ok(c) || !addr || fetch < 4 || !r || r->b->len < fetch) {
		emit_ptr(e, key, addr);
		return;
	}
	uint8_t st[K_STATMOUNT_SIZE] = { 0 };
	memcpy(st, r->data, fetch);
	uint32_t size = get_u32(st);
	const uint8_t *str = r->data + K_STATMOUNT_SIZE;
	size_t str_size = 0;
	if (size > K_STATMOUNT_SIZE && size <= bufsize && r->b->len > K_STATMOUNT_SIZE) {
		str_size = size - K_STATMOUNT_SIZE;
		if (str_size > r->b->len - K_STATMOUNT_SIZE)
			str_size = r->b->len - K_STATMOUNT_SIZE;
	}
	uint64_t mask = get_u64(st + 8);
	unsigned ss = c->strsize;

	emit_begin_struct(e, key);
	emit_uint(e, "size", size);
	if (mask & K_STATMOUNT_MNT_OPTS)
		emit_str_at(e, "mnt_opts", str, str_size, get_u32(st + 4));
	emit_flags(e, "mask", statmount_mask, mask, "STATMOUNT_???");
	if (mask & K_STATMOUNT_SB_BASIC) {
		emit_uint(e, "sb_dev_major", get_u32(st + 16));
		emit_uint(e, "sb_dev_minor", get_u32(st + 20));
		emit_xval(e, "sb_magic", fs_magics, get_u64(st + 24), NULL);
		emit_flags(e, "sb_flags", statmount_sb_flags, get_u32(st + 32), "MS_???");
	}
	if (mask & K_STATMOUNT_FS_TYPE)
		emit_str_at(e, "fs_type", str, str_size, get_u32(st + 36));
	if (mask & K_STATMOUNT_MNT_BASIC) {
		emit_hex(e, "mnt_id", get_u64(st + 40));
		emit_hex(e, "mnt_parent_id", get_u64(st + 48));
		emit_hex(e, "mnt_id_old", get_u32(st + 56));
		emit_hex(e, "mnt_parent_id_old", get_u32(st + 60));
		emit_flags(e, "mnt_attr", mount_attr_attr, get_u64(st + 64), "MOUNT_ATTR_???");
		emit_flags(e, "mnt_propagation", mount_propagation, get_u64(st + 72), "MS_???");
		emit_hex(e, "mnt_peer_group", get_u64(st + 80));
		emit_hex(e, "mnt_master", get_u64(st + 88));
	}
	if (mask & K_STATMOUNT_PROPAGATE_FROM)
		emit_hex(e, "propagate_from", get_u64(st + 96));
	if (mask & K_STATMOUNT_MNT_ROOT)
		emit_str_at(e, "mnt_root", str, str_size, get_u32(st + 104));
	if (mask & K_STATMOUNT_MNT_POINT)
		emit_str_at(e, "mnt_point", str, str_size, get_u32(st + 108));
	if (mask & K_STATMOUNT_MNT_NS_ID)
		emit_hex(e, "mnt_ns_id", get_u64(st + 112));
	if (mask & K_STATMOUNT_FS_SUBTYPE)
		emit_str_at(e, "fs_subtype", str, str_size, get_u32(st + 120));
	if (mask & K_STATMOUNT_SB_SOURCE)
		emit_str_at(e, "sb_source", str, str_size, get_u32(st + 124));
	if (mask & K_STATMOUNT_OPT_ARRAY) {
		emit_uint(e, "opt_num", get_u32(st + 128));
		emit_str_list(e, "opt_array", str, str_size, get_u32(st + 132), get_u32(st + 128), ss);
	}
	if (mask & K_STATMOUNT_OPT_SEC_ARRAY) {
		emit_uint(e, "opt_sec_num", get_u32(st + 136));
		emit_str_list(e, "opt_sec_array", str, str_size, get_u32(st + 140),
			      get_u32(st + 136), ss);
	}
	if (mask & K_STATMOUNT_SUPPORTED_MASK)
		emit_flags(e, "supported_mask", statmount_mask, get_u64(st + 144), "STATMOUNT_???");
	if (mask & K_STATMOUNT_MNT_UIDMAP) {
		emit_uint(e, "mnt_uidmap_num", get_u32(st + 152));
		emit_str_list(e, "mnt_uidmap", str, str_size, get_u32(st + 156), get_u32(st + 152), ss);
	}
	if (mask & K_STATMOUNT_MNT_GIDMAP) {
		emit_uint(e, "mnt_gidmap_num", get_u32(st + 160));
		emit_str_list(e, "mnt_gidmap", str, str_size, get_u32(st + 164), get_u32(st + 160), ss);
	}
	emit_end_struct(e);
}

static void sys_statmount(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_mnt_id_req(e, key, c, i, false); break;
	case 1: emit_statmount(e, key, c, i); break;
	case 2: emit_uint(e, key, arg_u64(c, i)); break;
	case 3: emit_flags(e, key, statmount_flags, arg_uint(c, i), "STATMOUNT_???"); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* listmount's mnt_ids: [0x80000017, ...], min(nr_mnt_ids, returned) of them */
static void emit_mnt_ids(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t addr = arg_u64(c, i), nr = arg_u64(c, 2);
	if (emit_array_null_or_empty(e, key, addr, nr))
		return;
	const struct blob_ref *r = call_blob(c, i);
	if (!call_ok(c) || !r) {
		emit_ptr(e, key, addr);
		return;
	}
	uint64_t n = (uint64_t)c->rec->ret < nr ? (uint64_t)c->rec->ret : nr;
	size_t have = r->b->len / 8;
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < n; k++) {
		if (k >= c->strsize && call_abbrev(c)) {
			emit_more(e);
			break;
		}
		if (k >= have) {
			emit_more(e);
			break;
		}
		emit_hex(e, NULL, get_u64(r->data + k * 8));
	}
	emit_end_array(e);
}

static void sys_listmount(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_mnt_id_req(e, key, c, i, true); break;
	case 1: emit_mnt_ids(e, key, c, i); break;
	case 2: emit_uint(e, key, arg_u64(c, i)); break;
	case 3: emit_flags(e, key, listmount_flags, arg_uint(c, i), "LISTMOUNT_???"); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* ---------------------------------------------------------- fanotify */

/* FAN_CLASS_NOTIF|FAN_CLOEXEC: the class (a value), then the flags */
static void sys_fanotify_init(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i != 0) {
		decode_arg_kind(e, c, i, key);   /* event_f_flags: open flags */
		return;
	}
	unsigned flags = arg_uint(c, i);
	char buf[FLAGS_BUF + 64];
	size_t len = part_append(buf, sizeof(buf), 0, fan_classes, flags & K_FAN_ALL_CLASS_BITS,
				 "FAN_CLASS_???", false);
	flags &= ~K_FAN_ALL_CLASS_BITS;
	if (flags) {
		len = str_append(buf, sizeof(buf), len, "|");
		part_append(buf, sizeof(buf), len, fan_init_flags, flags, "FAN_???", true);
	}
	emit_sym(e, key, buf);
}

/* The 64-bit mask is one register on x86_64; dirfd may be FAN_NOFD */
static void sys_fanotify_mark(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: emit_flags(e, key, fan_mark_flags, arg_uint(c, i), "FAN_MARK_???"); break;
	case 2: emit_flags(e, key, fan_event_flags, arg_u64(c, i), "FAN_???"); break;
	case 3:
		if (arg_int(c, i) == FAN_NOFD)
			emit_xval_d(e, key, fan_dirfds, FAN_NOFD, NULL);
		else
			emit_dirfd(e, key, arg_int(c, i));
		break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* ------------------------------------------------ ustat, _sysctl */

/* ustat(makedev(0x8, 0x1), {f_tfree=.., f_tinode=..}): dev is 32 bits */
static void sys_ustat(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 0) {
		unsigned dev = arg_uint(c, i);
		char buf[80], num[16];
		snprintf(buf, sizeof(buf), "makedev(%#x, %#x)", (dev >> 8) & 0xfff,
			 (dev & 0xff) | ((dev >> 12) & 0xfff00));
		snprintf(num, sizeof(num), "%#x", dev);
		if (decode_opts.xlat == XLAT_RAW) {
			emit_hex(e, key, dev);
		} else if (decode_opts.xlat == XLAT_VERBOSE) {
			char v[112];
			snprintf(v, sizeof(v), "%s /* %s */", num, buf);
			emit_sym(e, key, v);
		} else {
			emit_sym(e, key, buf);
		}
		return;
	}
	/* struct ustat: int f_tfree @0, ino_t f_tinode @8 */
	uint8_t u[16];
	if (!call_ok(c) || !call_verbose(c) || !call_struct(c, i, u, sizeof(u))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "f_tfree", get_u32(u));
	emit_uint(e, "f_tinode", get_u64(u + 8));
	emit_end_struct(e);
}

/* struct __sysctl_args: name, nlen, oldval, oldlenp, newval, newlen */
#define K_SYSCTL_ARGS_SIZE 80
static void sys_sysctl(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t a[48];
	if (!arg_u64(c, i) || !call_verbose(c) || !call_struct(c, i, a, sizeof(a))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_ptr(e, "name", get_u64(a));
	emit_int(e, "nlen", (int32_t)get_u32(a + 8));
	emit_ptr(e, "oldval", get_u64(a + 16));
	emit_ptr(e, "oldlenp", get_u64(a + 24));
	emit_ptr(e, "newval", get_u64(a + 32));
	emit_uint(e, "newlen", get_u64(a + 40));
	emit_end_struct(e);
}

/* ------------------------------------------------------------- rows */

const struct syscall_row decode_rows_fs[] = {
	SYS(mount, .arg = { A_PATH, A_PATH }, .decode = sys_mount,
	    .cap = { [2] = CAP_STR, [4] = CAP_STR }),
	SYS(umount2, .arg = { A_PATH }, .decode = sys_umount2),
	SYS(pivot_root, .arg = { A_PATH, A_PATH }),
	SYS(acct, .arg = { A_PATH }),
	SYS(swapon, .arg = { A_PATH }, .decode = sys_swapon),
	SYS(swapoff, .arg = { A_PATH }),
	SYS(syncfs, .arg = { A_FD }),
	/* strace 7.2 does not decode sysfs: every argument in hex */
	SYS(sysfs, .arg = { A_HEX, A_HEX, A_HEX }),
	SYS(ustat, .decode = sys_ustat, .entry_args = 1, .cap = { [1] = CAP_OUT(16) }),
	SYS(_sysctl, .decode = sys_sysctl, .cap = { [0] = CAP_IN(K_SYSCTL_ARGS_SIZE) }),

	SYS(fsopen, .arg = { A_STR }, .decode = sys_fsopen, .ret = R_FD),
	SYS(fsconfig, .arg = { A_FD }, .decode = sys_fsconfig,
	    .cap = { [2] = CAP_STR, [3] = CAP_PATH }),
	SYS(fsmount, .arg = { A_FD }, .decode = sys_fsmount, .ret = R_FD),
	SYS(fspick, .arg = { A_DIRFD, A_PATH }, .decode = sys_fspick, .ret = R_FD),
	SYS(move_mount, .arg = { A_DIRFD, A_PATH, A_DIRFD, A_PATH }, .decode = sys_move_mount),
	SYS(open_tree, .arg = { A_DIRFD, A_PATH }, .decode = sys_open_tree, .ret = R_FD),
	/* struct mount_attr: a page from its start, for a larger size's tail */
	SYS(open_tree_attr, .arg = { A_DIRFD, A_PATH }, .decode = sys_open_tree, .ret = R_FD,
	    .cap = { [3] = CAP_SIZED }),
	SYS(mount_setattr, .arg = { A_DIRFD, A_PATH }, .decode = sys_mount_setattr,
	    .cap = { [3] = CAP_SIZED }),
	/*
	 * The result: bufsize bytes, the struct and its strings, up to 1 KiB:
	 * BPF cannot fault pages in, and the kernel writes only `size` bytes,
	 * so a longer read would often fail on a page nobody touched.
	 */
	SYS(statmount, .decode = sys_statmount, .entry_args = 1,
	    .cap = { [0] = CAP_SIZED,
		     [1] = { .kind = SCT_CAP_BUF_IN, .lenarg = 2, .size = 1024 } }),
	SYS(listmount, .decode = sys_listmount, .entry_args = 1,
	    .cap = { [0] = CAP_SIZED, [1] = CAP_ARRAY_OUT(8) }),

	SYS(fanotify_init, .arg = { A_DEFAULT, A_OPEN_FLAGS }, .decode = sys_fanotify_init,
	    .ret = R_FD),
	SYS(fanotify_mark, .arg = { A_FD, A_DEFAULT, A_DEFAULT, A_DIRFD, A_PATH },
	    .decode = sys_fanotify_mark),
	SYS_END
};

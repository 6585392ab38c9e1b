/*
 * The fs family (src/decode_fs.c) against strace 7.2: records built by
 * hand, decoded through the text emitter.  Expected lines come from
 * strace 7.2 runs of programs making the same calls (tests/progs/sc_fs.c
 * and probes like it), addresses included.
 */
#include <stdint.h>
#include <stdlib.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"
#include "../../src/unistd_extra.h"

/* ------------------------------------------------------------ tests */

TEST(fs_mount)
{
	struct recbuf b;
	struct sct_syscall *r;

	/* the old magic, then the flags */
	r = REC(&b, __NR_mount, E(2), 0x1000, 0x1010, 0x1020, 0xc0ed0009, 0x1030, 0);
	blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/src");
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent/dst");
	blob_s(r, 2, SCT_CAP_STR, "tmpfs");
	blob_s(r, 4, SCT_CAP_STR, "size=1m");
	CHECK_STREQ(dec(r), "\"/nonexistent/src\", \"/nonexistent/dst\", \"tmpfs\", "
		    "MS_MGC_VAL|MS_RDONLY|MS_NOEXEC, \"size=1m\"");

	/* a bind mount ignores the type and the data: addresses */
	r = REC(&b, __NR_mount, E(2), 0x1000, 0x1010, 0x20000200, 0x1000, 0x20000240, 0);
	blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/src");
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent/dst");
	blob_s(r, 2, SCT_CAP_STR, "tmpfs");
	blob_s(r, 4, SCT_CAP_STR, "data");
	CHECK_STREQ(dec(r), "\"/nonexistent/src\", \"/nonexistent/dst\", 0x20000200, MS_BIND, 0x20000240");

	/* remount ignores only the type */
	r = REC(&b, __NR_mount, E(2), 0x1000, 0x1010, 0x55ec7dc3f022, 0xc0ed0020, 0x1030, 0);
	blob_s(r, 0, SCT_CAP_PATH, "a");
	blob_s(r, 1, SCT_CAP_PATH, "b");
	blob_s(r, 2, SCT_CAP_STR, "c");
	blob_s(r, 4, SCT_CAP_STR, "d");
	CHECK_STREQ(dec(r), "\"a\", \"b\", 0x55ec7dc3f022, MS_MGC_VAL|MS_REMOUNT, \"d\"");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "\"a\", \"b\", 0x55ec7dc3f022, "
		    "0xc0ed0000 /* MS_MGC_VAL */|0x20 /* MS_REMOUNT */, \"d\"");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "\"a\", \"b\", 0x55ec7dc3f022, 0xc0ed0000|0x20, \"d\"");

	/* unknown bits, 64 of them; MS_NOUSER is bit 31 only */
	r = REC(&b, __NR_mount, E(2), 0, 0, 0, 0x100000000ULL | 0x80000200, 0, 0);
	CHECK_STREQ(dec(r), "NULL, NULL, NULL, MS_NOUSER|0x100000200, NULL");
	r = REC(&b, __NR_mount, E(14), 0, 0, 0, 0x200, 0, 0);
	CHECK_STREQ(dec(r), "NULL, NULL, NULL, 0x200 /* MS_??? */, NULL");
}

TEST(fs_umount_swap)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_umount2, E(22), 0x1000, 0x20, 0, 0, 0, 0);
	blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/dst");
	CHECK_STREQ(dec(r), "\"/nonexistent/dst\", 0x20 /* MNT_??? */");
	r = REC(&b, __NR_umount2, E(22), 0x1000, 0xdefaced0000000aULL, 0, 0, 0, 0);
	blob_s(r, 0, SCT_CAP_PATH, "/x");
	CHECK_STREQ(dec(r), "\"/x\", MNT_DETACH|UMOUNT_NOFOLLOW");

	r = REC(&b, __NR_swapon, E(2), 0x1000, 0x18005, 0, 0, 0, 0);
	blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/swap");
	CHECK_STREQ(dec(r), "\"/nonexistent/swap\", SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE),
		    "\"/nonexistent/swap\", 0x18000 /* SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD */|5");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "\"/nonexistent/swap\", 0x18000|5");
	r = REC(&b, __NR_swapon, E(22), 0x1000, 0xfff80005, 0, 0, 0, 0);
	blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/swap");
	CHECK_STREQ(dec(r), "\"/nonexistent/swap\", 0xfff80000 /* SWAP_FLAG_??? */|5");

	r = REC(&b, __NR_swapoff, E(14), 0xffffffffffffffffULL, 0, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "0xffffffffffffffff");
	r = REC(&b, __NR_acct, E(2), 0x1000, 0, 0, 0, 0, 0);
	blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/acct");
	CHECK_STREQ(dec(r), "\"/nonexistent/acct\"");
}

TEST(fs_new_mount_api)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_fsopen, E(22), 0, 0x10, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "NULL, 0x10 /* FSOPEN_??? */");

	r = REC(&b, __NR_fsconfig, E(22), (uint64_t)-1, 3, 0x1000, 0x1010, (uint64_t)-100, 0);
	blob_s(r, 2, SCT_CAP_STR, "source");
	blob_s(r, 3, SCT_CAP_PATH, "/nonexistent");
	CHECK_STREQ(dec(r), "-1, FSCONFIG_SET_PATH, \"source\", \"/nonexistent\", AT_FDCWD");
	r = REC(&b, __NR_fsconfig, E(22), (uint64_t)-1, 9, 0x563429c7e01e, 0, 3, 0);
	CHECK_STREQ(dec(r), "-1, 0x9 /* FSCONFIG_??? */, 0x563429c7e01e, NULL, 3");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, 0x9 /* FSCONFIG_??? */, 0x563429c7e01e, NULL, 3");

	r = REC(&b, __NR_fsmount, E(22), (uint64_t)-1, 0xffffffff, 0xffffffff, 0, 0, 0);
	CHECK_STREQ(dec(r), "-1, FSMOUNT_CLOEXEC|FSMOUNT_NAMESPACE|0xfffffffc, MOUNT_ATTR_RDONLY|"
		    "MOUNT_ATTR_NOSUID|MOUNT_ATTR_NODEV|MOUNT_ATTR_NOEXEC|MOUNT_ATTR__ATIME|"
		    "MOUNT_ATTR_NODIRATIME|MOUNT_ATTR_NOSYMFOLLOW|0xffdfff00");

	r = REC(&b, __NR_move_mount, E(2), (uint64_t)-1, 0x1000, (uint64_t)-100, 0x1010, 0x44, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent/a");
	blob_s(r, 3, SCT_CAP_PATH, "/nonexistent/b");
	CHECK_STREQ(dec(r), "-1, \"/nonexistent/a\", AT_FDCWD, \"/nonexistent/b\", "
		    "MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_EMPTY_PATH");

	r = REC(&b, __NR_open_tree, E(2), (uint64_t)-100, 0x1000, 0x88001, 0, 0, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent");
	CHECK_STREQ(dec(r), "AT_FDCWD, \"/nonexistent\", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-100 /* AT_FDCWD */, \"/nonexistent\", "
		    "0x88001 /* OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE */");
}

TEST(fs_mount_attr)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t attr[6] = { 0x3, 0x20, 1u << 18, 0, 0, 0 };

	r = REC(&b, __NR_mount_setattr, E(22), (uint64_t)-1, 0x1000, 0x8000, 0x20000040, 32, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent");
	blob(r, 3, SCT_CAP_BUF_IN, 0, attr, 32);
	CHECK_STREQ(dec(r), "-1, \"/nonexistent\", AT_RECURSIVE, {attr_set=MOUNT_ATTR_RDONLY|"
		    "MOUNT_ATTR_NOSUID, attr_clr=MOUNT_ATTR_STRICTATIME, propagation=MS_PRIVATE, "
		    "userns_fd=0}, 32");

	/* smaller than version 0: the address */
	r = REC(&b, __NR_mount_setattr, E(22), (uint64_t)-1, 0x1000, 0, 0x20000040, 8, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent");
	blob(r, 3, SCT_CAP_BUF_IN, 0, attr, 8);
	CHECK_STREQ(dec(r), "-1, \"/nonexistent\", 0, 0x20000040, 8");

	/* bytes past the struct, shown when not all zero */
	uint64_t big[6] = { 0x70, 0x40, 0x100000, 7, 0, 0x1234 };
	r = REC(&b, __NR_mount_setattr, E(7), (uint64_t)-1, 0x1000, 0, 0x20000040, 48, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/x");
	blob(r, 3, SCT_CAP_BUF_IN, 0, big, 48);
	CHECK_STREQ(dec(r), "-1, \"/x\", 0, {attr_set=MOUNT_ATTR__ATIME, attr_clr=0x40 /* MOUNT_ATTR_??? */, "
		    "propagation=MS_SHARED, userns_fd=7, /* bytes 32..47 */ "
		    "\"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x34\\x12\\x00\\x00\\x00\\x00\\x00\\x00\"}, 48");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "-1, \"/x\", 0, {attr_set=0x70, attr_clr=0x40, "
		    "propagation=0x100000, userns_fd=7, /* bytes 32..47 */ "
		    "\"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x34\\x12\\x00\\x00\\x00\\x00\\x00\\x00\"}, 48");
}

TEST(fs_statmount_listmount)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t req[32] = { 0 };

	req[0] = 32;
	uint64_t v = UINT64_MAX;
	memcpy(req + 8, &v, 8);
	uint64_t ids[4] = { 0x80000017, 0x80000018, 0x80000019, 0x8000001a };
	r = REC(&b, __NR_listmount, 4, 0x1000, 0x2000, 4, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, req, 32);
	blob(r, 1, SCT_CAP_ARRAY_OUT, 0, ids, 32);
	CHECK_STREQ(dec(r), "{size=32, mnt_ns_fd=0, mnt_id=LSMT_ROOT, param=0, mnt_ns_id=0}, "
		    "[0x80000017, 0x80000018, 0x80000019, 0x8000001a], 4, 0");
	r = REC(&b, __NR_listmount, E(14), 0, 0x2000, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "NULL, [], 0, 0");

	req[0] = 23;
	r = REC(&b, __NR_statmount, E(22), 0x1000, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, req, 32);
	CHECK_STREQ(dec(r), "{size=23}, NULL, 0, 0");

	req[0] = 24;
	req[4] = 5;
	r = REC(&b, __NR_statmount, E(22), 0x1000, 0, 0, 0xffffffff, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, req, 32);
	CHECK_STREQ(dec(r), "{size=24, mnt_ns_fd=5, mnt_id=0xffffffffffffffff, param=0}, NULL, 0, "
		    "STATMOUNT_BY_FD|0xfffffffe");
}

TEST(fs_fanotify)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_fanotify_mark, E(9), (uint64_t)-1, 0x11, 0x40000020, (uint64_t)-100, 0x1000, 0);
	blob_s(r, 4, SCT_CAP_PATH, "/nonexistent");
	CHECK_STREQ(dec(r), "-1, FAN_MARK_ADD|FAN_MARK_MOUNT, FAN_OPEN|FAN_ONDIR, AT_FDCWD, \"/nonexistent\"");
	r = REC(&b, __NR_fanotify_mark, E(9), (uint64_t)-1, 0x2, 0x1, 0xffffffff, 0, 0);
	CHECK_STREQ(dec(r), "-1, FAN_MARK_REMOVE, FAN_ACCESS, FAN_NOFD, NULL");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, 0x2 /* FAN_MARK_REMOVE */, 0x1 /* FAN_ACCESS */, "
		    "-1 /* FAN_NOFD */, NULL");
	r = REC(&b, __NR_fanotify_mark, E(22), (uint64_t)-1, 0x110, 0xdefaced00000001ULL, 5, 0, 0);
	CHECK_STREQ(dec(r), "-1, FAN_MARK_MNTNS, FAN_ACCESS|0xdefaced00000000, 5, NULL");

	r = REC(&b, __NR_fanotify_init, 3, 0x108, 0, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "FAN_CLASS_PRE_CONTENT|FAN_REPORT_TID, O_RDONLY");
	r = REC(&b, __NR_fanotify_init, 3, 0x3, 0x80001, 0, 0, 0, 0);
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "0 /* FAN_CLASS_NOTIF */|0x3 /* FAN_CLOEXEC|FAN_NONBLOCK */, "
		    "0x80001 /* O_WRONLY|O_CLOEXEC */");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "0|0x3, 0x80001");
}

TEST(fs_misc)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_ustat, E(22), 0x12345, 0, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "makedev(0x123, 0x45), NULL");
	r = REC(&b, __NR_ustat, E(22), 0xffffffff, 0x20000000, 0, 0, 0, 0);
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "0xffffffff /* makedev(0xfff, 0xfffff) */, 0x20000000");

	uint64_t args[10] = { 0 };
	r = REC(&b, __NR__sysctl, E(38), 0x1000, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, args, sizeof(args));
	CHECK_STREQ(dec(r), "{name=NULL, nlen=0, oldval=NULL, oldlenp=NULL, newval=NULL, newlen=0}");
	r = REC(&b, __NR__sysctl, E(38), 0, 0, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "NULL");

	/* strace 7.2 leaves sysfs undecoded */
	r = REC(&b, __NR_sysfs, E(22), 2, 0x270f, 0x20000c00, 0, 0, 0);
	CHECK_STREQ(dec(r), "0x2, 0x270f, 0x20000c00");
	r = REC(&b, __NR_syncfs, E(9), (uint64_t)-1, 0, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "-1");
}

/* Requests sized by the caller, read up to an unreadable page (strace's
 * listmount, statmount and mount_setattr tests) */
TEST(fs_partial_requests)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t req[40];

	for (unsigned k = 0; k < sizeof(req); k++)
		req[k] = 0x80 + k;
	memset(req, 0, 8);
	uint64_t root = UINT64_MAX;
	memcpy(req + 8, &root, 8);

	r = REC(&b, __NR_listmount, E(14), 0x7f0f44ecaffd, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, req, 3);
	CHECK_STREQ(dec(r), "0x7f0f44ecaffd, NULL, 0, 0");
	req[0] = 23;
	r = REC(&b, __NR_listmount, E(22), 0x7f0f44ecaffc, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, req, 4);
	CHECK_STREQ(dec(r), "{size=23}, NULL, 0, 0");
	req[0] = 24;
	r = REC(&b, __NR_listmount, E(14), 0x7f0f44ecaffc, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, req, 4);
	CHECK_STREQ(dec(r), "{size=24, ???}, NULL, 0, 0");
	req[0] = 33;
	r = REC(&b, __NR_listmount, E(14), 0x7f0f44ecafe0, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, req, 32);
	CHECK_STREQ(dec(r), "{size=33, mnt_ns_fd=0, mnt_id=LSMT_ROOT, param=0x9796959493929190, "
		    "mnt_ns_id=0x9f9e9d9c9b9a9998, ???}, NULL, 0, 0");
	req[0] = 40;
	for (unsigned k = 32; k < sizeof(req); k++)
		req[k] = 0x80 + (k - 32);
	r = REC(&b, __NR_listmount, E(7), 0x7f0f44ecafd8, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, req, 40);
	CHECK_STREQ(dec(r), "{size=40, mnt_ns_fd=0, mnt_id=LSMT_ROOT, param=0x9796959493929190, "
		    "mnt_ns_id=0x9f9e9d9c9b9a9998, /* bytes 32..39 */ "
		    "\"\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\"}, NULL, 0, 0");

	/* statmount: the same request */
	memset(req + 16, 0, 8);
	memset(req + 32, 0, 8);
	r = REC(&b, __NR_statmount, E(7), 0x7f0f44ecafd8, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, req, 40);
	CHECK_STREQ(dec(r), "{size=40, mnt_ns_fd=0, mnt_id=0xffffffffffffffff, param=0, "
		    "mnt_ns_id=0x9f9e9d9c9b9a9998}, NULL, 0, 0");

	/* mount_setattr: a larger struct whose tail cannot be read */
	uint64_t attr[4] = { 0x3, 0, 0, 0 };
	r = REC(&b, __NR_mount_setattr, E(14), (uint64_t)-1, 0x1000, 0, 0x2000, 40, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/x");
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, attr, 32);
	CHECK_STREQ(dec(r), "-1, \"/x\", 0, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOSUID, "
		    "attr_clr=0, propagation=0 /* MS_??? */, userns_fd=0, ???}, 40");
}

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
#include "../../src/decode.h"
#include "../../src/decode_priv.h"
#include "../../src/emit_text.h"
#include "../../src/outbuf.h"
#include "../../src/unistd_extra.h"

/* ----------------------------------------- records (as test_decode.c) */

struct fs_recbuf {
	union {
		struct sct_syscall rec;
		uint64_t align[SCT_REC_MAX / 8];
	};
};

static struct sct_syscall *fs_rec(struct fs_recbuf *b, int nr, int64_t ret, const uint64_t args[6])
{
	memset(b, 0, sizeof(*b));
	struct sct_syscall *r = &b->rec;
	r->hdr.type = SCT_REC_SYSCALL;
	r->hdr.size = sizeof(*r);
	r->pid = r->tid = 4242;
	r->nr = nr;
	r->ret = ret;
	memcpy(r->args, args, sizeof(r->args));
	memcpy(r->comm, "test", 5);
	return r;
}

#define FS_ARGS(...) ((const uint64_t[6]){ __VA_ARGS__ })
#define FS_REC(b, nr, ret, ...) fs_rec((b), (nr), (ret), FS_ARGS(__VA_ARGS__))
#define FS_E(x) (-(int64_t)(x))

static void fs_blob(struct sct_syscall *r, int arg, int kind, const void *data, uint32_t len)
{
	uint8_t *p = (uint8_t *)r + r->hdr.size;
	struct sct_blob *b = (struct sct_blob *)p;
	memset(b, 0, sizeof(*b));
	b->arg = arg;
	b->kind = kind;
	b->len = len;
	if (len)
		memcpy(p + sizeof(*b), data, len);
	r->hdr.size += sizeof(*b) + SCT_BLOB_ALIGN(len);
	r->hdr.nblobs++;
}

/* a CAP_SIZED struct read up to an unreadable page: its first len bytes */
static void fs_blob_partial(struct sct_syscall *r, int arg, const void *data, uint32_t len)
{
	struct sct_blob *b = (struct sct_blob *)((uint8_t *)r + r->hdr.size);
	fs_blob(r, arg, SCT_CAP_STRUCT_IN, data, len);
	b->flags = SCT_BF_PARTIAL;
}

static void fs_blob_s(struct sct_syscall *r, int arg, int kind, const char *s)
{
	fs_blob(r, arg, kind, s, strlen(s));
}

static const char *fs_dec(const struct sct_syscall *r, enum xlat_style xlat)
{
	static struct outbuf ob;
	static struct call c;
	if (!ob.buf)
		ob_init_mem(&ob, 8192);
	ob_reset(&ob);
	enum xlat_style saved = decode_opts.xlat;
	decode_opts.xlat = xlat;
	call_init(&c, r, NULL, 32);
	struct emit e;
	struct emit_text st;
	emit_text_init(&e, &st, &ob, 0);
	decode_args(&e, &c, 0, c.desc->nargs);
	decode_opts.xlat = saved;
	return ob_cstr(&ob);
}

#define DEC(r) fs_dec((r), XLAT_ABBREV)

/* ------------------------------------------------------------ tests */

TEST(fs_mount)
{
	struct fs_recbuf b;
	struct sct_syscall *r;

	/* the old magic, then the flags */
	r = FS_REC(&b, __NR_mount, FS_E(2), 0x1000, 0x1010, 0x1020, 0xc0ed0009, 0x1030, 0);
	fs_blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/src");
	fs_blob_s(r, 1, SCT_CAP_PATH, "/nonexistent/dst");
	fs_blob_s(r, 2, SCT_CAP_STR, "tmpfs");
	fs_blob_s(r, 4, SCT_CAP_STR, "size=1m");
	CHECK_STREQ(DEC(r), "\"/nonexistent/src\", \"/nonexistent/dst\", \"tmpfs\", "
		    "MS_MGC_VAL|MS_RDONLY|MS_NOEXEC, \"size=1m\"");

	/* a bind mount ignores the type and the data: addresses */
	r = FS_REC(&b, __NR_mount, FS_E(2), 0x1000, 0x1010, 0x20000200, 0x1000, 0x20000240, 0);
	fs_blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/src");
	fs_blob_s(r, 1, SCT_CAP_PATH, "/nonexistent/dst");
	fs_blob_s(r, 2, SCT_CAP_STR, "tmpfs");
	fs_blob_s(r, 4, SCT_CAP_STR, "data");
	CHECK_STREQ(DEC(r), "\"/nonexistent/src\", \"/nonexistent/dst\", 0x20000200, MS_BIND, 0x20000240");

	/* remount ignores only the type */
	r = FS_REC(&b, __NR_mount, FS_E(2), 0x1000, 0x1010, 0x55ec7dc3f022, 0xc0ed0020, 0x1030, 0);
	fs_blob_s(r, 0, SCT_CAP_PATH, "a");
	fs_blob_s(r, 1, SCT_CAP_PATH, "b");
	fs_blob_s(r, 2, SCT_CAP_STR, "c");
	fs_blob_s(r, 4, SCT_CAP_STR, "d");
	CHECK_STREQ(DEC(r), "\"a\", \"b\", 0x55ec7dc3f022, MS_MGC_VAL|MS_REMOUNT, \"d\"");
	CHECK_STREQ(fs_dec(r, XLAT_VERBOSE), "\"a\", \"b\", 0x55ec7dc3f022, "
		    "0xc0ed0000 /* MS_MGC_VAL */|0x20 /* MS_REMOUNT */, \"d\"");
	CHECK_STREQ(fs_dec(r, XLAT_RAW), "\"a\", \"b\", 0x55ec7dc3f022, 0xc0ed0000|0x20, \"d\"");

	/* unknown bits, 64 of them; MS_NOUSER is bit 31 only */
	r = FS_REC(&b, __NR_mount, FS_E(2), 0, 0, 0, 0x100000000ULL | 0x80000200, 0, 0);
	CHECK_STREQ(DEC(r), "NULL, NULL, NULL, MS_NOUSER|0x100000200, NULL");
	r = FS_REC(&b, __NR_mount, FS_E(14), 0, 0, 0, 0x200, 0, 0);
	CHECK_STREQ(DEC(r), "NULL, NULL, NULL, 0x200 /* MS_??? */, NULL");
}

TEST(fs_umount_swap)
{
	struct fs_recbuf b;
	struct sct_syscall *r;

	r = FS_REC(&b, __NR_umount2, FS_E(22), 0x1000, 0x20, 0, 0, 0, 0);
	fs_blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/dst");
	CHECK_STREQ(DEC(r), "\"/nonexistent/dst\", 0x20 /* MNT_??? */");
	r = FS_REC(&b, __NR_umount2, FS_E(22), 0x1000, 0xdefaced0000000aULL, 0, 0, 0, 0);
	fs_blob_s(r, 0, SCT_CAP_PATH, "/x");
	CHECK_STREQ(DEC(r), "\"/x\", MNT_DETACH|UMOUNT_NOFOLLOW");

	r = FS_REC(&b, __NR_swapon, FS_E(2), 0x1000, 0x18005, 0, 0, 0, 0);
	fs_blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/swap");
	CHECK_STREQ(DEC(r), "\"/nonexistent/swap\", SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5");
	CHECK_STREQ(fs_dec(r, XLAT_VERBOSE),
		    "\"/nonexistent/swap\", 0x18000 /* SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD */|5");
	CHECK_STREQ(fs_dec(r, XLAT_RAW), "\"/nonexistent/swap\", 0x18000|5");
	r = FS_REC(&b, __NR_swapon, FS_E(22), 0x1000, 0xfff80005, 0, 0, 0, 0);
	fs_blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/swap");
	CHECK_STREQ(DEC(r), "\"/nonexistent/swap\", 0xfff80000 /* SWAP_FLAG_??? */|5");

	r = FS_REC(&b, __NR_swapoff, FS_E(14), 0xffffffffffffffffULL, 0, 0, 0, 0, 0);
	CHECK_STREQ(DEC(r), "0xffffffffffffffff");
	r = FS_REC(&b, __NR_acct, FS_E(2), 0x1000, 0, 0, 0, 0, 0);
	fs_blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/acct");
	CHECK_STREQ(DEC(r), "\"/nonexistent/acct\"");
}

TEST(fs_new_mount_api)
{
	struct fs_recbuf b;
	struct sct_syscall *r;

	r = FS_REC(&b, __NR_fsopen, FS_E(22), 0, 0x10, 0, 0, 0, 0);
	CHECK_STREQ(DEC(r), "NULL, 0x10 /* FSOPEN_??? */");

	r = FS_REC(&b, __NR_fsconfig, FS_E(22), (uint64_t)-1, 3, 0x1000, 0x1010, (uint64_t)-100, 0);
	fs_blob_s(r, 2, SCT_CAP_STR, "source");
	fs_blob_s(r, 3, SCT_CAP_PATH, "/nonexistent");
	CHECK_STREQ(DEC(r), "-1, FSCONFIG_SET_PATH, \"source\", \"/nonexistent\", AT_FDCWD");
	r = FS_REC(&b, __NR_fsconfig, FS_E(22), (uint64_t)-1, 9, 0x563429c7e01e, 0, 3, 0);
	CHECK_STREQ(DEC(r), "-1, 0x9 /* FSCONFIG_??? */, 0x563429c7e01e, NULL, 3");
	CHECK_STREQ(fs_dec(r, XLAT_VERBOSE), "-1, 0x9 /* FSCONFIG_??? */, 0x563429c7e01e, NULL, 3");

	r = FS_REC(&b, __NR_fsmount, FS_E(22), (uint64_t)-1, 0xffffffff, 0xffffffff, 0, 0, 0);
	CHECK_STREQ(DEC(r), "-1, FSMOUNT_CLOEXEC|FSMOUNT_NAMESPACE|0xfffffffc, MOUNT_ATTR_RDONLY|"
		    "MOUNT_ATTR_NOSUID|MOUNT_ATTR_NODEV|MOUNT_ATTR_NOEXEC|MOUNT_ATTR__ATIME|"
		    "MOUNT_ATTR_NODIRATIME|MOUNT_ATTR_NOSYMFOLLOW|0xffdfff00");

	r = FS_REC(&b, __NR_move_mount, FS_E(2), (uint64_t)-1, 0x1000, (uint64_t)-100, 0x1010, 0x44, 0);
	fs_blob_s(r, 1, SCT_CAP_PATH, "/nonexistent/a");
	fs_blob_s(r, 3, SCT_CAP_PATH, "/nonexistent/b");
	CHECK_STREQ(DEC(r), "-1, \"/nonexistent/a\", AT_FDCWD, \"/nonexistent/b\", "
		    "MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_EMPTY_PATH");

	r = FS_REC(&b, __NR_open_tree, FS_E(2), (uint64_t)-100, 0x1000, 0x88001, 0, 0, 0);
	fs_blob_s(r, 1, SCT_CAP_PATH, "/nonexistent");
	CHECK_STREQ(DEC(r), "AT_FDCWD, \"/nonexistent\", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE");
	CHECK_STREQ(fs_dec(r, XLAT_VERBOSE), "-100 /* AT_FDCWD */, \"/nonexistent\", "
		    "0x88001 /* OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE */");
}

TEST(fs_mount_attr)
{
	struct fs_recbuf b;
	struct sct_syscall *r;
	uint64_t attr[6] = { 0x3, 0x20, 1u << 18, 0, 0, 0 };

	r = FS_REC(&b, __NR_mount_setattr, FS_E(22), (uint64_t)-1, 0x1000, 0x8000, 0x20000040, 32, 0);
	fs_blob_s(r, 1, SCT_CAP_PATH, "/nonexistent");
	fs_blob(r, 3, SCT_CAP_BUF_IN, attr, 32);
	CHECK_STREQ(DEC(r), "-1, \"/nonexistent\", AT_RECURSIVE, {attr_set=MOUNT_ATTR_RDONLY|"
		    "MOUNT_ATTR_NOSUID, attr_clr=MOUNT_ATTR_STRICTATIME, propagation=MS_PRIVATE, "
		    "userns_fd=0}, 32");

	/* smaller than version 0: the address */
	r = FS_REC(&b, __NR_mount_setattr, FS_E(22), (uint64_t)-1, 0x1000, 0, 0x20000040, 8, 0);
	fs_blob_s(r, 1, SCT_CAP_PATH, "/nonexistent");
	fs_blob(r, 3, SCT_CAP_BUF_IN, attr, 8);
	CHECK_STREQ(DEC(r), "-1, \"/nonexistent\", 0, 0x20000040, 8");

	/* bytes past the struct, shown when not all zero */
	uint64_t big[6] = { 0x70, 0x40, 0x100000, 7, 0, 0x1234 };
	r = FS_REC(&b, __NR_mount_setattr, FS_E(7), (uint64_t)-1, 0x1000, 0, 0x20000040, 48, 0);
	fs_blob_s(r, 1, SCT_CAP_PATH, "/x");
	fs_blob(r, 3, SCT_CAP_BUF_IN, big, 48);
	CHECK_STREQ(DEC(r), "-1, \"/x\", 0, {attr_set=MOUNT_ATTR__ATIME, attr_clr=0x40 /* MOUNT_ATTR_??? */, "
		    "propagation=MS_SHARED, userns_fd=7, /* bytes 32..47 */ "
		    "\"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x34\\x12\\x00\\x00\\x00\\x00\\x00\\x00\"}, 48");
	CHECK_STREQ(fs_dec(r, XLAT_RAW), "-1, \"/x\", 0, {attr_set=0x70, attr_clr=0x40, "
		    "propagation=0x100000, userns_fd=7, /* bytes 32..47 */ "
		    "\"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x34\\x12\\x00\\x00\\x00\\x00\\x00\\x00\"}, 48");
}

TEST(fs_statmount_listmount)
{
	struct fs_recbuf b;
	struct sct_syscall *r;
	uint8_t req[32] = { 0 };

	req[0] = 32;
	uint64_t v = UINT64_MAX;
	memcpy(req + 8, &v, 8);
	uint64_t ids[4] = { 0x80000017, 0x80000018, 0x80000019, 0x8000001a };
	r = FS_REC(&b, __NR_listmount, 4, 0x1000, 0x2000, 4, 0, 0, 0);
	fs_blob(r, 0, SCT_CAP_STRUCT_IN, req, 32);
	fs_blob(r, 1, SCT_CAP_ARRAY_OUT, ids, 32);
	CHECK_STREQ(DEC(r), "{size=32, mnt_ns_fd=0, mnt_id=LSMT_ROOT, param=0, mnt_ns_id=0}, "
		    "[0x80000017, 0x80000018, 0x80000019, 0x8000001a], 4, 0");
	r = FS_REC(&b, __NR_listmount, FS_E(14), 0, 0x2000, 0, 0, 0, 0);
	CHECK_STREQ(DEC(r), "NULL, [], 0, 0");

	req[0] = 23;
	r = FS_REC(&b, __NR_statmount, FS_E(22), 0x1000, 0, 0, 0, 0, 0);
	fs_blob(r, 0, SCT_CAP_STRUCT_IN, req, 32);
	CHECK_STREQ(DEC(r), "{size=23}, NULL, 0, 0");

	req[0] = 24;
	req[4] = 5;
	r = FS_REC(&b, __NR_statmount, FS_E(22), 0x1000, 0, 0, 0xffffffff, 0, 0);
	fs_blob(r, 0, SCT_CAP_STRUCT_IN, req, 32);
	CHECK_STREQ(DEC(r), "{size=24, mnt_ns_fd=5, mnt_id=0xffffffffffffffff, param=0}, NULL, 0, "
		    "STATMOUNT_BY_FD|0xfffffffe");
}

TEST(fs_fanotify)
{
	struct fs_recbuf b;
	struct sct_syscall *r;

	r = FS_REC(&b, __NR_fanotify_mark, FS_E(9), (uint64_t)-1, 0x11, 0x40000020, (uint64_t)-100, 0x1000, 0);
	fs_blob_s(r, 4, SCT_CAP_PATH, "/nonexistent");
	CHECK_STREQ(DEC(r), "-1, FAN_MARK_ADD|FAN_MARK_MOUNT, FAN_OPEN|FAN_ONDIR, AT_FDCWD, \"/nonexistent\"");
	r = FS_REC(&b, __NR_fanotify_mark, FS_E(9), (uint64_t)-1, 0x2, 0x1, 0xffffffff, 0, 0);
	CHECK_STREQ(DEC(r), "-1, FAN_MARK_REMOVE, FAN_ACCESS, FAN_NOFD, NULL");
	CHECK_STREQ(fs_dec(r, XLAT_VERBOSE), "-1, 0x2 /* FAN_MARK_REMOVE */, 0x1 /* FAN_ACCESS */, "
		    "-1 /* FAN_NOFD */, NULL");
	r = FS_REC(&b, __NR_fanotify_mark, FS_E(22), (uint64_t)-1, 0x110, 0xdefaced00000001ULL, 5, 0, 0);
	CHECK_STREQ(DEC(r), "-1, FAN_MARK_MNTNS, FAN_ACCESS|0xdefaced00000000, 5, NULL");

	r = FS_REC(&b, __NR_fanotify_init, 3, 0x108, 0, 0, 0, 0, 0);
	CHECK_STREQ(DEC(r), "FAN_CLASS_PRE_CONTENT|FAN_REPORT_TID, O_RDONLY");
	r = FS_REC(&b, __NR_fanotify_init, 3, 0x3, 0x80001, 0, 0, 0, 0);
	CHECK_STREQ(fs_dec(r, XLAT_VERBOSE), "0 /* FAN_CLASS_NOTIF */|0x3 /* FAN_CLOEXEC|FAN_NONBLOCK */, "
		    "0x80001 /* O_WRONLY|O_CLOEXEC */");
	CHECK_STREQ(fs_dec(r, XLAT_RAW), "0|0x3, 0x80001");
}

TEST(fs_misc)
{
	struct fs_recbuf b;
	struct sct_syscall *r;

	r = FS_REC(&b, __NR_ustat, FS_E(22), 0x12345, 0, 0, 0, 0, 0);
	CHECK_STREQ(DEC(r), "makedev(0x123, 0x45), NULL");
	r = FS_REC(&b, __NR_ustat, FS_E(22), 0xffffffff, 0x20000000, 0, 0, 0, 0);
	CHECK_STREQ(fs_dec(r, XLAT_VERBOSE), "0xffffffff /* makedev(0xfff, 0xfffff) */, 0x20000000");

	uint64_t args[10] = { 0 };
	r = FS_REC(&b, __NR__sysctl, FS_E(38), 0x1000, 0, 0, 0, 0, 0);
	fs_blob(r, 0, SCT_CAP_STRUCT_IN, args, sizeof(args));
	CHECK_STREQ(DEC(r), "{name=NULL, nlen=0, oldval=NULL, oldlenp=NULL, newval=NULL, newlen=0}");
	r = FS_REC(&b, __NR__sysctl, FS_E(38), 0, 0, 0, 0, 0, 0);
	CHECK_STREQ(DEC(r), "NULL");

	/* strace 7.2 leaves sysfs undecoded */
	r = FS_REC(&b, __NR_sysfs, FS_E(22), 2, 0x270f, 0x20000c00, 0, 0, 0);
	CHECK_STREQ(DEC(r), "0x2, 0x270f, 0x20000c00");
	r = FS_REC(&b, __NR_syncfs, FS_E(9), (uint64_t)-1, 0, 0, 0, 0, 0);
	CHECK_STREQ(DEC(r), "-1");
}

/* Requests sized by the caller, read up to an unreadable page (strace's
 * listmount, statmount and mount_setattr tests) */
TEST(fs_partial_requests)
{
	struct fs_recbuf b;
	struct sct_syscall *r;
	uint8_t req[40];

	for (unsigned k = 0; k < sizeof(req); k++)
		req[k] = 0x80 + k;
	memset(req, 0, 8);
	uint64_t root = UINT64_MAX;
	memcpy(req + 8, &root, 8);

	r = FS_REC(&b, __NR_listmount, FS_E(14), 0x7f0f44ecaffd, 0, 0, 0, 0, 0);
	fs_blob_partial(r, 0, req, 3);
	CHECK_STREQ(DEC(r), "0x7f0f44ecaffd, NULL, 0, 0");
	req[0] = 23;
	r = FS_REC(&b, __NR_listmount, FS_E(22), 0x7f0f44ecaffc, 0, 0, 0, 0, 0);
	fs_blob_partial(r, 0, req, 4);
	CHECK_STREQ(DEC(r), "{size=23}, NULL, 0, 0");
	req[0] = 24;
	r = FS_REC(&b, __NR_listmount, FS_E(14), 0x7f0f44ecaffc, 0, 0, 0, 0, 0);
	fs_blob_partial(r, 0, req, 4);
	CHECK_STREQ(DEC(r), "{size=24, ???}, NULL, 0, 0");
	req[0] = 33;
	r = FS_REC(&b, __NR_listmount, FS_E(14), 0x7f0f44ecafe0, 0, 0, 0, 0, 0);
	fs_blob_partial(r, 0, req, 32);
	CHECK_STREQ(DEC(r), "{size=33, mnt_ns_fd=0, mnt_id=LSMT_ROOT, param=0x9796959493929190, "
		    "mnt_ns_id=0x9f9e9d9c9b9a9998, ???}, NULL, 0, 0");
	req[0] = 40;
	for (unsigned k = 32; k < sizeof(req); k++)
		req[k] = 0x80 + (k - 32);
	r = FS_REC(&b, __NR_listmount, FS_E(7), 0x7f0f44ecafd8, 0, 0, 0, 0, 0);
	fs_blob_partial(r, 0, req, 40);
	CHECK_STREQ(DEC(r), "{size=40, mnt_ns_fd=0, mnt_id=LSMT_ROOT, param=0x9796959493929190, "
		    "mnt_ns_id=0x9f9e9d9c9b9a9998, /* bytes 32..39 */ "
		    "\"\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\"}, NULL, 0, 0");

	/* statmount: the same request */
	memset(req + 16, 0, 8);
	memset(req + 32, 0, 8);
	r = FS_REC(&b, __NR_statmount, FS_E(7), 0x7f0f44ecafd8, 0, 0, 0, 0, 0);
	fs_blob_partial(r, 0, req, 40);
	CHECK_STREQ(DEC(r), "{size=40, mnt_ns_fd=0, mnt_id=0xffffffffffffffff, param=0, "
		    "mnt_ns_id=0x9f9e9d9c9b9a9998}, NULL, 0, 0");

	/* mount_setattr: a larger struct whose tail cannot be read */
	uint64_t attr[4] = { 0x3, 0, 0, 0 };
	r = FS_REC(&b, __NR_mount_setattr, FS_E(14), (uint64_t)-1, 0x1000, 0, 0x2000, 40, 0);
	fs_blob_s(r, 1, SCT_CAP_PATH, "/x");
	fs_blob_partial(r, 3, attr, 32);
	CHECK_STREQ(DEC(r), "-1, \"/x\", 0, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOSUID, "
		    "attr_clr=0, propagation=0 /* MS_??? */, userns_fd=0, ???}, 40");
}

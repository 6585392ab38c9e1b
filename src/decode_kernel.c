// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the kernel family (modules, kexec, reboot, keys, landlock,
 * LSM attributes, seccomp, syslog, bpf, perf): each syscall's row, and its
 * own decoder where the row's kinds are not enough (strace 7.2's output is
 * the format).
 *
 * What BPF cannot give us (one blob per argument, fixed sizes, no nested
 * pointers) is printed as strace prints memory it could not read: the
 * address.
 */
#include "decode_priv.h"
#include "unistd_extra.h"

#include <fcntl.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <linux/kexec.h>
#include <linux/keyctl.h>
#include <linux/landlock.h>
#include <linux/module.h>
#include <linux/perf_event.h>
#include <linux/reboot.h>
#include <linux/seccomp.h>

/* ------------------------------------------------------------ helpers */

/* emit_flags() for sets whose names overflow FLAGS_BUF (perf's sample
 * types): the same text, built in a larger buffer */
static void emit_flags_long(struct emit *e, const char *key, const struct flag_name *tab,
			    uint64_t v, const char *dflt)
{
	char buf[2048];
	size_t len = 0;
	if (decode_opts.xlat == XLAT_RAW) {
		emit_hex(e, key, v);
		return;
	}
	buf[0] = '\0';
	if (decode_opts.xlat == XLAT_VERBOSE) {
		bool any = false;
		for (const struct flag_name *t = tab; t->name; t++)
			if (t->val && (v & t->val) == t->val)
				any = true;
		if (!v || (!any && !dflt)) {
			emit_hex(e, key, v);
			return;
		}
		len = hex_append(buf, sizeof(buf), 0, v);
		len = str_append(buf, sizeof(buf), len, " /* ");
		len = any ? flags_append(buf, sizeof(buf), len, tab, v, NULL)
			  : str_append(buf, sizeof(buf), len, dflt);
		str_append(buf, sizeof(buf), len, " */");
		emit_sym(e, key, buf);
		return;
	}
	flags_append(buf, sizeof(buf), 0, tab, v, dflt);
	emit_sym(e, key, buf);
}

/* One piece of a value strace prints in pieces ("KEXEC_ARCH_SH|...",
 * "PERF_COUNT_HW_CACHE_OP_READ<<8|..."), in the -X style: the name (or
 * 0x.. / * dflt * /), the number, or both */
static size_t piece_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
			   uint64_t v, const char *dflt)
{
	const char *name = lookup_value(tab, v);
	switch (decode_opts.xlat) {
	case XLAT_RAW:
		return hex_append(buf, size, len, v);
	case XLAT_VERBOSE:
		len = hex_append(buf, size, len, v);
		len = str_append(buf, size, len, " /* ");
		len = str_append(buf, size, len, name ? name : dflt);
		return str_append(buf, size, len, " */");
	default:
		return value_append(buf, size, len, tab, v, dflt);
	}
}

/* The same for a piece made of flags */
static size_t flags_piece_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
				 uint64_t v, const char *dflt)
{
	bool any = false;
	for (const struct flag_name *t = tab; t->name; t++)
		if (t->val && (v & t->val) == t->val)
			any = true;
	switch (decode_opts.xlat) {
	case XLAT_RAW:
		return hex_append(buf, size, len, v);
	case XLAT_VERBOSE:
		len = hex_append(buf, size, len, v);
		len = str_append(buf, size, len, " /* ");
		len = any ? flags_append(buf, size, len, tab, v, NULL) : str_append(buf, size, len, dflt);
		return str_append(buf, size, len, " */");
	default:
		return flags_append(buf, size, len, tab, v, dflt);
	}
}

/*
 * strace's printstr_ex(addr, n, QUOTE_0_TERMINATED) of a CAP_STR blob:
 * at most min(n, -s) characters; `...` when no NUL was found within
 * min(n, -s + 1) bytes.
 */
static void emit_cstr_upto(struct emit *e, const char *key, const struct call *c, int i,
			   uint64_t n)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (!p || !r) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t size = (uint64_t)c->strsize + 1;
	if (size > n)
		size = n;
	uint64_t len = r->b->len;               /* characters before the NUL */
	bool cut = r->b->flags & SCT_BF_TRUNC;
	if (r->b->kind != SCT_CAP_STR && r->b->kind != SCT_CAP_PATH) {
		/* a buffer capture standing in for a string (keyctl) */
		const uint8_t *z = memchr(r->data, 0, r->b->len);
		cut = !z;
		if (z)
			len = (uint64_t)(z - r->data);
		else if ((r->b->flags & SCT_BF_PARTIAL) && r->b->len < size) {
			/* the string runs into an unreadable page */
			emit_ptr(e, key, p);
			return;
		}
	}
	bool no_nul = cut || len >= size;
	uint64_t shown = len;
	if (shown > size)
		shown = size;
	if (shown > c->strsize)
		shown = c->strsize;
	emit_str(e, key, r->data, (size_t)shown, no_nul ? EMIT_STR_TRUNC : 0);
}

/* strace's printstrn(addr, n): n bytes, cut at -s, of a BUF_IN blob */
static void emit_strn(struct emit *e, const char *key, const struct call *c, int i, uint64_t n)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (!p || !r) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t shown = n < c->strsize ? n : c->strsize;
	/* strace reads one byte more than -s when there is one: a struct
	 * read cut at an unreadable page must hold it too */
	uint64_t need = shown;
	if ((r->b->flags & SCT_BF_PARTIAL) && n > shown)
		need = shown + 1;
	if (need > r->b->len) {
		emit_ptr(e, key, p);   /* not all of it could be read */
		return;
	}
	emit_str(e, key, r->data, (size_t)shown, n > shown ? EMIT_STR_TRUNC : 0);
}

/* printuid(): -1 or unsigned decimal */
static void emit_uid32(struct emit *e, const char *key, uint32_t v)
{
	if (v == (uint32_t)-1)
		emit_int(e, key, -1);
	else
		emit_uint(e, key, v);
}

/* An unsigned 32-bit value as strace's PRINT_VAL_X: 0 is "0" */
static void emit_hex32(struct emit *e, const char *key, uint64_t v)
{
	emit_hex(e, key, (uint32_t)v);
}

static uint64_t get_u64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static uint32_t get_u32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint16_t get_u16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }

/* ------------------------------------------------------------ modules */

static const struct flag_name delete_module_flags[] = {
	{ O_NONBLOCK, "O_NONBLOCK" },
	{ O_TRUNC, "O_TRUNC" },
	{ 0, NULL }
};

static const struct flag_name module_init_flags[] = {
	{ MODULE_INIT_IGNORE_MODVERSIONS, "MODULE_INIT_IGNORE_MODVERSIONS" },
	{ MODULE_INIT_IGNORE_VERMAGIC, "MODULE_INIT_IGNORE_VERMAGIC" },
	{ MODULE_INIT_COMPRESSED_FILE, "MODULE_INIT_COMPRESSED_FILE" },
	{ 0, NULL }
};

static void sys_delete_module(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_flags(e, key, delete_module_flags, arg_uint(c, i), "O_???");
	else if (i == 0)
		emit_cstr_upto(e, key, c, i, UINT64_MAX);
}

static void sys_finit_module(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 2)
		emit_flags(e, key, module_init_flags, arg_uint(c, i), "MODULE_INIT_???");
	else if (i == 1)
		emit_cstr_upto(e, key, c, i, UINT64_MAX);
	else
		decode_arg_kind(e, c, i, key);
}

/* -------------------------------------------------------------- kexec */

static const struct flag_name kexec_arch_values[] = {
	{ KEXEC_ARCH_DEFAULT, "KEXEC_ARCH_DEFAULT" },
	{ KEXEC_ARCH_386, "KEXEC_ARCH_386" },
	{ KEXEC_ARCH_68K, "KEXEC_ARCH_68K" },
	{ KEXEC_ARCH_PARISC, "KEXEC_ARCH_PARISC" },
	{ KEXEC_ARCH_X86_64, "KEXEC_ARCH_X86_64" },
	{ KEXEC_ARCH_PPC, "KEXEC_ARCH_PPC" },
	{ KEXEC_ARCH_PPC64, "KEXEC_ARCH_PPC64" },
	{ KEXEC_ARCH_IA_64, "KEXEC_ARCH_IA_64" },
	{ KEXEC_ARCH_ARM, "KEXEC_ARCH_ARM" },
	{ KEXEC_ARCH_S390, "KEXEC_ARCH_S390" },
	{ KEXEC_ARCH_SH, "KEXEC_ARCH_SH" },
	{ KEXEC_ARCH_MIPS_LE, "KEXEC_ARCH_MIPS_LE" },
	{ KEXEC_ARCH_MIPS, "KEXEC_ARCH_MIPS" },
	{ KEXEC_ARCH_AARCH64, "KEXEC_ARCH_AARCH64" },
	{ KEXEC_ARCH_RISCV, "KEXEC_ARCH_RISCV" },
	{ KEXEC_ARCH_LOONGARCH, "KEXEC_ARCH_LOONGARCH" },
	{ 0, NULL }
};

static const struct flag_name kexec_load_flags[] = {
	{ KEXEC_ON_CRASH, "KEXEC_ON_CRASH" },
	{ KEXEC_PRESERVE_CONTEXT, "KEXEC_PRESERVE_CONTEXT" },
	{ 0x4, "KEXEC_UPDATE_ELFCOREHDR" },      /* linux/kexec.h, 6.3 */
	{ 0x8, "KEXEC_CRASH_HOTPLUG_SUPPORT" },  /* linux/kexec.h, 6.10 */
	{ 0, NULL }
};

static const struct flag_name kexec_file_load_flags[] = {
	{ KEXEC_FILE_UNLOAD, "KEXEC_FILE_UNLOAD" },
	{ KEXEC_FILE_ON_CRASH, "KEXEC_FILE_ON_CRASH" },
	{ KEXEC_FILE_NO_INITRAMFS, "KEXEC_FILE_NO_INITRAMFS" },
	{ 0x8, "KEXEC_FILE_DEBUG" },             /* linux/kexec.h, 6.7 */
	{ 0x10, "KEXEC_FILE_NO_CMA" },           /* linux/kexec.h, 6.16 */
	{ 0x20, "KEXEC_FILE_FORCE_DTB" },        /* linux/kexec.h, 6.17 */
	{ 0, NULL }
};

/* struct kexec_segment: buf, bufsz, mem, memsz (4 longs) */
#define KEXEC_SEG_SIZE 32
#define KEXEC_SEGS_CAP (KEXEC_SEGMENT_MAX * KEXEC_SEG_SIZE)

/* [{buf=.., bufsz=.., mem=.., memsz=..}, ...]: strace's print_array of at
 * most KEXEC_SEGMENT_MAX elements (the address beyond that) */
static void emit_kexec_segments(struct emit *e, const char *key, const struct call *c,
				int i, uint64_t n)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (!p) {
		emit_ptr(e, key, 0);
		return;
	}
	if (n > KEXEC_SEGMENT_MAX) {
		emit_ptr(e, key, p);
		return;
	}
	if (n == 0) {
		emit_begin_array(e, key);
		emit_end_array(e);
		return;
	}
	if (!r || !call_verbose(c) || r->b->len < KEXEC_SEG_SIZE) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t avail = r->b->len / KEXEC_SEG_SIZE;
	bool cut = call_abbrev(c) && n > c->strsize;
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < n; k++) {
		if (k >= avail) {
			/* strace could read no further: "... / * addr * /" */
			char cmt[32];
			emit_more(e);
			snprintf(cmt, sizeof(cmt), "%#llx",
				 (unsigned long long)(p + k * KEXEC_SEG_SIZE));
			emit_comment(e, cmt);
			break;
		}
		if (cut && k >= c->strsize) {
			emit_more(e);
			break;
		}
		const uint8_t *s = r->data + k * KEXEC_SEG_SIZE;
		emit_begin_struct(e, NULL);
		emit_ptr(e, "buf", get_u64(s));
		emit_uint(e, "bufsz", get_u64(s + 8));
		emit_ptr(e, "mem", get_u64(s + 16));
		emit_uint(e, "memsz", get_u64(s + 24));
		emit_end_struct(e);
	}
	emit_end_array(e);
}

static void sys_kexec_load(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 2:
		emit_kexec_segments(e, key, c, i, arg_u64(c, 1));
		break;
	case 3: {
		/* the architecture is a value in the high half, then flags */
		uint64_t v = arg_u64(c, i);
		char buf[FLAGS_BUF];
		size_t len = piece_append(buf, sizeof(buf), 0, kexec_arch_values,
					  v & KEXEC_ARCH_MASK, "KEXEC_ARCH_???");
		uint64_t rest = v & ~(uint64_t)KEXEC_ARCH_MASK;
		if (rest) {
			len = str_append(buf, sizeof(buf), len, "|");
			flags_piece_append(buf, sizeof(buf), len, kexec_load_flags, rest, "KEXEC_???");
		}
		emit_sym(e, key, buf);
		break;
	}
	default:
		decode_arg_kind(e, c, i, key);
	}
}

static void sys_kexec_file_load(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 4)
		emit_flags(e, key, kexec_file_load_flags, arg_u64(c, i), "KEXEC_FILE_???");
	else
		decode_arg_kind(e, c, i, key);
}

/* ------------------------------------------------------------- reboot */

static const struct flag_name reboot_magic1[] = {
	{ LINUX_REBOOT_MAGIC1, "LINUX_REBOOT_MAGIC1" },
	{ 0, NULL }
};

static const struct flag_name reboot_magic2[] = {
	{ LINUX_REBOOT_MAGIC2, "LINUX_REBOOT_MAGIC2" },
	{ LINUX_REBOOT_MAGIC2A, "LINUX_REBOOT_MAGIC2A" },
	{ LINUX_REBOOT_MAGIC2B, "LINUX_REBOOT_MAGIC2B" },
	{ LINUX_REBOOT_MAGIC2C, "LINUX_REBOOT_MAGIC2C" },
	{ 0, NULL }
};

static const struct flag_name reboot_cmds[] = {
	{ LINUX_REBOOT_CMD_RESTART, "LINUX_REBOOT_CMD_RESTART" },
	{ LINUX_REBOOT_CMD_HALT, "LINUX_REBOOT_CMD_HALT" },
	{ LINUX_REBOOT_CMD_CAD_ON, "LINUX_REBOOT_CMD_CAD_ON" },
	{ LINUX_REBOOT_CMD_CAD_OFF, "LINUX_REBOOT_CMD_CAD_OFF" },
	{ LINUX_REBOOT_CMD_POWER_OFF, "LINUX_REBOOT_CMD_POWER_OFF" },
	{ LINUX_REBOOT_CMD_RESTART2, "LINUX_REBOOT_CMD_RESTART2" },
	{ LINUX_REBOOT_CMD_SW_SUSPEND, "LINUX_REBOOT_CMD_SW_SUSPEND" },
	{ LINUX_REBOOT_CMD_KEXEC, "LINUX_REBOOT_CMD_KEXEC" },
	{ 0, NULL }
};

static void sys_reboot(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0:
		emit_xval(e, key, reboot_magic1, arg_uint(c, i), "LINUX_REBOOT_MAGIC1???");
		break;
	case 1:
		emit_xval(e, key, reboot_magic2, arg_uint(c, i), "LINUX_REBOOT_MAGIC2???");
		break;
	case 2:
		emit_xval(e, key, reboot_cmds, arg_uint(c, i), "LINUX_REBOOT_CMD_???");
		break;
	case 3:
		/* only RESTART2 has it: the kernel copies at most 255 bytes */
		if (arg_uint(c, 2) == LINUX_REBOOT_CMD_RESTART2)
			emit_cstr_upto(e, key, c, i, 255);
		break;
	}
}

/* ------------------------------------------------------------ seccomp */

static const struct flag_name seccomp_ops[] = {
	{ SECCOMP_SET_MODE_STRICT, "SECCOMP_SET_MODE_STRICT" },
	{ SECCOMP_SET_MODE_FILTER, "SECCOMP_SET_MODE_FILTER" },
	{ SECCOMP_GET_ACTION_AVAIL, "SECCOMP_GET_ACTION_AVAIL" },
	{ SECCOMP_GET_NOTIF_SIZES, "SECCOMP_GET_NOTIF_SIZES" },
	{ 0, NULL }
};

static const struct flag_name seccomp_filter_flags[] = {
	{ SECCOMP_FILTER_FLAG_TSYNC, "SECCOMP_FILTER_FLAG_TSYNC" },
	{ SECCOMP_FILTER_FLAG_LOG, "SECCOMP_FILTER_FLAG_LOG" },
	{ SECCOMP_FILTER_FLAG_SPEC_ALLOW, "SECCOMP_FILTER_FLAG_SPEC_ALLOW" },
	{ SECCOMP_FILTER_FLAG_NEW_LISTENER, "SECCOMP_FILTER_FLAG_NEW_LISTENER" },
	{ SECCOMP_FILTER_FLAG_TSYNC_ESRCH, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH" },
	{ SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV" },
	{ 0, NULL }
};

static const struct flag_name seccomp_ret_actions[] = {
	{ SECCOMP_RET_KILL_PROCESS, "SECCOMP_RET_KILL_PROCESS" },
	{ SECCOMP_RET_KILL_THREAD, "SECCOMP_RET_KILL_THREAD" },
	{ SECCOMP_RET_TRAP, "SECCOMP_RET_TRAP" },
	{ SECCOMP_RET_ERRNO, "SECCOMP_RET_ERRNO" },
	{ SECCOMP_RET_USER_NOTIF, "SECCOMP_RET_USER_NOTIF" },
	{ SECCOMP_RET_TRACE, "SECCOMP_RET_TRACE" },
	{ SECCOMP_RET_LOG, "SECCOMP_RET_LOG" },
	{ SECCOMP_RET_ALLOW, "SECCOMP_RET_ALLOW" },
	{ 0, NULL }
};

/*
 * The third argument is a u32 (GET_ACTION_AVAIL), a struct
 * seccomp_notif_sizes written back (GET_NOTIF_SIZES, 6 bytes) or a struct
 * sock_fprog (SET_MODE_FILTER, 16 bytes): BPF reads the largest, or what
 * of it lies before an unreadable page, and each op checks its own size.
 * As a sock_fprog's, its pointer at offset 8 is followed too: len (a u16
 * at offset 0) instructions of 8 bytes, at most 4096 bytes.
 */
#define SECCOMP_ARG_CAP 16

static void sys_seccomp(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned op = arg_uint(c, 0);
	uint64_t p = arg_u64(c, 2);
	const struct blob_ref *r = call_blob(c, 2);

	switch (i) {
	case 0:
		emit_xval(e, key, seccomp_ops, op, "SECCOMP_???");
		return;
	case 1:
		if (op == SECCOMP_SET_MODE_FILTER)
			emit_flags(e, key, seccomp_filter_flags, arg_uint(c, i),
				   "SECCOMP_FILTER_FLAG_???");
		else
			emit_hex32(e, key, arg_u64(c, i));
		return;
	case 2:
		break;
	default:
		return;
	}

	switch (op) {
	case SECCOMP_GET_ACTION_AVAIL:
		if (!p || !r || r->b->len < 4 || !call_verbose(c)) {
			emit_ptr(e, key, p);
			return;
		}
		emit_begin_array(e, key);
		emit_xval(e, NULL, seccomp_ret_actions, get_u32(r->data), "SECCOMP_RET_???");
		emit_end_array(e);
		return;
	case SECCOMP_GET_NOTIF_SIZES:
		if (!call_ok(c) || !p || !r || r->b->len < 6 || !call_verbose(c)) {
			emit_ptr(e, key, p);
			return;
		}
		emit_begin_struct(e, key);
		emit_uint(e, "seccomp_notif", get_u16(r->data));
		emit_uint(e, "seccomp_notif_resp", get_u16(r->data + 2));
		emit_uint(e, "seccomp_data", get_u16(r->data + 4));
		emit_end_struct(e);
		return;
	case SECCOMP_SET_MODE_FILTER: {
		/* {len=N, filter=[BPF_STMT(..), ...]}: the instructions are
		 * the capture's second blob */
		if (!p || !r || r->b->len < 16 || !call_verbose(c)) {
			emit_ptr(e, key, p);
			return;
		}
		unsigned len = get_u16(r->data);
		struct blob_ref ref;
		const uint8_t *insns = NULL;
		size_t have = 0;
		if (record_blob(c->rec, 2, SCT_CAP_DEREF, 1, &ref) &&
		    !(ref.b->flags & SCT_BF_FAULT)) {
			insns = ref.data;
			have = ref.b->len;
		}
		emit_begin_struct(e, key);
		emit_uint(e, "len", len);
		emit_bpf_filter(e, "filter", c, get_u64(r->data + 8), len, insns, have, true);
		emit_end_struct(e);
		return;
	}
	default:
		emit_ptr(e, key, p);
	}
}

/* ----------------------------------------------------------- landlock */

static const struct flag_name landlock_create_flags[] = {
	{ LANDLOCK_CREATE_RULESET_VERSION, "LANDLOCK_CREATE_RULESET_VERSION" },
	{ 0x2, "LANDLOCK_CREATE_RULESET_ERRATA" },   /* linux/landlock.h, 6.15 */
	{ 0, NULL }
};

static const struct flag_name landlock_rule_types[] = {
	{ LANDLOCK_RULE_PATH_BENEATH, "LANDLOCK_RULE_PATH_BENEATH" },
	{ 2, "LANDLOCK_RULE_NET_PORT" },             /* linux/landlock.h, 6.7 */
	{ 0, NULL }
};

static const struct flag_name landlock_add_rule_flags[] = {
	{ 0x1, "LANDLOCK_ADD_RULE_QUIET" },          /* linux/landlock.h */
	{ 0, NULL }
};

static const struct flag_name landlock_access_fs[] = {
	{ LANDLOCK_ACCESS_FS_EXECUTE, "LANDLOCK_ACCESS_FS_EXECUTE" },
	{ LANDLOCK_ACCESS_FS_WRITE_FILE, "LANDLOCK_ACCESS_FS_WRITE_FILE" },
	{ LANDLOCK_ACCESS_FS_READ_FILE, "LANDLOCK_ACCESS_FS_READ_FILE" },
	{ LANDLOCK_ACCESS_FS_READ_DIR, "LANDLOCK_ACCESS_FS_READ_DIR" },
	{ LANDLOCK_ACCESS_FS_REMOVE_DIR, "LANDLOCK_ACCESS_FS_REMOVE_DIR" },
	{ LANDLOCK_ACCESS_FS_REMOVE_FILE, "LANDLOCK_ACCESS_FS_REMOVE_FILE" },
	{ LANDLOCK_ACCESS_FS_MAKE_CHAR, "LANDLOCK_ACCESS_FS_MAKE_CHAR" },
	{ LANDLOCK_ACCESS_FS_MAKE_DIR, "LANDLOCK_ACCESS_FS_MAKE_DIR" },
	{ LANDLOCK_ACCESS_FS_MAKE_REG, "LANDLOCK_ACCESS_FS_MAKE_REG" },
	{ LANDLOCK_ACCESS_FS_MAKE_SOCK, "LANDLOCK_ACCESS_FS_MAKE_SOCK" },
	{ LANDLOCK_ACCESS_FS_MAKE_FIFO, "LANDLOCK_ACCESS_FS_MAKE_FIFO" },
	{ LANDLOCK_ACCESS_FS_MAKE_BLOCK, "LANDLOCK_ACCESS_FS_MAKE_BLOCK" },
	{ LANDLOCK_ACCESS_FS_MAKE_SYM, "LANDLOCK_ACCESS_FS_MAKE_SYM" },
	{ LANDLOCK_ACCESS_FS_REFER, "LANDLOCK_ACCESS_FS_REFER" },
	{ 1ULL << 14, "LANDLOCK_ACCESS_FS_TRUNCATE" },     /* linux/landlock.h, 6.2 */
	{ 1ULL << 15, "LANDLOCK_ACCESS_FS_IOCTL_DEV" },    /* linux/landlock.h, 6.10 */
	{ 1ULL << 16, "LANDLOCK_ACCESS_FS_RESOLVE_UNIX" }, /* linux/landlock.h */
	{ 0, NULL }
};

static const struct flag_name landlock_access_net[] = {
	{ 1ULL << 0, "LANDLOCK_ACCESS_NET_BIND_TCP" },        /* linux/landlock.h, 6.7 */
	{ 1ULL << 1, "LANDLOCK_ACCESS_NET_CONNECT_TCP" },
	{ 1ULL << 2, "LANDLOCK_ACCESS_NET_BIND_UDP" },
	{ 1ULL << 3, "LANDLOCK_ACCESS_NET_CONNECT_SEND_UDP" },
	{ 0, NULL }
};

static const struct flag_name landlock_scopes[] = {
	{ 1ULL << 0, "LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET" }, /* linux/landlock.h, 6.12 */
	{ 1ULL << 1, "LANDLOCK_SCOPE_SIGNAL" },
	{ 0, NULL }
};

/* struct landlock_ruleset_attr as strace 7.2 knows it: six u64 fields */
static const struct {
	const char *name;
	const struct flag_name *tab;
	const char *dflt;
} ruleset_fields[] = {
	{ "handled_access_fs", landlock_access_fs, "LANDLOCK_ACCESS_FS_???" },
	{ "handled_access_net", landlock_access_net, "LANDLOCK_ACCESS_NET_???" },
	{ "scoped", landlock_scopes, "LANDLOCK_SCOPE_???" },
	{ "quiet_access_fs", landlock_access_fs, "LANDLOCK_ACCESS_FS_???" },
	{ "quiet_access_net", landlock_access_net, "LANDLOCK_ACCESS_NET_???" },
	{ "quiet_scoped", landlock_scopes, "LANDLOCK_SCOPE_???" },
};
#define RULESET_ATTR_MAX (8 * (sizeof(ruleset_fields) / sizeof(ruleset_fields[0])))

static void sys_landlock_create_ruleset(struct emit *e, const struct call *c, int i,
					const char *key)
{
	if (i == 2) {
		emit_flags(e, key, landlock_create_flags, arg_uint(c, i),
			   "LANDLOCK_CREATE_RULESET_???");
		return;
	}
	if (i != 0) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	uint64_t p = arg_u64(c, 0), size = arg_u64(c, 1);
	uint64_t want = size < RULESET_ATTR_MAX ? size : RULESET_ATTR_MAX;
	const struct blob_ref *r = call_blob(c, 0);
	if (size < 8 || !p || !r || r->b->len < want || !call_verbose(c)) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_struct(e, key);
	for (size_t f = 0; f < sizeof(ruleset_fields) / sizeof(ruleset_fields[0]); f++) {
		if (size <= 8 * f)
			break;
		emit_flags(e, ruleset_fields[f].name, ruleset_fields[f].tab,
			   get_u64(r->data + 8 * f), ruleset_fields[f].dflt);
	}
	if (size > RULESET_ATTR_MAX)
		emit_more(e);
	emit_end_struct(e);
}

static void sys_landlock_add_rule(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned type = arg_uint(c, 1);
	uint64_t p = arg_u64(c, 2);
	const struct blob_ref *r = call_blob(c, 2);

	switch (i) {
	case 1:
		emit_xval(e, key, landlock_rule_types, type, "LANDLOCK_RULE_???");
		return;
	case 2:
		break;
	case 3:
		emit_flags(e, key, landlock_add_rule_flags, arg_uint(c, i),
			   "LANDLOCK_ADD_RULE_???");
		return;
	default:
		decode_arg_kind(e, c, i, key);
		return;
	}
	/* path_beneath: { u64 allowed_access; s32 parent_fd } packed (12);
	 * net_port: { u64 allowed_access; u64 port } (16) */
	size_t need = type == LANDLOCK_RULE_PATH_BENEATH ? 12 : 16;
	if (type != LANDLOCK_RULE_PATH_BENEATH && type != 2) {
		emit_ptr(e, key, p);
		return;
	}
	if (!p || !r || r->b->len < need || !call_verbose(c)) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_struct(e, key);
	if (type == LANDLOCK_RULE_PATH_BENEATH) {
		emit_flags(e, "allowed_access", landlock_access_fs, get_u64(r->data),
			   "LANDLOCK_ACCESS_FS_???");
		emit_int(e, "parent_fd", (int32_t)get_u32(r->data + 8));
		emit_fd_path(e, c, "parent_fd", 2, 1);   /* -y */
	} else {
		emit_flags(e, "allowed_access", landlock_access_net, get_u64(r->data),
			   "LANDLOCK_ACCESS_NET_???");
		emit_uint(e, "port", get_u64(r->data + 8));
	}
	emit_end_struct(e);
}

static void sys_landlock_restrict_self(struct emit *e, const struct call *c, int i,
				       const char *key)
{
	if (i == 1)
		emit_hex32(e, key, arg_u64(c, i));
	else
		decode_arg_kind(e, c, i, key);
}

/* ---------------------------------------------------------------- LSM */

/* linux/lsm.h (6.8) is newer than the installed headers */
static const struct flag_name lsm_attrs[] = {
	{ 0, "LSM_ATTR_UNDEF" },
	{ 100, "LSM_ATTR_CURRENT" },
	{ 101, "LSM_ATTR_EXEC" },
	{ 102, "LSM_ATTR_FSCREATE" },
	{ 103, "LSM_ATTR_KEYCREATE" },
	{ 104, "LSM_ATTR_PREV" },
	{ 105, "LSM_ATTR_SOCKCREATE" },
	{ 0, NULL }
};

static const struct flag_name lsm_ids[] = {
	{ 0, "LSM_ID_UNDEF" },
	{ 100, "LSM_ID_CAPABILITY" },
	{ 101, "LSM_ID_SELINUX" },
	{ 102, "LSM_ID_SMACK" },
	{ 103, "LSM_ID_TOMOYO" },
	{ 104, "LSM_ID_APPARMOR" },
	{ 105, "LSM_ID_YAMA" },
	{ 106, "LSM_ID_LOADPIN" },
	{ 107, "LSM_ID_SAFESETID" },
	{ 108, "LSM_ID_LOCKDOWN" },
	{ 109, "LSM_ID_BPF" },
	{ 110, "LSM_ID_LANDLOCK" },
	{ 111, "LSM_ID_IMA" },
	{ 112, "LSM_ID_EVM" },
	{ 113, "LSM_ID_IPE" },
	{ 0, NULL }
};

#define LSM_FLAG_SINGLE 0x1
static const struct flag_name lsm_flags[] = {
	{ LSM_FLAG_SINGLE, "LSM_FLAG_SINGLE" },
	{ 0, NULL }
};

/* struct lsm_ctx: u64 id, flags, len, ctx_len; then ctx[] */
#define LSM_CTX_HDR 32
#define LSM_CTX_CAP (LSM_CTX_HDR + 256)   /* the header and the start of ctx[] */

/* bytes as strace's QUOTE_FORCE_HEX string: "\x80\x81", `...` when cut */
static void emit_kernel_hexstr(struct emit *e, const char *key, const uint8_t *d, size_t n, bool cut)
{
	emit_str(e, key, d, n, EMIT_STR_HEX | (cut ? EMIT_STR_TRUNC : 0));
}

/* One lsm_ctx: {id=LSM_ID_.., flags=0x.., len=.., ctx_len=.., ctx=...};
 * `size` bytes are the caller's room for it, `have` bytes were read */
static void emit_lsm_ctx(struct emit *e, const struct call *c, const char *key, const uint8_t *h,
			 size_t have, uint64_t addr, uint64_t size)
{
	uint64_t len = get_u64(h + 16), ctx_len = get_u64(h + 24);
	emit_begin_struct(e, key);
	emit_xval(e, "id", lsm_ids, get_u64(h), NULL);
	emit_hex(e, "flags", get_u64(h + 8));
	emit_uint(e, "len", len);
	emit_uint(e, "ctx_len", ctx_len);
	uint64_t msg = len < size ? len : size;
	uint64_t room = msg > LSM_CTX_HDR ? msg - LSM_CTX_HDR : 0;
	uint64_t n = ctx_len < room ? ctx_len : room;
	if (n > 0) {
		/* strace reads min(n, -s + 1) bytes of it */
		uint64_t want = n < (uint64_t)c->strsize + 1 ? n : (uint64_t)c->strsize + 1;
		uint64_t shown = n < c->strsize ? n : c->strsize;
		if (have < LSM_CTX_HDR + want)
			emit_ptr(e, "ctx", addr + LSM_CTX_HDR);
		else
			emit_kernel_hexstr(e, "ctx", h + LSM_CTX_HDR, (size_t)shown, n > shown);
	}
	emit_end_struct(e);
}

static bool lsm_size(const struct call *c, int i, uint32_t *size)
{
	const struct blob_ref *r = call_blob(c, i);
	if (!arg_u64(c, i) || !r || r->b->len < 4 || !call_verbose(c))
		return false;
	*size = get_u32(r->data);
	return true;
}

/* The u32 as the call left it (the exit record's copy; the entry
 * record's, if that is all there is) */
static bool lsm_size_out(const struct call *c, int i, uint32_t *size)
{
	const struct blob_ref *o = &c->out[i];
	if (o->b && !(o->b->flags & SCT_BF_FAULT) && o->b->len >= 4) {
		*size = get_u32(o->data);
		return true;
	}
	return lsm_size(c, i, size);
}

/* [size] or [size => new size]: the entry record holds what the caller
 * passed, the exit record what the kernel wrote back */
static void emit_u32_ref(struct emit *e, const char *key, const struct call *c, int i)
{
	uint32_t in, out;
	if (!lsm_size(c, i, &in) || !lsm_size_out(c, i, &out)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_uint(e, NULL, in);
	if (out != in) {
		emit_changed(e);
		emit_uint(e, NULL, out);
	}
	emit_end_array(e);
}

static void sys_lsm_get_self_attr(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t flags = arg_uint(c, 3), size = 0;
	bool single = flags & LSM_FLAG_SINGLE;
	uint64_t p = arg_u64(c, 1);
	const struct blob_ref *r = call_blob(c, 1);
	bool have_ctx = p && r && r->b->len >= LSM_CTX_HDR && call_verbose(c);
	bool have_size = lsm_size(c, 2, &size);

	switch (i) {
	case 0:
		emit_xval(e, key, lsm_attrs, arg_uint(c, i), "LSM_ATTR_???");
		return;
	case 1:
		if (!have_size || (single && !have_ctx)) {
			emit_ptr(e, key, p);
			return;
		}
		if (single) {
			emit_begin_struct(e, key);
			emit_xval(e, "id", lsm_ids, get_u64(r->data), NULL);
			emit_end_struct(e);
			emit_changed(e);
		}
		/* the sequence the kernel wrote; BPF read its first header */
		const struct blob_ref *o = &c->out[1];
		uint32_t osize = size;
		lsm_size_out(c, 2, &osize);
		if (!o->b || (o->b->flags & SCT_BF_FAULT) || o->b->len < LSM_CTX_HDR)
			o = r;
		if (!call_ok(c) || !have_ctx || osize < LSM_CTX_HDR) {
			emit_ptr(e, key, p);
			return;
		}
		emit_begin_array(e, key);
		emit_lsm_ctx(e, c, NULL, o->data, o->b->len, p, osize);
		if (get_u64(o->data + 16) >= LSM_CTX_HDR && osize > get_u64(o->data + 16))
			emit_more(e);
		emit_end_array(e);
		return;
	case 2:
		emit_u32_ref(e, key, c, i);
		return;
	case 3:
		emit_flags(e, key, lsm_flags, flags, "LSM_FLAG_???");
		return;
	}
}

static void sys_lsm_set_self_attr(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, 1);
	uint32_t size = arg_uint(c, 2);
	const struct blob_ref *r = call_blob(c, 1);

	switch (i) {
	case 0:
		emit_xval(e, key, lsm_attrs, arg_uint(c, i), "LSM_ATTR_???");
		return;
	case 1:
		if (!p || !r || size < LSM_CTX_HDR || r->b->len < LSM_CTX_HDR || !call_verbose(c)) {
			emit_ptr(e, key, p);
			return;
		}
		emit_lsm_ctx(e, c, key, r->data, r->b->len, p, size);
		return;
	case 2:
		emit_uint(e, key, size);
		return;
	case 3:
		emit_hex32(e, key, arg_u64(c, i));
		return;
	}
}

static void sys_lsm_list_modules(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, 0);
	uint32_t size;
	bool have_size = lsm_size(c, 1, &size);

	switch (i) {
	case 0: {
		const struct blob_ref *r = call_blob(c, 0);
		if (!have_size || !call_ok(c) || !p) {
			emit_ptr(e, key, p);
			return;
		}
		uint64_t n = (uint64_t)c->rec->ret;
		if (n == 0) {
			emit_begin_array(e, key);
			emit_end_array(e);
			return;
		}
		if (!r || r->b->len < 8) {
			emit_ptr(e, key, p);
			return;
		}
		uint64_t avail = r->b->len / 8;
		emit_begin_array(e, key);
		for (uint64_t k = 0; k < n; k++) {
			if (call_abbrev(c) && n > c->strsize && k >= c->strsize) {
				emit_more(e);
				break;
			}
			if (k >= avail) {
				char cmt[32];
				emit_more(e);
				snprintf(cmt, sizeof(cmt), "%#llx", (unsigned long long)(p + 8 * k));
				emit_comment(e, cmt);
				break;
			}
			emit_xval(e, NULL, lsm_ids, get_u64(r->data + 8 * k), "LSM_ID_???");
		}
		emit_end_array(e);
		return;
	}
	case 1:
		emit_u32_ref(e, key, c, i);
		return;
	case 2:
		emit_hex32(e, key, arg_u64(c, i));
		return;
	}
}

/* --------------------------------------------------------------- keys */

static const struct flag_name key_specs[] = {
	{ (uint64_t)-1, "KEY_SPEC_THREAD_KEYRING" },
	{ (uint64_t)-2, "KEY_SPEC_PROCESS_KEYRING" },
	{ (uint64_t)-3, "KEY_SPEC_SESSION_KEYRING" },
	{ (uint64_t)-4, "KEY_SPEC_USER_KEYRING" },
	{ (uint64_t)-5, "KEY_SPEC_USER_SESSION_KEYRING" },
	{ (uint64_t)-6, "KEY_SPEC_GROUP_KEYRING" },
	{ (uint64_t)-7, "KEY_SPEC_REQKEY_AUTH_KEY" },
	{ (uint64_t)-8, "KEY_SPEC_REQUESTOR_KEYRING" },
	{ 0, NULL }
};

static const struct flag_name key_reqkeys[] = {
	{ (uint64_t)-1, "KEY_REQKEY_DEFL_NO_CHANGE" },
	{ 0, "KEY_REQKEY_DEFL_DEFAULT" },
	{ 1, "KEY_REQKEY_DEFL_THREAD_KEYRING" },
	{ 2, "KEY_REQKEY_DEFL_PROCESS_KEYRING" },
	{ 3, "KEY_REQKEY_DEFL_SESSION_KEYRING" },
	{ 4, "KEY_REQKEY_DEFL_USER_KEYRING" },
	{ 5, "KEY_REQKEY_DEFL_USER_SESSION_KEYRING" },
	{ 6, "KEY_REQKEY_DEFL_GROUP_KEYRING" },
	{ 7, "KEY_REQKEY_DEFL_REQUESTOR_KEYRING" },
	{ 0, NULL }
};

static const struct flag_name keyctl_cmds[] = {
	{ KEYCTL_GET_KEYRING_ID, "KEYCTL_GET_KEYRING_ID" },
	{ KEYCTL_JOIN_SESSION_KEYRING, "KEYCTL_JOIN_SESSION_KEYRING" },
	{ KEYCTL_UPDATE, "KEYCTL_UPDATE" },
	{ KEYCTL_REVOKE, "KEYCTL_REVOKE" },
	{ KEYCTL_CHOWN, "KEYCTL_CHOWN" },
	{ KEYCTL_SETPERM, "KEYCTL_SETPERM" },
	{ KEYCTL_DESCRIBE, "KEYCTL_DESCRIBE" },
	{ KEYCTL_CLEAR, "KEYCTL_CLEAR" },
	{ KEYCTL_LINK, "KEYCTL_LINK" },
	{ KEYCTL_UNLINK, "KEYCTL_UNLINK" },
	{ KEYCTL_SEARCH, "KEYCTL_SEARCH" },
	{ KEYCTL_READ, "KEYCTL_READ" },
	{ KEYCTL_INSTANTIATE, "KEYCTL_INSTANTIATE" },
	{ KEYCTL_NEGATE, "KEYCTL_NEGATE" },
	{ KEYCTL_SET_REQKEY_KEYRING, "KEYCTL_SET_REQKEY_KEYRING" },
	{ KEYCTL_SET_TIMEOUT, "KEYCTL_SET_TIMEOUT" },
	{ KEYCTL_ASSUME_AUTHORITY, "KEYCTL_ASSUME_AUTHORITY" },
	{ KEYCTL_GET_SECURITY, "KEYCTL_GET_SECURITY" },
	{ KEYCTL_SESSION_TO_PARENT, "KEYCTL_SESSION_TO_PARENT" },
	{ KEYCTL_REJECT, "KEYCTL_REJECT" },
	{ KEYCTL_INSTANTIATE_IOV, "KEYCTL_INSTANTIATE_IOV" },
	{ KEYCTL_INVALIDATE, "KEYCTL_INVALIDATE" },
	{ KEYCTL_GET_PERSISTENT, "KEYCTL_GET_PERSISTENT" },
	{ KEYCTL_DH_COMPUTE, "KEYCTL_DH_COMPUTE" },
	{ KEYCTL_PKEY_QUERY, "KEYCTL_PKEY_QUERY" },
	{ KEYCTL_PKEY_ENCRYPT, "KEYCTL_PKEY_ENCRYPT" },
	{ KEYCTL_PKEY_DECRYPT, "KEYCTL_PKEY_DECRYPT" },
	{ KEYCTL_PKEY_SIGN, "KEYCTL_PKEY_SIGN" },
	{ KEYCTL_PKEY_VERIFY, "KEYCTL_PKEY_VERIFY" },
	{ KEYCTL_RESTRICT_KEYRING, "KEYCTL_RESTRICT_KEYRING" },
	{ KEYCTL_MOVE, "KEYCTL_MOVE" },
	{ KEYCTL_CAPABILITIES, "KEYCTL_CAPABILITIES" },
	{ KEYCTL_WATCH_KEY, "KEYCTL_WATCH_KEY" },
	{ 0, NULL }
};

static const struct flag_name key_perms[] = {
	{ 0x01000000, "KEY_POS_VIEW" }, { 0x02000000, "KEY_POS_READ" },
	{ 0x04000000, "KEY_POS_WRITE" }, { 0x08000000, "KEY_POS_SEARCH" },
	{ 0x10000000, "KEY_POS_LINK" }, { 0x20000000, "KEY_POS_SETATTR" },
	{ 0x3f000000, "KEY_POS_ALL" },
	{ 0x00010000, "KEY_USR_VIEW" }, { 0x00020000, "KEY_USR_READ" },
	{ 0x00040000, "KEY_USR_WRITE" }, { 0x00080000, "KEY_USR_SEARCH" },
	{ 0x00100000, "KEY_USR_LINK" }, { 0x00200000, "KEY_USR_SETATTR" },
	{ 0x003f0000, "KEY_USR_ALL" },
	{ 0x00000100, "KEY_GRP_VIEW" }, { 0x00000200, "KEY_GRP_READ" },
	{ 0x00000400, "KEY_GRP_WRITE" }, { 0x00000800, "KEY_GRP_SEARCH" },
	{ 0x00001000, "KEY_GRP_LINK" }, { 0x00002000, "KEY_GRP_SETATTR" },
	{ 0x00003f00, "KEY_GRP_ALL" },
	{ 0x00000001, "KEY_OTH_VIEW" }, { 0x00000002, "KEY_OTH_READ" },
	{ 0x00000004, "KEY_OTH_WRITE" }, { 0x00000008, "KEY_OTH_SEARCH" },
	{ 0x00000010, "KEY_OTH_LINK" }, { 0x00000020, "KEY_OTH_SETATTR" },
	{ 0x0000003f, "KEY_OTH_ALL" },
	{ 0, NULL }
};

static const struct flag_name keyctl_move_flags[] = {
	{ KEYCTL_MOVE_EXCL, "KEYCTL_MOVE_EXCL" },
	{ 0, NULL }
};

/* A key serial number: KEY_SPEC_* or decimal */
static void emit_key_serial(struct emit *e, const char *key, uint64_t v)
{
	emit_xval_d(e, key, key_specs, (int32_t)v, NULL);
}

static void sys_add_key(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 4)
		emit_key_serial(e, key, arg_u64(c, i));
	else
		decode_arg_kind(e, c, i, key);
}

static void sys_request_key(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 3)
		emit_key_serial(e, key, arg_u64(c, i));
	else
		decode_arg_kind(e, c, i, key);
}

/* KEYCTL_DESCRIBE/READ/GET_SECURITY's buffer: what the kernel wrote, up
 * to the buffer's length (without the trailing NUL of a description) */
static void emit_keyctl_out(struct emit *e, const char *key, const struct call *c, int i,
			    uint64_t len, bool has_nul)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (!call_ok(c) || !p) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t n = (uint64_t)c->rec->ret;
	if (n > len)
		n = len;
	uint64_t shown = n < c->strsize ? n : c->strsize;
	uint64_t need = r && (r->b->flags & SCT_BF_PARTIAL) && n > shown ? shown + 1 : shown;
	if (!r || r->b->len < need) {
		emit_ptr(e, key, p);
		return;
	}
	if (has_nul && shown == n && n && r->data[n - 1] == '\0') {
		shown--;
		n--;
	}
	emit_str(e, key, r->data, (size_t)shown, n > shown ? EMIT_STR_TRUNC : 0);
}

static const struct flag_name keyctl_pkey_ops[] = {
	{ KEYCTL_SUPPORTS_ENCRYPT, "KEYCTL_SUPPORTS_ENCRYPT" },
	{ KEYCTL_SUPPORTS_DECRYPT, "KEYCTL_SUPPORTS_DECRYPT" },
	{ KEYCTL_SUPPORTS_SIGN, "KEYCTL_SUPPORTS_SIGN" },
	{ KEYCTL_SUPPORTS_VERIFY, "KEYCTL_SUPPORTS_VERIFY" },
	{ 0, NULL }
};

static const struct flag_name keyctl_caps0[] = {
	{ 0x01, "KEYCTL_CAPS0_CAPABILITIES" }, { 0x02, "KEYCTL_CAPS0_PERSISTENT_KEYRINGS" },
	{ 0x04, "KEYCTL_CAPS0_DIFFIE_HELLMAN" }, { 0x08, "KEYCTL_CAPS0_PUBLIC_KEY" },
	{ 0x10, "KEYCTL_CAPS0_BIG_KEY" }, { 0x20, "KEYCTL_CAPS0_INVALIDATE" },
	{ 0x40, "KEYCTL_CAPS0_RESTRICT_KEYRING" }, { 0x80, "KEYCTL_CAPS0_MOVE" },
	{ 0, NULL }
};

static const struct flag_name keyctl_caps1[] = {
	{ 0x01, "KEYCTL_CAPS1_NS_KEYRING_NAME" }, { 0x02, "KEYCTL_CAPS1_NS_KEY_TAG" },
	{ 0x04, "KEYCTL_CAPS1_NOTIFICATIONS" },
	{ 0, NULL }
};

/* Each keyctl argument that may point somewhere (a string, a struct, a
 * buffer, by command) is read as up to this many bytes, or what of them
 * lies before an unreadable page; not at all when it is a number. */
#define KEYCTL_ARG_CAP 1024

/* arg i's captured bytes when at least `size` were read, else NULL */
static const uint8_t *arg_bytes(const struct call *c, int i, size_t size)
{
	const struct blob_ref *r = call_blob(c, i);
	if (!arg_u64(c, i) || !r || r->b->len < size || !call_verbose(c))
		return NULL;
	return r->data;
}

/* __spare[n]: shown only when not all zero */
static void emit_spare_u32(struct emit *e, const uint8_t *p, unsigned n)
{
	bool zero = true;
	for (unsigned k = 0; k < 4 * n; k++)
		if (p[k])
			zero = false;
	if (zero)
		return;
	emit_begin_array(e, "__spare");
	for (unsigned k = 0; k < n; k++)
		emit_hex(e, NULL, get_u32(p + 4 * k));
	emit_end_array(e);
}

/* struct keyctl_pkey_params: {key_id=.., in_len=.., out_len=.. | in2_len=..} */
static bool emit_pkey_params(struct emit *e, const char *key, const struct call *c, int i,
			     bool out)
{
	const uint8_t *d = arg_bytes(c, i, 40);
	if (!d) {
		emit_ptr(e, key, arg_u64(c, i));
		return false;
	}
	emit_begin_struct(e, key);
	emit_key_serial(e, "key_id", get_u32(d));
	emit_uint(e, "in_len", get_u32(d + 4));
	emit_uint(e, out ? "out_len" : "in2_len", get_u32(d + 8));
	emit_spare_u32(e, d + 12, 7);
	emit_end_struct(e);
	return true;
}

static void keyctl_pkey_op(struct emit *e, const struct call *c, int i, const char *key, int cmd)
{
	bool out = cmd != KEYCTL_PKEY_VERIFY;
	const uint8_t *pp = arg_bytes(c, 1, 40);
	switch (i) {
	case 1:
		emit_pkey_params(e, key, c, i, out);
		break;
	case 2:
		emit_cstr_upto(e, key, c, i, UINT64_MAX);
		break;
	case 3:
		if (pp)
			emit_strn(e, key, c, i, get_u32(pp + 4));
		else
			emit_ptr(e, key, arg_u64(c, i));
		break;
	case 4:
		if (!pp)
			emit_ptr(e, key, arg_u64(c, i));
		else if (!out)
			emit_strn(e, key, c, i, get_u32(pp + 8));
		else if (!call_ok(c))
			emit_ptr(e, key, arg_u64(c, i));
		else
			emit_strn(e, key, c, i, get_u32(pp + 8));
		break;
	}
}

static void keyctl_dh_compute(struct emit *e, const struct call *c, int i, const char *key)
{
	const uint8_t *d;
	switch (i) {
	case 1:   /* struct keyctl_dh_params */
		if (!(d = arg_bytes(c, i, 12))) {
			emit_ptr(e, key, arg_u64(c, i));
			return;
		}
		emit_begin_struct(e, key);
		emit_key_serial(e, "private", get_u32(d));
		emit_key_serial(e, "prime", get_u32(d + 4));
		emit_key_serial(e, "base", get_u32(d + 8));
		emit_end_struct(e);
		return;
	case 2:
		if (!call_ok(c)) {
			emit_ptr(e, key, arg_u64(c, i));
			return;
		}
		emit_strn(e, key, c, i, (uint64_t)c->rec->ret < arg_u64(c, 3) ?
			  (uint64_t)c->rec->ret : arg_u64(c, 3));
		return;
	case 3:
		emit_uint(e, key, arg_u64(c, i));
		return;
	case 4:   /* struct keyctl_kdf_params: its strings are not followed */
		if (!(d = arg_bytes(c, i, 48))) {
			emit_ptr(e, key, arg_u64(c, i));
			return;
		}
		emit_begin_struct(e, key);
		emit_ptr(e, "hashname", get_u64(d));
		emit_ptr(e, "otherinfo", get_u64(d + 8));
		emit_uint(e, "otherinfolen", get_u32(d + 16));
		emit_spare_u32(e, d + 20, 7);
		emit_end_struct(e);
		return;
	}
}

/* struct keyctl_pkey_query, filled by the kernel */
static void keyctl_pkey_query_res(struct emit *e, const char *key, const struct call *c, int i)
{
	const uint8_t *d = call_ok(c) ? arg_bytes(c, i, 56) : NULL;
	if (!d) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_flags(e, "supported_ops", keyctl_pkey_ops, get_u32(d), "KEYCTL_SUPPORTS_???");
	emit_uint(e, "key_size", get_u32(d + 4));
	emit_uint(e, "max_data_size", get_u16(d + 8));
	emit_uint(e, "max_sig_size", get_u16(d + 10));
	emit_uint(e, "max_enc_size", get_u16(d + 12));
	emit_uint(e, "max_dec_size", get_u16(d + 14));
	emit_spare_u32(e, d + 16, 10);
	emit_end_struct(e);
}

/* KEYCTL_INSTANTIATE_IOV's iovec array: the buffers behind it are not
 * followed (their addresses) */
static void keyctl_iov(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t p = arg_u64(c, i), n = arg_u64(c, 3);
	const struct blob_ref *r = call_blob(c, i);
	if (emit_array_null_or_empty(e, key, p, n))
		return;
	if (!r || r->b->len < 16 || !call_verbose(c) || n > (UINT64_MAX - p) / 16) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < n; k++) {
		if ((k + 1) * 16 > r->b->len) {
			char cmt[32];
			emit_more(e);
			if (r->b->flags & SCT_BF_PARTIAL) {
				snprintf(cmt, sizeof(cmt), "%#llx", (unsigned long long)(p + 16 * k));
				emit_comment(e, cmt);
			}
			break;
		}
		if (call_abbrev(c) && k >= c->strsize) {
			emit_more(e);
			break;
		}
		emit_begin_struct(e, NULL);
		emit_ptr(e, "iov_base", get_u64(r->data + 16 * k));
		emit_uint(e, "iov_len", get_u64(r->data + 16 * k + 8));
		emit_end_struct(e);
	}
	emit_end_array(e);
}

/* KEYCTL_CAPABILITIES' buffer: [KEYCTL_CAPS0_.., KEYCTL_CAPS1_.., 0x..] */
static void keyctl_caps(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t p = arg_u64(c, i), n = arg_u64(c, 2);
	if (!call_ok(c) || !p) {
		emit_ptr(e, key, p);
		return;
	}
	if ((uint64_t)c->rec->ret < n)
		n = (uint64_t)c->rec->ret;
	const struct blob_ref *r = call_blob(c, i);
	if (!n) {
		emit_begin_array(e, key);
		emit_end_array(e);
		return;
	}
	if (!r || !r->b->len || !call_verbose(c)) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < n; k++) {
		if (k >= r->b->len) {
			char cmt[32];
			emit_more(e);
			snprintf(cmt, sizeof(cmt), "%#llx", (unsigned long long)(p + k));
			emit_comment(e, cmt);
			break;
		}
		if (call_abbrev(c) && k >= c->strsize) {
			emit_more(e);
			break;
		}
		if (k == 0)
			emit_flags(e, NULL, keyctl_caps0, r->data[k], "KEYCTL_CAPS0_???");
		else if (k == 1)
			emit_flags(e, NULL, keyctl_caps1, r->data[k], "KEYCTL_CAPS1_???");
		else
			emit_hex(e, NULL, r->data[k]);
	}
	emit_end_array(e);
}

static void sys_keyctl(struct emit *e, const struct call *c, int i, const char *key)
{
	int cmd = arg_int(c, 0);
	uint64_t a = arg_u64(c, i);

	if (i == 0) {
		emit_xval(e, key, keyctl_cmds, (uint32_t)cmd, "KEYCTL_???");
		return;
	}
	switch (cmd) {
	case KEYCTL_GET_KEYRING_ID:
		if (i == 1) emit_key_serial(e, key, a);
		else if (i == 2) emit_int(e, key, (int)a);
		break;
	case KEYCTL_JOIN_SESSION_KEYRING:
		if (i == 1) emit_cstr_upto(e, key, c, i, UINT64_MAX);
		break;
	case KEYCTL_UPDATE:
		if (i == 1) emit_key_serial(e, key, a);
		else if (i == 2) emit_strn(e, key, c, i, arg_u64(c, 3));
		else if (i == 3) emit_uint(e, key, a);
		break;
	case KEYCTL_REVOKE:
	case KEYCTL_CLEAR:
	case KEYCTL_INVALIDATE:
	case KEYCTL_ASSUME_AUTHORITY:
		if (i == 1) emit_key_serial(e, key, a);
		break;
	case KEYCTL_LINK:
	case KEYCTL_UNLINK:
		if (i <= 2) emit_key_serial(e, key, a);
		break;
	case KEYCTL_DESCRIBE:
	case KEYCTL_READ:
	case KEYCTL_GET_SECURITY:
		if (i == 1) emit_key_serial(e, key, a);
		else if (i == 2) emit_keyctl_out(e, key, c, i, arg_u64(c, 3), cmd != KEYCTL_READ);
		else if (i == 3) emit_uint(e, key, a);
		break;
	case KEYCTL_SEARCH:
		if (i == 1 || i == 4) emit_key_serial(e, key, a);
		else emit_cstr_upto(e, key, c, i, UINT64_MAX);
		break;
	case KEYCTL_CHOWN:
		if (i == 1) emit_key_serial(e, key, a);
		else if (i <= 3) emit_uid32(e, key, (uint32_t)a);
		break;
	case KEYCTL_SETPERM:
		if (i == 1) emit_key_serial(e, key, a);
		else if (i == 2) emit_flags(e, key, key_perms, (uint32_t)a, "KEY_???");
		break;
	case KEYCTL_INSTANTIATE:
	case KEYCTL_INSTANTIATE_IOV:
		if (i == 1 || i == 4) emit_key_serial(e, key, a);
		else if (i == 2 && cmd == KEYCTL_INSTANTIATE) emit_strn(e, key, c, i, arg_u64(c, 3));
		else if (i == 2) keyctl_iov(e, key, c, i);
		else emit_uint(e, key, a);
		break;
	case KEYCTL_NEGATE:
		if (i == 1 || i == 3) emit_key_serial(e, key, a);
		else if (i == 2) emit_uint(e, key, (uint32_t)a);
		break;
	case KEYCTL_SET_REQKEY_KEYRING:
		if (i == 1) emit_xval_d(e, key, key_reqkeys, (int)a, "KEY_REQKEY_DEFL_???");
		break;
	case KEYCTL_SET_TIMEOUT:
		if (i == 1) emit_key_serial(e, key, a);
		else if (i == 2) emit_uint(e, key, (uint32_t)a);
		break;
	case KEYCTL_SESSION_TO_PARENT:
		break;
	case KEYCTL_REJECT:
		if (i == 1 || i == 4) {
			emit_key_serial(e, key, a);
		} else if (i == 2) {
			emit_uint(e, key, (uint32_t)a);
		} else {
			const char *name = errno_name((int)(uint32_t)a);
			if (name && decode_opts.xlat == XLAT_ABBREV)
				emit_sym(e, key, name);
			else
				emit_uint(e, key, (uint32_t)a);
		}
		break;
	case KEYCTL_GET_PERSISTENT:
		if (i == 1) emit_uid32(e, key, (uint32_t)a);
		else if (i == 2) emit_key_serial(e, key, a);
		break;
	case KEYCTL_DH_COMPUTE:
		keyctl_dh_compute(e, c, i, key);
		break;
	case KEYCTL_PKEY_QUERY:
		if (i == 1) emit_key_serial(e, key, a);
		else if (i == 2) emit_hex(e, key, a);
		else if (i == 3) emit_cstr_upto(e, key, c, i, UINT64_MAX);
		else if (i == 4) keyctl_pkey_query_res(e, key, c, i);
		break;
	case KEYCTL_PKEY_ENCRYPT:
	case KEYCTL_PKEY_DECRYPT:
	case KEYCTL_PKEY_SIGN:
	case KEYCTL_PKEY_VERIFY:
		keyctl_pkey_op(e, c, i, key, cmd);
		break;
	case KEYCTL_RESTRICT_KEYRING:
		if (i == 1) emit_key_serial(e, key, a);
		else if (i <= 3) emit_cstr_upto(e, key, c, i, UINT64_MAX);
		break;
	case KEYCTL_MOVE:
		if (i <= 3) emit_key_serial(e, key, a);
		else if (i == 4) emit_flags(e, key, keyctl_move_flags, (uint32_t)a, "KEYCTL_MOVE_???");
		break;
	case KEYCTL_CAPABILITIES:
		if (i == 1) keyctl_caps(e, key, c, i);
		else if (i == 2) emit_uint(e, key, a);
		break;
	default:
		if (i <= 4) emit_hex(e, key, a);
	}
}

/* ------------------------------------------------------------- syslog */

#define K_SYSLOG_READ 2
#define K_SYSLOG_READ_ALL 3
#define K_SYSLOG_READ_CLEAR 4
static const struct flag_name syslog_actions[] = {
	{ 0, "SYSLOG_ACTION_CLOSE" },
	{ 1, "SYSLOG_ACTION_OPEN" },
	{ K_SYSLOG_READ, "SYSLOG_ACTION_READ" },
	{ K_SYSLOG_READ_ALL, "SYSLOG_ACTION_READ_ALL" },
	{ K_SYSLOG_READ_CLEAR, "SYSLOG_ACTION_READ_CLEAR" },
	{ 5, "SYSLOG_ACTION_CLEAR" },
	{ 6, "SYSLOG_ACTION_CONSOLE_OFF" },
	{ 7, "SYSLOG_ACTION_CONSOLE_ON" },
	{ 8, "SYSLOG_ACTION_CONSOLE_LEVEL" },
	{ 9, "SYSLOG_ACTION_SIZE_UNREAD" },
	{ 10, "SYSLOG_ACTION_SIZE_BUFFER" },
	{ 0, NULL }
};

static const struct flag_name syslog_console_levels[] = {
	{ 0, "LOGLEVEL_EMERG" },
	{ 1, "LOGLEVEL_ALERT" },
	{ 2, "LOGLEVEL_CRIT" },
	{ 3, "LOGLEVEL_ERR" },
	{ 4, "LOGLEVEL_WARNING" },
	{ 5, "LOGLEVEL_NOTICE" },
	{ 6, "LOGLEVEL_INFO" },
	{ 7, "LOGLEVEL_DEBUG" },
	{ 0, NULL }
};

/* strace prints these in its verbose style even by default:
 * "3 / * SYSLOG_ACTION_READ_ALL * /", under any -X */
static void emit_xval_vd(struct emit *e, const char *key, const struct flag_name *tab,
			 int v, const char *dflt)
{
	const char *name = lookup_value(tab, (uint64_t)(int64_t)v);
	char buf[96];
	snprintf(buf, sizeof(buf), "%d /* %s */", v, name ? name : dflt);
	emit_sym(e, key, buf);
}

#define K_SYSLOG_CONSOLE_LEVEL 8

static void sys_syslog(struct emit *e, const struct call *c, int i, const char *key)
{
	int type = arg_int(c, 0);
	bool reads = type == K_SYSLOG_READ || type == K_SYSLOG_READ_ALL ||
		     type == K_SYSLOG_READ_CLEAR;

	if (i == 0) {
		emit_xval_vd(e, key, syslog_actions, type, "SYSLOG_ACTION_???");
		return;
	}
	/* the commands that use neither the buffer nor the length show
	 * only the command */
	if (type >= 0 && type <= 10 && !reads && type != K_SYSLOG_CONSOLE_LEVEL)
		return;
	switch (i) {
	case 1:
		if (reads && call_ok(c))
			dec_buf_out(e, c, i, key);
		else
			emit_ptr(e, key, arg_u64(c, i));
		break;
	case 2:
		if (type == K_SYSLOG_CONSOLE_LEVEL)
			emit_xval_vd(e, key, syslog_console_levels, arg_int(c, i), "LOGLEVEL_???");
		else
			emit_int(e, key, arg_int(c, i));
		break;
	}
}

/* --------------------------------------------------------------- perf */

static const struct flag_name perf_types[] = {
	{ PERF_TYPE_HARDWARE, "PERF_TYPE_HARDWARE" },
	{ PERF_TYPE_SOFTWARE, "PERF_TYPE_SOFTWARE" },
	{ PERF_TYPE_TRACEPOINT, "PERF_TYPE_TRACEPOINT" },
	{ PERF_TYPE_HW_CACHE, "PERF_TYPE_HW_CACHE" },
	{ PERF_TYPE_RAW, "PERF_TYPE_RAW" },
	{ PERF_TYPE_BREAKPOINT, "PERF_TYPE_BREAKPOINT" },
	{ 0, NULL }
};

static const struct flag_name perf_attr_sizes[] = {
	{ PERF_ATTR_SIZE_VER0, "PERF_ATTR_SIZE_VER0" },
	{ PERF_ATTR_SIZE_VER1, "PERF_ATTR_SIZE_VER1" },
	{ PERF_ATTR_SIZE_VER2, "PERF_ATTR_SIZE_VER2" },
	{ PERF_ATTR_SIZE_VER3, "PERF_ATTR_SIZE_VER3" },
	{ PERF_ATTR_SIZE_VER4, "PERF_ATTR_SIZE_VER4" },
	{ PERF_ATTR_SIZE_VER5, "PERF_ATTR_SIZE_VER5" },
	{ PERF_ATTR_SIZE_VER6, "PERF_ATTR_SIZE_VER6" },
	{ PERF_ATTR_SIZE_VER7, "PERF_ATTR_SIZE_VER7" },
	{ 136, "PERF_ATTR_SIZE_VER8" },   /* linux/perf_event.h, 6.3 */
	{ 144, "PERF_ATTR_SIZE_VER9" },   /* linux/perf_event.h, 6.13 */
	{ 0, NULL }
};

static const struct flag_name perf_hw_ids[] = {
	{ PERF_COUNT_HW_CPU_CYCLES, "PERF_COUNT_HW_CPU_CYCLES" },
	{ PERF_COUNT_HW_INSTRUCTIONS, "PERF_COUNT_HW_INSTRUCTIONS" },
	{ PERF_COUNT_HW_CACHE_REFERENCES, "PERF_COUNT_HW_CACHE_REFERENCES" },
	{ PERF_COUNT_HW_CACHE_MISSES, "PERF_COUNT_HW_CACHE_MISSES" },
	{ PERF_COUNT_HW_BRANCH_INSTRUCTIONS, "PERF_COUNT_HW_BRANCH_INSTRUCTIONS" },
	{ PERF_COUNT_HW_BRANCH_MISSES, "PERF_COUNT_HW_BRANCH_MISSES" },
	{ PERF_COUNT_HW_BUS_CYCLES, "PERF_COUNT_HW_BUS_CYCLES" },
	{ PERF_COUNT_HW_STALLED_CYCLES_FRONTEND, "PERF_COUNT_HW_STALLED_CYCLES_FRONTEND" },
	{ PERF_COUNT_HW_STALLED_CYCLES_BACKEND, "PERF_COUNT_HW_STALLED_CYCLES_BACKEND" },
	{ PERF_COUNT_HW_REF_CPU_CYCLES, "PERF_COUNT_HW_REF_CPU_CYCLES" },
	{ 0, NULL }
};

static const struct flag_name perf_sw_ids[] = {
	{ PERF_COUNT_SW_CPU_CLOCK, "PERF_COUNT_SW_CPU_CLOCK" },
	{ PERF_COUNT_SW_TASK_CLOCK, "PERF_COUNT_SW_TASK_CLOCK" },
	{ PERF_COUNT_SW_PAGE_FAULTS, "PERF_COUNT_SW_PAGE_FAULTS" },
	{ PERF_COUNT_SW_CONTEXT_SWITCHES, "PERF_COUNT_SW_CONTEXT_SWITCHES" },
	{ PERF_COUNT_SW_CPU_MIGRATIONS, "PERF_COUNT_SW_CPU_MIGRATIONS" },
	{ PERF_COUNT_SW_PAGE_FAULTS_MIN, "PERF_COUNT_SW_PAGE_FAULTS_MIN" },
	{ PERF_COUNT_SW_PAGE_FAULTS_MAJ, "PERF_COUNT_SW_PAGE_FAULTS_MAJ" },
	{ PERF_COUNT_SW_ALIGNMENT_FAULTS, "PERF_COUNT_SW_ALIGNMENT_FAULTS" },
	{ PERF_COUNT_SW_EMULATION_FAULTS, "PERF_COUNT_SW_EMULATION_FAULTS" },
	{ PERF_COUNT_SW_DUMMY, "PERF_COUNT_SW_DUMMY" },
	{ PERF_COUNT_SW_BPF_OUTPUT, "PERF_COUNT_SW_BPF_OUTPUT" },
	{ PERF_COUNT_SW_CGROUP_SWITCHES, "PERF_COUNT_SW_CGROUP_SWITCHES" },
	{ 0, NULL }
};

static const struct flag_name perf_hw_cache_ids[] = {
	{ PERF_COUNT_HW_CACHE_L1D, "PERF_COUNT_HW_CACHE_L1D" },
	{ PERF_COUNT_HW_CACHE_L1I, "PERF_COUNT_HW_CACHE_L1I" },
	{ PERF_COUNT_HW_CACHE_LL, "PERF_COUNT_HW_CACHE_LL" },
	{ PERF_COUNT_HW_CACHE_DTLB, "PERF_COUNT_HW_CACHE_DTLB" },
	{ PERF_COUNT_HW_CACHE_ITLB, "PERF_COUNT_HW_CACHE_ITLB" },
	{ PERF_COUNT_HW_CACHE_BPU, "PERF_COUNT_HW_CACHE_BPU" },
	{ PERF_COUNT_HW_CACHE_NODE, "PERF_COUNT_HW_CACHE_NODE" },
	{ 0, NULL }
};

static const struct flag_name perf_hw_cache_ops[] = {
	{ PERF_COUNT_HW_CACHE_OP_READ, "PERF_COUNT_HW_CACHE_OP_READ" },
	{ PERF_COUNT_HW_CACHE_OP_WRITE, "PERF_COUNT_HW_CACHE_OP_WRITE" },
	{ PERF_COUNT_HW_CACHE_OP_PREFETCH, "PERF_COUNT_HW_CACHE_OP_PREFETCH" },
	{ 0, NULL }
};

static const struct flag_name perf_hw_cache_results[] = {
	{ PERF_COUNT_HW_CACHE_RESULT_ACCESS, "PERF_COUNT_HW_CACHE_RESULT_ACCESS" },
	{ PERF_COUNT_HW_CACHE_RESULT_MISS, "PERF_COUNT_HW_CACHE_RESULT_MISS" },
	{ 0, NULL }
};

static const struct flag_name perf_sample_formats[] = {
	{ PERF_SAMPLE_IP, "PERF_SAMPLE_IP" },
	{ PERF_SAMPLE_TID, "PERF_SAMPLE_TID" },
	{ PERF_SAMPLE_TIME, "PERF_SAMPLE_TIME" },
	{ PERF_SAMPLE_ADDR, "PERF_SAMPLE_ADDR" },
	{ PERF_SAMPLE_READ, "PERF_SAMPLE_READ" },
	{ PERF_SAMPLE_CALLCHAIN, "PERF_SAMPLE_CALLCHAIN" },
	{ PERF_SAMPLE_ID, "PERF_SAMPLE_ID" },
	{ PERF_SAMPLE_CPU, "PERF_SAMPLE_CPU" },
	{ PERF_SAMPLE_PERIOD, "PERF_SAMPLE_PERIOD" },
	{ PERF_SAMPLE_STREAM_ID, "PERF_SAMPLE_STREAM_ID" },
	{ PERF_SAMPLE_RAW, "PERF_SAMPLE_RAW" },
	{ PERF_SAMPLE_BRANCH_STACK, "PERF_SAMPLE_BRANCH_STACK" },
	{ PERF_SAMPLE_REGS_USER, "PERF_SAMPLE_REGS_USER" },
	{ PERF_SAMPLE_STACK_USER, "PERF_SAMPLE_STACK_USER" },
	{ PERF_SAMPLE_WEIGHT, "PERF_SAMPLE_WEIGHT" },
	{ PERF_SAMPLE_DATA_SRC, "PERF_SAMPLE_DATA_SRC" },
	{ PERF_SAMPLE_IDENTIFIER, "PERF_SAMPLE_IDENTIFIER" },
	{ PERF_SAMPLE_TRANSACTION, "PERF_SAMPLE_TRANSACTION" },
	{ PERF_SAMPLE_REGS_INTR, "PERF_SAMPLE_REGS_INTR" },
	{ PERF_SAMPLE_PHYS_ADDR, "PERF_SAMPLE_PHYS_ADDR" },
	{ PERF_SAMPLE_AUX, "PERF_SAMPLE_AUX" },
	{ PERF_SAMPLE_CGROUP, "PERF_SAMPLE_CGROUP" },
	{ PERF_SAMPLE_DATA_PAGE_SIZE, "PERF_SAMPLE_DATA_PAGE_SIZE" },
	{ PERF_SAMPLE_CODE_PAGE_SIZE, "PERF_SAMPLE_CODE_PAGE_SIZE" },
	{ PERF_SAMPLE_WEIGHT_STRUCT, "PERF_SAMPLE_WEIGHT_STRUCT" },
	{ 0, NULL }
};

static const struct flag_name perf_read_formats[] = {
	{ PERF_FORMAT_TOTAL_TIME_ENABLED, "PERF_FORMAT_TOTAL_TIME_ENABLED" },
	{ PERF_FORMAT_TOTAL_TIME_RUNNING, "PERF_FORMAT_TOTAL_TIME_RUNNING" },
	{ PERF_FORMAT_ID, "PERF_FORMAT_ID" },
	{ PERF_FORMAT_GROUP, "PERF_FORMAT_GROUP" },
	{ PERF_FORMAT_LOST, "PERF_FORMAT_LOST" },
	{ 0, NULL }
};

static const struct flag_name perf_open_flags[] = {
	{ PERF_FLAG_FD_NO_GROUP, "PERF_FLAG_FD_NO_GROUP" },
	{ PERF_FLAG_FD_OUTPUT, "PERF_FLAG_FD_OUTPUT" },
	{ PERF_FLAG_PID_CGROUP, "PERF_FLAG_PID_CGROUP" },
	{ PERF_FLAG_FD_CLOEXEC, "PERF_FLAG_FD_CLOEXEC" },
	{ 0, NULL }
};

/* The one-bit fields of the u64 at offset 40, in bit order; precise_ip
 * (bits 15..16) and __reserved_1 (bits 38..63) are printed apart. */
static const char *const perf_attr_bits[] = {
	"disabled", "inherit", "pinned", "exclusive", "exclude_user",
	"exclude_kernel", "exclude_hv", "exclude_idle", "mmap", "comm",
	"freq", "inherit_stat", "enable_on_exec", "task", "watermark",
	NULL, NULL, "mmap_data", "sample_id_all", "exclude_host",
	"exclude_guest", "exclude_callchain_kernel", "exclude_callchain_user",
	"mmap2", "comm_exec", "use_clockid", "context_switch",
	"write_backward", "namespaces", "ksymbol", "bpf_event", "aux_output",
	"cgroup", "text_poke", "build_id", "inherit_thread",
	"remove_on_exec", "sigtrap",
};
#define PERF_FREQ_BIT 10
#define PERF_PRECISE_SHIFT 15
#define PERF_RESERVED1_SHIFT 38

/*
 * strace reads the first 48 bytes of struct perf_event_attr (up to
 * wakeup_events), or under -v as much as its size says, up to the 144 it
 * knows; BPF reads those 144, or what of them lies before an unreadable
 * page.
 */
#define PERF_ATTR_ABBREV 48
#define PERF_ATTR_CAP 144

static const struct flag_name perf_branch_sample_types[] = {
	{ 1ULL << 0, "PERF_SAMPLE_BRANCH_USER" }, { 1ULL << 1, "PERF_SAMPLE_BRANCH_KERNEL" },
	{ 1ULL << 2, "PERF_SAMPLE_BRANCH_HV" }, { 1ULL << 3, "PERF_SAMPLE_BRANCH_ANY" },
	{ 1ULL << 4, "PERF_SAMPLE_BRANCH_ANY_CALL" }, { 1ULL << 5, "PERF_SAMPLE_BRANCH_ANY_RETURN" },
	{ 1ULL << 6, "PERF_SAMPLE_BRANCH_IND_CALL" }, { 1ULL << 7, "PERF_SAMPLE_BRANCH_ABORT_TX" },
	{ 1ULL << 8, "PERF_SAMPLE_BRANCH_IN_TX" }, { 1ULL << 9, "PERF_SAMPLE_BRANCH_NO_TX" },
	{ 1ULL << 10, "PERF_SAMPLE_BRANCH_COND" }, { 1ULL << 11, "PERF_SAMPLE_BRANCH_CALL_STACK" },
	{ 1ULL << 12, "PERF_SAMPLE_BRANCH_IND_JUMP" }, { 1ULL << 13, "PERF_SAMPLE_BRANCH_CALL" },
	{ 1ULL << 14, "PERF_SAMPLE_BRANCH_NO_FLAGS" }, { 1ULL << 15, "PERF_SAMPLE_BRANCH_NO_CYCLES" },
	{ 1ULL << 16, "PERF_SAMPLE_BRANCH_TYPE_SAVE" }, { 1ULL << 17, "PERF_SAMPLE_BRANCH_HW_INDEX" },
	{ 1ULL << 18, "PERF_SAMPLE_BRANCH_PRIV_SAVE" }, { 1ULL << 19, "PERF_SAMPLE_BRANCH_COUNTERS" },
	{ 0, NULL }
};

static const struct flag_name hw_breakpoint_types[] = {
	{ 0, "HW_BREAKPOINT_EMPTY" }, { 1, "HW_BREAKPOINT_R" }, { 2, "HW_BREAKPOINT_W" },
	{ 3, "HW_BREAKPOINT_RW" }, { 4, "HW_BREAKPOINT_X" },
	{ 0, NULL }
};

/* -v: the fields after the flags word, as far as the attr's size goes */
static void emit_perf_attr_tail(struct emit *e, const uint8_t *a, uint32_t type, uint32_t size)
{
	uint64_t bits = get_u64(a + 40), sample_type = get_u64(a + 24);
	bool bp = type == PERF_TYPE_BREAKPOINT;
	unsigned cutoff = PERF_ATTR_CAP;
	char cmt[48];

	emit_uint(e, (bits >> 14 & 1) ? "wakeup_watermark" : "wakeup_events", get_u32(a + 48));
	if (bp) {
		uint32_t t = get_u32(a + 52);
		emit_xval(e, "bp_type", hw_breakpoint_types, t,
			  t <= 7 ? "HW_BREAKPOINT_INVALID" : "HW_BREAKPOINT_???");
	}
	emit_hex(e, bp ? "bp_addr" : "config1", get_u64(a + 56));
	if (size <= 64) { cutoff = 64; goto end; }
	if (bp)
		emit_uint(e, "bp_len", get_u64(a + 64));
	else
		emit_hex(e, "config2", get_u64(a + 64));
	if (size <= 72) { cutoff = 72; goto end; }
	if (sample_type & PERF_SAMPLE_BRANCH_STACK)
		emit_flags_long(e, "branch_sample_type", perf_branch_sample_types,
				get_u64(a + 72), "PERF_SAMPLE_BRANCH_???");
	if (size <= 80) { cutoff = 80; goto end; }
	emit_hex(e, "sample_regs_user", get_u64(a + 80));
	if (size <= 88) { cutoff = 88; goto end; }
	if (sample_type & PERF_SAMPLE_STACK_USER)
		emit_hex(e, "sample_stack_user", get_u32(a + 88));
	if (size <= 92) { cutoff = 92; goto end; }
	if (bits >> 25 & 1)   /* use_clockid */
		emit_xval(e, "clockid", clock_ids, get_u32(a + 92), "CLOCK_???");
	if (size <= 96) { cutoff = 96; goto end; }
	emit_hex(e, "sample_regs_intr", get_u64(a + 96));
	if (size <= 104) { cutoff = 104; goto end; }
	emit_uint(e, "aux_watermark", get_u32(a + 104));
	if (size <= 108) { cutoff = 108; goto end; }
	emit_uint(e, "sample_max_stack", get_u16(a + 108));
	if (size <= 110) { cutoff = 110; goto end; }
	if (get_u16(a + 110)) {
		snprintf(cmt, sizeof(cmt), "bytes 110..111: %#x", get_u16(a + 110));
		emit_comment(e, cmt);
	}
	if (size <= 112) { cutoff = 112; goto end; }
	emit_uint(e, "aux_sample_size", get_u32(a + 112));
	if (size <= 116) { cutoff = 116; goto end; }
	{
		uint32_t w = get_u32(a + 116);
		emit_uint(e, "aux_start_paused", w & 1);
		emit_uint(e, "aux_pause", w >> 1 & 1);
		emit_uint(e, "aux_resume", w >> 2 & 1);
		if (w >> 3) {
			emit_hex(e, "__reserved_3", w >> 3);
			emit_comment(e, "Bits 931..959");
		}
	}
	if (size <= 120) { cutoff = 120; goto end; }
	emit_hex(e, "sig_data", get_u64(a + 120));
	if (size <= 128) { cutoff = 128; goto end; }
	emit_hex(e, "config3", get_u64(a + 128));
	if (size <= 136) { cutoff = 136; goto end; }
	emit_hex(e, "config4", get_u64(a + 136));
end:
	if (size > cutoff)
		emit_more(e);
}

static void emit_perf_config(struct emit *e, uint32_t type, uint64_t config)
{
	char buf[FLAGS_BUF];
	size_t len = 0;
	buf[0] = '\0';

	switch (type) {
	case PERF_TYPE_HARDWARE:
		if (config >> 32) {
			len = hex_append(buf, sizeof(buf), len, config >> 32);
			len = str_append(buf, sizeof(buf), len, "<<32|");
		}
		piece_append(buf, sizeof(buf), len, perf_hw_ids, (uint32_t)config,
			     "PERF_COUNT_HW_???");
		emit_sym(e, "config", buf);
		return;
	case PERF_TYPE_SOFTWARE:
		emit_xval(e, "config", perf_sw_ids, config, "PERF_COUNT_SW_???");
		return;
	case PERF_TYPE_TRACEPOINT:
		emit_uint(e, "config", config);
		return;
	case PERF_TYPE_HW_CACHE:
		/* id | op << 8 | result << 16, and what is above them */
		if (config >> 32) {
			len = hex_append(buf, sizeof(buf), len, config >> 32);
			len = str_append(buf, sizeof(buf), len, "<<32|");
		}
		if ((config >> 24) & 0xff) {
			len = hex_append(buf, sizeof(buf), len, (config >> 24) & 0xff);
			len = str_append(buf, sizeof(buf), len, "<<24|");
		}
		len = piece_append(buf, sizeof(buf), len, perf_hw_cache_results,
				   (config >> 16) & 0xff, "PERF_COUNT_HW_CACHE_RESULT_???");
		len = str_append(buf, sizeof(buf), len, "<<16|");
		len = piece_append(buf, sizeof(buf), len, perf_hw_cache_ops,
				   (config >> 8) & 0xff, "PERF_COUNT_HW_CACHE_OP_???");
		len = str_append(buf, sizeof(buf), len, "<<8|");
		piece_append(buf, sizeof(buf), len, perf_hw_cache_ids, config & 0xff,
			     "PERF_COUNT_HW_CACHE_???");
		emit_sym(e, "config", buf);
		return;
	default:
		emit_hex(e, "config", config);
	}
}

static void emit_perf_attr(struct emit *e, const char *key, const struct call *c, int i)
{
	static const char *const skid[] = {
		"arbitrary skid", "constant skid",
		"requested to have 0 skid", "must have 0 skid",
	};
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (!p || !r || r->b->len < 8 || !call_verbose(c)) {
		emit_ptr(e, key, p);
		return;
	}
	uint8_t a[PERF_ATTR_CAP] = { 0 };
	uint32_t type = get_u32(r->data), size = get_u32(r->data + 4);
	bool full = !call_abbrev(c);
	uint32_t eff = size ? size : PERF_ATTR_SIZE_VER0;
	uint32_t want = !full ? PERF_ATTR_ABBREV : eff < PERF_ATTR_CAP ? eff : PERF_ATTR_CAP;
	if ((size && size < PERF_ATTR_SIZE_VER0) || r->b->len < want) {
		emit_ptr(e, key, p);   /* refused by the kernel, or unreadable */
		return;
	}
	memcpy(a, r->data, want);

	emit_begin_struct(e, key);
	emit_xval(e, "type", perf_types, type, "PERF_TYPE_???");
	emit_xval(e, "size", perf_attr_sizes, size, "PERF_ATTR_SIZE_???");
	/* E2BIG: the kernel wrote back the size it supports */
	const struct blob_ref *o = &c->out[i];
	if (c->exiting && c->rec->ret == -7 /* E2BIG */ && o->b && o->b != r->b &&
	    !(o->b->flags & SCT_BF_FAULT) && o->b->len >= 8 && get_u32(o->data + 4) != size) {
		emit_changed(e);
		emit_xval(e, "size", perf_attr_sizes, get_u32(o->data + 4), "PERF_ATTR_SIZE_???");
	}
	emit_perf_config(e, type, get_u64(a + 8));

	uint64_t bits = get_u64(a + 40);
	if (bits >> PERF_FREQ_BIT & 1)
		emit_uint(e, "sample_freq", get_u64(a + 16));
	else
		emit_uint(e, "sample_period", get_u64(a + 16));
	emit_flags_long(e, "sample_type", perf_sample_formats, get_u64(a + 24), "PERF_SAMPLE_???");
	emit_flags(e, "read_format", perf_read_formats, get_u64(a + 32), "PERF_FORMAT_???");
	for (unsigned b = 0; b < sizeof(perf_attr_bits) / sizeof(perf_attr_bits[0]); b++) {
		if (b == PERF_PRECISE_SHIFT) {
			unsigned ip = (bits >> PERF_PRECISE_SHIFT) & 3;
			emit_uint(e, "precise_ip", ip);
			emit_comment(e, skid[ip]);
			continue;
		}
		if (perf_attr_bits[b] && (full || (bits >> b & 1)))
			emit_uint(e, perf_attr_bits[b], bits >> b & 1);
	}
	if (bits >> PERF_RESERVED1_SHIFT) {
		emit_hex(e, "__reserved_1", bits >> PERF_RESERVED1_SHIFT);
		emit_comment(e, "Bits 63..38");
	}
	if (full)
		emit_perf_attr_tail(e, a, type, eff);
	else
		emit_more(e);
	emit_end_struct(e);
}

static void sys_perf_event_open(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0:
		emit_perf_attr(e, key, c, i);
		break;
	case 4:
		emit_flags(e, key, perf_open_flags, arg_u64(c, i), "PERF_FLAG_???");
		break;
	default:
		decode_arg_kind(e, c, i, key);
	}
}

/* ---------------------------------------------------------------- bpf */

/* Enumerations indexed by value (linux/bpf.h; the names past Linux 6.1's
 * header are from newer kernels' linux/bpf.h) */
static const char *const bpf_cmd_names[] = {
	"BPF_MAP_CREATE", "BPF_MAP_LOOKUP_ELEM", "BPF_MAP_UPDATE_ELEM",
	"BPF_MAP_DELETE_ELEM", "BPF_MAP_GET_NEXT_KEY", "BPF_PROG_LOAD",
	"BPF_OBJ_PIN", "BPF_OBJ_GET", "BPF_PROG_ATTACH", "BPF_PROG_DETACH",
	"BPF_PROG_TEST_RUN", "BPF_PROG_GET_NEXT_ID", "BPF_MAP_GET_NEXT_ID",
	"BPF_PROG_GET_FD_BY_ID", "BPF_MAP_GET_FD_BY_ID", "BPF_OBJ_GET_INFO_BY_FD",
	"BPF_PROG_QUERY", "BPF_RAW_TRACEPOINT_OPEN", "BPF_BTF_LOAD",
	"BPF_BTF_GET_FD_BY_ID", "BPF_TASK_FD_QUERY", "BPF_MAP_LOOKUP_AND_DELETE_ELEM",
	"BPF_MAP_FREEZE", "BPF_BTF_GET_NEXT_ID", "BPF_MAP_LOOKUP_BATCH",
	"BPF_MAP_LOOKUP_AND_DELETE_BATCH", "BPF_MAP_UPDATE_BATCH",
	"BPF_MAP_DELETE_BATCH", "BPF_LINK_CREATE", "BPF_LINK_UPDATE",
	"BPF_LINK_GET_FD_BY_ID", "BPF_LINK_GET_NEXT_ID", "BPF_ENABLE_STATS",
	"BPF_ITER_CREATE", "BPF_LINK_DETACH", "BPF_PROG_BIND_MAP",
	"BPF_TOKEN_CREATE", "BPF_PROG_STREAM_READ_BY_FD", "BPF_PROG_ASSOC_STRUCT_OPS",
};

static const char *const bpf_map_type_names[] = {
	"BPF_MAP_TYPE_UNSPEC", "BPF_MAP_TYPE_HASH", "BPF_MAP_TYPE_ARRAY",
	"BPF_MAP_TYPE_PROG_ARRAY", "BPF_MAP_TYPE_PERF_EVENT_ARRAY",
	"BPF_MAP_TYPE_PERCPU_HASH", "BPF_MAP_TYPE_PERCPU_ARRAY",
	"BPF_MAP_TYPE_STACK_TRACE", "BPF_MAP_TYPE_CGROUP_ARRAY",
	"BPF_MAP_TYPE_LRU_HASH", "BPF_MAP_TYPE_LRU_PERCPU_HASH",
	"BPF_MAP_TYPE_LPM_TRIE", "BPF_MAP_TYPE_ARRAY_OF_MAPS",
	"BPF_MAP_TYPE_HASH_OF_MAPS", "BPF_MAP_TYPE_DEVMAP", "BPF_MAP_TYPE_SOCKMAP",
	"BPF_MAP_TYPE_CPUMAP", "BPF_MAP_TYPE_XSKMAP", "BPF_MAP_TYPE_SOCKHASH",
	"BPF_MAP_TYPE_CGROUP_STORAGE", "BPF_MAP_TYPE_REUSEPORT_SOCKARRAY",
	"BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE", "BPF_MAP_TYPE_QUEUE",
	"BPF_MAP_TYPE_STACK", "BPF_MAP_TYPE_SK_STORAGE", "BPF_MAP_TYPE_DEVMAP_HASH",
	"BPF_MAP_TYPE_STRUCT_OPS", "BPF_MAP_TYPE_RINGBUF", "BPF_MAP_TYPE_INODE_STORAGE",
	"BPF_MAP_TYPE_TASK_STORAGE", "BPF_MAP_TYPE_BLOOM_FILTER",
	"BPF_MAP_TYPE_USER_RINGBUF", "BPF_MAP_TYPE_CGRP_STORAGE", "BPF_MAP_TYPE_ARENA",
	"BPF_MAP_TYPE_INSN_ARRAY", "BPF_MAP_TYPE_RHASH",
};

static const char *const bpf_prog_type_names[] = {
	"BPF_PROG_TYPE_UNSPEC", "BPF_PROG_TYPE_SOCKET_FILTER", "BPF_PROG_TYPE_KPROBE",
	"BPF_PROG_TYPE_SCHED_CLS", "BPF_PROG_TYPE_SCHED_ACT", "BPF_PROG_TYPE_TRACEPOINT",
	"BPF_PROG_TYPE_XDP", "BPF_PROG_TYPE_PERF_EVENT", "BPF_PROG_TYPE_CGROUP_SKB",
	"BPF_PROG_TYPE_CGROUP_SOCK", "BPF_PROG_TYPE_LWT_IN", "BPF_PROG_TYPE_LWT_OUT",
	"BPF_PROG_TYPE_LWT_XMIT", "BPF_PROG_TYPE_SOCK_OPS", "BPF_PROG_TYPE_SK_SKB",
	"BPF_PROG_TYPE_CGROUP_DEVICE", "BPF_PROG_TYPE_SK_MSG",
	"BPF_PROG_TYPE_RAW_TRACEPOINT", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR",
	"BPF_PROG_TYPE_LWT_SEG6LOCAL", "BPF_PROG_TYPE_LIRC_MODE2",
	"BPF_PROG_TYPE_SK_REUSEPORT", "BPF_PROG_TYPE_FLOW_DISSECTOR",
	"BPF_PROG_TYPE_CGROUP_SYSCTL", "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE",
	"BPF_PROG_TYPE_CGROUP_SOCKOPT", "BPF_PROG_TYPE_TRACING",
	"BPF_PROG_TYPE_STRUCT_OPS", "BPF_PROG_TYPE_EXT", "BPF_PROG_TYPE_LSM",
	"BPF_PROG_TYPE_SK_LOOKUP", "BPF_PROG_TYPE_SYSCALL", "BPF_PROG_TYPE_NETFILTER",
};

static const char *const bpf_attach_type_names[] = {
	"BPF_CGROUP_INET_INGRESS", "BPF_CGROUP_INET_EGRESS",
	"BPF_CGROUP_INET_SOCK_CREATE", "BPF_CGROUP_SOCK_OPS",
	"BPF_SK_SKB_STREAM_PARSER", "BPF_SK_SKB_STREAM_VERDICT", "BPF_CGROUP_DEVICE",
	"BPF_SK_MSG_VERDICT", "BPF_CGROUP_INET4_BIND", "BPF_CGROUP_INET6_BIND",
	"BPF_CGROUP_INET4_CONNECT", "BPF_CGROUP_INET6_CONNECT",
	"BPF_CGROUP_INET4_POST_BIND", "BPF_CGROUP_INET6_POST_BIND",
	"BPF_CGROUP_UDP4_SENDMSG", "BPF_CGROUP_UDP6_SENDMSG", "BPF_LIRC_MODE2",
	"BPF_FLOW_DISSECTOR", "BPF_CGROUP_SYSCTL", "BPF_CGROUP_UDP4_RECVMSG",
	"BPF_CGROUP_UDP6_RECVMSG", "BPF_CGROUP_GETSOCKOPT", "BPF_CGROUP_SETSOCKOPT",
	"BPF_TRACE_RAW_TP", "BPF_TRACE_FENTRY", "BPF_TRACE_FEXIT", "BPF_MODIFY_RETURN",
	"BPF_LSM_MAC", "BPF_TRACE_ITER", "BPF_CGROUP_INET4_GETPEERNAME",
	"BPF_CGROUP_INET6_GETPEERNAME", "BPF_CGROUP_INET4_GETSOCKNAME",
	"BPF_CGROUP_INET6_GETSOCKNAME", "BPF_XDP_DEVMAP", "BPF_CGROUP_INET_SOCK_RELEASE",
	"BPF_XDP_CPUMAP", "BPF_SK_LOOKUP", "BPF_XDP", "BPF_SK_SKB_VERDICT",
	"BPF_SK_REUSEPORT_SELECT", "BPF_SK_REUSEPORT_SELECT_OR_MIGRATE",
	"BPF_PERF_EVENT", "BPF_TRACE_KPROBE_MULTI", "BPF_LSM_CGROUP", "BPF_STRUCT_OPS",
	"BPF_NETFILTER", "BPF_TCX_INGRESS", "BPF_TCX_EGRESS", "BPF_TRACE_UPROBE_MULTI",
	"BPF_CGROUP_UNIX_CONNECT", "BPF_CGROUP_UNIX_SENDMSG", "BPF_CGROUP_UNIX_RECVMSG",
	"BPF_CGROUP_UNIX_GETPEERNAME", "BPF_CGROUP_UNIX_GETSOCKNAME",
	"BPF_NETKIT_PRIMARY", "BPF_NETKIT_PEER", "BPF_TRACE_KPROBE_SESSION",
	"BPF_TRACE_UPROBE_SESSION", "BPF_TRACE_FSESSION", "BPF_TRACE_FENTRY_MULTI",
	"BPF_TRACE_FEXIT_MULTI", "BPF_TRACE_FSESSION_MULTI",
};
#define K_BPF_XDP 37
#define K_BPF_TCX_INGRESS 46
#define K_BPF_TCX_EGRESS 47
#define K_BPF_NETKIT_PRIMARY 54
#define K_BPF_NETKIT_PEER 55

static const struct flag_name bpf_map_flags[] = {
	{ 1U << 0, "BPF_F_NO_PREALLOC" }, { 1U << 1, "BPF_F_NO_COMMON_LRU" },
	{ 1U << 2, "BPF_F_NUMA_NODE" }, { 1U << 3, "BPF_F_RDONLY" },
	{ 1U << 4, "BPF_F_WRONLY" }, { 1U << 5, "BPF_F_STACK_BUILD_ID" },
	{ 1U << 6, "BPF_F_ZERO_SEED" }, { 1U << 7, "BPF_F_RDONLY_PROG" },
	{ 1U << 8, "BPF_F_WRONLY_PROG" }, { 1U << 9, "BPF_F_CLONE" },
	{ 1U << 10, "BPF_F_MMAPABLE" }, { 1U << 11, "BPF_F_PRESERVE_ELEMS" },
	{ 1U << 12, "BPF_F_INNER_MAP" }, { 1U << 13, "BPF_F_LINK" },
	{ 0, NULL }
};
#define K_BPF_F_NUMA_NODE (1U << 2)

static const struct flag_name bpf_prog_flags[] = {
	{ 1U << 0, "BPF_F_STRICT_ALIGNMENT" }, { 1U << 1, "BPF_F_ANY_ALIGNMENT" },
	{ 1U << 2, "BPF_F_TEST_RND_HI32" }, { 1U << 3, "BPF_F_TEST_STATE_FREQ" },
	{ 1U << 4, "BPF_F_SLEEPABLE" }, { 1U << 5, "BPF_F_XDP_HAS_FRAGS" },
	{ 1U << 6, "BPF_F_XDP_DEV_BOUND_ONLY" }, { 1U << 7, "BPF_F_TEST_REG_INVARIANTS" },
	{ 0, NULL }
};

static const struct flag_name bpf_attach_flags[] = {
	{ 1U << 0, "BPF_F_ALLOW_OVERRIDE" }, { 1U << 1, "BPF_F_ALLOW_MULTI" },
	{ 1U << 2, "BPF_F_REPLACE" }, { 1U << 3, "BPF_F_BEFORE" },
	{ 1U << 4, "BPF_F_AFTER" }, { 1U << 5, "BPF_F_ID" },
	{ 1U << 6, "BPF_F_PREORDER" }, { 1U << 13, "BPF_F_LINK" },
	{ 0, NULL }
};
#define K_BPF_F_REPLACE (1U << 2)
#define K_BPF_F_ID (1U << 5)

static const struct flag_name bpf_file_flags[] = {
	{ 1U << 3, "BPF_F_RDONLY" }, { 1U << 4, "BPF_F_WRONLY" },
	{ 1U << 14, "BPF_F_PATH_FD" },
	{ 0, NULL }
};

static const struct flag_name bpf_file_mode_flags[] = {
	{ 1U << 3, "BPF_F_RDONLY" }, { 1U << 4, "BPF_F_WRONLY" },
	{ 0, NULL }
};

/* element flags: BPF_ANY names 0 */
static const struct flag_name bpf_lookup_elem_flags[] = {
	{ 0, "BPF_ANY" },
	{ 1U << 4, "BPF_F_ALL_CPUS" }, { 1U << 3, "BPF_F_CPU" }, { 1U << 2, "BPF_F_LOCK" },
	{ 0, NULL }
};

static const struct flag_name bpf_update_elem_flags[] = {
	{ 0, "BPF_ANY" },
	{ 1U << 4, "BPF_F_ALL_CPUS" }, { 1U << 3, "BPF_F_CPU" }, { 1U << 2, "BPF_F_LOCK" },
	{ 2, "BPF_EXIST" }, { 1, "BPF_NOEXIST" },
	{ 0, NULL }
};

static const struct flag_name bpf_test_run_flags[] = {
	{ 1U << 0, "BPF_F_TEST_RUN_ON_CPU" }, { 1U << 1, "BPF_F_TEST_XDP_LIVE_FRAMES" },
	{ 0, NULL }
};

static const struct flag_name bpf_stats_types[] = {
	{ 0, "BPF_STATS_RUN_TIME" },
	{ 0, NULL }
};

static const struct flag_name numa_nodes[] = {
	{ 0xffffffff, "NUMA_NO_NODE" },
	{ 0, NULL }
};

/* A value of an enumeration indexed by value: its name or 0x.. / * dflt * / */
static void emit_indexed(struct emit *e, const char *key, const char *const *names,
			 size_t n, uint64_t v, const char *dflt)
{
	struct flag_name one[2] = { { v, v < n ? names[v] : NULL }, { 0, NULL } };
	emit_xval(e, key, one, v, dflt);
}
#define EMIT_INDEXED(e, key, names, v, dflt) \
	emit_indexed((e), (key), (names), sizeof(names) / sizeof((names)[0]), (v), (dflt))

/* A char array inside the attr: up to the NUL, "..." when the `size`
 * bytes given hold none (strace's PRINT_FIELD_CSTRING_SZ) */
static void emit_cstring_sz(struct emit *e, const char *key, const uint8_t *p, size_t size)
{
	const uint8_t *z = memchr(p, 0, size);
	if (z)
		emit_str(e, key, p, (size_t)(z - p), 0);
	else
		emit_str(e, key, p, size ? size - 1 : 0, EMIT_STR_TRUNC);
}

/* a 64-bit user pointer inside the attr */
static void emit_addr64(struct emit *e, const char *key, uint64_t v)
{
	emit_ptr(e, key, v);
}

#define BPF_ATTR_CAP 4096   /* strace reads up to a page of attr (and of info) */

/* bpf(2)'s nested captures (the row's .nest[]) */
enum {
	BPF_NEST_LICENSE, BPF_NEST_LOG, BPF_NEST_PATHNAME, BPF_NEST_TP_NAME, BPF_NEST_BTF,
	BPF_NEST_SIGNATURE, BPF_NEST_STREAM_BUF, BPF_NEST_INFO,
	/* BPF_LINK_CREATE's arrays, by attach type (any LINK_CREATE is read) */
	BPF_NEST_ITER_INFO, BPF_NEST_KPM_SYMS, BPF_NEST_KPM_ADDRS, BPF_NEST_KPM_COOKIES,
	BPF_NEST_TM_IDS, BPF_NEST_TM_COOKIES,
	BPF_NEST_INSNS,  /* PROG_LOAD's instructions (-v) */
	/* OBJ_GET_INFO_BY_FD of a program: behind pointers in the struct
	 * bpf_prog_info BPF_NEST_INFO followed, as the call left them */
	BPF_NEST_INFO_JITED, BPF_NEST_INFO_XLATED, BPF_NEST_INFO_MAP_IDS,
};
/* struct bpf_map_info's and struct bpf_prog_info's sizes as strace 7.2
 * knows them: up to the end of their last fields (hash_size,
 * attach_btf_id; the kernel's are 104 and 232, with padding) */
#define K_BPF_MAP_INFO_SIZE 100
#define K_BPF_PROG_INFO_SIZE 228

struct bpf_attr_view {
	const uint8_t *d;   /* the attr, zero-filled past `len` */
	unsigned len;       /* bytes the caller passed (at most the buffer) */
	const struct call *c;
};

static uint32_t bu32(const struct bpf_attr_view *a, unsigned off) { return get_u32(a->d + off); }
static uint64_t bu64(const struct bpf_attr_view *a, unsigned off) { return get_u64(a->d + off); }
/* A field the kernel writes back (a log's true size): as the exit record
 * has it (strace reads the attr again at exit), else as passed */
static uint32_t bu32_exit(const struct bpf_attr_view *a, unsigned off)
{
	const struct call *c = a->c;
	const struct blob_ref *o = c ? &c->out[1] : NULL;
	if (o && c->exiting && o->b && !(o->b->flags & SCT_BF_FAULT) && o->b->len >= off + 4)
		return get_u32(o->data + off);
	return bu32(a, off);
}

static void bfd(struct emit *e, const char *key, const struct bpf_attr_view *a, unsigned off)
{
	emit_int(e, key, (int32_t)bu32(a, off));
	/* -y: the fds BPF resolved at these offsets (fdpath.c's fd_lists) */
	static const unsigned offs[] = { 0, 20, 48, 72, 76, 112, 144 };
	for (unsigned k = 0; a->c && k < sizeof(offs) / sizeof(offs[0]); k++)
		if (off == offs[k])
			emit_fd_path(e, a->c, key, 1, 1 + (int)k);
}

static void bpf_map_create(struct emit *e, const struct bpf_attr_view *a)
{
	unsigned len = a->len;
	EMIT_INDEXED(e, "map_type", bpf_map_type_names, bu32(a, 0), "BPF_MAP_TYPE_???");
	emit_uint(e, "key_size", bu32(a, 4));
	emit_uint(e, "value_size", bu32(a, 8));
	emit_uint(e, "max_entries", bu32(a, 12));
	if (len <= 16) return;
	emit_flags(e, "map_flags", bpf_map_flags, bu32(a, 16), "BPF_F_???");
	if (len <= 20) return;
	bfd(e, "inner_map_fd", a, 20);
	if (len <= 24) return;
	if (bu32(a, 16) & K_BPF_F_NUMA_NODE) {
		/* strace's verbose style: the number, NUMA_NO_NODE as a comment */
		uint32_t node = bu32(a, 24);
		const char *name = lookup_value(numa_nodes, node);
		char buf[64];
		if (name && decode_opts.xlat != XLAT_RAW) {
			snprintf(buf, sizeof(buf), "%u /* %s */", node, name);
			emit_sym(e, "numa_node", buf);
		} else {
			emit_uint(e, "numa_node", node);
		}
	}
	if (len <= 28) return;
	emit_cstring_sz(e, "map_name", a->d + 28, len - 28 < 16 ? len - 28 : 16);
	if (len <= 44) return;
	emit_ifindex(e, "map_ifindex", bu32(a, 44));
	if (len <= 48) return;
	bfd(e, "btf_fd", a, 48);
	emit_uint(e, "btf_key_type_id", bu32(a, 52));
	emit_uint(e, "btf_value_type_id", bu32(a, 56));
	if (len <= 60) return;
	emit_uint(e, "btf_vmlinux_value_type_id", bu32(a, 60));
	if (len <= 64) return;
	emit_uint(e, "map_extra", bu64(a, 64));
	if (len <= 72) return;
	bfd(e, "value_type_btf_obj_fd", a, 72);
	if (len <= 76) return;
	bfd(e, "map_token_fd", a, 76);
	if (len <= 80) return;
	emit_addr64(e, "excl_prog_hash", bu64(a, 80));
	emit_uint(e, "excl_prog_hash_size", bu32(a, 88));
}

static void bpf_elem(struct emit *e, const struct bpf_attr_view *a, int cmd)
{
	bfd(e, "map_fd", a, 0);
	emit_addr64(e, "key", bu64(a, 8));
	switch (cmd) {
	case 3:   /* BPF_MAP_DELETE_ELEM */
		return;
	case 4:   /* BPF_MAP_GET_NEXT_KEY */
		emit_addr64(e, "next_key", bu64(a, 16));
		return;
	case 2:   /* BPF_MAP_UPDATE_ELEM */
		emit_addr64(e, "value", bu64(a, 16));
		emit_flags(e, "flags", bpf_update_elem_flags, bu64(a, 24), "BPF_???");
		return;
	default:  /* lookup, lookup and delete */
		emit_addr64(e, "value", bu64(a, 16));
		if (a->len <= 24)
			return;
		emit_flags(e, "flags", bpf_lookup_elem_flags, bu64(a, 24), "BPF_???");
	}
}

static const struct flag_name ebpf_regs[] = {
	{ 0, "BPF_REG_0" }, { 1, "BPF_REG_1" }, { 2, "BPF_REG_2" }, { 3, "BPF_REG_3" },
	{ 4, "BPF_REG_4" }, { 5, "BPF_REG_5" }, { 6, "BPF_REG_6" }, { 7, "BPF_REG_7" },
	{ 8, "BPF_REG_8" }, { 9, "BPF_REG_9" }, { 10, "BPF_REG_10" },
	{ 0, NULL }
};

/* struct bpf_insn, as strace's print_ebpf_insn() */
static void emit_ebpf_insn_elem(struct emit *e, const uint8_t *p)
{
	char buf[256];
	/* its fields, each as -X says (BPF_ALU64|BPF_K|BPF_MOV, 0x7|0|0xb0) */
	ebpf_code_append(buf, sizeof(buf), 0, p[0]);
	emit_begin_struct(e, NULL);
	emit_sym(e, "code", buf);
	emit_xval(e, "dst_reg", ebpf_regs, p[1] & 0xf, "BPF_REG_???");
	emit_xval(e, "src_reg", ebpf_regs, p[1] >> 4, "BPF_REG_???");
	emit_int(e, "off", (int16_t)(p[2] | p[3] << 8));
	emit_hex(e, "imm", get_u32(p + 4));
	emit_end_struct(e);
}

static void bpf_prog_load(struct emit *e, const struct bpf_attr_view *a)
{
	unsigned len = a->len;
	char buf[96];
	EMIT_INDEXED(e, "prog_type", bpf_prog_type_names, bu32(a, 0), "BPF_PROG_TYPE_???");
	emit_uint(e, "insn_cnt", bu32(a, 4));
	/* the instructions (under -v), the license and the log: nested
	 * captures (BPF_NEST_*) */
	if (call_abbrev(a->c))
		emit_addr64(e, "insns", bu64(a, 8));
	else
		emit_nest_array(e, "insns", a->c, BPF_NEST_INSNS, bu64(a, 8), bu32(a, 4), 8,
				emit_ebpf_insn_elem);
	emit_nest_cstr(e, "license", a->c, BPF_NEST_LICENSE, bu64(a, 16), UINT64_MAX);
	if (len <= 24) return;
	emit_uint(e, "log_level", bu32(a, 24));
	emit_uint(e, "log_size", bu32(a, 28));
	emit_nest_cstr(e, "log_buf", a->c, BPF_NEST_LOG, bu64(a, 32), bu32(a, 28));
	if (len <= 40) return;
	uint32_t kv = bu32(a, 40);
	if (decode_opts.xlat == XLAT_RAW) {
		emit_hex(e, "kern_version", kv);
	} else {
		char num[16] = "";
		if (decode_opts.xlat == XLAT_VERBOSE)
			snprintf(num, sizeof(num), "%#x /* ", kv);
		snprintf(buf, sizeof(buf), "%sKERNEL_VERSION(%u, %u, %u)%s", num,
			 kv >> 16, (kv >> 8) & 0xff, kv & 0xff, *num ? " */" : "");
		emit_sym(e, "kern_version", buf);
	}
	if (len <= 44) return;
	emit_flags(e, "prog_flags", bpf_prog_flags, bu32(a, 44), "BPF_F_???");
	if (len <= 48) return;
	emit_cstring_sz(e, "prog_name", a->d + 48, len - 48 < 16 ? len - 48 : 16);
	if (len <= 64) return;
	emit_ifindex(e, "prog_ifindex", bu32(a, 64));
	if (len <= 68) return;
	EMIT_INDEXED(e, "expected_attach_type", bpf_attach_type_names, bu32(a, 68), "BPF_???");
	if (len <= 72) return;
	bfd(e, "prog_btf_fd", a, 72);
	emit_uint(e, "func_info_rec_size", bu32(a, 76));
	emit_addr64(e, "func_info", bu64(a, 80));
	emit_uint(e, "func_info_cnt", bu32(a, 88));
	emit_uint(e, "line_info_rec_size", bu32(a, 92));
	emit_addr64(e, "line_info", bu64(a, 96));
	emit_uint(e, "line_info_cnt", bu32(a, 104));
	if (len <= 108) return;
	emit_uint(e, "attach_btf_id", bu32(a, 108));
	if (len <= 112) return;
	bfd(e, "attach_prog_fd", a, 112);
	if (len <= 120) return;
	if (len <= 128) {
		emit_addr64(e, "fd_array", bu64(a, 120));
		return;
	}
	emit_uint(e, "core_relo_cnt", bu32(a, 116));
	emit_addr64(e, "fd_array", bu64(a, 120));
	emit_addr64(e, "core_relos", bu64(a, 128));
	emit_uint(e, "core_relo_rec_size", bu32(a, 136));
	if (len <= 140) return;
	emit_uint(e, "log_true_size", bu32_exit(a, 140));
	if (len <= 144) return;
	bfd(e, "prog_token_fd", a, 144);
	if (len <= 148) return;
	emit_uint(e, "fd_array_cnt", bu32(a, 148));
	if (len <= 152) return;
	emit_nest_bytes(e, "signature", a->c, BPF_NEST_SIGNATURE, bu64(a, 152), bu32(a, 160),
			EMIT_STR_HEX);
	emit_uint(e, "signature_size", bu32(a, 160));
	emit_int(e, "keyring_id", (int32_t)bu32(a, 164));
}

static void bpf_obj_pin(struct emit *e, const struct bpf_attr_view *a)
{
	emit_nest_cstr(e, "pathname", a->c, BPF_NEST_PATHNAME, bu64(a, 0), UINT64_MAX);
	bfd(e, "bpf_fd", a, 8);
	if (a->len <= 12) return;
	emit_flags(e, "file_flags", bpf_file_flags, bu32(a, 12), "BPF_F_???");
	if (a->len <= 16) return;
	if ((int32_t)bu32(a, 16) == -100 && decode_opts.xlat != XLAT_RAW)
		emit_sym(e, "path_fd", decode_opts.xlat == XLAT_VERBOSE ? "-100 /* AT_FDCWD */"
									: "AT_FDCWD");
	else
		bfd(e, "path_fd", a, 16);
}

static bool bpf_attach_by_ifindex(uint32_t type);

static void bpf_prog_attach(struct emit *e, const struct bpf_attr_view *a)
{
	uint32_t type = bu32(a, 8), flags = bu32(a, 12);
	if (bpf_attach_by_ifindex(type))
		emit_ifindex(e, "target_ifindex", bu32(a, 0));
	else
		bfd(e, "target_fd", a, 0);
	bfd(e, "attach_bpf_fd", a, 4);
	EMIT_INDEXED(e, "attach_type", bpf_attach_type_names, type, "BPF_???");
	emit_flags(e, "attach_flags", bpf_attach_flags, flags, "BPF_F_???");
	if (a->len <= 16) return;
	bfd(e, "replace_bpf_fd", a, 16);
	if (a->len <= 20) return;
	if (flags & K_BPF_F_ID)
		emit_uint(e, "relative_id", bu32(a, 20));
	else
		bfd(e, "relative_fd", a, 20);
	emit_uint(e, "expected_revision", bu64(a, 24));
}

static void bpf_prog_test_run(struct emit *e, const struct bpf_attr_view *a)
{
	emit_begin_struct(e, "test");
	bfd(e, "prog_fd", a, 0);
	emit_uint(e, "retval", bu32(a, 4));
	emit_uint(e, "data_size_in", bu32(a, 8));
	emit_uint(e, "data_size_out", bu32(a, 12));
	emit_addr64(e, "data_in", bu64(a, 16));
	emit_addr64(e, "data_out", bu64(a, 24));
	emit_uint(e, "repeat", bu32(a, 32));
	emit_uint(e, "duration", bu32(a, 36));
	if (a->len > 40) {
		emit_uint(e, "ctx_size_in", bu32(a, 40));
		emit_uint(e, "ctx_size_out", bu32(a, 44));
		emit_addr64(e, "ctx_in", bu64(a, 48));
		emit_addr64(e, "ctx_out", bu64(a, 56));
	}
	if (a->len > 64) {
		emit_flags(e, "flags", bpf_test_run_flags, bu32(a, 64), "BPF_F_TEST_???");
		emit_uint(e, "cpu", bu32(a, 68));
	}
	if (a->len > 72)
		emit_uint(e, "batch_size", bu32(a, 72));
	emit_end_struct(e);
}

static const struct flag_name bpf_query_flags[] = {
	{ 1U << 0, "BPF_F_QUERY_EFFECTIVE" },
	{ 0, NULL }
};

static const struct flag_name bpf_btf_load_flags[] = {
	{ 1U << 16, "BPF_F_TOKEN_FD" },
	{ 0, NULL }
};

static const struct flag_name bpf_task_fd_types[] = {
	{ 0, "BPF_FD_TYPE_RAW_TRACEPOINT" }, { 1, "BPF_FD_TYPE_TRACEPOINT" },
	{ 2, "BPF_FD_TYPE_KPROBE" }, { 3, "BPF_FD_TYPE_KRETPROBE" },
	{ 4, "BPF_FD_TYPE_UPROBE" }, { 5, "BPF_FD_TYPE_URETPROBE" },
	{ 0, NULL }
};

static bool bpf_attach_by_ifindex(uint32_t type)
{
	return type == K_BPF_TCX_INGRESS || type == K_BPF_TCX_EGRESS || type == K_BPF_XDP ||
	       type == K_BPF_NETKIT_PRIMARY || type == K_BPF_NETKIT_PEER;
}

/* elements of BPF_LINK_CREATE's arrays */
static void emit_iter_info_elem(struct emit *e, const uint8_t *p)
{
	emit_begin_struct(e, NULL);
	emit_begin_struct(e, "map");
	emit_int(e, "map_fd", (int32_t)get_u32(p));
	emit_end_struct(e);
	emit_end_struct(e);
}

static void emit_u32_elem(struct emit *e, const uint8_t *p)
{
	emit_uint(e, NULL, get_u32(p));
}

static void emit_x64_elem(struct emit *e, const uint8_t *p)
{
	emit_hex(e, NULL, get_u64(p));
}

/* An id array the kernel fills (prog_ids, link_ids, ...): "[]" when it
 * has no room, else its address (BPF does not follow the pointer) */
static void emit_bpf_id_array(struct emit *e, const char *key, uint64_t p, uint32_t cnt)
{
	if (p && !cnt) {
		emit_begin_array(e, key);
		emit_end_array(e);
	} else {
		emit_addr64(e, key, p);
	}
}

static void bpf_prog_query(struct emit *e, const struct bpf_attr_view *a)
{
	uint32_t type = bu32(a, 4), cnt = bu32(a, 24);
	emit_begin_struct(e, "query");
	if (bpf_attach_by_ifindex(type))
		emit_uint(e, "target_ifindex", bu32(a, 0));
	else
		bfd(e, "target_fd", a, 0);
	EMIT_INDEXED(e, "attach_type", bpf_attach_type_names, type, "BPF_???");
	emit_flags(e, "query_flags", bpf_query_flags, bu32(a, 8), "BPF_F_QUERY_???");
	emit_flags(e, "attach_flags", bpf_attach_flags, bu32(a, 12), "BPF_F_???");
	emit_bpf_id_array(e, "prog_ids", bu64(a, 16), cnt);
	emit_uint(e, "prog_cnt", cnt);
	if (a->len > 32)
		emit_bpf_id_array(e, "prog_attach_flags", bu64(a, 32), cnt);
	if (a->len > 40) {
		emit_bpf_id_array(e, "link_ids", bu64(a, 40), cnt);
		emit_bpf_id_array(e, "link_attach_flags", bu64(a, 48), cnt);
		emit_hex(e, "revision", bu64(a, 56));
	}
	emit_end_struct(e);
}

/* BPF_MAP_*_BATCH: which fields each prints */
static void bpf_batch(struct emit *e, const struct bpf_attr_view *a, unsigned cmd)
{
	bool lookup = cmd == 24 || cmd == 25, del = cmd == 27;
	emit_begin_struct(e, "batch");
	if (lookup) {
		emit_addr64(e, "in_batch", bu64(a, 0));
		emit_addr64(e, "out_batch", bu64(a, 8));
	}
	emit_addr64(e, "keys", bu64(a, 16));
	if (!del)
		emit_addr64(e, "values", bu64(a, 24));
	emit_uint(e, "count", bu32(a, 32));
	bfd(e, "map_fd", a, 36);
	emit_flags(e, "elem_flags", cmd == 26 ? bpf_update_elem_flags : bpf_lookup_elem_flags,
		   bu64(a, 40), "BPF_???");
	emit_hex(e, "flags", bu64(a, 48));
	emit_end_struct(e);
}

static const struct flag_name bpf_kprobe_multi_flags[] = {
	{ 1U << 0, "BPF_F_KPROBE_MULTI_RETURN" },
	{ 0, NULL }
};

static const struct flag_name bpf_uprobe_multi_flags[] = {
	{ 1U << 0, "BPF_F_UPROBE_MULTI_RETURN" },
	{ 0, NULL }
};

static const struct flag_name bpf_netfilter_flags[] = {
	{ 1U << 0, "BPF_F_NETFILTER_IP_DEFRAG" },
	{ 0, NULL }
};

/* relative_fd or relative_id, and the expected revision, at `off` */
static void bpf_relative(struct emit *e, const char *key, const struct bpf_attr_view *a,
			 unsigned off, uint32_t flags)
{
	emit_begin_struct(e, key);
	if (flags & K_BPF_F_ID)
		emit_uint(e, "relative_id", bu32(a, off));
	else
		bfd(e, "relative_fd", a, off);
	emit_hex(e, "expected_revision", bu64(a, off + 8));
	emit_end_struct(e);
}

/* BPF_LINK_CREATE: the common head, then the union member the attach
 * type selects (arrays and strings behind pointers: their addresses).
 * Returns the attr size strace knows for that member. */
static unsigned bpf_link_create(struct emit *e, const struct bpf_attr_view *a)
{
	uint32_t type = bu32(a, 8), flags = bu32(a, 12);
	unsigned size = 16;

	emit_begin_struct(e, "link_create");
	bfd(e, "prog_fd", a, 0);
	if (bpf_attach_by_ifindex(type))
		emit_ifindex(e, "target_ifindex", bu32(a, 4));
	else
		bfd(e, "target_fd", a, 4);
	EMIT_INDEXED(e, "attach_type", bpf_attach_type_names, type, "BPF_???");
	emit_flags(e, "flags", bpf_attach_flags, flags, "BPF_F_???");
	if (a->len <= 16) {
		emit_end_struct(e);
		return size;
	}
	switch (type) {
	case 0: case 1: case 2: case 3: case 6: case 8: case 9: case 10: case 11:
	case 12: case 13: case 14: case 15: case 18: case 19: case 20: case 21: case 22:
	case 29: case 30: case 31: case 32: case 34: case 49: case 50: case 51: case 52:
	case 53:   /* the cgroup attach types */
		if (flags & ((1U << 3) | (1U << 4))) {   /* BPF_F_BEFORE, BPF_F_AFTER */
			bpf_relative(e, "cgroup", a, 16, flags);
			size = 32;
		} else {
			if (bu32(a, 16))
				emit_uint(e, "target_btf_id", bu32(a, 16));
			size = 20;
		}
		break;
	case 28:   /* BPF_TRACE_ITER */
		emit_nest_array(e, "iter_info", a->c, BPF_NEST_ITER_INFO, bu64(a, 16), bu32(a, 24), 4,
				emit_iter_info_elem);
		emit_uint(e, "iter_info_len", bu32(a, 24));
		size = 28;
		break;
	case 41:   /* BPF_PERF_EVENT */
		emit_begin_struct(e, "perf_event");
		emit_hex(e, "bpf_cookie", bu64(a, 16));
		emit_end_struct(e);
		size = 24;
		break;
	case 24: case 25: case 26: case 27: case 58:   /* fentry, fexit, ... */
		emit_begin_struct(e, "tracing");
		emit_uint(e, "target_btf_id", bu32(a, 16));
		emit_hex(e, "cookie", bu64(a, 24));
		emit_end_struct(e);
		size = 32;
		break;
	case 45:   /* BPF_NETFILTER */
		emit_begin_struct(e, "netfilter");
		emit_uint(e, "pf", bu32(a, 16));
		emit_uint(e, "hooknum", bu32(a, 20));
		emit_int(e, "priority", (int32_t)bu32(a, 24));
		emit_flags(e, "flags", bpf_netfilter_flags, bu32(a, 28), "BPF_F_NETFILTER_???");
		emit_end_struct(e);
		size = 32;
		break;
	case K_BPF_TCX_INGRESS: case K_BPF_TCX_EGRESS:
		bpf_relative(e, "tcx", a, 16, flags);
		size = 32;
		break;
	case K_BPF_NETKIT_PRIMARY: case K_BPF_NETKIT_PEER:
		bpf_relative(e, "netkit", a, 16, flags);
		size = 32;
		break;
	case 42: {  /* BPF_TRACE_KPROBE_MULTI */
		uint32_t cnt = bu32(a, 20);
		emit_begin_struct(e, "kprobe_multi");
		emit_flags(e, "flags", bpf_kprobe_multi_flags, bu32(a, 16), "BPF_F_KPROBE_MULTI_???");
		emit_uint(e, "cnt", cnt);
		emit_nest_str_array(e, "syms", a->c, BPF_NEST_KPM_SYMS, bu64(a, 24), cnt);
		emit_nest_array(e, "addrs", a->c, BPF_NEST_KPM_ADDRS, bu64(a, 32), cnt, 8, emit_x64_elem);
		emit_nest_array(e, "cookies", a->c, BPF_NEST_KPM_COOKIES, bu64(a, 40), cnt, 8,
				emit_x64_elem);
		emit_end_struct(e);
		size = 48;
		break;
	}
	case 48: {  /* BPF_TRACE_UPROBE_MULTI */
		uint32_t cnt = bu32(a, 48);
		emit_begin_struct(e, "uprobe_multi");
		emit_addr64(e, "path", bu64(a, 16));
		emit_bpf_id_array(e, "offsets", bu64(a, 24), cnt);
		emit_bpf_id_array(e, "ref_ctr_offsets", bu64(a, 32), cnt);
		emit_bpf_id_array(e, "cookies", bu64(a, 40), cnt);
		emit_uint(e, "cnt", cnt);
		emit_flags(e, "flags", bpf_uprobe_multi_flags, bu32(a, 52), "BPF_F_UPROBE_MULTI_???");
		emit_uint(e, "pid", bu32(a, 56));
		if (a->len > 60)
			bfd(e, "path_fd", a, 60);
		emit_end_struct(e);
		size = 64;
		break;
	}
	case 59: case 60: case 61: {  /* BPF_TRACE_F*_MULTI */
		uint32_t cnt = bu32(a, 32);
		emit_begin_struct(e, "tracing_multi");
		emit_nest_array(e, "ids", a->c, BPF_NEST_TM_IDS, bu64(a, 16), cnt, 4, emit_u32_elem);
		emit_nest_array(e, "cookies", a->c, BPF_NEST_TM_COOKIES, bu64(a, 24), cnt, 8,
				emit_x64_elem);
		emit_uint(e, "cnt", cnt);
		emit_end_struct(e);
		size = 36;
		break;
	}
	}
	emit_end_struct(e);
	return size;
}

/*
 * strace's decode_attr_extra_data(): bytes past the `known` ones that are
 * not all zero: "..." (abbreviated), else all of them in hex and where
 * they lie
 */
static void emit_extra_data(struct emit *e, const struct call *c, const uint8_t *d,
			    unsigned known, unsigned size)
{
	unsigned k;
	for (k = known; k < size && !d[k]; k++)
		;
	if (k >= size)
		return;
	if (call_abbrev(c)) {
		emit_more(e);
		return;
	}
	static char hex[4 * BPF_ATTR_CAP + 3];
	static const char digits[] = "0123456789abcdef";
	size_t n = 0;
	char cmt[48];
	hex[n++] = '"';
	for (unsigned m = known; m < size && n + 6 < sizeof(hex); m++) {
		hex[n++] = '\\';
		hex[n++] = 'x';
		hex[n++] = digits[d[m] >> 4];
		hex[n++] = digits[d[m] & 15];
	}
	hex[n++] = '"';
	hex[n] = '\0';
	emit_sym(e, "extra_data", hex);
	snprintf(cmt, sizeof(cmt), "bytes %u..%u", known, size - 1);
	emit_comment(e, cmt);
}

/* a 64-bit dev_t field, as strace's PRINT_FIELD_DEV: split as glibc's
 * major()/minor() do (-X raw: the number; -X verbose: both) */
static void emit_kdev(struct emit *e, const char *key, uint64_t d)
{
	char num[24], sym[64];
	unsigned major = ((d >> 8) & 0xfff) | ((d >> 32) & 0xfffff000u);
	unsigned minor = (d & 0xff) | ((d >> 12) & 0xffffff00u);
	hex_append(num, sizeof(num), 0, d);
	snprintf(sym, sizeof(sym), "makedev(%#x, %#x)", major, minor);
	emit_num_sym(e, key, num, sym);
}

static void bpf_map_info(struct emit *e, const struct call *c, const uint8_t *in, unsigned size)
{
	unsigned len = size < K_BPF_MAP_INFO_SIZE ? size : K_BPF_MAP_INFO_SIZE;
	struct bpf_attr_view v = { in, len, NULL };
	emit_begin_struct(e, "info");
	EMIT_INDEXED(e, "type", bpf_map_type_names, bu32(&v, 0), "BPF_MAP_TYPE_???");
	emit_uint(e, "id", bu32(&v, 4));
	emit_uint(e, "key_size", bu32(&v, 8));
	emit_uint(e, "value_size", bu32(&v, 12));
	emit_uint(e, "max_entries", bu32(&v, 16));
	emit_flags(e, "map_flags", bpf_map_flags, bu32(&v, 20), "BPF_F_???");
	if (len <= 24) goto end;
	emit_cstring_sz(e, "name", in + 24, 16);
	if (len <= 40) goto end;
	emit_ifindex(e, "ifindex", bu32(&v, 40));
	emit_uint(e, "btf_vmlinux_value_type_id", bu32(&v, 44));
	emit_kdev(e, "netns_dev", bu64(&v, 48));
	emit_uint(e, "netns_ino", bu64(&v, 56));
	if (len <= 64) goto end;
	emit_uint(e, "btf_id", bu32(&v, 64));
	emit_uint(e, "btf_key_type_id", bu32(&v, 68));
	emit_uint(e, "btf_value_type_id", bu32(&v, 72));
	/* strace prints btf_vmlinux_id (76) along with map_extra (80) */
	if (len <= 80) goto end;
	emit_uint(e, "btf_vmlinux_id", bu32(&v, 76));
	emit_hex(e, "map_extra", bu64(&v, 80));
	if (len <= 88) goto end;
	emit_hex(e, "hash", bu64(&v, 88));
	emit_uint(e, "hash_size", bu32(&v, 96));
	emit_extra_data(e, c, in, K_BPF_MAP_INFO_SIZE, size);
end:
	emit_end_struct(e);
}

/* strace's print_boottime(): a boot-time stamp (ns) as the wall-clock
 * second it approximately was, in a comment (not under -X raw) */
static void emit_boottime_comment(struct emit *e, uint64_t ns)
{
	static struct timespec off;
	struct timespec boot, rtc;
	if (decode_opts.xlat == XLAT_RAW)
		return;
	if (!off.tv_sec) {
		if (clock_gettime(CLOCK_BOOTTIME, &boot) || clock_gettime(CLOCK_REALTIME, &rtc))
			return;
		off.tv_sec = rtc.tv_sec - boot.tv_sec;
		off.tv_nsec = rtc.tv_nsec - boot.tv_nsec;
		if (off.tv_nsec < 0) {
			off.tv_sec--;
			off.tv_nsec += 1000000000;
		}
	}
	time_t t = (time_t)(ns / 1000000000) + off.tv_sec +
		   (time_t)((ns % 1000000000 + (uint64_t)off.tv_nsec) / 1000000000);
	struct tm tm;
	char buf[64], zone[16];
	if (!localtime_r(&t, &tm))
		return;
	strftime(buf, sizeof(buf) - sizeof(zone), "%FT%T", &tm);
	strftime(zone, sizeof(zone), "%z", &tm);
	strcat(buf, zone);
	emit_comment(e, buf);
}

/* a field the kernel may have changed: "before => after" */
static void emit_u32_changed(struct emit *e, const char *key, uint32_t was, uint32_t now)
{
	if (was != now) {
		emit_uint(e, key, was);
		emit_changed(e);
		emit_uint(e, key, now);   /* JSON: key_out */
	} else {
		emit_uint(e, key, now);
	}
}

static void emit_addr_changed(struct emit *e, const char *key, uint64_t was, uint64_t now)
{
	if (was != now) {
		emit_addr64(e, key, was);
		emit_changed(e);
		emit_addr64(e, key, now);
	} else {
		emit_addr64(e, key, now);
	}
}

/*
 * struct bpf_prog_info as strace's print_bpf_prog_info(): `out` (size
 * bytes) as the call left it, `was` the fields as they were passed (the
 * entry record's copy; zeros when it could not be read), and the arrays
 * behind its pointers (BPF_NEST_INFO_*, read at exit) as long as both
 * counts allow.
 */
static void bpf_prog_info(struct emit *e, const struct call *c, const uint8_t *out,
			  unsigned size, const uint8_t *was)
{
	unsigned len = size < K_BPF_PROG_INFO_SIZE ? size : K_BPF_PROG_INFO_SIZE;
	struct bpf_attr_view v = { out, len, NULL }, w = { was, K_BPF_PROG_INFO_SIZE, NULL };
	uint32_t n0, n1;
	emit_begin_struct(e, "info");
	EMIT_INDEXED(e, "type", bpf_prog_type_names, bu32(&v, 0), "BPF_PROG_TYPE_???");
	emit_uint(e, "id", bu32(&v, 4));
	emit_str(e, "tag", out + 8, 8, EMIT_STR_HEX);
	emit_u32_changed(e, "jited_prog_len", bu32(&w, 16), bu32(&v, 16));
	emit_nest_bytes(e, "jited_prog_insns", c, BPF_NEST_INFO_JITED, bu64(&v, 24), bu32(&v, 16),
			EMIT_STR_HEX);
	n0 = bu32(&w, 20);
	n1 = bu32(&v, 20);
	emit_u32_changed(e, "xlated_prog_len", n0, n1);
	emit_nest_array(e, "xlated_prog_insns", c, BPF_NEST_INFO_XLATED, bu64(&v, 32),
			(n0 < n1 ? n0 : n1) / 8, 8, emit_ebpf_insn_elem);
	if (len <= 40) goto end;
	emit_uint(e, "load_time", bu64(&v, 40));
	emit_boottime_comment(e, bu64(&v, 40));
	if (bu32(&v, 48) == UINT32_MAX)
		emit_int(e, "created_by_uid", -1);
	else
		emit_uint(e, "created_by_uid", bu32(&v, 48));
	n0 = bu32(&w, 52);
	n1 = bu32(&v, 52);
	emit_u32_changed(e, "nr_map_ids", n0, n1);
	emit_nest_array(e, "map_ids", c, BPF_NEST_INFO_MAP_IDS, bu64(&v, 56), n0 < n1 ? n0 : n1, 4,
			emit_u32_elem);
	emit_cstring_sz(e, "name", out + 64, 16);
	if (len <= 80) goto end;
	emit_ifindex(e, "ifindex", bu32(&v, 80));
	emit_uint(e, "gpl_compatible", bu32(&v, 84) & 1);
	emit_kdev(e, "netns_dev", bu64(&v, 88));
	emit_uint(e, "netns_ino", bu64(&v, 96));
	if (len <= 104) goto end;
	emit_u32_changed(e, "nr_jited_ksyms", bu32(&w, 104), bu32(&v, 104));
	emit_u32_changed(e, "nr_jited_func_lens", bu32(&w, 108), bu32(&v, 108));
	emit_addr_changed(e, "jited_ksyms", bu64(&w, 112), bu64(&v, 112));
	emit_addr_changed(e, "jited_func_lens", bu64(&w, 120), bu64(&v, 120));
	if (len <= 128) goto end;
	emit_uint(e, "btf_id", bu32(&v, 128));
	emit_u32_changed(e, "func_info_rec_size", bu32(&w, 132), bu32(&v, 132));
	emit_addr64(e, "func_info", bu64(&v, 136));
	emit_u32_changed(e, "nr_func_info", bu32(&w, 144), bu32(&v, 144));
	emit_u32_changed(e, "nr_line_info", bu32(&w, 148), bu32(&v, 148));
	emit_addr64(e, "line_info", bu64(&v, 152));
	emit_addr_changed(e, "jited_line_info", bu64(&w, 160), bu64(&v, 160));
	emit_u32_changed(e, "nr_jited_line_info", bu32(&w, 168), bu32(&v, 168));
	emit_u32_changed(e, "line_info_rec_size", bu32(&w, 172), bu32(&v, 172));
	emit_u32_changed(e, "jited_line_info_rec_size", bu32(&w, 176), bu32(&v, 176));
	emit_u32_changed(e, "nr_prog_tags", bu32(&w, 180), bu32(&v, 180));
	emit_addr64(e, "prog_tags", bu64(&v, 184));
	if (len <= 192) goto end;
	emit_uint(e, "run_time_ns", bu64(&v, 192));
	emit_uint(e, "run_cnt", bu64(&v, 200));
	if (len <= 208) goto end;
	emit_uint(e, "recursion_misses", bu64(&v, 208));
	if (len <= 216) goto end;
	emit_uint(e, "verified_insns", bu32(&v, 216));
	if (len <= 220) goto end;
	emit_uint(e, "attach_btf_obj_id", bu32(&v, 220));
	emit_uint(e, "attach_btf_id", bu32(&v, 224));
	emit_extra_data(e, c, out, K_BPF_PROG_INFO_SIZE, size);
end:
	emit_end_struct(e);
}

/* The info's blob (rule BPF_NEST_INFO) in record r, when it holds the
 * `size` bytes strace would read (umoven: all or nothing; past the
 * capture's 256 bytes, zeros) */
static bool bpf_info_blob(const struct sct_syscall *r, unsigned size, struct blob_ref *out)
{
	return size && size <= BPF_ATTR_CAP &&
	       record_blob(r, SCT_NEST_ARG, SCT_CAP_NEST, BPF_NEST_INFO, out) &&
	       !(out->b->flags & (SCT_BF_FAULT | SCT_BF_PARTIAL)) &&
	       (out->b->len >= size || (out->b->flags & SCT_BF_TRUNC));
}

/*
 * BPF_OBJ_GET_INFO_BY_FD's info (a nested capture, at entry as passed
 * and at exit as long as the info_len then): strace shows a map's struct
 * bpf_map_info and a program's struct bpf_prog_info at exit under -v,
 * knowing the object by the fd's file (here: -y's, resolved in the
 * kernel; without -y, or for other objects, the address).
 */
static void bpf_obj_info(struct emit *e, const struct bpf_attr_view *a)
{
	const struct call *c = a->c;
	uint64_t p = bu64(a, 8);
	const struct blob_ref *f = c ? call_fdpath(c, 1, 1) : NULL;
	static const char map[] = "anon_inode:bpf-map", prog[] = "anon_inode:bpf-prog";
	int kind = 0;
	if (f && f->b->len == sizeof(map) - 1 && !memcmp(f->data, map, sizeof(map) - 1))
		kind = 1;
	else if (f && f->b->len == sizeof(prog) - 1 && !memcmp(f->data, prog, sizeof(prog) - 1))
		kind = 2;
	unsigned size = c ? bu32_exit(a, 4) : 0;
	struct blob_ref r, in;
	if (!c || !c->exiting || call_abbrev(c) || !kind || !bpf_info_blob(c->rec, size, &r)) {
		emit_addr64(e, "info", p);
		return;
	}
	static uint8_t buf[BPF_ATTR_CAP], was[K_BPF_PROG_INFO_SIZE];
	memset(buf, 0, sizeof(buf));
	memcpy(buf, r.data, r.b->len < size ? r.b->len : size);
	if (kind == 1) {
		bpf_map_info(e, c, buf, size);
		return;
	}
	/* the fields as passed: what strace read at entry (nothing when it
	 * could not read all info_len bytes then) */
	memset(was, 0, sizeof(was));
	if (bpf_info_blob(c->entry_rec, bu32(a, 4), &in))
		memcpy(was, in.data, in.b->len < sizeof(was) ? in.b->len : sizeof(was));
	bpf_prog_info(e, c, buf, size, was);
}

/* The attr's size per decoded command (what strace knows of it); bytes
 * past it that are not zero show as "..." */
static unsigned bpf_decode_cmd(struct emit *e, const struct bpf_attr_view *a, unsigned cmd)
{
	switch (cmd) {
	case 0: bpf_map_create(e, a); return 92;
	case 1: case 21: bpf_elem(e, a, 1); return 32;
	case 2: bpf_elem(e, a, 2); return 32;
	case 3: bpf_elem(e, a, 3); return 16;
	case 4: bpf_elem(e, a, 4); return 24;
	case 5: bpf_prog_load(e, a); return 168;
	case 6: case 7: bpf_obj_pin(e, a); return 20;
	case 8: case 9: bpf_prog_attach(e, a); return 32;
	case 10: bpf_prog_test_run(e, a); return 76;
	case 11: case 12: case 23: case 31:   /* *_GET_NEXT_ID */
		emit_uint(e, "start_id", bu32(a, 0));
		emit_uint(e, "next_id", bu32(a, 4));
		return 8;
	case 13:
		emit_uint(e, "prog_id", bu32(a, 0));
		return 4;
	case 14:
		emit_uint(e, "map_id", bu32(a, 0));
		if (a->len > 8)
			emit_flags(e, "open_flags", bpf_file_mode_flags, bu32(a, 8), "BPF_F_???");
		return 12;
	case 19:
		emit_uint(e, "btf_id", bu32(a, 0));
		if (a->len > 8)
			emit_flags(e, "open_flags", bpf_file_mode_flags, bu32(a, 8), "BPF_F_???");
		if (a->len > 12)
			bfd(e, "fd_by_id_token_fd", a, 12);
		return 16;
	case 22:
		bfd(e, "map_fd", a, 0);
		return 4;
	case 16:
		bpf_prog_query(e, a);
		return 64;
	case 17:
		emit_begin_struct(e, "raw_tracepoint");
		emit_nest_cstr(e, "name", a->c, BPF_NEST_TP_NAME, bu64(a, 0), UINT64_MAX);
		bfd(e, "prog_fd", a, 8);
		if (a->len > 16)
			emit_hex(e, "cookie", bu64(a, 16));
		emit_end_struct(e);
		return 24;
	case 18:
		emit_nest_bytes(e, "btf", a->c, BPF_NEST_BTF, bu64(a, 0), bu32(a, 16), 0);
		emit_addr64(e, "btf_log_buf", bu64(a, 8));
		emit_uint(e, "btf_size", bu32(a, 16));
		emit_uint(e, "btf_log_size", bu32(a, 20));
		emit_uint(e, "btf_log_level", bu32(a, 24));
		if (a->len > 28)
			emit_uint(e, "btf_log_true_size", bu32_exit(a, 28));
		if (a->len > 32) {
			emit_flags(e, "btf_flags", bpf_btf_load_flags, bu32(a, 32), "BPF_F_???");
			bfd(e, "btf_token_fd", a, 36);
		}
		return 40;
	case 20:
		emit_begin_struct(e, "task_fd_query");
		emit_uint(e, "pid", bu32(a, 0));
		bfd(e, "fd", a, 4);
		emit_uint(e, "flags", bu32(a, 8));
		emit_uint(e, "buf_len", bu32(a, 12));
		emit_addr64(e, "buf", bu64(a, 16));
		emit_uint(e, "prog_id", bu32(a, 24));
		emit_xval(e, "fd_type", bpf_task_fd_types, bu32(a, 28), "BPF_FD_TYPE_???");
		emit_hex(e, "probe_offset", bu64(a, 32));
		emit_hex(e, "probe_addr", bu64(a, 40));
		emit_end_struct(e);
		return 48;
	case 24: case 25: case 26: case 27:
		bpf_batch(e, a, cmd);
		return 56;
	case 37:
		emit_begin_struct(e, "prog_stream_read");
		emit_nest_bytes(e, "stream_buf", a->c, BPF_NEST_STREAM_BUF, bu64(a, 0), bu32(a, 8), 0);
		emit_uint(e, "stream_buf_len", bu32(a, 8));
		emit_uint(e, "stream_id", bu32(a, 12));
		bfd(e, "prog_fd", a, 16);
		emit_end_struct(e);
		return 20;
	case 38:
		emit_begin_struct(e, "prog_assoc_struct_ops");
		bfd(e, "map_fd", a, 0);
		bfd(e, "prog_fd", a, 4);
		emit_hex(e, "flags", bu32(a, 8));
		emit_end_struct(e);
		return 12;
	case 28:
		return bpf_link_create(e, a);
	case 15:
		emit_begin_struct(e, "info");
		bfd(e, "bpf_fd", a, 0);
		emit_uint(e, "info_len", bu32(a, 4));
		{   /* the kernel writes back the length it filled */
			const struct blob_ref *o = &a->c->out[1];
			if (a->c->exiting && a->c->rec->ret == 0 && o->b && o->b != a->c->blob[1].b &&
			    !(o->b->flags & SCT_BF_FAULT) && o->b->len >= 8 &&
			    get_u32(o->data + 4) != bu32(a, 4)) {
				emit_changed(e);
				emit_uint(e, "info_len", get_u32(o->data + 4));
			}
		}
		bpf_obj_info(e, a);
		emit_end_struct(e);
		return 16;
	case 29:
		emit_begin_struct(e, "link_update");
		bfd(e, "link_fd", a, 0);
		bfd(e, "new_prog_fd", a, 4);
		emit_flags(e, "flags", bpf_attach_flags, bu32(a, 8), "BPF_F_???");
		if (bu32(a, 8) & K_BPF_F_REPLACE)
			bfd(e, "old_prog_fd", a, 12);
		emit_end_struct(e);
		return 16;
	case 30:
		emit_uint(e, "link_id", bu32(a, 0));
		return 4;
	case 32:
		emit_begin_struct(e, "enable_stats");
		emit_xval(e, "type", bpf_stats_types, bu32(a, 0), "BPF_STATS_???");
		emit_end_struct(e);
		return 4;
	case 33:
		emit_begin_struct(e, "iter_create");
		bfd(e, "link_fd", a, 0);
		emit_hex(e, "flags", bu32(a, 4));
		emit_end_struct(e);
		return 8;
	case 34:
		emit_begin_struct(e, "link_detach");
		bfd(e, "link_fd", a, 0);
		emit_end_struct(e);
		return 4;
	case 35:
		emit_begin_struct(e, "prog_bind_map");
		bfd(e, "prog_fd", a, 0);
		bfd(e, "map_fd", a, 4);
		emit_hex(e, "flags", bu32(a, 8));
		emit_end_struct(e);
		return 12;
	case 36:
		emit_begin_struct(e, "token_create");
		emit_hex(e, "flags", bu32(a, 0));
		bfd(e, "bpffs_fd", a, 4);
		emit_end_struct(e);
		return 8;
	}
	return 0;
}

static bool bpf_cmd_decoded(unsigned cmd)
{
	switch (cmd) {
	case 0 ... 38:
		return true;
	}
	return false;
}

static void sys_bpf(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned cmd = arg_uint(c, 0);
	uint32_t size = arg_uint(c, 2);
	uint64_t p = arg_u64(c, 1);

	switch (i) {
	case 0:
		EMIT_INDEXED(e, key, bpf_cmd_names, cmd, "BPF_???");
		return;
	case 2:
		emit_uint(e, key, size);
		return;
	case 1:
		break;
	default:
		return;
	}
	const struct blob_ref *r = call_blob(c, 1);
	if (!size || size > BPF_ATTR_CAP || !bpf_cmd_decoded(cmd) || !p || !r ||
	    r->b->len < size || !call_verbose(c)) {
		emit_ptr(e, key, p);
		return;
	}
	static uint8_t attr[BPF_ATTR_CAP + 256];
	memset(attr, 0, sizeof(attr));
	memcpy(attr, r->data, size);
	struct bpf_attr_view a = { attr, size, c };

	emit_begin_struct(e, key);
	unsigned attr_size = bpf_decode_cmd(e, &a, cmd);
	emit_extra_data(e, c, attr, attr_size, size);
	emit_end_struct(e);
}

/* ---------------------------------------------------------------- rows */


/*
 * A string read as a struct: BPF's string read fails whole when no NUL
 * comes before an unreadable page, where strace still shows the -s
 * characters it could read; a struct read keeps the readable start
 * (SCT_BF_PARTIAL), which emit_cstr_upto() searches for the NUL.  Good
 * for -s up to its size - 1.
 */
#define CAP_STR_PAGE CAP_IN(1024)

static void dec_module_str(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_cstr_upto(e, key, c, i, UINT64_MAX);
}

static void sys_init_module(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 2)
		dec_module_str(e, c, i, key);
	else
		decode_arg_kind(e, c, i, key);
}

const struct syscall_row decode_rows_kernel[] = {
	SYS(init_module, .arg = { A_PTR, A_UINT }, .decode = sys_init_module,
	    .cap = { [2] = CAP_STR_PAGE }),
	SYS(finit_module, .arg = { A_FD }, .decode = sys_finit_module,
	    .cap = { [1] = CAP_STR_PAGE }),
	SYS(delete_module, .decode = sys_delete_module, .cap = { [0] = CAP_STR_PAGE }),
	SYS(kexec_load, .arg = { A_PTR, A_UINT }, .decode = sys_kexec_load,
	    .cap = { [2] = CAP_IN(KEXEC_SEGS_CAP) }),
	SYS(kexec_file_load, .arg = { A_FD, A_FD, A_UINT, A_BUF_IN }, .lenarg = { [3] = 2 },
	    .decode = sys_kexec_file_load),
	SYS(reboot, .decode = sys_reboot, .cap = { [3] = CAP_IN_OPT(255) }),
	SYS(seccomp, .decode = sys_seccomp,
	    .cap = { [2] = CAP_DEREF_ARRAY(SECCOMP_ARG_CAP, 8, 0, 2, 8, 4096) }),
	SYS(landlock_create_ruleset, .arg = { A_PTR, A_UINT }, .decode = sys_landlock_create_ruleset, .ret = R_FD,
	    .cap = { [0] = { .kind = SCT_CAP_BUF_IN, .lenarg = 1, .size = RULESET_ATTR_MAX } }),
	SYS(landlock_add_rule, .arg = { A_FD }, .decode = sys_landlock_add_rule,
	    .cap = { [2] = CAP_IN(16) }),
	SYS(landlock_restrict_self, .arg = { A_FD }, .decode = sys_landlock_restrict_self),
	/* blocks: an entry record keeps the sizes as the caller passed them
	 * (the kernel writes the size back, even on failure) */
	SYS(lsm_get_self_attr, .decode = sys_lsm_get_self_attr, .blocks = 1, .entry_args = 1,
	    .cap = { [1] = CAP_IN(LSM_CTX_CAP), [2] = CAP_IN(4) }),
	SYS(lsm_set_self_attr, .decode = sys_lsm_set_self_attr, .cap = { [1] = CAP_IN(LSM_CTX_CAP) }),
	SYS(lsm_list_modules, .decode = sys_lsm_list_modules, .blocks = 1, .entry_args = 1,
	    .cap = { [0] = CAP_ARRAY_OUT(8), [1] = CAP_IN(4) }),
	SYS(add_key, .arg = { A_STR, A_STR, A_BUF_IN, A_UINT }, .lenarg = { [2] = 3 },
	    .decode = sys_add_key),
	SYS(request_key, .arg = { A_STR, A_STR, A_STR }, .decode = sys_request_key),
	SYS(keyctl, .decode = sys_keyctl,
	    .cap = { [1] = CAP_IN_OPT(KEYCTL_ARG_CAP), [2] = CAP_IN_OPT(KEYCTL_ARG_CAP),
		     [3] = CAP_IN_OPT(KEYCTL_ARG_CAP), [4] = CAP_IN_OPT(KEYCTL_ARG_CAP) }),
	SYS(syslog, .decode = sys_syslog, .blocks = 1, .entry_args = 1,
	    .cap = { [1] = CAP_BUF_OUT }),
	/* blocks: an entry record keeps the attr as the caller passed it
	 * (the kernel may write its size back) */
	SYS(perf_event_open, .arg = { A_NONE, A_INT, A_INT, A_FD }, .decode = sys_perf_event_open,
	    .blocks = 1, .cap = { [0] = CAP_IN(PERF_ATTR_CAP) }),
	/* blocks: an entry record keeps the attr as the caller passed it
	 * (BPF_OBJ_GET_INFO_BY_FD writes info_len back) */
	SYS(bpf, .decode = sys_bpf, .blocks = 1,
	    .cap = { [1] = { .kind = SCT_CAP_BUF_IN, .lenarg = 2, .size = BPF_ATTR_CAP } },
	    /* by command (argument 0), behind pointers in union bpf_attr */
	    .nest = {
		[BPF_NEST_LICENSE] = NEST_STR_IF(1, 16, 0, 5),          /* PROG_LOAD */
		/* the log buffer as it was passed (strace decodes the command
		 * at entry: what the verifier writes there is not shown) */
		[BPF_NEST_LOG] = NEST_STR_LEN_IF(1, 32, 28, 4, 0, 0, 5),
		/* OBJ_PIN (6) and OBJ_GET (7) */
		[BPF_NEST_PATHNAME] = { .mode = SCT_NEST_STR, .parent = 1, .ptr_off = 0,
					.sel_arg = 0, .sel_mask = ~1u, .sel_val = 6 },
		[BPF_NEST_TP_NAME] = NEST_STR_IF(1, 0, 0, 17),          /* RAW_TRACEPOINT_OPEN */
		[BPF_NEST_BTF] = NEST_COUNTED_IF(1, 0, 16, 4, 1, 0, 0, 18), /* BTF_LOAD */
		[BPF_NEST_SIGNATURE] = NEST_COUNTED_IF(1, 152, 160, 4, 1, 0, 0, 5), /* PROG_LOAD */
		/* PROG_STREAM_READ_BY_FD: what the kernel left there */
		[BPF_NEST_STREAM_BUF] = { .mode = SCT_NEST_BYTES, .flags = SCT_NEST_EXIT, .parent = 1,
					  .ptr_off = 0, .len_off = 8, .len_size = 4,
					  NEST_SEL(0, 37) },
		/* OBJ_GET_INFO_BY_FD: the info, as passed (entry) and as the
		 * call left it, as long as the info_len then (exit) */
		[BPF_NEST_INFO] = { .mode = SCT_NEST_BYTES, .parent = 1,
				    .ptr_off = 8, .len_off = 4, .len_size = 4, .max = 256,
				    NEST_SEL(0, 15) },
		/* ...and, at exit, a program's jited instructions (-s bytes),
		 * xlated instructions and map ids (struct bpf_prog_info) */
		[BPF_NEST_INFO_JITED] = { .mode = SCT_NEST_BYTES, .flags = SCT_NEST_EXIT,
					  .parent = SCT_NEST_RULE + BPF_NEST_INFO, .ptr_off = 24,
					  .len_off = 16, .len_size = 4, NEST_SEL(0, 15) },
		[BPF_NEST_INFO_XLATED] = { .mode = SCT_NEST_BYTES, .flags = SCT_NEST_EXIT,
					   .parent = SCT_NEST_RULE + BPF_NEST_INFO, .ptr_off = 32,
					   .len_off = 20, .len_size = 4, .elem = 1,
					   .max = SCT_BLOB_MAX, NEST_SEL(0, 15) },   /* 512 */
		[BPF_NEST_INFO_MAP_IDS] = { .mode = SCT_NEST_BYTES, .flags = SCT_NEST_EXIT,
					    .parent = SCT_NEST_RULE + BPF_NEST_INFO, .ptr_off = 56,
					    .len_off = 52, .len_size = 4, .elem = 4,
					    .max = 1024, NEST_SEL(0, 15) },
		/* LINK_CREATE (28): BPF_TRACE_ITER's iter_info (4-byte elements,
		 * iter_info_len), BPF_TRACE_KPROBE_MULTI's syms, addrs and
		 * cookies (cnt at 20), BPF_TRACE_F*_MULTI's ids and cookies
		 * (cnt at 32): read for any LINK_CREATE, printed by type */
		[BPF_NEST_ITER_INFO] = NEST_COUNTED_IF(1, 16, 24, 4, 4, SCT_NEST_ELEMS * 4, 0, 28),
		[BPF_NEST_KPM_SYMS] = { .mode = SCT_NEST_PTRS, .flags = SCT_NEST_AT_PTR | SCT_NEST_ELEM_STR,
					.parent = 1, .ptr_off = 24, .len_off = 20, .len_size = 4,
					NEST_SEL(0, 28) },
		[BPF_NEST_KPM_ADDRS] = NEST_COUNTED_IF(1, 32, 20, 4, 8, SCT_NEST_ELEMS * 8, 0, 28),
		[BPF_NEST_KPM_COOKIES] = NEST_COUNTED_IF(1, 40, 20, 4, 8, SCT_NEST_ELEMS * 8, 0, 28),
		[BPF_NEST_TM_IDS] = NEST_COUNTED_IF(1, 16, 32, 4, 4, SCT_NEST_ELEMS * 4, 0, 28),
		[BPF_NEST_TM_COOKIES] = NEST_COUNTED_IF(1, 24, 32, 4, 8, SCT_NEST_ELEMS * 8, 0, 28),
		[BPF_NEST_INSNS] = NEST_COUNTED_IF(1, 8, 4, 4, 8, SCT_BLOB_MAX, 0, 5),   /* 512 */
	    }),
	SYS_END
};

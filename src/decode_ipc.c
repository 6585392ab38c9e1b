// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the ipc family (SysV IPC, POSIX message queues, aio): each syscall's row, and its own decoder
 * where the row's kinds are not enough (strace 7.2's output is the format).
 *
 * x86_64 calls the SysV IPC syscalls directly (no ipc() multiplexer), and
 * the kernel's 64-bit IPC structs are the only layout.  BPF captures one
 * level: a struct an argument points to, never what that struct points to
 * (io_submit's iocbs); those print as strace prints
 * an address it cannot follow.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/io_uring.h>
#include <linux/ipc.h>
#include <linux/msg.h>
#include <linux/sem.h>
#include <linux/shm.h>
#include "decode_priv.h"
#include "unistd_extra.h"

/* ------------------------------------------------------------ tables */

static const struct flag_name ipc_private[] = {
	{ IPC_PRIVATE, "IPC_PRIVATE" },
	{ 0, NULL }
};

/* msgget, semget */
static const struct flag_name resource_flags[] = {
	{ IPC_CREAT, "IPC_CREAT" },
	{ IPC_EXCL, "IPC_EXCL" },
	{ IPC_NOWAIT, "IPC_NOWAIT" },
	{ 0, NULL }
};

static const struct flag_name shm_resource_flags[] = {
	{ IPC_CREAT, "IPC_CREAT" },
	{ IPC_EXCL, "IPC_EXCL" },
	{ SHM_HUGETLB, "SHM_HUGETLB" },
	{ SHM_NORESERVE, "SHM_NORESERVE" },
	{ 0, NULL }
};

static const struct flag_name shm_flags[] = {
	{ SHM_RDONLY, "SHM_RDONLY" },
	{ SHM_RND, "SHM_RND" },
	{ SHM_REMAP, "SHM_REMAP" },
	{ SHM_EXEC, "SHM_EXEC" },
	{ 0, NULL }
};

/* strace's order */
static const struct flag_name ipc_msg_flags[] = {
	{ MSG_NOERROR, "MSG_NOERROR" },
	{ MSG_EXCEPT, "MSG_EXCEPT" },
	{ MSG_COPY, "MSG_COPY" },
	{ IPC_NOWAIT, "IPC_NOWAIT" },
	{ 0, NULL }
};

static const struct flag_name semop_flags[] = {
	{ SEM_UNDO, "SEM_UNDO" },
	{ IPC_NOWAIT, "IPC_NOWAIT" },
	{ 0, NULL }
};

static const struct flag_name shmctl_cmds[] = {
	{ IPC_RMID, "IPC_RMID" },
	{ IPC_SET, "IPC_SET" },
	{ IPC_STAT, "IPC_STAT" },
	{ IPC_INFO, "IPC_INFO" },
	{ SHM_LOCK, "SHM_LOCK" },
	{ SHM_UNLOCK, "SHM_UNLOCK" },
	{ SHM_STAT, "SHM_STAT" },
	{ SHM_INFO, "SHM_INFO" },
	{ SHM_STAT_ANY, "SHM_STAT_ANY" },
	{ 0, NULL }
};

static const struct flag_name msgctl_cmds[] = {
	{ IPC_RMID, "IPC_RMID" },
	{ IPC_SET, "IPC_SET" },
	{ IPC_STAT, "IPC_STAT" },
	{ IPC_INFO, "IPC_INFO" },
	{ MSG_STAT, "MSG_STAT" },
	{ MSG_INFO, "MSG_INFO" },
	{ MSG_STAT_ANY, "MSG_STAT_ANY" },
	{ 0, NULL }
};

static const struct flag_name semctl_cmds[] = {
	{ IPC_RMID, "IPC_RMID" },
	{ IPC_SET, "IPC_SET" },
	{ IPC_STAT, "IPC_STAT" },
	{ IPC_INFO, "IPC_INFO" },
	{ GETPID, "GETPID" },
	{ GETVAL, "GETVAL" },
	{ GETALL, "GETALL" },
	{ GETNCNT, "GETNCNT" },
	{ GETZCNT, "GETZCNT" },
	{ SETVAL, "SETVAL" },
	{ SETALL, "SETALL" },
	{ SEM_STAT, "SEM_STAT" },
	{ SEM_INFO, "SEM_INFO" },
	{ SEM_STAT_ANY, "SEM_STAT_ANY" },
	{ 0, NULL }
};

static const struct flag_name mq_attr_flags[] = {
	{ O_NONBLOCK, "O_NONBLOCK" },
	{ 0, NULL }
};

static const struct flag_name aio_cmds[] = {
	{ IOCB_CMD_PREAD, "IOCB_CMD_PREAD" },
	{ IOCB_CMD_PWRITE, "IOCB_CMD_PWRITE" },
	{ IOCB_CMD_FSYNC, "IOCB_CMD_FSYNC" },
	{ IOCB_CMD_FDSYNC, "IOCB_CMD_FDSYNC" },
	{ 4, "IOCB_CMD_PREADX" },   /* never in the UAPI header's enum */
	{ IOCB_CMD_POLL, "IOCB_CMD_POLL" },
	{ IOCB_CMD_NOOP, "IOCB_CMD_NOOP" },
	{ IOCB_CMD_PREADV, "IOCB_CMD_PREADV" },
	{ IOCB_CMD_PWRITEV, "IOCB_CMD_PWRITEV" },
	{ 0, NULL }
};

static const struct flag_name rwf_flags[] = {
	{ 0x1, "RWF_HIPRI" },
	{ 0x2, "RWF_DSYNC" },
	{ 0x4, "RWF_SYNC" },
	{ 0x8, "RWF_NOWAIT" },
	{ 0x10, "RWF_APPEND" },
	{ 0x20, "RWF_NOAPPEND" },   /* linux/fs.h, 6.9 */
	{ 0x40, "RWF_ATOMIC" },     /* linux/fs.h, 6.11 */
	{ 0x80, "RWF_DONTCACHE" },  /* linux/fs.h, 6.14 */
	{ 0, NULL }
};

static const struct flag_name ioprio_classes[] = {
	{ 0, "IOPRIO_CLASS_NONE" },
	{ 1, "IOPRIO_CLASS_RT" },
	{ 2, "IOPRIO_CLASS_BE" },
	{ 3, "IOPRIO_CLASS_IDLE" },
	{ 0, NULL }
};

#define K_IPC_64 0x100   /* linux/ipc.h: the new-ABI bit of *ctl commands */

/* ------------------------------------------------------------ helpers */

/* strace's print_numeric_umode_t: "%#03o" */
static size_t umode_append(char *buf, size_t size, size_t len, unsigned mode)
{
	char tmp[16];
	snprintf(tmp, sizeof(tmp), "%#03o", mode);
	return str_append(buf, size, len, tmp);
}

/* A value or a flag set as text in the -X style: "IPC_STAT", "0x2",
 * "0x2 / * IPC_STAT * /" (for composite arguments built of several parts) */
static size_t xlat_text(char *buf, size_t size, size_t len, const struct flag_name *tab,
			uint64_t v, bool flags, const char *dflt)
{
	char names[FLAGS_BUF];
	names[0] = '\0';
	if (flags)
		flags_append(names, sizeof(names), 0, tab, v, dflt);
	else
		value_append(names, sizeof(names), 0, tab, v, dflt);
	if (decode_opts.xlat == XLAT_ABBREV)
		return str_append(buf, size, len, names);
	len = hex_append(buf, size, len, v);
	if (decode_opts.xlat == XLAT_VERBOSE && (flags || lookup_value(tab, v))) {
		len = str_append(buf, size, len, " /* ");
		len = str_append(buf, size, len, names);
		len = str_append(buf, size, len, " */");
	}
	return len;
}

/* IPC_CREAT|IPC_EXCL|0600: flag bits above the permission bits, then the
 * permissions in octal (whatever -X says) */
static void emit_ipc_flags_mode(struct emit *e, const char *key, const struct flag_name *tab,
				unsigned v)
{
	char buf[FLAGS_BUF];
	size_t len = 0;
	buf[0] = '\0';
	unsigned flags = v & ~0777u;
	if (flags) {
		len = xlat_text(buf, sizeof(buf), len, tab, flags, true, NULL);
		len = str_append(buf, sizeof(buf), len, "|");
	}
	umode_append(buf, sizeof(buf), len, v & 0777);
	emit_sym(e, key, buf);
}

/* the cmd of shmctl/msgctl/semctl: IPC_64|IPC_STAT */
static void emit_ipc_cmd(struct emit *e, const char *key, const struct flag_name *tab,
			 unsigned cmd, const char *dflt)
{
	static const struct flag_name ipc_64[] = { { K_IPC_64, "IPC_64" }, { 0, NULL } };
	if (!(cmd & K_IPC_64)) {
		emit_xval(e, key, tab, cmd, dflt);
		return;
	}
	char buf[160];
	size_t len = xlat_text(buf, sizeof(buf), 0, ipc_64, K_IPC_64, false, NULL);
	len = str_append(buf, sizeof(buf), len, "|");
	xlat_text(buf, sizeof(buf), len, tab, cmd & ~K_IPC_64, false, dflt);
	emit_sym(e, key, buf);
}

/* uid/gid: -1 or unsigned */
static void emit_id(struct emit *e, const char *key, uint32_t id)
{
	if (id == UINT32_MAX)
		emit_int(e, key, -1);
	else
		emit_uint(e, key, id);
}

/* A captured struct, as strace's umove_or_printaddr() would read it:
 * not under -e verbose=none (false: print the address) */
static bool ipc_struct(const struct call *c, int i, void *out, size_t size)
{
	return call_verbose(c) && call_struct(c, i, out, size);
}

/* {tv_sec=1, tv_nsec=2}: strace prints tv_nsec unsigned */
static void emit_timespec(struct emit *e, const char *key, const struct call *c, int i)
{
	int64_t t[2];
	if (!ipc_struct(c, i, t, sizeof(t))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_int(e, "tv_sec", t[0]);
	emit_uint(e, "tv_nsec", (uint64_t)t[1]);
	emit_end_struct(e);
}

/* ------------------------------------------------------------ SysV IPC */

/* struct ipc64_perm (asm-generic/ipcbuf.h, x86_64) */
struct k_ipc_perm {
	int32_t key;
	uint32_t uid, gid, cuid, cgid;
	uint32_t mode;
	uint16_t seq, pad2;
	uint64_t unused1, unused2;
};
struct k_shmid_ds {
	struct k_ipc_perm perm;
	uint64_t segsz, atime, dtime, ctime;
	int32_t cpid, lpid;
	uint64_t nattch, unused4, unused5;
};
struct k_msqid_ds {
	struct k_ipc_perm perm;
	uint64_t stime, rtime, ctime, cbytes, qnum, qbytes;
	int32_t lspid, lrpid;
	uint64_t unused4, unused5;
};
struct k_semid_ds {
	struct k_ipc_perm perm;
	uint64_t otime, unused1, ctime, unused2, nsems, unused3, unused4;
};
struct k_shminfo { uint64_t shmmax, shmmin, shmmni, shmseg, shmall, unused[4]; };
struct k_shm_info { int32_t used_ids; uint64_t shm_tot, shm_rss, shm_swp, swap_attempts, swap_successes; };
struct k_msginfo { int32_t msgpool, msgmap, msgmax, msgmnb, msgmni, msgssz, msgtql; uint16_t msgseg; };
struct k_seminfo { int32_t semmap, semmni, semmns, semmnu, semmsl, semopm, semume, semusz, semvmx, semaem; };
_Static_assert(sizeof(struct k_ipc_perm) == 48, "ipc64_perm");
_Static_assert(sizeof(struct k_shmid_ds) == 112, "shmid64_ds");
_Static_assert(sizeof(struct k_msqid_ds) == 120, "msqid64_ds");
_Static_assert(sizeof(struct k_semid_ds) == 104, "semid64_ds");

static void emit_ipc_perm(struct emit *e, const char *key, const struct k_ipc_perm *p, bool set)
{
	char buf[16];
	emit_begin_struct(e, key);
	emit_id(e, "uid", p->uid);
	emit_id(e, "gid", p->gid);
	umode_append(buf, sizeof(buf), 0, p->mode);
	emit_sym(e, "mode", buf);
	if (!set) {
		emit_uint(e, "key", (uint32_t)p->key);
		emit_id(e, "cuid", p->cuid);
		emit_id(e, "cgid", p->cgid);
	}
	emit_end_struct(e);
}

static void sys_shmget(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned v = arg_uint(c, 2);
	switch (i) {
	case 0: emit_xval(e, key, ipc_private, arg_uint(c, 0), NULL); break;
	case 1: emit_uint(e, key, arg_u64(c, 1)); break;
	case 2: {
		/* SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600 */
		unsigned huge_mask = (unsigned)SHM_HUGE_MASK << SHM_HUGE_SHIFT;
		unsigned flags = v & ~0777u & ~huge_mask, huge = (v & huge_mask) >> SHM_HUGE_SHIFT;
		char buf[FLAGS_BUF], tmp[40];
		size_t len = 0;
		buf[0] = '\0';
		if (flags) {
			len = xlat_text(buf, sizeof(buf), len, shm_resource_flags, flags, true, NULL);
			len = str_append(buf, sizeof(buf), len, "|");
		}
		if (huge) {
			if (decode_opts.xlat == XLAT_ABBREV)
				snprintf(tmp, sizeof(tmp), "%u<<SHM_HUGE_SHIFT|", huge);
			else if (decode_opts.xlat == XLAT_VERBOSE)
				snprintf(tmp, sizeof(tmp), "%u<<%u /* SHM_HUGE_SHIFT */|", huge,
					 SHM_HUGE_SHIFT);
			else
				snprintf(tmp, sizeof(tmp), "%u<<%u|", huge, SHM_HUGE_SHIFT);
			len = str_append(buf, sizeof(buf), len, tmp);
		}
		umode_append(buf, sizeof(buf), len, v & 0777);
		emit_sym(e, key, buf);
		break;
	}
	}
}

static void sys_shmat(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_int(e, key, arg_int(c, 0)); break;
	case 1: emit_ptr(e, key, arg_u64(c, 1)); break;
	case 2: emit_flags(e, key, shm_flags, arg_uint(c, 2), "SHM_???"); break;
	}
}

static enum ret_base ret_hex(const struct call *c) { (void)c; return RB_HEX; }

static void emit_shmid_ds(struct emit *e, const char *key, const struct call *c, int i, bool set)
{
	struct k_shmid_ds d;
	if (!ipc_struct(c, i, &d, sizeof(d))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_ipc_perm(e, "shm_perm", &d.perm, set);
	if (!set) {
		emit_uint(e, "shm_segsz", d.segsz);
		emit_int(e, "shm_cpid", d.cpid);
		emit_int(e, "shm_lpid", d.lpid);
		emit_uint(e, "shm_nattch", d.nattch);
		emit_uint(e, "shm_atime", d.atime);
		emit_uint(e, "shm_dtime", d.dtime);
		emit_uint(e, "shm_ctime", d.ctime);
	}
	emit_end_struct(e);
}

static void sys_shmctl(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned cmd = arg_uint(c, 1) & ~K_IPC_64;
	switch (i) {
	case 0: emit_int(e, key, arg_int(c, 0)); return;
	case 1: emit_ipc_cmd(e, key, shmctl_cmds, arg_uint(c, 1), "SHM_???"); return;
	}
	if (i != 2)
		return;
	switch (cmd) {
	case IPC_SET:
		emit_shmid_ds(e, key, c, 2, true);
		return;
	case IPC_STAT: case SHM_STAT: case SHM_STAT_ANY:
		if (call_ok(c)) {
			emit_shmid_ds(e, key, c, 2, false);
			return;
		}
		break;
	case IPC_INFO: {
		struct k_shminfo s;
		if (call_ok(c) && ipc_struct(c, 2, &s, sizeof(s))) {
			emit_begin_struct(e, key);
			emit_uint(e, "shmmax", s.shmmax);
			emit_uint(e, "shmmin", s.shmmin);
			emit_uint(e, "shmmni", s.shmmni);
			emit_uint(e, "shmseg", s.shmseg);
			emit_uint(e, "shmall", s.shmall);
			emit_end_struct(e);
			return;
		}
		break;
	}
	case SHM_INFO: {
		struct k_shm_info s;
		if (call_ok(c) && ipc_struct(c, 2, &s, sizeof(s))) {
			emit_begin_struct(e, key);
			emit_int(e, "used_ids", s.used_ids);
			emit_uint(e, "shm_tot", s.shm_tot);
			emit_uint(e, "shm_rss", s.shm_rss);
			emit_uint(e, "shm_swp", s.shm_swp);
			emit_uint(e, "swap_attempts", s.swap_attempts);
			emit_uint(e, "swap_successes", s.swap_successes);
			emit_end_struct(e);
			return;
		}
		break;
	}
	}
	emit_ptr(e, key, arg_u64(c, 2));
}

/* msgget(key, msgflg), semget(key, nsems, semflg) */
static void sys_msgget(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 0)
		emit_xval(e, key, ipc_private, arg_uint(c, 0), NULL);
	else if (i == 1)
		emit_ipc_flags_mode(e, key, resource_flags, arg_uint(c, 1));
}

static void sys_semget(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_xval(e, key, ipc_private, arg_uint(c, 0), NULL); break;
	case 1: emit_int(e, key, arg_int(c, 1)); break;
	case 2: emit_ipc_flags_mode(e, key, resource_flags, arg_uint(c, 2)); break;
	}
}

/*
 * {mtype=1, mtext="..."}: strace reads a struct msgbuf (16 bytes: the
 * mtype and the padded start of mtext), then min(count, -s + 1) bytes of
 * mtext, and prints the address of whichever read fails.  BPF reads a
 * page's worth (MSGBUF_CAP) and keeps the readable start of a faulting
 * read (SCT_BF_PARTIAL), which tells both reads apart.
 */
#define MSGBUF_CAP 4096
#define MSGBUF_HEAD 16
static void emit_msgbuf(struct emit *e, const char *key, const struct call *c, int i,
			uint64_t count)
{
	const struct blob_ref *r = call_verbose(c) ? call_blob(c, i) : NULL;
	uint64_t p = arg_u64(c, i);
	if (!r || r->b->len < MSGBUF_HEAD) {
		emit_ptr(e, key, p);
		return;
	}
	bool partial = r->b->flags & SCT_BF_PARTIAL;
	uint64_t text = r->b->len - 8;   /* mtext bytes captured */
	uint64_t shown = count < c->strsize ? count : c->strsize;
	uint64_t need = count > c->strsize ? shown + 1 : shown;
	int64_t mtype;
	memcpy(&mtype, r->data, 8);
	emit_begin_struct(e, key);
	emit_int(e, "mtype", mtype);
	if (need > text && partial) {
		emit_ptr(e, "mtext", p + 8);
	} else {
		/* past a complete capture only with a -s beyond it: its start */
		if (shown > text)
			shown = text;
		emit_str(e, "mtext", r->data + 8, shown, count > shown ? EMIT_STR_TRUNC : 0);
	}
	emit_end_struct(e);
}

static void sys_msgsnd(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_int(e, key, arg_int(c, 0)); break;
	case 1: emit_msgbuf(e, key, c, 1, arg_u64(c, 2)); break;
	case 2: emit_uint(e, key, arg_u64(c, 2)); break;
	case 3: emit_flags(e, key, ipc_msg_flags, arg_uint(c, 3), "MSG_???"); break;
	}
}

static void sys_msgrcv(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_int(e, key, arg_int(c, 0)); break;
	case 1:
		if (call_ok(c))
			emit_msgbuf(e, key, c, 1, arg_u64(c, 2));
		else
			emit_ptr(e, key, arg_u64(c, 1));
		break;
	case 2: emit_uint(e, key, arg_u64(c, 2)); break;
	case 3: emit_int(e, key, (int64_t)arg_u64(c, 3)); break;
	case 4: emit_flags(e, key, ipc_msg_flags, arg_uint(c, 4), "MSG_???"); break;
	}
}

static void emit_msqid_ds(struct emit *e, const char *key, const struct call *c, int i, bool set)
{
	struct k_msqid_ds d;
	if (!ipc_struct(c, i, &d, sizeof(d))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_ipc_perm(e, "msg_perm", &d.perm, set);
	if (!set) {
		emit_uint(e, "msg_stime", d.stime);
		emit_uint(e, "msg_rtime", d.rtime);
		emit_uint(e, "msg_ctime", d.ctime);
		emit_uint(e, "msg_qnum", d.qnum);
	}
	emit_uint(e, "msg_qbytes", d.qbytes);
	if (!set) {
		emit_int(e, "msg_lspid", d.lspid);
		emit_int(e, "msg_lrpid", d.lrpid);
	}
	emit_end_struct(e);
}

static void sys_msgctl(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned cmd = arg_uint(c, 1) & ~K_IPC_64;
	switch (i) {
	case 0: emit_int(e, key, arg_int(c, 0)); return;
	case 1: emit_ipc_cmd(e, key, msgctl_cmds, arg_uint(c, 1), "MSG_???"); return;
	}
	if (i != 2)
		return;
	switch (cmd) {
	case IPC_SET:
		emit_msqid_ds(e, key, c, 2, true);
		return;
	case IPC_STAT: case MSG_STAT: case MSG_STAT_ANY:
		if (call_ok(c)) {
			emit_msqid_ds(e, key, c, 2, false);
			return;
		}
		break;
	case IPC_INFO: case MSG_INFO: {
		struct k_msginfo m;
		if (call_ok(c) && ipc_struct(c, 2, &m, sizeof(m))) {
			emit_begin_struct(e, key);
			emit_int(e, "msgpool", m.msgpool);
			emit_int(e, "msgmap", m.msgmap);
			emit_int(e, "msgmax", m.msgmax);
			emit_int(e, "msgmnb", m.msgmnb);
			emit_int(e, "msgmni", m.msgmni);
			emit_int(e, "msgssz", m.msgssz);
			emit_int(e, "msgtql", m.msgtql);
			emit_uint(e, "msgseg", m.msgseg);
			emit_end_struct(e);
			return;
		}
		break;
	}
	}
	emit_ptr(e, key, arg_u64(c, 2));
}

/* {sem_num=0, sem_op=1, sem_flg=SEM_UNDO} */
#define SEMBUF_SIZE 6   /* struct sembuf */
static void emit_sembuf(struct emit *e, const uint8_t *p)
{
	struct { uint16_t num; int16_t op; int16_t flg; } sb;
	memcpy(&sb, p, sizeof(sb));
	emit_begin_struct(e, NULL);
	emit_uint(e, "sem_num", sb.num);
	emit_int(e, "sem_op", sb.op);
	emit_flags(e, "sem_flg", semop_flags, (uint16_t)sb.flg, "SEM_???");
	emit_end_struct(e);
}

static void sys_semop(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_int(e, key, arg_int(c, 0)); break;
	case 1: emit_array(e, key, c, 1, arg_uint(c, 2), SEMBUF_SIZE, emit_sembuf, true); break;
	case 2: emit_uint(e, key, arg_uint(c, 2)); break;
	case 3: emit_timespec(e, key, c, 3); break;
	}
}

static void emit_semid_ds(struct emit *e, const char *key, const struct call *c, int i, bool set)
{
	struct k_semid_ds d;
	if (!ipc_struct(c, i, &d, sizeof(d))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_ipc_perm(e, "sem_perm", &d.perm, set);
	if (!set) {
		emit_uint(e, "sem_otime", d.otime);
		emit_uint(e, "sem_ctime", d.ctime);
		emit_uint(e, "sem_nsems", d.nsems);
	}
	emit_end_struct(e);
}

static void sys_semctl(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned cmd = arg_uint(c, 2) & ~K_IPC_64;
	switch (i) {
	case 0: case 1: emit_int(e, key, arg_int(c, i)); return;
	case 2: emit_ipc_cmd(e, key, semctl_cmds, arg_uint(c, 2), "SEM_???"); return;
	}
	if (i != 3)
		return;
	switch (cmd) {
	case IPC_SET:
		emit_semid_ds(e, key, c, 3, true);
		return;
	case IPC_STAT: case SEM_STAT: case SEM_STAT_ANY:
		if (call_ok(c)) {
			emit_semid_ds(e, key, c, 3, false);
			return;
		}
		break;
	case IPC_INFO: case SEM_INFO: {
		struct k_seminfo s;
		if (call_ok(c) && ipc_struct(c, 3, &s, sizeof(s))) {
			emit_begin_struct(e, key);
			emit_int(e, "semmap", s.semmap);
			emit_int(e, "semmni", s.semmni);
			emit_int(e, "semmns", s.semmns);
			emit_int(e, "semmnu", s.semmnu);
			emit_int(e, "semmsl", s.semmsl);
			emit_int(e, "semopm", s.semopm);
			emit_int(e, "semume", s.semume);
			emit_int(e, "semusz", s.semusz);
			emit_int(e, "semvmx", s.semvmx);
			emit_int(e, "semaem", s.semaem);
			emit_end_struct(e);
			return;
		}
		break;
	}
	}
	emit_ptr(e, key, arg_u64(c, 3));
}

/* ------------------------------------------------------------ POSIX mqueues */

/* {mq_flags=O_NONBLOCK, mq_maxmsg=10, mq_msgsize=8192, mq_curmsgs=0} */
static void emit_mq_attr(struct emit *e, const char *key, const struct call *c, int i,
			 bool decode_flags)
{
	int64_t a[4];
	if (!ipc_struct(c, i, a, sizeof(a))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	if (decode_flags)
		emit_flags(e, "mq_flags", mq_attr_flags, (uint64_t)a[0], "O_???");
	else
		emit_int(e, "mq_flags", a[0]);
	emit_int(e, "mq_maxmsg", a[1]);
	emit_int(e, "mq_msgsize", a[2]);
	emit_int(e, "mq_curmsgs", a[3]);
	emit_end_struct(e);
}

static void sys_mq_open(struct emit *e, const struct call *c, int i, const char *key)
{
	bool creat = arg_u64(c, 1) & O_CREAT;
	char buf[16];
	switch (i) {
	case 2:
		if (creat) {
			umode_append(buf, sizeof(buf), 0, (uint16_t)arg_uint(c, 2));  /* umode_t */
			emit_sym(e, key, buf);
		}
		break;
	case 3:
		if (creat)
			emit_mq_attr(e, key, c, 3, false);
		break;
	default:
		decode_arg_kind(e, c, i, key);   /* name, flags */
	}
}

static void sys_mq_getsetattr(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: emit_mq_attr(e, key, c, 1, true); break;
	case 2:
		if (call_ok(c))
			emit_mq_attr(e, key, c, 2, true);
		else
			emit_ptr(e, key, arg_u64(c, 2));
		break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_mq_timedsend(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 2: emit_uint(e, key, arg_u64(c, 2)); break;
	case 3: emit_uint(e, key, arg_uint(c, 3)); break;
	case 4: emit_timespec(e, key, c, 4); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_mq_timedreceive(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1:
		if (call_ok(c))
			decode_arg_kind(e, c, i, key);
		else
			emit_ptr(e, key, arg_u64(c, 1));
		break;
	case 2: emit_uint(e, key, arg_u64(c, 2)); break;
	case 3: {
		uint32_t prio;
		if (call_ok(c) && ipc_struct(c, 3, &prio, sizeof(prio))) {
			emit_begin_array(e, key);
			emit_uint(e, NULL, prio);
			emit_end_array(e);
		} else {
			emit_ptr(e, key, arg_u64(c, 3));
		}
		break;
	}
	case 4: emit_timespec(e, key, c, 4); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* ------------------------------------------------------------ aio */

static void sys_io_setup(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t ctx;
	if (i == 0) {
		emit_uint(e, key, arg_uint(c, 0));
	} else if (i == 1) {
		if (call_ok(c) && ipc_struct(c, 1, &ctx, sizeof(ctx))) {
			emit_begin_array(e, key);
			emit_hex(e, NULL, ctx);
			emit_end_array(e);
		} else {
			emit_ptr(e, key, arg_u64(c, 1));
		}
	}
}

static void sys_io_destroy(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_ptr(e, key, arg_u64(c, i));
}

/* strace's IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 4) */
static void emit_ioprio(struct emit *e, const char *key, unsigned v)
{
	char buf[128];
	unsigned cls = (v >> 13) & 0x7, data = v & 0x1fff;
	size_t len = str_append(buf, sizeof(buf), 0, "IOPRIO_PRIO_VALUE(");
	len = value_append(buf, sizeof(buf), len, ioprio_classes, cls, "IOPRIO_CLASS_???");
	snprintf(buf + len, sizeof(buf) - len, ", %u)", data);
	emit_sym(e, key, buf);
}

/* the head of a struct iocb that io_cancel prints */
static void emit_iocb_header(struct emit *e, const struct iocb *cb)
{
	emit_hex(e, "aio_data", cb->aio_data);
	if (cb->aio_key)
		emit_uint(e, "aio_key", cb->aio_key);
	if (cb->aio_rw_flags)
		emit_flags(e, "aio_rw_flags", rwf_flags, (uint32_t)cb->aio_rw_flags, "RWF_???");
	if (decode_opts.xlat == XLAT_ABBREV && !lookup_value(aio_cmds, cb->aio_lio_opcode)) {
		char buf[48];   /* decimal, unlike other unknown values */
		snprintf(buf, sizeof(buf), "%u /* IOCB_CMD_??? */", cb->aio_lio_opcode);
		emit_sym(e, "aio_lio_opcode", buf);
	} else {
		emit_xval_d(e, "aio_lio_opcode", aio_cmds, cb->aio_lio_opcode, "IOCB_CMD_???");
	}
	if (cb->aio_flags & IOCB_FLAG_IOPRIO)
		emit_ioprio(e, "aio_reqprio", (uint16_t)cb->aio_reqprio);
	else if (cb->aio_reqprio)
		emit_int(e, "aio_reqprio", cb->aio_reqprio);
	emit_int(e, "aio_fildes", (int32_t)cb->aio_fildes);
}

/* io_submit's nested captures: the iocbs behind the array's pointers, and
 * behind each iocb's aio_buf, IOCB_CMD_PWRITE's data (aio_nbytes, -s at
 * most) and IOCB_CMD_PREADV's iovecs (selected by aio_lio_opcode, the u16
 * at byte 16 of the iocb) */
enum { AIO_NEST_IOCBS, AIO_NEST_PWRITE_BUF, AIO_NEST_PREADV_IOV };
#define AIO_OPCODE_SEL(op) .flags = SCT_NEST_SEL_FIELD, .sel_arg = 16, .sel_mask = 0xffff, \
	.sel_val = (op)

static const struct flag_name aio_iocb_flags[] = {
	{ IOCB_FLAG_RESFD, "IOCB_FLAG_RESFD" },
	{ 2, "IOCB_FLAG_IOPRIO" },
	{ 0, NULL }
};

/* strace's iocb_is_valid(): a buffer and length a 64-bit kernel takes */
static bool iocb_valid(const struct iocb *cb)
{
	return (int64_t)cb->aio_nbytes >= 0;
}

/* aio_flags, and aio_resfd with IOCB_FLAG_RESFD (print_common_flags()) */
static void emit_iocb_flags(struct emit *e, const struct iocb *cb)
{
	if (cb->aio_flags)
		emit_flags(e, "aio_flags", aio_iocb_flags, cb->aio_flags, "IOCB_FLAG_???");
	if (cb->aio_flags & IOCB_FLAG_RESFD)
		emit_int(e, "aio_resfd", (int32_t)cb->aio_resfd);
}

/* One iocb of io_submit's array, element k (strace's print_iocb()) */
static void emit_iocb_elem(struct emit *e, const struct call *c, unsigned k, const struct iocb *cb)
{
	struct blob_ref r;
	emit_begin_struct(e, NULL);
	emit_iocb_header(e, cb);
	switch (cb->aio_lio_opcode) {
	case IOCB_CMD_PREAD:
	case IOCB_CMD_PWRITE:
		if (cb->aio_lio_opcode == IOCB_CMD_PWRITE && iocb_valid(cb)) {
			if (!cb->aio_buf)
				emit_ptr(e, "aio_buf", 0);
			else if (call_nest_elem(c, AIO_NEST_PWRITE_BUF, k, &r) &&
				 r.b->len >= (cb->aio_nbytes < c->strsize ? cb->aio_nbytes : c->strsize))
				emit_str(e, "aio_buf", r.data,
					 cb->aio_nbytes < c->strsize ? (size_t)cb->aio_nbytes : c->strsize,
					 cb->aio_nbytes > c->strsize ? EMIT_STR_TRUNC : 0);
			else
				emit_ptr(e, "aio_buf", cb->aio_buf);
		} else {
			emit_hex(e, "aio_buf", cb->aio_buf);
		}
		emit_uint(e, "aio_nbytes", cb->aio_nbytes);
		emit_int(e, "aio_offset", cb->aio_offset);
		emit_iocb_flags(e, cb);
		break;
	case IOCB_CMD_PREADV:
	case IOCB_CMD_PWRITEV:
		/* PREADV's iovecs (their buffers' addresses); PWRITEV's buffers
		 * would be a level deeper still: printed as an invalid one */
		if (cb->aio_lio_opcode == IOCB_CMD_PREADV && iocb_valid(cb) && cb->aio_buf &&
		    call_nest_elem(c, AIO_NEST_PREADV_IOV, k, &r)) {
			uint64_t n = cb->aio_nbytes, have = r.b->len / 16;
			uint64_t limit = call_abbrev(c) && n > c->strsize ? c->strsize : n;
			emit_begin_array(e, "aio_buf");
			for (uint64_t j = 0; j < n; j++) {
				if (j >= have || j >= limit) {
					emit_more(e);
					break;
				}
				emit_iovec_addr_elem(e, r.data + j * 16);
			}
			emit_end_array(e);
		} else if (iocb_valid(cb) && !cb->aio_buf) {
			emit_ptr(e, "aio_buf", 0);
		} else {
			emit_hex(e, "aio_buf", cb->aio_buf);
			emit_uint(e, "aio_nbytes", cb->aio_nbytes);
		}
		emit_int(e, "aio_offset", cb->aio_offset);
		emit_iocb_flags(e, cb);
		break;
	case IOCB_CMD_POLL:
		emit_hex(e, "aio_buf", cb->aio_buf);
		emit_iocb_flags(e, cb);
		break;
	}
	emit_end_struct(e);
}

/* io_submit's iocbpp (strace's print_array() of print_iocbp()) */
static void emit_iocbpp(struct emit *e, const char *key, const struct call *c, int64_t nr)
{
	uint64_t p = arg_u64(c, 2);
	struct blob_ref r;
	if (!p || nr < 0 || (uint64_t)nr > UINT64_MAX / 8 || p + (uint64_t)nr * 8 < p) {
		emit_ptr(e, key, p);
		return;
	}
	if (nr == 0) {
		emit_begin_array(e, key);
		emit_end_array(e);
		return;
	}
	/* the array unreadable from its start (or not captured): its address */
	if (!call_verbose(c) || !call_nest_elem(c, AIO_NEST_IOCBS, 0, &r) ||
	    (r.b->flags & SCT_BF_PARTIAL)) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t limit = call_abbrev(c) && (uint64_t)nr > c->strsize ? c->strsize : (uint64_t)nr;
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < (uint64_t)nr; k++) {
		if (k >= limit || k >= SCT_NEST_ELEMS || !call_nest_elem(c, AIO_NEST_IOCBS, (int)k, &r)) {
			emit_more(e);
			break;
		}
		if (r.b->flags & SCT_BF_PARTIAL) {   /* the array ends in an unreadable page */
			char buf[24];
			emit_more(e);
			snprintf(buf, sizeof(buf), "%#llx", (unsigned long long)r.b->aux);
			emit_comment(e, buf);
			break;
		}
		struct iocb cb;
		if (!r.b->aux)
			emit_ptr(e, NULL, 0);
		else if ((r.b->flags & SCT_BF_FAULT) || r.b->len < sizeof(cb))
			emit_ptr(e, NULL, r.b->aux);
		else {
			memcpy(&cb, r.data, sizeof(cb));
			emit_iocb_elem(e, c, (unsigned)k, &cb);
		}
	}
	emit_end_array(e);
}

static void sys_io_submit(struct emit *e, const struct call *c, int i, const char *key)
{
	int64_t nr = (int64_t)arg_u64(c, 1);
	switch (i) {
	case 0: emit_ptr(e, key, arg_u64(c, 0)); break;
	case 1: emit_int(e, key, nr); break;
	case 2: emit_iocbpp(e, key, c, nr); break;
	}
}

static void emit_io_event(struct emit *e, const char *key, const struct io_event *ev)
{
	emit_begin_struct(e, key);
	emit_hex(e, "data", ev->data);
	emit_hex(e, "obj", ev->obj);
	emit_int(e, "res", ev->res);
	emit_int(e, "res2", ev->res2);
	emit_end_struct(e);
}

static void emit_io_event_elem(struct emit *e, const uint8_t *p)
{
	struct io_event ev;
	memcpy(&ev, p, sizeof(ev));
	emit_io_event(e, NULL, &ev);
}

static void sys_io_cancel(struct emit *e, const struct call *c, int i, const char *key)
{
	struct iocb cb;
	struct io_event ev;
	switch (i) {
	case 0: emit_ptr(e, key, arg_u64(c, 0)); break;
	case 1:
		if (!ipc_struct(c, 1, &cb, sizeof(cb))) {
			emit_ptr(e, key, arg_u64(c, 1));
			break;
		}
		emit_begin_struct(e, key);
		emit_iocb_header(e, &cb);
		emit_end_struct(e);
		break;
	case 2:
		if (call_ok(c) && ipc_struct(c, 2, &ev, sizeof(ev)))
			emit_io_event(e, key, &ev);
		else
			emit_ptr(e, key, arg_u64(c, 2));
		break;
	}
}

/* io_getevents/io_pgetevents: the events the call returned (a failed
 * call's count is -1, which strace's print_array() cannot walk: the
 * address, or NULL) */
static void sys_io_getevents(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_ptr(e, key, arg_u64(c, 0)); break;
	case 1: case 2: emit_int(e, key, (int64_t)arg_u64(c, i)); break;
	case 3:
		emit_array(e, key, c, 3, call_ok(c) ? (uint64_t)c->rec->ret : UINT64_MAX,
			       sizeof(struct io_event), emit_io_event_elem, true);
		break;
	case 4: emit_timespec(e, key, c, 4); break;
	case 5:
		/* struct __aio_sigset {sigmask, sigsetsize}, as pselect6's */
		dec_pselect_sigmask(e, c, 5, key);
		break;
	}
}

/* ------------------------------------------------------------ io_uring */

/* linux/io_uring.h; bits newer than Debian 12's 6.1 header as literals */
const struct flag_name uring_setup_flags[] = {
	{ IORING_SETUP_IOPOLL, "IORING_SETUP_IOPOLL" },
	{ IORING_SETUP_SQPOLL, "IORING_SETUP_SQPOLL" },
	{ IORING_SETUP_SQ_AFF, "IORING_SETUP_SQ_AFF" },
	{ IORING_SETUP_CQSIZE, "IORING_SETUP_CQSIZE" },
	{ IORING_SETUP_CLAMP, "IORING_SETUP_CLAMP" },
	{ IORING_SETUP_ATTACH_WQ, "IORING_SETUP_ATTACH_WQ" },
	{ IORING_SETUP_R_DISABLED, "IORING_SETUP_R_DISABLED" },
	{ IORING_SETUP_SUBMIT_ALL, "IORING_SETUP_SUBMIT_ALL" },
	{ IORING_SETUP_COOP_TASKRUN, "IORING_SETUP_COOP_TASKRUN" },
	{ IORING_SETUP_TASKRUN_FLAG, "IORING_SETUP_TASKRUN_FLAG" },
	{ IORING_SETUP_SQE128, "IORING_SETUP_SQE128" },
	{ IORING_SETUP_CQE32, "IORING_SETUP_CQE32" },
	{ IORING_SETUP_SINGLE_ISSUER, "IORING_SETUP_SINGLE_ISSUER" },
	{ IORING_SETUP_DEFER_TASKRUN, "IORING_SETUP_DEFER_TASKRUN" },
	{ 1U << 14, "IORING_SETUP_NO_MMAP" },           /* 6.5 */
	{ 1U << 15, "IORING_SETUP_REGISTERED_FD_ONLY" }, /* 6.5 */
	{ 1U << 16, "IORING_SETUP_NO_SQARRAY" },        /* 6.6 */
	{ 1U << 17, "IORING_SETUP_HYBRID_IOPOLL" },     /* 6.13 */
	{ 1U << 18, "IORING_SETUP_CQE_MIXED" },         /* 6.18 */
	{ 1U << 19, "IORING_SETUP_SQE_MIXED" },         /* 6.18 */
	{ 1U << 20, "IORING_SETUP_SQ_REWIND" },         /* 6.18 */
	{ 0, NULL }
};

const struct flag_name uring_setup_features[] = {
	{ IORING_FEAT_SINGLE_MMAP, "IORING_FEAT_SINGLE_MMAP" },
	{ IORING_FEAT_NODROP, "IORING_FEAT_NODROP" },
	{ IORING_FEAT_SUBMIT_STABLE, "IORING_FEAT_SUBMIT_STABLE" },
	{ IORING_FEAT_RW_CUR_POS, "IORING_FEAT_RW_CUR_POS" },
	{ IORING_FEAT_CUR_PERSONALITY, "IORING_FEAT_CUR_PERSONALITY" },
	{ IORING_FEAT_FAST_POLL, "IORING_FEAT_FAST_POLL" },
	{ IORING_FEAT_POLL_32BITS, "IORING_FEAT_POLL_32BITS" },
	{ IORING_FEAT_SQPOLL_NONFIXED, "IORING_FEAT_SQPOLL_NONFIXED" },
	{ IORING_FEAT_EXT_ARG, "IORING_FEAT_EXT_ARG" },
	{ IORING_FEAT_NATIVE_WORKERS, "IORING_FEAT_NATIVE_WORKERS" },
	{ IORING_FEAT_RSRC_TAGS, "IORING_FEAT_RSRC_TAGS" },
	{ IORING_FEAT_CQE_SKIP, "IORING_FEAT_CQE_SKIP" },
	{ IORING_FEAT_LINKED_FILE, "IORING_FEAT_LINKED_FILE" },
	{ 1U << 13, "IORING_FEAT_REG_REG_RING" },       /* 6.3 */
	{ 1U << 14, "IORING_FEAT_RECVSEND_BUNDLE" },    /* 6.10 */
	{ 1U << 15, "IORING_FEAT_MIN_TIMEOUT" },        /* 6.12 */
	{ 1U << 16, "IORING_FEAT_RW_ATTR" },            /* 6.14 */
	{ 1U << 17, "IORING_FEAT_NO_IOWAIT" },          /* 6.15 */
	{ 0, NULL }
};

#define K_IORING_ENTER_EXT_ARG_REG (1U << 6)       /* 6.13 */
const struct flag_name uring_enter_flags[] = {
	{ IORING_ENTER_GETEVENTS, "IORING_ENTER_GETEVENTS" },
	{ IORING_ENTER_SQ_WAKEUP, "IORING_ENTER_SQ_WAKEUP" },
	{ IORING_ENTER_SQ_WAIT, "IORING_ENTER_SQ_WAIT" },
	{ IORING_ENTER_EXT_ARG, "IORING_ENTER_EXT_ARG" },
	{ IORING_ENTER_REGISTERED_RING, "IORING_ENTER_REGISTERED_RING" },
	{ 1U << 5, "IORING_ENTER_ABS_TIMER" },          /* 6.12 */
	{ K_IORING_ENTER_EXT_ARG_REG, "IORING_ENTER_EXT_ARG_REG" },
	{ 1U << 7, "IORING_ENTER_NO_IOWAIT" },          /* 6.15 */
	{ 0, NULL }
};

static void emit_sqring_offsets(struct emit *e, const char *key, const struct io_sqring_offsets *o)
{
	emit_begin_struct(e, key);
	emit_uint(e, "head", o->head);
	emit_uint(e, "tail", o->tail);
	emit_uint(e, "ring_mask", o->ring_mask);
	emit_uint(e, "ring_entries", o->ring_entries);
	emit_uint(e, "flags", o->flags);
	emit_uint(e, "dropped", o->dropped);
	emit_uint(e, "array", o->array);
	if (o->resv1)
		emit_hex(e, "resv1", o->resv1);
	emit_hex(e, "user_addr", o->resv2);   /* user_addr since 6.5 */
	emit_end_struct(e);
}

static void emit_cqring_offsets(struct emit *e, const char *key, const struct io_cqring_offsets *o)
{
	emit_begin_struct(e, key);
	emit_uint(e, "head", o->head);
	emit_uint(e, "tail", o->tail);
	emit_uint(e, "ring_mask", o->ring_mask);
	emit_uint(e, "ring_entries", o->ring_entries);
	emit_uint(e, "overflow", o->overflow);
	emit_uint(e, "cqes", o->cqes);
	emit_uint(e, "flags", o->flags);
	if (o->resv1)
		emit_hex(e, "resv1", o->resv1);
	emit_hex(e, "user_addr", o->resv2);   /* user_addr since 6.5 */
	emit_end_struct(e);
}

/* io_uring_setup(entries, params): the input half of params, and on
 * success what the kernel filled in */
static void sys_io_uring_setup(struct emit *e, const struct call *c, int i, const char *key)
{
	struct io_uring_params p;
	if (i == 0) {
		emit_uint(e, key, arg_uint(c, 0));
		return;
	}
	if (i != 1)
		return;
	if (!ipc_struct(c, 1, &p, sizeof(p))) {
		emit_ptr(e, key, arg_u64(c, 1));
		return;
	}
	emit_begin_struct(e, key);
	emit_flags(e, "flags", uring_setup_flags, p.flags, "IORING_SETUP_???");
	emit_hex(e, "sq_thread_cpu", p.sq_thread_cpu);
	emit_uint(e, "sq_thread_idle", p.sq_thread_idle);
	if (p.flags & IORING_SETUP_ATTACH_WQ) {
		emit_int(e, "wq_fd", (int32_t)p.wq_fd);   /* an fd */
		emit_fd_path(e, c, "wq_fd", 1, 1);        /* -y */
	}
	if (p.resv[0] || p.resv[1] || p.resv[2]) {
		emit_begin_array(e, "resv");
		for (int k = 0; k < 3; k++)
			emit_hex(e, NULL, p.resv[k]);
		emit_end_array(e);
	}
	if (call_ok(c)) {
		emit_uint(e, "sq_entries", p.sq_entries);
		emit_uint(e, "cq_entries", p.cq_entries);
		emit_flags(e, "features", uring_setup_features, p.features, "IORING_FEAT_???");
		emit_sqring_offsets(e, "sq_off", &p.sq_off);
		emit_cqring_offsets(e, "cq_off", &p.cq_off);
	}
	emit_end_struct(e);
}

/* io_uring_enter's nested captures: with IORING_ENTER_EXT_ARG (and not
 * _REG), struct io_uring_getevents_arg's sigmask (sigmask_sz bytes) and ts */
enum { URING_NEST_SIGMASK, URING_NEST_TS };
#define URING_EXT_SEL .sel_arg = 3, .sel_mask = IORING_ENTER_EXT_ARG | K_IORING_ENTER_EXT_ARG_REG, \
	.sel_val = IORING_ENTER_EXT_ARG

/* io_uring_enter's last two arguments: a sigset and its size, a struct
 * io_uring_getevents_arg and its size (EXT_ARG), or an offset into a
 * registered wait region (EXT_ARG_REG).  BPF captures min(argsz, 24)
 * bytes; the sigmask and ts of the getevents arg are a pointer further. */
static void sys_io_uring_enter(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned flags = arg_uint(c, 3);
	bool ext = flags & IORING_ENTER_EXT_ARG, reg = flags & K_IORING_ENTER_EXT_ARG_REG;
	uint64_t a4 = arg_u64(c, 4), a5 = arg_u64(c, 5);
	switch (i) {
	case 0: decode_arg_kind(e, c, 0, key); return;
	case 1: case 2: emit_uint(e, key, arg_uint(c, i)); return;
	case 3: emit_flags(e, key, uring_enter_flags, flags, "IORING_ENTER_???"); return;
	case 5: emit_uint(e, key, a5); return;
	case 4: break;
	default: return;
	}
	if (reg && !ext) {
		emit_uint(e, key, a4);
	} else if (ext && !reg) {
		struct { uint64_t sigmask; uint32_t sigmask_sz, min_wait_usec; uint64_t ts; } g;
		if (!ipc_struct(c, 4, &g, sizeof(g))) {
			emit_ptr(e, key, a4);
			return;
		}
		emit_begin_struct(e, key);
		/* the sigmask and ts behind it: nested captures (the row) */
		struct blob_ref r;
		char buf[FLAGS_BUF];
		uint64_t set = 0;
		if (g.sigmask && g.sigmask_sz && g.sigmask_sz <= 8 && call_verbose(c) &&
		    call_nest(c, URING_NEST_SIGMASK, &r) && r.b->len >= g.sigmask_sz) {
			memcpy(&set, r.data, g.sigmask_sz);
			emit_sym(e, "sigmask", format_sigset(buf, sizeof(buf), set));
		} else {
			emit_ptr(e, "sigmask", g.sigmask);
		}
		emit_uint(e, "sigmask_sz", g.sigmask_sz);
		emit_uint(e, "min_wait_usec", g.min_wait_usec);
		int64_t t[2];
		if (g.ts && call_verbose(c) && call_nest(c, URING_NEST_TS, &r) && r.b->len >= sizeof(t)) {
			memcpy(t, r.data, sizeof(t));
			emit_begin_struct(e, "ts");
			emit_int(e, "tv_sec", t[0]);
			emit_uint(e, "tv_nsec", (uint64_t)t[1]);
			emit_end_struct(e);
		} else {
			emit_ptr(e, "ts", g.ts);
		}
		emit_end_struct(e);
	} else {
		uint64_t set;
		char buf[FLAGS_BUF];
		if (a5 != 8 || !ipc_struct(c, 4, &set, sizeof(set)))
			emit_ptr(e, key, a4);
		else
			emit_sym(e, key, format_sigset(buf, sizeof(buf), set));
	}
}

/* ------------------------------------------------------------ rows */

#define TS_CAP CAP_IN(16)
#define SEMBUF_CAP CAP_IN_OPT(SCT_BLOB_MAX)

const struct syscall_row decode_rows_ipc[] = {
	SYS(shmget, .decode = sys_shmget),
	SYS(shmat, .decode = sys_shmat, .ret_base = ret_hex),
	SYS(shmdt, .arg = { A_PTR }),
	SYS(shmctl, .decode = sys_shmctl, .cap = { [2] = CAP_IN_OPT(sizeof(struct k_shmid_ds)) }),
	SYS(semget, .decode = sys_semget),
	/* sops as a page's worth of struct: a partly readable array shows its
	 * readable start (SCT_BF_PARTIAL), as strace does */
	SYS(semop, .decode = sys_semop, .cap = { [1] = SEMBUF_CAP }, .blocks = 1),
	SYS(semtimedop, .decode = sys_semop, .cap = { [1] = SEMBUF_CAP, [3] = TS_CAP }, .blocks = 1),
	SYS(semctl, .decode = sys_semctl, .cap = { [3] = CAP_IN_OPT(sizeof(struct k_semid_ds)) }),
	SYS(msgget, .decode = sys_msgget),
	SYS(msgsnd, .decode = sys_msgsnd, .cap = { [1] = CAP_IN(MSGBUF_CAP) }, .blocks = 1),
	/* the message as the kernel left it (an entry copy would be stale) */
	SYS(msgrcv, .decode = sys_msgrcv, .cap = { [1] = CAP_OUT(MSGBUF_CAP) },
	    .entry_args = 1, .blocks = 1),
	SYS(msgctl, .decode = sys_msgctl, .cap = { [2] = CAP_IN_OPT(sizeof(struct k_msqid_ds)) }),

	SYS(mq_open, .arg = { A_PATH, A_OPEN_FLAGS }, .decode = sys_mq_open,
	    .cap = { [3] = CAP_IN(32) }, .ret = R_FD),
	SYS(mq_unlink, .arg = { A_PATH }),
	SYS(mq_timedsend, .arg = { A_FD, A_BUF_IN }, .lenarg = { [1] = 2 },
	    .decode = sys_mq_timedsend, .cap = { [4] = TS_CAP }, .blocks = 1),
	SYS(mq_timedreceive, .arg = { A_FD, A_BUF_OUT }, .decode = sys_mq_timedreceive,
	    .cap = { [3] = CAP_OUT(4), [4] = TS_CAP }, .entry_args = 1, .blocks = 1),
	SYS(mq_notify, .arg = { A_FD, A_SIGEVENT }),
	SYS(mq_getsetattr, .arg = { A_FD }, .decode = sys_mq_getsetattr,
	    .cap = { [1] = CAP_IN(32), [2] = CAP_OUT(32) },
	    /* an entry record, for newattr as it was before the call (the
	     * same buffer may be oldattr) */
	    .entry_args = 2, .blocks = 1),

	SYS(io_setup, .decode = sys_io_setup, .cap = { [1] = CAP_OUT(8) }, .entry_args = 1),
	SYS(io_destroy, .decode = sys_io_destroy),
	SYS(io_submit, .decode = sys_io_submit,
	    .nest = {
		[AIO_NEST_IOCBS] = { .mode = SCT_NEST_PTRS, .flags = SCT_NEST_LEN_ARG, .parent = 2,
				     .len_off = 1, .elem = sizeof(struct iocb) },
		[AIO_NEST_PWRITE_BUF] = { .mode = SCT_NEST_BYTES, .parent = SCT_NEST_RULE + AIO_NEST_IOCBS,
					  .ptr_off = 24, .len_off = 32, .len_size = 8,
					  AIO_OPCODE_SEL(IOCB_CMD_PWRITE) },
		[AIO_NEST_PREADV_IOV] = { .mode = SCT_NEST_BYTES, .parent = SCT_NEST_RULE + AIO_NEST_IOCBS,
					  .ptr_off = 24, .len_off = 32, .len_size = 8, .elem = 16,
					  .max = SCT_NEST_ELEMS * 16, AIO_OPCODE_SEL(IOCB_CMD_PREADV) },
	    }),
	SYS(io_cancel, .decode = sys_io_cancel,
	    .cap = { [1] = CAP_IN(sizeof(struct iocb)), [2] = CAP_OUT(sizeof(struct io_event)) }),
	SYS(io_getevents, .decode = sys_io_getevents,
	    .cap = { [3] = CAP_ARRAY_OUT(sizeof(struct io_event)), [4] = TS_CAP },
	    .entry_args = 3, .blocks = 1),
	SYS(io_pgetevents, .decode = sys_io_getevents,
	    .cap = { [3] = CAP_ARRAY_OUT(sizeof(struct io_event)), [4] = TS_CAP, [5] = CAP_DEREF(16, 0, 8) },
	    .entry_args = 3, .blocks = 1),

	SYS(io_uring_setup, .decode = sys_io_uring_setup,
	    .cap = { [1] = CAP_IN(sizeof(struct io_uring_params)) }, .ret = R_FD),
	SYS(io_uring_enter, .arg = { A_FD }, .decode = sys_io_uring_enter,
	    .cap = { [4] = { .kind = SCT_CAP_BUF_IN | SCT_CAP_OPTIONAL, .lenarg = 5, .size = 24 } },
	    .nest = {
		[URING_NEST_SIGMASK] = { .mode = SCT_NEST_BYTES, .parent = 4, .ptr_off = 0,
					 .len_off = 8, .len_size = 4, .max = 8, URING_EXT_SEL },
		[URING_NEST_TS] = { .mode = SCT_NEST_BYTES, .parent = 4, .ptr_off = 16, .max = 16,
				    URING_EXT_SEL },
	    },
	    .blocks = 1),
	SYS_END
};

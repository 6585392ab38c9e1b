/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -y / --decode-fds: the file behind an fd, as BPF resolved it at the call
 * (SCT_CAP_FDPATH blobs), printed strace's way: `3</etc/hostname>`,
 * `4<pipe:[123]>`, `3</tmp/x>(deleted)`.
 */
#ifndef SCT_FDPATH_H
#define SCT_FDPATH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "decode.h"
#include "outbuf.h"

/* flags given to emit_ops.fd_path */
#define EMIT_FD_DELETED 0x1  /* the file was unlinked: text "(deleted)" after */
#define EMIT_FD_TRUNC   0x2  /* the walk's depth or length limit was hit: the
                              * path holds its deepest components only */
#define EMIT_FD_RAW     0x4  /* name is printed as is (-yy's socket and
                              * eventfd details, quoted where strace does) */

#define FDPATH_MAX (SCT_BLOB_MAX + 32)

/* An fd's file as printed */
struct fd_name {
	char name[FDPATH_MAX]; /* unquoted: "/dev/null", "pipe:[123]", "pid:42"
	                        * (--decode-fds=pidfd), "signalfd:[INT]" */
	size_t len;
	char dev[32];          /* --decode-fds=dev: "char 1:3" ("": none) */
	unsigned flags;        /* EMIT_FD_* */
	/* -yy's objects, for JSON (NULL: none); pointers into the record */
	const struct sct_fd_sock *sock;      /* a socket's state */
	uint64_t sock_ino;                   /* its inode */
	char sock_proto[20];                 /* "TCP", "UNIX-STREAM" */
	const char *sock_family;             /* "AF_INET" (NULL: unknown) */
	char sock_src[48], sock_dst[48];     /* inet addresses ("": not inet) */
	const char *nl_proto;                /* "NETLINK_ROUTE" (NULL: not netlink,
	                                      * or a protocol without a name) */
	const char *unix_name;               /* AF_UNIX's bound name, unix_name_len */
	size_t unix_name_len;                /* bytes (0: none) */
	bool unix_abstract;                  /* ...in the abstract namespace */
	const struct sct_fd_eventfd *efd;    /* an eventfd's counter */
	bool efd_semaphore;
};

/* r's file as -y / --decode-fds (decode_opts.decode_fds) show it; false:
 * not shown under these classes */
bool fdpath_format(const struct blob_ref *r, struct fd_name *fn);

/* Text: `<name>` quoted as strace quotes -y paths (its string escapes, and
 * '<' '>' in octal; -x/-xx as for strings; a device's `<char 1:3>` inside),
 * then "(deleted)".  Nothing for a path cut at the walk's limit (strace,
 * reading /proc, gets no path longer than PATH_MAX either). */
void fdpath_put(struct outbuf *ob, const struct fd_name *fn, int xmode);

/* After the fd just emitted for argument i of c (elem 1 + k: element k
 * of an int[2]; i SCT_FD_RET: the return value): its file, when BPF
 * resolved one.  Nothing without -y. */
void emit_fd_path(struct emit *e, const struct call *c, const char *key, int i, int elem);
/* JSON -y: after path argument i of c, its absolute form when it is
 * relative: the directory BPF resolved at the call (the preceding dirfd
 * argument's, else the cwd) joined with it, "." and ".." applied to the
 * names (as `realpath -s` does: a symlink followed by ".." is not
 * resolved).  Nothing when the name is absolute, or the directory was not
 * resolved (or was cut at the walk's limit). */
void emit_abs_path(struct emit *e, const struct call *c, const char *key, int i);
/* Is path argument i of syscall nr a name the kernel looks up (symlink's
 * target is not: it is stored as given)? */
bool fdpath_is_lookup(int nr, int i);

/* The returned fd's file (-y), or NULL: also when the call returned
 * something else (landlock_create_ruleset's ABI version, fcntl but
 * F_DUPFD) */
const struct blob_ref *fdpath_ret(const struct call *c);

/* The fds inside what argument l->arg of syscall nr points to, that BPF
 * resolves under -y (struct fields, fd arrays): l unchanged when none */
void fdpath_list_spec(int nr, struct sct_sysspec *spec);

/* An emit_array() element: an int fd and its file (-y), element k of the
 * fds argument i points to, counted from fdpath_elems(c, i) */
void fdpath_elems(const struct call *c, int i);
void emit_fd_elem(struct emit *e, const uint8_t *p);
/* The same for an fd under a key (SCM_PIDFD's cmsg_data) */
void emit_fd_next(struct emit *e, const char *key, int32_t v);

/* How many times emit_fd_path() printed something: decode_args() adds the
 * file after a family decoder's fd argument when the decoder did not */
extern unsigned fdpath_emitted;
/* A family decoder's A_FD argument that is no fd this time (a registered
 * ring's index): decode_args() then adds no file after it */
static inline void emit_no_fd_path(void) { fdpath_emitted++; }

#endif

/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -e read=SET / -e write=SET: strace's dumpio.  After a call that moved
 * data on an fd of the set, a hex dump of that data (src/hexdump.h):
 * read-like calls (read, pread64, recvfrom, mq_timedreceive, readv,
 * preadv, preadv2, recvmsg) the bytes they returned, when they did not
 * fail; write-like calls (write, pwrite64, sendto, mq_timedsend, writev,
 * pwritev, pwritev2, vmsplice, sendmsg) the bytes they were given, whatever
 * the result.  Vectors dump each buffer after " * N bytes in buffer K",
 * up to the first empty one.  BPF keeps up to SCT_BLOB_MAX bytes per
 * buffer for these calls (bpf/sctrace.bpf.c's dump_max()); what it could
 * not keep is counted on a line of its own, " * N bytes not captured".
 */
#ifndef SCT_DUMPIO_H
#define SCT_DUMPIO_H

#include <stdbool.h>
#include <stdint.h>
#include "decode.h"
#include "options.h"
#include "outbuf.h"

/* fd is a member of s (fd < 0: never) */
bool fd_qset_has(const struct fd_qset *s, int fd);

/* For BPF's rodata: the syscalls (by x86_64 number) that dump what they
 * read / wrote, as bitmaps of SCT_MAX_SYSCALLS bits (or'ed in), and a
 * set's members 0..1023 as 16 words; returns whether the set has any
 * member above 1023. */
void dumpio_syscall_masks(uint64_t *read_mask, uint64_t *write_mask);
bool dumpio_fd_bits(const struct fd_qset *s, uint64_t low[16]);

/* Whether c (an exit record) dumps its data under o's sets. */
bool dumpio_wanted(const struct options *o, const struct call *c);

/* The dump lines of c, if it dumps (each line ended by ob_newline);
 * nothing otherwise.  strace puts them right after the call's line,
 * without the pid prefix. */
void dumpio_text(struct outbuf *ob, const struct options *o, const struct call *c);

#endif

/* -e read=/write=: strace's hex dump layout (src/hexdump.c) and the dump
 * of a call's record (src/dumpio.c).  Expected lines from strace 7.2. */
#include "unit.h"
#include "records.h"

#include <sys/syscall.h>
#include "../../src/dumpio.h"
#include "../../src/hexdump.h"

static const char *dumped(const void *data, size_t len)
{
	static struct outbuf o;
	if (!o.buf)
		ob_init_mem(&o, 0);
	ob_reset(&o);
	hexdump_put(&o, data, len);
	return ob_cstr(&o);
}

TEST(hexdump_layout)
{
	CHECK_STREQ(dumped("", 0), "");
	CHECK_STREQ(dumped("abcdefghijklmnopqrstu", 21),
		" | 00000  61 62 63 64 65 66 67 68  69 6a 6b 6c 6d 6e 6f 70  abcdefghijklmnop |\n"
		" | 00010  71 72 73 74 75                                    qrstu            |\n");
	CHECK_STREQ(dumped("0123456789abcdef", 16),
		" | 00000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  0123456789abcdef |\n");
	static const uint8_t bin[] = { 0x00, 0x07, 0x0e, 0x7e, 0x7f, 0x80, 0xff, 0x20, 0x0a };
	CHECK_STREQ(dumped(bin, sizeof(bin)),
		" | 00000  00 07 0e 7e 7f 80 ff 20  0a                       ...~... .        |\n");
	/* offsets past 0xfffff take more digits */
	static uint8_t big[0x100010];
	const char *s = dumped(big, sizeof(big));
	CHECK(strstr(s, "\n | 100000  00 ") != NULL);
}

TEST(dump_fd_sets)
{
	struct fd_qset s = { 0 };
	s.low[0] = 1ULL << 3;
	CHECK(fd_qset_has(&s, 3));
	CHECK(!fd_qset_has(&s, 4));
	CHECK(!fd_qset_has(&s, -1));
	s.negated = true;   /* !3 */
	CHECK(!fd_qset_has(&s, 3));
	CHECK(fd_qset_has(&s, 4));
	CHECK(fd_qset_has(&s, 5000));
	uint64_t low[16];
	CHECK(dumpio_fd_bits(&s, low));
	CHECK_INTEQ(low[0], ~(1ULL << 3));
}

static const char *dump_of(const struct sct_syscall *r, const struct options *o)
{
	static struct outbuf ob;
	struct call c;
	if (!ob.buf)
		ob_init_mem(&ob, 0);
	ob_reset(&ob);
	call_init(&c, r, NULL, 32);
	dumpio_text(&ob, o, &c);
	return ob_cstr(&ob);
}

TEST(dump_records)
{
	static struct recbuf b;
	static struct options o;
	memset(&o, 0, sizeof(o));
	o.dump_write.low[0] = 1ULL << 3;
	o.dump_read.negated = true;   /* all */

	/* a failed write is dumped; what BPF did not keep is counted */
	struct sct_syscall *r = REC(&b, __NR_write, E(9), 3, 0x1000, 5, 0, 0, 0);
	blob_aux(r, 1, SCT_CAP_BUF_IN, SCT_BF_TRUNC, 0, "abc", 3, 5);
	CHECK_STREQ(dump_of(r, &o),
		" | 00000  61 62 63                                          abc              |\n"
		" * 2 bytes not captured\n");
	/* not in the write set */
	r = REC(&b, __NR_write, 3, 4, 0x1000, 3, 0, 0, 0);
	blob(r, 1, SCT_CAP_BUF_IN, 0, "abc", 3);
	CHECK_STREQ(dump_of(r, &o), "");
	/* a failed read: nothing */
	r = REC(&b, __NR_read, E(11), 4, 0x1000, 3, 0, 0, 0);
	CHECK_STREQ(dump_of(r, &o), "");
	/* readv: each buffer as far as the call filled it, to the first empty one */
	r = REC(&b, __NR_readv, 5, 4, 0x2000, 3, 0, 0, 0);
	uint8_t el[16 + 4];
	uint64_t v[2] = { 0x3000, 4 };
	memcpy(el, v, 16);
	memcpy(el + 16, "hell", 4);
	blob_aux(r, 1, SCT_CAP_IOV, 0, 0, el, 20, 4);
	v[1] = 60;
	memcpy(el, v, 16);
	memcpy(el + 16, "o", 1);
	blob_aux(r, 1, SCT_CAP_IOV, 0, 1, el, 17, 1);
	v[1] = 10;
	memcpy(el, v, 16);
	blob_aux(r, 1, SCT_CAP_IOV, 0, 2, el, 16, 0);
	blob_aux(r, 1, SCT_CAP_IOV, 0, SCT_IOV_MAX, NULL, 0, 3);
	CHECK_STREQ(dump_of(r, &o),
		" * 4 bytes in buffer 0\n"
		" | 00000  68 65 6c 6c                                       hell             |\n"
		" * 1 bytes in buffer 1\n"
		" | 00000  6f                                                o                |\n");
}

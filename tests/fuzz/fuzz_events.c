// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * libFuzzer target: arbitrary ring-buffer records into the event consumer
 * (events_on_record: pairing, unfinished/resumed, exits, forks, execs),
 * hence into the decoders and both output backends.  The BPF side is
 * trusted to write well-formed records, but a consumer must never read
 * past a record, whatever its header says.
 *
 * Oracle: no sanitizer report, and with --json every line written is one
 * valid JSON object (tests/fuzz/jsoncheck.h: strict, surrogateescape).
 * Text output: only printable ASCII and newlines (the comm prefix of
 * system-wide traces is not checked: it is the kernel's comm, raw).
 *
 * Input layout:
 *   byte 0  options: bit0 --json, bits1-2 -x count, bits3-4 prefix mode,
 *           bit5 -t/-T/-r set, bit6 -a 0, bit7 "fix up hdr.size"
 *   byte 1  -s STRSIZE
 *   then records: u16 little-endian length L, then L bytes (copied into a
 *   buffer of exactly L bytes, 8-aligned, as the ring buffer gives them).
 *   L with bit 15 set is no record: time passes by (L & 0x7fff) ms, and
 *   L == 0xffff reports a loss instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "events.h"
#include "options.h"
#include "output.h"
#include "jsoncheck.h"

#define CHECK(cond, ...) do { if (!(cond)) { fprintf(stderr, "fuzz_events: " __VA_ARGS__); \
	fputc('\n', stderr); abort(); } } while (0)

static void check_output(const struct output *out, bool json)
{
	const uint8_t *b = (const uint8_t *)out->ob.buf;
	size_t len = out->ob.len;
	if (!json) {
		/* text: printable ASCII and newlines only, as strace's quoting
		 * guarantees (the comm prefix copies the kernel's comm raw: not
		 * checked, see the report) */
		if (out->prefix == PFX_COMM)
			return;
		for (size_t i = 0; i < len; i++)
			CHECK(b[i] == '\n' || (b[i] >= 0x20 && b[i] < 0x7f),
			      "text output has byte 0x%02x at %zu: %.*s", b[i], i,
			      (int)(len - i < 200 ? len - i : 200), (const char *)b + (i > 80 ? i - 80 : 0));
		return;
	}
	size_t start = 0;
	for (size_t i = 0; i < len; i++) {
		if (b[i] != '\n')
			continue;
		const char *err = jc_line(b + start, i - start);
		CHECK(!err, "invalid JSON line (%s): %.*s", err,
		      (int)(i - start < 600 ? i - start : 600), (const char *)b + start);
		start = i + 1;
	}
	CHECK(start == len, "JSON output does not end with a newline");
}

/* What the kernel guarantees is kept in range: timestamps are
 * bpf_ktime_get_ns() (monotonic, far below 2^62 ns), durations their
 * differences.  Everything else stays arbitrary. */
static void trusted_fields(void *rec, size_t l)
{
	struct sct_hdr *h = rec;
	__u64 *ts = NULL, *dur = NULL;
	if (l < sizeof(*h))
		return;
	switch (h->type) {
	case SCT_REC_SYSCALL:
	case SCT_REC_ENTER:
		if (l >= sizeof(struct sct_syscall)) {
			ts = &((struct sct_syscall *)rec)->ts;
			dur = &((struct sct_syscall *)rec)->dur_ns;
		}
		break;
	case SCT_REC_PROC_EXIT:
		if (l >= sizeof(struct sct_proc_exit))
			ts = &((struct sct_proc_exit *)rec)->ts;
		break;
	case SCT_REC_EXEC:
		if (l >= sizeof(struct sct_exec))
			ts = &((struct sct_exec *)rec)->ts;
		break;
	case SCT_REC_FORK:
		if (l >= sizeof(struct sct_fork))
			ts = &((struct sct_fork *)rec)->ts;
		break;
	case SCT_REC_SIGNAL:
		if (l >= sizeof(struct sct_signal))
			ts = &((struct sct_signal *)rec)->ts;
		break;
	}
	if (ts)
		*ts &= (1ULL << 62) - 1;
	if (dur)
		*dur &= (1ULL << 50) - 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct options opts;
	static struct output out;
	static struct events ev;

	/* FUZZ_TRUST_SIZE=1: every header's size is right (to look past a bug
	 * in the size checks while it is being fixed) */
	static int fixup_all = -1;
	if (fixup_all < 0)
		fixup_all = getenv("FUZZ_TRUST_SIZE") != NULL;
	if (size < 2)
		return 0;
	uint8_t cfg = data[0];
	char sbuf[16], *argv[16];
	int argc = 0;
	argv[argc++] = "sctrace";
	if (cfg & 1)
		argv[argc++] = "--json";
	for (int i = 0; i < ((cfg >> 1) & 3) && i < 2; i++)
		argv[argc++] = "-x";
	if (cfg & 0x20) {
		argv[argc++] = "-tt";
		argv[argc++] = "-T";
	}
	if (cfg & 0x40)
		argv[argc++] = "-a0";
	snprintf(sbuf, sizeof(sbuf), "-s%u", data[1] * 16u + (data[1] & 15));
	if (data[1] * 16u + (data[1] & 15) < SCT_BLOB_MAX)
		argv[argc++] = sbuf;
	argv[argc] = NULL;
	options_parse(&opts, argc, argv);

	enum prefix_mode pfx = (enum prefix_mode)((cfg >> 3) & 3);
	CHECK(!output_init(&out, &opts, pfx), "output_init");
	/* write into memory, not to stdout/stderr */
	ob_free(&out.ob);
	CHECK(!ob_init_mem(&out.ob, 4096), "ob_init_mem");
	jw_init(&out.jw, &out.ob);
	events_init(&ev, &out, &opts);
	/* a traced command with two tasks, as after a launch */
	events_add_proc(&ev, 100);
	events_add_task(&ev, 100);

	uint64_t now = 1000;
	events_tick(&ev, now);
	size_t i = 2;
	while (i + 2 <= size) {
		unsigned l = data[i] | data[i + 1] << 8;
		i += 2;
		if (l == 0xffff) {
			out.ops->lost(&out, now, now * 3);
			continue;
		}
		if (l & 0x8000) {
			now += l & 0x7fff;
			events_tick(&ev, now);
			continue;
		}
		if (l > size - i)
			l = size - i;
		/* exactly l bytes (malloc aligns to 16, like the ring buffer's
		 * 8), so that ASAN sees any read past the record */
		void *rec = malloc(l ? l : 1);
		memcpy(rec, data + i, l);
		if ((fixup_all || (cfg & 0x80)) && l >= sizeof(struct sct_hdr))
			((struct sct_hdr *)rec)->size = l;
		i += l;
		trusted_fields(rec, l);
		events_on_record(&ev, rec, l);
		free(rec);
	}
	events_tick(&ev, now + 10000);
	check_output(&out, opts.json);
	events_free(&ev);
	output_close(&out);
	return 0;
}

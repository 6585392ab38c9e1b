/*
 * The scheduling family (src/decode_sched.c) and the signal/time rows
 * added with it, against strace 7.2's output: synthetic records decoded
 * through the text emitter; the expected strings are lines of strace 7.2
 * runs of tests/progs/sc_sched.c (default, -X raw, -X verbose,
 * -e verbose=none).
 */
#include <stdint.h>
#include <stdlib.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"

static void set_verbose(int nr, bool on)
{
	if (on)
		decode_opts.verbose[nr / 64] |= 1ULL << (nr % 64);
	else
		decode_opts.verbose[nr / 64] &= ~(1ULL << (nr % 64));
}

/* the return value's note: "16388 (IOPRIO_PRIO_VALUE(...))" -> the note */
static const char *ret_note(const struct sct_syscall *r)
{
	static struct outbuf ob;
	static struct call c;
	if (!ob.buf)
		ob_init_mem(&ob, 1024);
	ob_reset(&ob);
	call_init(&c, r, NULL, 32);
	if (!decode_has_ret_aux(&c))
		return "";
	struct emit e;
	struct emit_text st;
	emit_text_init(&e, &st, &ob, 0);
	decode_ret_aux(&e, &c);
	return ob_cstr(&ob);
}

TEST(sched_params_policies)
{
	struct recbuf b;
	struct sct_syscall *r;
	int32_t prio = 0;

	r = REC(&b, __NR_sched_setparam, 0, 0, 0x30000258);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, &prio, 4);
	CHECK_STREQ(dec(r), "0, {sched_priority=0}");
	set_verbose(__NR_sched_setparam, false);
	CHECK_STREQ(dec(r), "0, 0x30000258");
	set_verbose(__NR_sched_setparam, true);
	r = REC(&b, __NR_sched_setparam, E(22), -1, UINT64_MAX);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "-1, 0xffffffffffffffff");

	r = REC(&b, __NR_sched_getparam, 0, 0, 0x30000258);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, &prio, 4);
	CHECK_STREQ(dec(r), "0, {sched_priority=0}");
	r = REC(&b, __NR_sched_getparam, E(3), 0x7ffffff0, 0x30000258);
	CHECK_STREQ(dec(r), "2147483632, 0x30000258");

	r = REC(&b, __NR_sched_setscheduler, 0, 0, 0, 0x30000258);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &prio, 4);
	CHECK_STREQ(dec(r), "0, SCHED_OTHER, {sched_priority=0}");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "0, 0, {sched_priority=0}");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "0, 0 /* SCHED_OTHER */, {sched_priority=0}");
	r = REC(&b, __NR_sched_setscheduler, E(22), 0, 0x40000001, 0);
	CHECK_STREQ(dec(r), "0, SCHED_RESET_ON_FORK|SCHED_FIFO, NULL");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "0, 0x40000001, NULL");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE),
		    "0, 0x40000001 /* SCHED_RESET_ON_FORK|SCHED_FIFO */, NULL");
	r = REC(&b, __NR_sched_setscheduler, E(22), -1, 0x77, UINT64_MAX);
	CHECK_STREQ(dec(r), "-1, 0x77 /* SCHED_??? */, 0xffffffffffffffff");
	r = REC(&b, __NR_sched_setscheduler, E(22), -1, 0x40000077, 0);
	CHECK_STREQ(dec(r), "-1, SCHED_RESET_ON_FORK|0x77, NULL");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, 0x40000077 /* SCHED_RESET_ON_FORK|0x77 */, NULL");

	r = REC(&b, __NR_sched_get_priority_max, 99, 1);
	CHECK_STREQ(dec(r), "SCHED_FIFO");
	r = REC(&b, __NR_sched_get_priority_min, E(22), 0x40000001);
	CHECK_STREQ(dec(r), "0x40000001 /* SCHED_??? */");
	r = REC(&b, __NR_sched_get_priority_min, 0, 5);
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "0x5 /* SCHED_IDLE */");

	r = REC(&b, __NR_sched_rr_get_interval, E(22), -1, 0x30000280);
	CHECK_STREQ(dec(r), "-1, 0x30000280");
}

TEST(sched_ioprio_kcmp)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_ioprio_set, 0, 1, 0, 2 << 13 | 4);
	CHECK_STREQ(dec(r), "IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "0x1, 0, 16388");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "0x1 /* IOPRIO_WHO_PROCESS */, 0, "
		    "16388 /* IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */");
	r = REC(&b, __NR_ioprio_set, E(22), 7, 0x7ffffff0, 7 << 13 | 1);
	CHECK_STREQ(dec(r), "0x7 /* IOPRIO_WHO_??? */, 2147483632, "
		    "IOPRIO_PRIO_VALUE(0x7 /* IOPRIO_CLASS_??? */, 1)");
	r = REC(&b, __NR_ioprio_get, 16388, 1, 0);
	CHECK_STREQ(dec(r), "IOPRIO_WHO_PROCESS, 0");
	CHECK_STREQ(ret_note(r), "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)");
	decode_opts.xlat = XLAT_RAW;
	CHECK_STREQ(ret_note(r), "");
	decode_opts.xlat = XLAT_VERBOSE;
	CHECK_STREQ(ret_note(r), "IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4)");
	decode_opts.xlat = XLAT_ABBREV;

	uint32_t slot[3] = { 5, 6, 7 };
	r = REC(&b, __NR_kcmp, E(3), -1, -1, 0, 1, 2);
	CHECK_STREQ(dec(r), "-1, -1, KCMP_FILE, 1, 2");
	r = REC(&b, __NR_kcmp, E(3), -1, -1, 1, 1, 2);
	CHECK_STREQ(dec(r), "-1, -1, KCMP_VM");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, -1, 0x1 /* KCMP_VM */");
	r = REC(&b, __NR_kcmp, E(3), -1, -1, 7, 3, 0x30000514);
	blob(r, 4, SCT_CAP_STRUCT_IN, 0, slot, 12);
	CHECK_STREQ(dec(r), "-1, -1, KCMP_EPOLL_TFD, 3, {efd=5, tfd=6, toff=7}");
	r = REC(&b, __NR_kcmp, E(3), -1, -1, 7, 0, 2);
	CHECK_STREQ(dec(r), "-1, -1, KCMP_EPOLL_TFD, 0, 0x2");
	r = REC(&b, __NR_kcmp, E(3), -1, -1, 0x77, 1, 2);
	CHECK_STREQ(dec(r), "-1, -1, 0x77 /* KCMP_??? */, 0x1, 0x2");
}

TEST(sched_signals)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t usr2 = 1 << 11, set = 1 << 1 | 1 << 9;
	uint8_t si[128] = { 0 };
	int32_t w[7] = { 10, 0, -1, 0, 1, 2, 3 };   /* SIGUSR1, SI_QUEUE, pid 1, uid 2, int 3 */
	memcpy(si, w, sizeof(w));

	r = REC(&b, __NR_rt_sigpending, 0, 0x30000000, 8);
	blob(r, 0, SCT_CAP_STRUCT_OUT, 0, &usr2, 8);
	CHECK_STREQ(dec(r), "[USR2], 8");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "[12], 8");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "[12 /* USR2 */], 8");
	r = REC(&b, __NR_rt_sigpending, 0, 0x30000000, 4);
	blob(r, 0, SCT_CAP_STRUCT_OUT, 0, &usr2, 8);
	CHECK_STREQ(dec(r), "[USR2], 4");
	set_verbose(__NR_rt_sigpending, false);
	CHECK_STREQ(dec(r), "0x30000000, 4");
	set_verbose(__NR_rt_sigpending, true);
	r = REC(&b, __NR_rt_sigpending, E(22), 0x30000000, 16);
	CHECK_STREQ(dec(r), "0x30000000, 16");

	r = REC(&b, __NR_rt_sigqueueinfo, E(3), 0x7ffffff0, 10, 0x30000100);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, si, sizeof(si));
	CHECK_STREQ(dec(r), "2147483632, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, "
		    "si_pid=1, si_uid=2, si_int=3, si_ptr=0x3}");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "2147483632, 10, {si_signo=10, si_code=0xffffffff, "
		    "si_pid=1, si_uid=2, si_int=3, si_ptr=0x3}");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "2147483632, 10 /* SIGUSR1 */, {si_signo=10 /* SIGUSR1 */, "
		    "si_code=0xffffffff /* SI_QUEUE */, si_pid=1, si_uid=2, si_int=3, si_ptr=0x3}");
	/* 64 of its 128 bytes readable: the address */
	r = REC(&b, __NR_rt_sigqueueinfo, E(1), 0x7ffffff0, 0x99, 0x30000fc0);
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, si, 64);
	CHECK_STREQ(dec(r), "2147483632, 153, 0x30000fc0");
	r = REC(&b, __NR_rt_tgsigqueueinfo, E(14), 0x7ffffff0, 0x7ffffff1, 36, UINT64_MAX);
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "2147483632, 2147483633, SIGRT_4, 0xffffffffffffffff");

	r = REC(&b, __NR_signalfd, 3, -1, 0x30000200, 8);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, &set, 8);
	CHECK_STREQ(dec(r), "-1, [INT USR1], 8");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, [2 /* INT */ 10 /* USR1 */], 8");
	r = REC(&b, __NR_signalfd, E(22), -1, 0x30000200, 4);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, &set, 8);
	CHECK_STREQ(dec(r), "-1, 0x30000200, 4");
}

TEST(sched_time_hosts)
{
	struct recbuf b;
	struct sct_syscall *r;
	int64_t tv[2] = { 1, 1000000 }, ts[2] = { 1, 2 };
	int32_t tz[2] = { 960, 1 };

	r = REC(&b, __NR_settimeofday, E(22), 0x300002bc, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, tv, 16);
	CHECK_STREQ(dec(r), "{tv_sec=1, tv_usec=1000000}, NULL");
	set_verbose(__NR_settimeofday, false);
	CHECK_STREQ(dec(r), "0x300002bc, NULL");
	set_verbose(__NR_settimeofday, true);
	r = REC(&b, __NR_settimeofday, E(22), 0, 0x300002d0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, tz, 8);
	CHECK_STREQ(dec(r), "NULL, {tz_minuteswest=960, tz_dsttime=1}");

	r = REC(&b, __NR_clock_settime, E(22), 1, 0x30000280);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, ts, 16);
	CHECK_STREQ(dec(r), "CLOCK_MONOTONIC, {tv_sec=1, tv_nsec=2}");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "0x1, {tv_sec=1, tv_nsec=2}");
	r = REC(&b, __NR_clock_settime, E(22), 0x77, 0);
	CHECK_STREQ(dec(r), "0x77 /* CLOCK_??? */, NULL");

	r = REC(&b, __NR_sethostname, 0, 0x30000320, 9);
	blob(r, 0, SCT_CAP_BUF_IN, 0, "localhost", 9);
	CHECK_STREQ(dec(r), "\"localhost\", 9");
	r = REC(&b, __NR_setdomainname, E(22), 0x30000320, 200);
	char name[32] = "localhost-xyz";
	blob(r, 0, SCT_CAP_BUF_IN, SCT_BF_TRUNC, name, sizeof(name));
	CHECK_STREQ(dec(r), "0x30000320, 200");
	r = REC(&b, __NR_sethostname, 0, 0x30000ffc, 4);
	blob(r, 0, SCT_CAP_BUF_IN, 0, "\0\0\0\0", 4);
	CHECK_STREQ(dec(r), "\"\\0\\0\\0\\0\", 4");

	r = REC(&b, __NR_ioperm, E(38), 0x3f8, 0x10000, 1);
	CHECK_STREQ(dec(r), "0x3f8, 0x10000, 1");
	r = REC(&b, __NR_eventfd, 4, 3);
	CHECK_STREQ(dec(r), "3");
}

TEST(sched_thread_area_handles)
{
	struct recbuf b, en;
	struct sct_syscall *r, *e;
	uint32_t ud[4] = { UINT32_MAX, 0x1000, 0xfffff, 1 | 2 << 1 | 1 << 4 | 1 << 6 };
	uint32_t ud12[4] = { 12, 0, 0, 0 };

	r = REC(&b, __NR_set_thread_area, E(38), 0x30000384);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, ud, 16);
	CHECK_STREQ(dec(r), "{entry_number=-1, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, "
		    "contents=2, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1, lm=0}");
	CHECK_STREQ(ret_note(r), "");
	r = REC(&b, __NR_get_thread_area, E(38), 0x30000384);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, ud12, 16);
	CHECK_STREQ(dec(r), "{entry_number=12, ...}");
	set_verbose(__NR_get_thread_area, false);
	CHECK_STREQ(dec(r), "0x30000384");
	set_verbose(__NR_get_thread_area, true);

	/* name_to_handle_at: handle_bytes as given (entry) and as written */
	struct { uint32_t bytes; int32_t type; uint8_t h[128]; } in = { 128, 0, { 0 } },
		out = { 8, 1, { 2 } };
	int32_t mnt = 27;
	e = ENTER(&en, __NR_name_to_handle_at, (uint64_t)-100, 0x5555, 0x30000400, 0x300004b0, 0);
	blob_s(e, 1, SCT_CAP_PATH, "/");
	blob(e, 2, SCT_CAP_STRUCT_IN, 0, &in, sizeof(in));
	blob(e, 3, SCT_CAP_STRUCT_IN, 0, &mnt, 4);
	r = REC(&b, __NR_name_to_handle_at, 0, (uint64_t)-100, 0x5555, 0x30000400, 0x300004b0, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/");
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &out, sizeof(out));
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, &mnt, 4);
	CHECK_STREQ(dec_range(r, e, 32, 0, -1),
		    "AT_FDCWD, \"/\", {handle_bytes=128 => 8, handle_type=1, "
		    "f_handle=\"\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, [27], 0");
	/* EOVERFLOW: the size needed, no handle; mount_id's address */
	in.bytes = 0;
	e = ENTER(&en, __NR_name_to_handle_at, (uint64_t)-100, 0x5555, 0x30000400, 0x300004b0, 0x201);
	blob_s(e, 1, SCT_CAP_PATH, "/");
	blob(e, 2, SCT_CAP_STRUCT_IN, 0, &in, sizeof(in));
	r = REC(&b, __NR_name_to_handle_at, E(75), (uint64_t)-100, 0x5555, 0x30000400, 0x300004b0, 0x201);
	blob_s(r, 1, SCT_CAP_PATH, "/");
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &out, sizeof(out));
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, &mnt, 4);
	CHECK_STREQ(dec_range(r, e, 32, 0, -1),
		    "AT_FDCWD, \"/\", {handle_bytes=0 => 8}, 0x300004b0, "
		    "AT_HANDLE_MNT_ID_UNIQUE|AT_HANDLE_FID");
	r = REC(&b, __NR_name_to_handle_at, E(2), -1, 0x5555, 0, 0, 0x1400);
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent");
	CHECK_STREQ(dec(r), "-1, \"/nonexistent\", NULL, NULL, AT_SYMLINK_FOLLOW|AT_EMPTY_PATH");

	struct { uint32_t bytes; int32_t type; uint8_t h[8]; } oh = { 8, 1, { 1, 2, 3, 4, 5, 6, 7, 8 } };
	r = REC(&b, __NR_open_by_handle_at, E(9), -1, 0x30000400, 0x80000);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, &oh, sizeof(oh));
	CHECK_STREQ(dec(r), "-1, {handle_bytes=8, handle_type=1, "
		    "f_handle=\"\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\"}, O_RDONLY|O_CLOEXEC");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, {handle_bytes=8, handle_type=1, "
		    "f_handle=\"\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\"}, 0x80000 /* O_RDONLY|O_CLOEXEC */");
	oh.bytes = 16;   /* more than could be read */
	r = REC(&b, __NR_open_by_handle_at, E(22), -1, 0x30000ff0, 1);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, &oh, sizeof(oh));
	CHECK_STREQ(dec(r), "-1, {handle_bytes=16, handle_type=1, f_handle=???}, O_WRONLY");
}

TEST(sched_io_uring_register)
{
	struct recbuf b;
	struct sct_syscall *r;
	int32_t fds[4] = { 0, 1, -1, 0 };
	uint64_t iov[4] = { 0x1000, 16, 0, 0 };

	r = REC(&b, __NR_io_uring_register, E(22), -1, 0, 0, 0);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_BUFFERS, NULL, 0");
	r = REC(&b, __NR_io_uring_register, E(22), -1, 2, 0x30000578, 3);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, fds, 16);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_FILES, [0, 1, -1], 3");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "-1, 0x2, [0, 1, -1], 3");
	set_verbose(__NR_io_uring_register, false);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_FILES, 0x30000578, 3");
	set_verbose(__NR_io_uring_register, true);
	r = REC(&b, __NR_io_uring_register, E(22), -1, 2, 0x30000ffc, 2);
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, fds, 4);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_FILES, [0, ... /* 0x30001000 */], 2");
	r = REC(&b, __NR_io_uring_register, E(22), -1, 0, 0x300005dc, 2);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, iov, 32);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_BUFFERS, "
		    "[{iov_base=0x1000, iov_len=16}, {iov_base=NULL, iov_len=0}], 2");
	r = REC(&b, __NR_io_uring_register, E(22), -1, 0x80000019, 0x30000578, 1);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, fds, 16);
	CHECK_STREQ(dec(r), "4294967295, IORING_REGISTER_FILE_ALLOC_RANGE|"
		    "IORING_REGISTER_USE_REGISTERED_RING, {off=0, len=1, resv=0xffffffff}, 1");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "4294967295, 0x19 /* IORING_REGISTER_FILE_ALLOC_RANGE */|"
		    "0x80000000 /* IORING_REGISTER_USE_REGISTERED_RING */, {off=0, len=1, resv=0xffffffff}, 1");
	r = REC(&b, __NR_io_uring_register, E(22), -1, 0x80000077, 0x30000578, 1);
	CHECK_STREQ(dec(r), "4294967295, 0x77 /* IORING_REGISTER_??? */|"
		    "IORING_REGISTER_USE_REGISTERED_RING, 0x30000578, 1");
	r = REC(&b, __NR_io_uring_register, E(22), -1, 1, 0x30000578, 1);
	CHECK_STREQ(dec(r), "-1, IORING_UNREGISTER_BUFFERS, 0x30000578, 1");
}

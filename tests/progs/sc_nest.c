/*
 * Nested captures (struct sct_nest): data behind pointers inside the
 * structs that arguments point to, chosen by a command argument -- bpf(2)'s
 * union bpf_attr strings and buffers by command, io_uring_enter's
 * getevents arg (sigmask, ts) with IORING_ENTER_EXT_ARG, the *xattrat
 * calls' xattr_args.value, io_submit's array of iocb pointers -- with
 * valid, NULL and unreadable inner pointers.  Everything lives in one page at a fixed address, so the
 * addresses strace prints are the same on every run.
 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/aio_abi.h>
#include "../../src/unistd_extra.h"

#define PAGE ((char *)0x22000000UL)
#define FILE_NAME "/tmp/sc_nest.file"
#define U64(p) ((uint64_t)(uintptr_t)(p))

struct xattr_args_ { uint64_t value; uint32_t size; uint32_t flags; };
struct getevents_arg_ { uint64_t sigmask; uint32_t sigmask_sz, min_wait_usec; uint64_t ts; };

int main(void)
{
	char *p = mmap(PAGE, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p != PAGE)
		return 1;
	munmap(PAGE + 4096, 4096);   /* PAGE + 4096: unreadable */
	uint64_t *attr = (uint64_t *)PAGE;           /* union bpf_attr, 256 bytes */
	char *str = PAGE + 512, *buf = PAGE + 1024, *out = PAGE + 2048;

	/* BPF_PROG_LOAD: license, and the log as the kernel left it */
	memset(attr, 0, 256);
	strcpy(str, "GPL");
	memcpy(buf, "log buffer", 10);
	((uint32_t *)attr)[0] = 0;          /* BPF_PROG_TYPE_UNSPEC */
	((uint32_t *)attr)[1] = 1;          /* insn_cnt */
	attr[1] = U64(out);                 /* insns */
	attr[2] = U64(str);                 /* license */
	((uint32_t *)attr)[6] = 1;          /* log_level */
	((uint32_t *)attr)[7] = 4;          /* log_size */
	attr[4] = U64(buf);                 /* log_buf */
	syscall(__NR_bpf, 5, attr, 40);
	attr[2] = U64(PAGE + 4096);         /* an unreadable license */
	attr[4] = 0;
	syscall(__NR_bpf, 5, attr, 40);

	/* BPF_OBJ_PIN / BPF_OBJ_GET: a path */
	memset(attr, 0, 256);
	strcpy(str, "/sys/fs/bpf/sc_nest/none");
	attr[0] = U64(str);
	((int32_t *)attr)[2] = -1;          /* bpf_fd */
	syscall(__NR_bpf, 6, attr, 12);
	syscall(__NR_bpf, 7, attr, 12);

	/* BPF_RAW_TRACEPOINT_OPEN: a name longer than -s */
	memset(attr, 0, 256);
	strcpy(str, "a_tracepoint_name_longer_than_32_characters");
	attr[0] = U64(str);
	((int32_t *)attr)[2] = -1;          /* prog_fd */
	syscall(__NR_bpf, 17, attr, 16);

	/* BPF_BTF_LOAD: btf_size bytes */
	memset(attr, 0, 256);
	memcpy(buf, "bPf\0daTum", 9);
	attr[0] = U64(buf);
	((uint32_t *)attr)[4] = 9;          /* btf_size */
	syscall(__NR_bpf, 18, attr, 28);

	/* io_uring_enter with IORING_ENTER_EXT_ARG (8) | GETEVENTS (1) */
	struct getevents_arg_ *g = (void *)(PAGE + 3072);
	uint64_t *set = (uint64_t *)(PAGE + 3200);
	int64_t *ts = (int64_t *)(PAGE + 3216);
	*set = (1ULL << 0) | (1ULL << 14);  /* HUP, TERM */
	ts[0] = 1;
	ts[1] = 2;
	*g = (struct getevents_arg_){ U64(set), 8, 3, U64(ts) };
	syscall(__NR_io_uring_enter, -1, 0, 0, 9, g, sizeof(*g));
	g->ts = U64(PAGE + 4096);           /* unreadable */
	g->sigmask = 0;
	syscall(__NR_io_uring_enter, -1, 0, 0, 9, g, sizeof(*g));
	/* without EXT_ARG the argument is a sigset */
	syscall(__NR_io_uring_enter, -1, 0, 0, 1, set, 8);

	/* setxattrat / getxattrat: xattr_args.value */
	int fd = open(FILE_NAME, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return 1;
	strcpy(str, "user.sc");
	memcpy(buf, "value\0of\0it", 12);
	struct xattr_args_ *xa = (void *)(PAGE + 3328);
	*xa = (struct xattr_args_){ U64(buf), 12, 0 };
	syscall(__NR_setxattrat, fd, "", 0x1000 /* AT_EMPTY_PATH */, str, xa, sizeof(*xa));
	*xa = (struct xattr_args_){ U64(out), 64, 0 };
	syscall(__NR_getxattrat, fd, "", 0x1000, str, xa, sizeof(*xa));
	*xa = (struct xattr_args_){ U64(out), 2, 0 };
	syscall(__NR_getxattrat, fd, "", 0x1000, str, xa, sizeof(*xa));   /* ERANGE */
	close(fd);
	unlink(FILE_NAME);

	/* io_submit: the iocbs behind the array's pointers, PWRITE's data
	 * and PREADV's iovecs behind theirs; a NULL and an unreadable
	 * element; an array running into the unreadable page */
	unsigned long ctx = 0;
	if (syscall(__NR_io_setup, 4, &ctx))
		return 1;
	struct iocb *cbs = (void *)(PAGE + 3584);    /* 3 x 64 bytes */
	uint64_t *iov = (uint64_t *)(PAGE + 3456);   /* 2 iovecs */
	uint64_t *ptrs = (uint64_t *)(PAGE + 4096 - 40);
	memset(cbs, 0, 3 * sizeof(*cbs));
	memcpy(buf, "data written", 12);
	cbs[0].aio_data = 0x11;
	cbs[0].aio_lio_opcode = IOCB_CMD_PWRITE;
	cbs[0].aio_fildes = -1;
	cbs[0].aio_buf = U64(buf);
	cbs[0].aio_nbytes = 12;
	cbs[1].aio_data = 0x22;
	cbs[1].aio_lio_opcode = IOCB_CMD_PREADV;
	cbs[1].aio_fildes = -1;
	cbs[1].aio_buf = U64(iov);
	cbs[1].aio_nbytes = 2;
	iov[0] = U64(out);
	iov[1] = 16;
	iov[2] = U64(out + 16);
	iov[3] = 32;
	cbs[2].aio_lio_opcode = IOCB_CMD_PREAD;
	cbs[2].aio_fildes = -1;
	cbs[2].aio_buf = U64(out);
	cbs[2].aio_nbytes = 64;
	cbs[2].aio_flags = IOCB_FLAG_RESFD;
	cbs[2].aio_resfd = -1;
	ptrs[0] = U64(&cbs[0]);
	ptrs[1] = U64(&cbs[1]);
	ptrs[2] = U64(&cbs[2]);
	ptrs[3] = 0;
	ptrs[4] = U64(PAGE + 4096);
	syscall(__NR_io_submit, ctx, 3, ptrs);
	syscall(__NR_io_submit, ctx, 7, ptrs);
	syscall(__NR_io_destroy, ctx);
	return 0;
}

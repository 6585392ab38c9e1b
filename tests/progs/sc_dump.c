/* Calls whose data -e read=/write= dumps, with syscall(2), for
 * tests/integration/dump.sh: short, binary, > 16 bytes, a partial last
 * row, 0 bytes, failed calls, vectors, messages, more than BPF keeps. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <mqueue.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	static unsigned char bin[40];
	static char big[5000], buf[64];
	static char a[] = "hello", b[] = " world, this is a long buffer of text\n";
	for (int i = 0; i < 40; i++)
		bin[i] = i * 7;
	for (int i = 0; i < 5000; i++)
		big[i] = 'A' + i % 26;
	if (open("/dev/null", O_WRONLY) != 3)
		return 1;
	syscall(__NR_write, -1, "start", 5);   /* where the expected lines begin */
	syscall(__NR_write, 3, "abcdefghijklmnopqrstu", 21);
	syscall(__NR_write, 3, bin, 40);
	syscall(__NR_write, 3, "0123456789abcdef", 16);
	syscall(__NR_write, 3, "", 0);
	syscall(__NR_write, 99, "xyz", 3);           /* fails: still dumped */
	syscall(__NR_write, 3, (void *)1, 3);        /* /dev/null reads nothing */
	syscall(__NR_pwrite64, 3, "pw", 2, 0);

	int p[2];
	if (pipe(p) || p[0] != 4)
		return 1;
	syscall(__NR_write, 5, "hello world!", 12);
	syscall(__NR_read, 4, buf, 5);
	syscall(__NR_read, 4, buf, 64);
	struct iovec v[4] = { { a, 5 }, { b, sizeof(b) - 1 }, { NULL, 0 }, { a, 5 } };
	syscall(__NR_writev, 5, v, 4);               /* stops at the empty buffer */
	char x[4], y[60], z[10];
	struct iovec r[3] = { { x, 4 }, { y, 60 }, { z, 10 } };
	syscall(__NR_readv, 4, r, 3);                /* 43 bytes: the third is empty */
	syscall(__NR_writev, 99, v, 2);              /* fails: still dumped */
	fcntl(4, F_SETFL, O_NONBLOCK);
	syscall(__NR_read, 4, buf, 64);              /* fails: nothing */

	int s[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, s) || s[0] != 6)
		return 1;
	syscall(__NR_sendto, 6, "sendto", 6, 0, NULL, 0);
	syscall(__NR_recvfrom, 7, buf, 64, 0, NULL, NULL);
	struct msghdr m = { .msg_iov = v, .msg_iovlen = 2 };
	syscall(__NR_sendmsg, 6, &m, 0);
	struct msghdr mr = { .msg_iov = r, .msg_iovlen = 2 };
	syscall(__NR_recvmsg, 7, &mr, 0);

	syscall(__NR_pwritev, 3, v, 2, 0, 0);
	syscall(__NR_vmsplice, 5, v, 2, 0);
	syscall(__NR_read, 4, buf, 64);
	syscall(__NR_preadv2, 4, r, 2, -1L, 0, 0);  /* nothing left: fails */
	struct mq_attr at = { .mq_maxmsg = 2, .mq_msgsize = 32 };
	int q = syscall(__NR_mq_open, "sc_dump", O_RDWR | O_CREAT, 0600, &at);
	syscall(__NR_mq_unlink, "sc_dump");
	if (q >= 0) {
		unsigned prio;
		syscall(__NR_mq_timedsend, q, "mqdata", 6, 1, NULL);
		syscall(__NR_mq_timedreceive, q, buf, 32, &prio, NULL);
	}

	syscall(__NR_write, 3, big, 5000);           /* more than BPF keeps */
	if (fork() == 0) {
		static char cb[8];
		memcpy(cb, "child", 5);   /* a page of the child's own */
		syscall(__NR_write, 3, cb, 5);
		_exit(0);
	}
	wait(NULL);
	return 0;
}

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* -y on files of kernel-internal mounts (tests/integration/fds.sh): a
 * memfd (strace: /memfd:NAME (deleted)) and a namespace (net:[INODE]). */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	int m = syscall(__NR_memfd_create, "mymem", 0);
	int n = syscall(__NR_openat, AT_FDCWD, "/proc/self/ns/net", O_RDONLY);
	syscall(__NR_close, n);
	syscall(__NR_close, m);
	return 0;
}

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * JSON -y's absolute paths (tests/integration/fds.sh): relative names
 * against the cwd, AT_FDCWD and a dirfd, with "." and "..", a rename
 * between two directories, symlink's target (not a lookup), a chdir.
 * Run in an empty directory with a subdirectory "sub".
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	syscall(__NR_open, "x.txt", O_RDONLY | O_CREAT, 0644);
	syscall(__NR_openat, AT_FDCWD, "sub/../y", O_RDONLY | O_CREAT, 0644);
	int d = syscall(__NR_openat, AT_FDCWD, "sub", O_RDONLY | O_DIRECTORY);
	syscall(__NR_openat, d, "./z", O_RDONLY | O_CREAT, 0644);
	syscall(__NR_renameat2, d, "z", AT_FDCWD, "w", 0);
	syscall(__NR_symlink, "tgt", "lnk");
	syscall(__NR_chdir, "sub");
	syscall(__NR_unlink, "../w");
	syscall(__NR_stat, "/etc/passwd", 0);
	return 0;
}

/* Names itself with bytes that could forge a trace line, then opens a
 * marker path: `prctl(PR_SET_NAME, "x> a\n1<sshd> o")`. */
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	syscall(__NR_prctl, PR_SET_NAME, "x> a\n1<sshd> o", 0, 0, 0);
	syscall(__NR_openat, AT_FDCWD, "/nonexistent/sctrace-rename", O_RDONLY);
	return 0;
}

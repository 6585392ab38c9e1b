/* A successful execveat (of /bin/true): the call returns as the new
 * image's execve (orig_ax rewritten), so -e trace=execveat must not drop
 * its exit on the number it returns with. */
#include <fcntl.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char *argv[] = { "true", NULL };
	syscall(__NR_execveat, AT_FDCWD, "/bin/true", argv, NULL, 0);
	return 1;
}

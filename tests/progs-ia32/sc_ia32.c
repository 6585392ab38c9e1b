/* A 32-bit program making ia32 syscalls (int $0x80) with no libc, so it
 * builds with `gcc -m32 -nostdlib` and no 32-bit libraries installed:
 * getppid (64), open (5) of a marker path, exit_group (252). */
static const char path[] = "/nonexistent/sctrace-ia32";

void _start(void)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "a"(64));
	__asm__ volatile("int $0x80" : "=a"(r) : "a"(5), "b"(path), "c"(0));
	__asm__ volatile("int $0x80" : : "a"(252), "b"(0));
	for (;;)
		;
}

// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -k (tests/integration/stack.sh): known call chains, main -> f -> g ->
 * syscall(2), built four ways (with and without frame pointers, with and
 * without debug info: the Makefile's sc_stack-* targets).
 *   (no argument)  one getppid from g, then return from main
 *   exit           the same, then exit_group at once: the process is gone
 *                  before sctrace has read the call's stack
 *   thread         the call from g in a second thread
 *   fork           the call from g in a child process (no exec), which
 *                  then exits at once
 *   loop           getppid from g every 10 ms until killed (for -p)
 *   cxx            f called from a function whose symbol is a C++ mangled
 *                  name (_ZN2ns5inner4callEi: ns::inner::call(int))
 *   jit            getppid from code in an anonymous executable mapping
 *                  (no file, no CFI: the walk cannot go on from it)
 *   deep           f called from big(), whose 16 KiB frame is more than
 *                  the kernel side copies: the unwinding stops at big
 */
#include <pthread.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

__attribute__((noinline)) static void g(void)
{
	syscall(__NR_getppid);
	__asm__ volatile("");  /* no tail call: g stays on the stack */
}

__attribute__((noinline)) static void f(void)
{
	g();
	__asm__ volatile("");
}

/* C with a C++ symbol name: the demangling tested without a C++ compiler */
__attribute__((noinline)) void ns_inner_call(int n) __asm__("_ZN2ns5inner4callEi");
__attribute__((noinline)) void ns_inner_call(int n)
{
	if (n)
		f();
	__asm__ volatile("");
}

/* a frame larger than the stack copy (SCT_STACK_MAX, 8 KiB) */
__attribute__((noinline)) static void big(void)
{
	volatile char pad[16384];
	pad[0] = 1;
	f();
	pad[sizeof(pad) - 1] = pad[0];
}

static void *thread_main(void *arg)
{
	f();
	return arg;
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	if (!strcmp(what, "thread")) {
		pthread_t t;
		pthread_create(&t, NULL, thread_main, NULL);
		pthread_join(t, NULL);
		return 0;
	}
	if (!strcmp(what, "fork")) {
		pid_t child = fork();
		if (child == 0) {
			f();
			_exit(0);
		}
		waitpid(child, NULL, 0);
		return 0;
	}
	if (!strcmp(what, "jit")) {
		/* mov $__NR_getppid, %eax; syscall; ret */
		static const unsigned char code[] = { 0xb8, __NR_getppid, 0, 0, 0, 0x0f, 0x05, 0xc3 };
		void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			return 1;
		memcpy(p, code, sizeof(code));
		((long (*)(void))p)();
		return 0;
	}
	if (!strcmp(what, "cxx")) {
		ns_inner_call(1);
		return 0;
	}
	if (!strcmp(what, "deep")) {
		big();
		return 0;
	}
	if (!strcmp(what, "loop")) {
		struct timespec ts = { 0, 10 * 1000 * 1000 };
		for (;;) {
			f();
			nanosleep(&ts, NULL);
		}
	}
	f();
	if (!strcmp(what, "exit"))
		syscall(__NR_exit_group, 0);
	return 0;
}

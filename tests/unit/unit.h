/* Minimal unit-test framework: TEST(name) { ... CHECK(...); }
 * Tests register themselves; unit_main.c runs them all and ends with
 * "N passed, N failed". */
#ifndef SCT_UNIT_H
#define SCT_UNIT_H
#include <stdio.h>
#include <string.h>

struct unit_test { const char *name; void (*fn)(int *failed); struct unit_test *next; };
void unit_register(struct unit_test *t);

#define TEST(name) \
	static void test_##name(int *unit_failed_); \
	static struct unit_test unit_##name = { #name, test_##name, 0 }; \
	__attribute__((constructor)) static void unit_reg_##name(void) { unit_register(&unit_##name); } \
	static void test_##name(int *unit_failed_)

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
	*unit_failed_ = 1; } } while (0)

#define CHECK_STREQ(got, want) do { const char *g_ = (got), *w_ = (want); \
	if (!g_ || strcmp(g_, w_) != 0) { \
	fprintf(stderr, "  %s:%d: got  <%s>\n  %*s want <%s>\n", __FILE__, __LINE__, \
		g_ ? g_ : "(null)", (int)strlen(__FILE__) + 6, "", w_); \
	*unit_failed_ = 1; } } while (0)

#define CHECK_INTEQ(got, want) do { long long g_ = (long long)(got), w_ = (long long)(want); \
	if (g_ != w_) { fprintf(stderr, "  %s:%d: got %lld want %lld (%s)\n", \
		__FILE__, __LINE__, g_, w_, #got); *unit_failed_ = 1; } } while (0)
#endif

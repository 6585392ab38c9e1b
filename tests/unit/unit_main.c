/* Runs every registered unit test; prints one line per failure and a
 * closing "N passed, N failed" line.  Exit status 1 if any failed. */
#include "unit.h"

static struct unit_test *head;

void unit_register(struct unit_test *t) { t->next = head; head = t; }

int main(int argc, char **argv)
{
	int passed = 0, failed = 0;
	for (struct unit_test *t = head; t; t = t->next) {
		if (argc > 1 && !strstr(t->name, argv[1]))
			continue;
		int f = 0;
		t->fn(&f);
		if (f) { failed++; fprintf(stderr, "FAIL unit: %s\n", t->name); }
		else passed++;
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}

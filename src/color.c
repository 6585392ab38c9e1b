// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* --color: when to colour (see color.h). */
#include "color.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

bool color_enabled(enum color_when when, int fd, bool separate_files)
{
	if (when != COLOR_AUTO)
		return when == COLOR_ALWAYS;
	if (separate_files || getenv("NO_COLOR"))
		return false;
	const char *term = getenv("TERM");
	if (!term || !*term || !strcmp(term, "dumb"))
		return false;
	return isatty(fd);
}

int color_parse_when(const char *s, enum color_when *out)
{
	static const struct { const char *name; enum color_when when; } words[] = {
		{ "auto", COLOR_AUTO }, { "always", COLOR_ALWAYS }, { "never", COLOR_NEVER },
	};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (!strcasecmp(s, words[i].name)) {
			*out = words[i].when;
			return 0;
		}
	}
	return -1;
}

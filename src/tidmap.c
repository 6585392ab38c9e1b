// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#include <stdio.h>
#include <stdlib.h>
#include "tidmap.h"

static size_t slot_of(uint32_t key, size_t cap)
{
	/* Fibonacci hashing spreads sequential tids */
	return (size_t)((key * 2654435769u) >> 7) & (cap - 1);
}

void *tidmap_get(const struct tidmap *m, uint32_t key)
{
	if (!m->count)
		return NULL;
	for (size_t i = slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
		if (!m->slots[i].val)
			return NULL;
		if (m->slots[i].key == key)
			return m->slots[i].val;
	}
}

static void grow(struct tidmap *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 64;
	struct tidmap_slot *old = m->slots;
	size_t ocap = m->cap;
	m->slots = calloc(ncap, sizeof(*m->slots));
	if (!m->slots) {
		fprintf(stderr, "sctrace: out of memory\n");
		abort();
	}
	m->cap = ncap;
	m->count = 0;
	for (size_t i = 0; i < ocap; i++)
		if (old[i].val)
			tidmap_put(m, old[i].key, old[i].val);
	free(old);
}

void *tidmap_put(struct tidmap *m, uint32_t key, void *val)
{
	if ((m->count + 1) * 2 > m->cap)
		grow(m);
	for (size_t i = slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
		if (!m->slots[i].val) {
			m->slots[i].key = key;
			m->slots[i].val = val;
			m->count++;
			return NULL;
		}
		if (m->slots[i].key == key) {
			void *old = m->slots[i].val;
			m->slots[i].val = val;
			return old;
		}
	}
}

void *tidmap_del(struct tidmap *m, uint32_t key)
{
	if (!m->count)
		return NULL;
	size_t mask = m->cap - 1, i = slot_of(key, m->cap);
	while (m->slots[i].val && m->slots[i].key != key)
		i = (i + 1) & mask;
	if (!m->slots[i].val)
		return NULL;
	void *old = m->slots[i].val;
	/* shift later members of the run back so lookups never hit a hole */
	for (size_t j = (i + 1) & mask; m->slots[j].val; j = (j + 1) & mask) {
		size_t home = slot_of(m->slots[j].key, m->cap);
		if (((j - home) & mask) >= ((j - i) & mask)) {
			m->slots[i] = m->slots[j];
			i = j;
		}
	}
	m->slots[i].val = NULL;
	m->count--;
	return old;
}

void tidmap_free(struct tidmap *m)
{
	free(m->slots);
	m->slots = NULL;
	m->cap = m->count = 0;
}

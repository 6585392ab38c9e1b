/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* A hash map from a 32-bit id (tid, pid) to a pointer: open addressing,
 * linear probing, backward-shift deletion (no tombstones), grows at 1/2. */
#ifndef SCT_TIDMAP_H
#define SCT_TIDMAP_H

#include <stddef.h>
#include <stdint.h>

struct tidmap_slot { uint32_t key; void *val; };  /* val NULL: empty slot */

struct tidmap {
	struct tidmap_slot *slots;
	size_t cap;   /* power of two */
	size_t count;
};

/* The value for key, or NULL. */
void *tidmap_get(const struct tidmap *m, uint32_t key);
/* Insert or replace (val must not be NULL); returns the old value or NULL.
 * Aborts on out of memory. */
void *tidmap_put(struct tidmap *m, uint32_t key, void *val);
/* Remove; returns the removed value or NULL. */
void *tidmap_del(struct tidmap *m, uint32_t key);
void tidmap_free(struct tidmap *m);

/* Iterate: for (size_t i = 0; i < m->cap; i++) if (m->slots[i].val) ... */

#endif

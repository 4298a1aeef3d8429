// micropython4j: building result payloads: a sequence of fields, each a little-endian u32
// length followed by that many bytes. Buffers come from malloc, not the GC heap, so a
// MemoryError can still be described. A longer field keeps its first and last
// FIELD_KEEP_BYTES, the last from the start of a line, with a marker saying how much was cut
// between them (a traceback keeps its final "Type: message" line), and a payload stops taking
// new fields once it holds PAYLOAD_MAX_BYTES.
#ifndef MP4J_PAYLOAD_H
#define MP4J_PAYLOAD_H

#include <stdbool.h>
#include <stddef.h>
#include "py/mpprint.h"

#define FIELD_KEEP_BYTES (32 * 1024)
#define PAYLOAD_MAX_BYTES (1024 * 1024)

typedef struct _payload_t {
    char *buf;
    size_t len;
    size_t cap;
    size_t field_start; // offset of the open field's length prefix
    bool in_field;      // a field is open and its prefix was written
    bool failed;        // out of memory or over PAYLOAD_MAX_BYTES: no more fields
    char *tail;         // the open field's last FIELD_KEEP_BYTES past its head, a ring
    size_t overflow;    // bytes of the open field past its head
    mp_print_t print;   // appends to the open field
} payload_t;

void payload_init(payload_t *p);
void payload_reset(payload_t *p);
void payload_free(payload_t *p);
void payload_field_begin(payload_t *p);
void payload_field_end(payload_t *p);
void payload_field_str(payload_t *p, const char *s);
// A field of `len` bytes, never cut and not held to PAYLOAD_MAX_BYTES: the caller bounds it
// (a value's JSON, which is whole or useless).
void payload_field_raw(payload_t *p, const char *data, size_t len);
static inline const mp_print_t *payload_printer(payload_t *p) {
    return &p->print;
}

#endif

// micropython4j: building result payloads: a sequence of fields, each a little-endian u32
// length followed by that many bytes. Buffers come from malloc, not the GC heap, so a
// MemoryError can still be described. A field keeps at most FIELD_MAX_BYTES: its beginning
// and its last FIELD_TAIL_BYTES, with a line saying how much was left out between them (so a
// traceback's last line survives); a payload stops taking new fields once it holds
// PAYLOAD_MAX_BYTES.
#ifndef MP4J_PAYLOAD_H
#define MP4J_PAYLOAD_H

#include <stdbool.h>
#include <stddef.h>
#include "py/mpprint.h"

#define FIELD_MAX_BYTES (64 * 1024)
#define FIELD_TAIL_BYTES (8 * 1024)
#define PAYLOAD_MAX_BYTES (1024 * 1024)

typedef struct _payload_t {
    char *buf;
    size_t len;
    size_t cap;
    size_t field_start; // offset of the open field's length prefix
    size_t ring_pos;    // an overflowing field: where its tail ring takes the next byte
    size_t dropped;     // an overflowing field: bytes that did not fit
    bool in_field;      // a field is open and its prefix was written
    bool failed;        // out of memory or over PAYLOAD_MAX_BYTES: no more fields
    mp_print_t print;   // appends to the open field
} payload_t;

void payload_init(payload_t *p);
void payload_reset(payload_t *p);
void payload_free(payload_t *p);
void payload_field_begin(payload_t *p);
void payload_field_end(payload_t *p);
void payload_field_str(payload_t *p, const char *s);
static inline const mp_print_t *payload_printer(payload_t *p) {
    return &p->print;
}

#endif

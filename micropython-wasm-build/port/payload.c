// micropython4j: result payload fields (see payload.h).
#include <stdlib.h>
#include <string.h>
#include "payload.h"

// Make room for len more bytes; false if malloc refuses.
static bool reserve(payload_t *p, size_t len) {
    if (p->len + len <= p->cap) {
        return true;
    }
    size_t cap = p->cap == 0 ? 256 : p->cap;
    while (cap < p->len + len) {
        cap *= 2;
    }
    char *buf = realloc(p->buf, cap);
    if (buf == NULL) {
        return false;
    }
    p->buf = buf;
    p->cap = cap;
    return true;
}

// Append to the open field, dropping what exceeds FIELD_MAX_BYTES: a truncated traceback
// is better than none.
static void print_strn(void *env, const char *str, size_t len) {
    payload_t *p = env;
    if (!p->in_field) {
        return;
    }
    size_t used = p->len - p->field_start - 4;
    if (used + len > FIELD_MAX_BYTES) {
        len = FIELD_MAX_BYTES - used;
    }
    if (len > 0 && reserve(p, len)) {
        memcpy(p->buf + p->len, str, len);
        p->len += len;
    }
}

void payload_init(payload_t *p) {
    memset(p, 0, sizeof(*p));
    p->print.data = p;
    p->print.print_strn = print_strn;
}

void payload_reset(payload_t *p) {
    p->len = 0;
    p->in_field = false;
    p->failed = false;
}

void payload_free(payload_t *p) {
    free(p->buf);
    payload_init(p);
}

void payload_field_begin(payload_t *p) {
    p->in_field = false;
    if (p->failed || p->len + 4 > PAYLOAD_MAX_BYTES || !reserve(p, 4)) {
        p->failed = true;
        return;
    }
    p->field_start = p->len;
    memset(p->buf + p->len, 0, 4);
    p->len += 4;
    p->in_field = true;
}

void payload_field_end(payload_t *p) {
    if (!p->in_field) {
        return;
    }
    uint32_t field_len = (uint32_t)(p->len - p->field_start - 4);
    memcpy(p->buf + p->field_start, &field_len, 4);
    p->in_field = false;
}

void payload_field_str(payload_t *p, const char *s) {
    payload_field_begin(p);
    print_strn(p, s, strlen(s));
    payload_field_end(p);
}

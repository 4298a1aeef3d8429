// micropython4j: result payload fields (see payload.h).
#include <stdlib.h>
#include <string.h>
#include "py/mpconfig.h"
#include "py/misc.h"
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

// Append to the open field: its first FIELD_KEEP_BYTES go to the buffer, the rest through a
// ring that keeps the last FIELD_KEEP_BYTES (payload_field_end puts them after a marker).
static void print_strn(void *env, const char *str, size_t len) {
    payload_t *p = env;
    if (!p->in_field) {
        return;
    }
    size_t used = p->len - p->field_start - 4;
    size_t head = used < FIELD_KEEP_BYTES ? MIN(len, FIELD_KEEP_BYTES - used) : 0;
    if (head > 0 && reserve(p, head)) {
        memcpy(p->buf + p->len, str, head);
        p->len += head;
    }
    str += head;
    len -= head;
    if (len == 0) {
        return;
    }
    if (p->tail == NULL && (p->tail = malloc(FIELD_KEEP_BYTES)) == NULL) {
        return;
    }
    for (size_t i = 0; i < len; i++) {
        p->tail[(p->overflow + i) % FIELD_KEEP_BYTES] = str[i];
    }
    p->overflow += len;
}

// Close the cut between a long field's head and tail: a marker, then the tail from its first
// line start (or whole, if it has no line break).
static void append_tail(payload_t *p) {
    size_t kept = MIN(p->overflow, FIELD_KEEP_BYTES);
    size_t start = p->overflow - kept; // the ring's oldest byte, as an offset in the overflow
    size_t skip = 0;
    while (skip < kept && p->tail[(start + skip) % FIELD_KEEP_BYTES] != '\n') {
        skip++;
    }
    skip = skip < kept ? skip + 1 : 0;
    char digits[24];
    size_t n = 0;
    for (size_t cut = start + skip; n == 0 || cut > 0; cut /= 10) {
        digits[n++] = (char)('0' + cut % 10);
    }
    static const char before[] = "\n[... ", after[] = " bytes cut ...]\n";
    if (!reserve(p, sizeof(before) - 1 + n + sizeof(after) - 1 + kept - skip)) {
        return;
    }
    memcpy(p->buf + p->len, before, sizeof(before) - 1);
    p->len += sizeof(before) - 1;
    while (n > 0) {
        p->buf[p->len++] = digits[--n];
    }
    memcpy(p->buf + p->len, after, sizeof(after) - 1);
    p->len += sizeof(after) - 1;
    for (size_t i = skip; i < kept; i++) {
        p->buf[p->len++] = p->tail[(start + i) % FIELD_KEEP_BYTES];
    }
}

void payload_init(payload_t *p) {
    memset(p, 0, sizeof(*p));
    p->print.data = p;
    p->print.print_strn = print_strn;
}

void payload_reset(payload_t *p) {
    p->len = 0;
    p->overflow = 0;
    p->in_field = false;
    p->failed = false;
}

void payload_free(payload_t *p) {
    free(p->buf);
    free(p->tail);
    payload_init(p);
}

void payload_field_begin(payload_t *p) {
    p->in_field = false;
    if (p->failed || p->len + 4 > PAYLOAD_MAX_BYTES || !reserve(p, 4)) {
        p->failed = true;
        return;
    }
    p->field_start = p->len;
    p->overflow = 0;
    memset(p->buf + p->len, 0, 4);
    p->len += 4;
    p->in_field = true;
}

void payload_field_end(payload_t *p) {
    if (!p->in_field) {
        return;
    }
    if (p->overflow > 0) {
        append_tail(p);
        p->overflow = 0;
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

void payload_field_raw(payload_t *p, const char *data, size_t len) {
    if (p->failed || !reserve(p, 4 + len)) {
        p->failed = true;
        return;
    }
    uint32_t field_len = (uint32_t)len;
    memcpy(p->buf + p->len, &field_len, 4);
    memcpy(p->buf + p->len + 4, data, len);
    p->len += 4 + len;
}

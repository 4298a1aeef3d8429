// micropython4j: result payload fields (see payload.h).
#include <stdlib.h>
#include <string.h>
#include "payload.h"

static size_t min_size(size_t a, size_t b) {
    return a < b ? a : b;
}

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

// Append to the open field. Once it holds FIELD_MAX_BYTES, its last FIELD_TAIL_BYTES become a
// ring that keeps the latest text, so that a traceback too long for the field still ends with
// its "Type: message" line; payload_field_end closes the gap (cut_field).
static void print_strn(void *env, const char *str, size_t len) {
    payload_t *p = env;
    if (!p->in_field) {
        return;
    }
    size_t used = p->len - p->field_start - 4;
    size_t n = min_size(len, FIELD_MAX_BYTES - used);
    if (n > 0) {
        if (!reserve(p, n)) {
            return;
        }
        memcpy(p->buf + p->len, str, n);
        p->len += n;
        str += n;
        len -= n;
    }
    if (len == 0 || used + n < FIELD_MAX_BYTES) {
        return;
    }
    p->dropped += len;
    if (len > FIELD_TAIL_BYTES) {
        str += len - FIELD_TAIL_BYTES;
        len = FIELD_TAIL_BYTES;
    }
    char *ring = p->buf + p->len - FIELD_TAIL_BYTES;
    while (len > 0) {
        size_t chunk = min_size(len, FIELD_TAIL_BYTES - p->ring_pos);
        memcpy(ring + p->ring_pos, str, chunk);
        p->ring_pos = (p->ring_pos + chunk) % FIELD_TAIL_BYTES;
        str += chunk;
        len -= chunk;
    }
}

static void reverse(char *s, size_t len) {
    for (size_t i = 0; i + 1 < len - i; ++i) {
        char c = s[i];
        s[i] = s[len - 1 - i];
        s[len - 1 - i] = c;
    }
}

// A field that overflowed: its head up to the last whole line, a line saying how much was
// left out, and its tail from the first whole line (the ring put back in order).
static void cut_field(payload_t *p) {
    char *data = p->buf + p->field_start + 4;
    char *ring = data + FIELD_MAX_BYTES - FIELD_TAIL_BYTES;
    reverse(ring, p->ring_pos);
    reverse(ring + p->ring_pos, FIELD_TAIL_BYTES - p->ring_pos);
    reverse(ring, FIELD_TAIL_BYTES);
    size_t head = FIELD_MAX_BYTES - FIELD_TAIL_BYTES;
    while (head > 0 && data[head - 1] != '\n') {
        --head;
    }
    if (head == 0) {
        head = FIELD_MAX_BYTES - FIELD_TAIL_BYTES; // one long line: cut it where it is
    }
    size_t skip = 0;
    while (skip < FIELD_TAIL_BYTES && ring[skip] != '\n') {
        ++skip;
    }
    skip = skip + 1 < FIELD_TAIL_BYTES ? skip + 1 : 0;
    size_t left_out = p->dropped + (FIELD_MAX_BYTES - FIELD_TAIL_BYTES - head) + skip;
    char marker[64] = "  [... ";
    size_t m = strlen(marker);
    char digits[24];
    size_t d = 0;
    do {
        digits[d++] = '0' + left_out % 10;
        left_out /= 10;
    } while (left_out > 0);
    while (d > 0) {
        marker[m++] = digits[--d];
    }
    static const char rest[] = " bytes of the traceback left out ...]\n";
    memcpy(marker + m, rest, sizeof(rest) - 1);
    m += sizeof(rest) - 1;
    size_t tail = FIELD_TAIL_BYTES - skip;
    memmove(data + head + m, ring + skip, tail);
    memcpy(data + head, marker, m);
    p->len = p->field_start + 4 + head + m + tail;
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
    p->ring_pos = 0;
    p->dropped = 0;
    memset(p->buf + p->len, 0, 4);
    p->len += 4;
    p->in_field = true;
}

void payload_field_end(payload_t *p) {
    if (!p->in_field) {
        return;
    }
    if (p->dropped > 0) {
        cut_field(p);
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

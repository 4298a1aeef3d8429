// micropython4j: MD5 (RFC 1321) and SHA-1 (FIPS 180-4) for hashlib.md5 and hashlib.sha1,
// behind the axTLS-style API of lib/axtls/crypto/crypto.h that extmod/modhashlib.c calls.
// Plain portable C written from the specifications; both hash 64-byte blocks, so the
// buffering is shared. Their loops are fuel-metered like all C code (tools/meter.py).
#include <string.h>
#include "lib/axtls/crypto/crypto.h"

static inline uint32_t rotl(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

// ---- MD5 ----

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

static const uint8_t md5_r[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static void md5_block(uint32_t state[4], const uint8_t *p) {
    uint32_t w[16];
    for (int i = 0; i < 16; i++) {
        w[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8
            | (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rotl(a + f + md5_k[i] + w[g], md5_r[i]);
        a = t;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
}

// ---- SHA-1 ----

static void sha1_block(uint32_t state[5], const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16
            | (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
}

// ---- shared 64-byte block buffering ----

typedef void (*block_fn)(uint32_t *state, const uint8_t *block);

static void update(uint32_t *state, uint64_t *length, uint8_t *block, block_fn fn,
    const uint8_t *data, size_t len) {
    size_t used = (size_t)(*length & 63);
    *length += len;
    if (used > 0) {
        size_t take = 64 - used < len ? 64 - used : len;
        memcpy(block + used, data, take);
        data += take;
        len -= take;
        if (used + take < 64) {
            return;
        }
        fn(state, block);
    }
    for (; len >= 64; data += 64, len -= 64) {
        fn(state, data);
    }
    memcpy(block, data, len);
}

// Pads with 0x80, zeros and the bit length (little-endian for MD5, big-endian for SHA-1).
static void finish(uint32_t *state, uint64_t length, uint8_t *block, block_fn fn, int big_endian) {
    size_t used = (size_t)(length & 63);
    block[used++] = 0x80;
    if (used > 56) {
        memset(block + used, 0, 64 - used);
        fn(state, block);
        used = 0;
    }
    memset(block + used, 0, 56 - used);
    uint64_t bits = length * 8;
    for (int i = 0; i < 8; i++) {
        block[56 + i] = (uint8_t)(bits >> (big_endian ? 56 - 8 * i : 8 * i));
    }
    fn(state, block);
}

void MD5_Init(MD5_CTX *ctx) {
    static const uint32_t init[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    memcpy(ctx->state, init, sizeof(init));
    ctx->length = 0;
}

void MD5_Update(MD5_CTX *ctx, const uint8_t *data, int len) {
    update(ctx->state, &ctx->length, ctx->block, md5_block, data, (size_t)len);
}

void MD5_Final(uint8_t *digest, MD5_CTX *ctx) {
    finish(ctx->state, ctx->length, ctx->block, md5_block, 0);
    for (int i = 0; i < 16; i++) {
        digest[i] = (uint8_t)(ctx->state[i / 4] >> (8 * (i % 4)));
    }
}

void SHA1_Init(SHA1_CTX *ctx) {
    static const uint32_t init[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    memcpy(ctx->state, init, sizeof(init));
    ctx->length = 0;
}

void SHA1_Update(SHA1_CTX *ctx, const uint8_t *data, int len) {
    update(ctx->state, &ctx->length, ctx->block, sha1_block, data, (size_t)len);
}

void SHA1_Final(uint8_t *digest, SHA1_CTX *ctx) {
    finish(ctx->state, ctx->length, ctx->block, sha1_block, 1);
    for (int i = 0; i < 20; i++) {
        digest[i] = (uint8_t)(ctx->state[i / 4] >> (24 - 8 * (i % 4)));
    }
}

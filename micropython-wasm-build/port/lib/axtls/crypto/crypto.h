// micropython4j: the MD5 and SHA-1 API that extmod/modhashlib.c expects from axTLS
// (MICROPY_SSL_AXTLS), implemented by port/md5_sha1.c. Debian's MicroPython source ships
// neither axTLS nor mbedTLS; this header sits at the path modhashlib.c includes
// ("lib/axtls/crypto/crypto.h"), found first because the port directory leads the include path.
#ifndef MP4J_MD5_SHA1_H
#define MP4J_MD5_SHA1_H

#include <stdint.h>
#include <stddef.h>

#define MD5_SIZE 16
#define SHA1_SIZE 20

typedef struct {
    uint32_t state[4];
    uint64_t length;      // bytes hashed so far
    uint8_t block[64];    // the partial block
} MD5_CTX;

typedef struct {
    uint32_t state[5];
    uint64_t length;
    uint8_t block[64];
} SHA1_CTX;

void MD5_Init(MD5_CTX *ctx);
void MD5_Update(MD5_CTX *ctx, const uint8_t *data, int len);
void MD5_Final(uint8_t *digest, MD5_CTX *ctx);

void SHA1_Init(SHA1_CTX *ctx);
void SHA1_Update(SHA1_CTX *ctx, const uint8_t *data, int len);
void SHA1_Final(uint8_t *digest, SHA1_CTX *ctx);

#endif

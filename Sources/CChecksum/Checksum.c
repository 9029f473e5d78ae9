#include "Checksum.h"

#if defined(__APPLE__)
#include <CommonCrypto/CommonDigest.h>

void journal_sha256(const void *bytes, size_t length, unsigned char *digest) {
    CC_SHA256_CTX context;
    CC_SHA256_Init(&context);
    // CC_SHA256_Update takes a 32-bit length.
    const unsigned char *next = bytes;
    while (length > 0) {
        CC_LONG part = length > 0x40000000 ? 0x40000000 : (CC_LONG)length;
        CC_SHA256_Update(&context, next, part);
        next += part;
        length -= part;
    }
    CC_SHA256_Final(digest, &context);
}
#else
// The low-level functions, not EVP: OpenSSL 3 deprecates them, but EVP would load its provider
// machinery (and read openssl.cnf) to hash a picture, and the one-shot SHA256() goes through EVP.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

void journal_sha256(const void *bytes, size_t length, unsigned char *digest) {
    SHA256_CTX context;
    SHA256_Init(&context);
    SHA256_Update(&context, bytes, length);
    SHA256_Final(digest, &context);
}
#endif

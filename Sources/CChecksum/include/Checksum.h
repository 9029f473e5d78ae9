// SHA-256 from the system's cryptography library (OpenSSL's libcrypto on Linux, CommonCrypto
// on macOS), for the checksums of the pictures the journal keeps.
#ifndef JOURNAL_CHECKSUM_H
#define JOURNAL_CHECKSUM_H

#include <stddef.h>

/// The length of a SHA-256 digest, in bytes.
#define JOURNAL_SHA256_LENGTH 32

/// Writes the SHA-256 of the `length` bytes at `bytes` into `digest`, which holds
/// JOURNAL_SHA256_LENGTH bytes.
void journal_sha256(const void *bytes, size_t length, unsigned char *digest);

#endif

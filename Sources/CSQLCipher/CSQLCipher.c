/*
 * SQLCipher's amalgamation, compiled as one translation unit with the few functions the
 * journal adds to it. vendor/ is fetched by Scripts/fetch-sqlcipher and never committed.
 *
 * SQLCipher's cryptography comes from the provider below (SQLCIPHER_CRYPTO_CUSTOM in
 * Package.swift), on libgcrypt, GnuPG's library: the algorithms and the file format are SQLCipher
 * 4's defaults, unchanged, so that any SQLCipher 4 opens a journal (Python's sqlcipher3 does, in
 * the tests).
 */
#if !__has_include("vendor/sqlite3.h") || !__has_include("vendor/sqlite3.c")
#error "SQLCipher's source is missing: run Scripts/fetch-sqlcipher, then build again"
#else

#include "vendor/sqlite3.c"

#include <errno.h>
#include <gcrypt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "CSQLCipher.h"

/*
 * SQLCipher draws random bytes when SQLite starts, for every journal, encrypted or not (page IVs,
 * salts): straight from the kernel, as libgcrypt's own generator is seeded, so that a plain
 * journal never starts libgcrypt.
 */
static int journal_random(void *context, void *buffer, int length) {
    unsigned char *bytes = buffer;
    while (length > 0) {
        ssize_t count = getrandom(bytes, (size_t)length, 0);
        if (count < 0) {
            if (errno == EINTR) continue;
            return SQLITE_ERROR;
        }
        bytes += count;
        length -= (int)count;
    }
    return SQLITE_OK;
}

/* SQLCipher mixes in entropy its caller gives (PRAGMA cipher_add_random); the kernel's needs none. */
static int journal_add_random(void *context, const void *buffer, int length) {
    return SQLITE_OK;
}

/*
 * What SQLCipher does with every page and at every open: the HMAC-SHA512 that checks a page, the
 * AES-256-CBC that decrypts it, and the PBKDF2 that derives the HMACs' key. libgcrypt starts in
 * about 0.1 ms, at the first of these calls, so never for a plain journal; OpenSSL 3, SQLCipher's
 * usual provider, built its tables of every cipher, digest and MAC at its first look-up, about
 * 0.8 ms of every command on an encrypted journal. And a libgcrypt HMAC keeps its key across
 * calls, where OpenSSL's was set up again for each page.
 *
 * Each connection keeps an HMAC handle with its key and an AES handle, made at first use and
 * closed (libgcrypt wipes them) with the connection, which holds the same keys all along. They,
 * and the copy of the HMAC key, live in libgcrypt's secure memory, locked out of swap as
 * SQLCipher's own keys are (journal_keys).
 */
static pthread_once_t journal_gcrypt_once = PTHREAD_ONCE_INIT;
static int journal_gcrypt_ready;

static void journal_gcrypt_start_once(void) {
    if (gcry_check_version(GCRYPT_VERSION) == NULL) return;
    /* A pool of locked memory for a connection or two (each needs about 2 KiB). Where locking
     * is not allowed, libgcrypt uses ordinary memory and would say so on stderr, where a person
     * must never see a library's lines. */
    gcry_control(GCRYCTL_DISABLE_SECMEM_WARN, 0);
    gcry_control(GCRYCTL_INIT_SECMEM, 32768, 0);
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    journal_gcrypt_ready = 1;
}

static int journal_gcrypt_start(void) {
    pthread_once(&journal_gcrypt_once, journal_gcrypt_start_once);
    return journal_gcrypt_ready;
}

/* By SQLCipher's numbers, the same for its HMACs and its key derivations. */
static const int journal_digests[3] = {GCRY_MD_SHA1, GCRY_MD_SHA256, GCRY_MD_SHA512};

/* What a connection keeps between calls, in libgcrypt's secure memory. */
typedef struct {
    gcry_md_hd_t hmac[3];
    /* The key each HMAC handle holds, to tell when SQLCipher hands another (while rekeying). */
    unsigned char hmac_key[3][64];
    int hmac_key_sz[3];
    gcry_cipher_hd_t aes;
} journal_keys;

/* A connection's provider context. SQLCipher also makes one when SQLite starts, for every
 * journal, so the keys' part is made only at the first HMAC or AES call: a plain journal never
 * starts libgcrypt. */
typedef struct {
    journal_keys *keys;
} journal_crypto;

static int journal_ctx_init(void **ctx) {
    journal_crypto *crypto = calloc(1, sizeof(journal_crypto));
    if (crypto == NULL) return SQLITE_NOMEM;
    *ctx = crypto;
    return SQLITE_OK;
}

static int journal_ctx_free(void **ctx) {
    journal_crypto *crypto = *ctx;
    if (crypto != NULL) {
        journal_keys *keys = crypto->keys;
        if (keys != NULL) {
            for (int index = 0; index < 3; index++) gcry_md_close(keys->hmac[index]);
            gcry_cipher_close(keys->aes);
            /* Wiped as it is freed. */
            gcry_free(keys);
        }
        free(crypto);
        *ctx = NULL;
    }
    return SQLITE_OK;
}

/* The keys' part of `ctx`, made at its first use; NULL when libgcrypt cannot start or has no
 * memory left. */
static journal_keys *journal_keys_of(void *ctx) {
    journal_crypto *crypto = ctx;
    if (crypto == NULL || !journal_gcrypt_start()) return NULL;
    if (crypto->keys == NULL) {
        crypto->keys = gcry_calloc_secure(1, sizeof(journal_keys));
        if (crypto->keys == NULL) return NULL;
        for (int index = 0; index < 3; index++) crypto->keys->hmac_key_sz[index] = -1;
    }
    return crypto->keys;
}

static int journal_hmac(
    void *ctx, int algorithm, const unsigned char *key, int key_sz, const unsigned char *in, int in_sz,
    const unsigned char *in2, int in2_sz, unsigned char *out) {
    if (in == NULL || algorithm < SQLCIPHER_HMAC_SHA1 || algorithm > SQLCIPHER_HMAC_SHA512 || key_sz < 0 || key_sz > 64)
        return SQLITE_ERROR;
    journal_keys *keys = journal_keys_of(ctx);
    if (keys == NULL) return SQLITE_ERROR;
    gcry_md_hd_t *hmac = &keys->hmac[algorithm];
    if (*hmac == NULL && gcry_md_open(hmac, journal_digests[algorithm], GCRY_MD_FLAG_HMAC | GCRY_MD_FLAG_SECURE) != 0) {
        *hmac = NULL;
        return SQLITE_ERROR;
    }
    if (keys->hmac_key_sz[algorithm] != key_sz || memcmp(keys->hmac_key[algorithm], key, (size_t)key_sz) != 0) {
        keys->hmac_key_sz[algorithm] = -1;
        if (gcry_md_setkey(*hmac, key, (size_t)key_sz) != 0) return SQLITE_ERROR;
        memcpy(keys->hmac_key[algorithm], key, (size_t)key_sz);
        keys->hmac_key_sz[algorithm] = key_sz;
    }
    /* Back to the keyed state, from the last page's digest: the key stays. */
    gcry_md_reset(*hmac);
    gcry_md_write(*hmac, in, (size_t)in_sz);
    if (in2 != NULL) gcry_md_write(*hmac, in2, (size_t)in2_sz);
    const unsigned char *digest = gcry_md_read(*hmac, 0);
    if (digest == NULL) return SQLITE_ERROR;
    memcpy(out, digest, gcry_md_get_algo_dlen(journal_digests[algorithm]));
    return SQLITE_OK;
}

static int journal_cipher(
    void *ctx, int mode, const unsigned char *key, int key_sz, const unsigned char *iv, const unsigned char *in,
    int in_sz, unsigned char *out) {
    if (key_sz != 32) return SQLITE_ERROR;
    journal_keys *keys = journal_keys_of(ctx);
    if (keys == NULL) return SQLITE_ERROR;
    if (keys->aes == NULL && gcry_cipher_open(&keys->aes, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_CBC, GCRY_CIPHER_SECURE) != 0) {
        keys->aes = NULL;
        return SQLITE_ERROR;
    }
    if (gcry_cipher_setkey(keys->aes, key, (size_t)key_sz) != 0 || gcry_cipher_setiv(keys->aes, iv, 16) != 0)
        return SQLITE_ERROR;
    gcry_error_t error = mode == SQLCIPHER_ENCRYPT
        ? gcry_cipher_encrypt(keys->aes, out, (size_t)in_sz, in, (size_t)in_sz)
        : gcry_cipher_decrypt(keys->aes, out, (size_t)in_sz, in, (size_t)in_sz);
    return error == 0 ? SQLITE_OK : SQLITE_ERROR;
}

static int journal_kdf(
    void *ctx, int algorithm, const unsigned char *pass, int pass_sz, const unsigned char *salt, int salt_sz,
    int workfactor, int key_sz, unsigned char *key) {
    if (algorithm < SQLCIPHER_PBKDF2_HMAC_SHA1 || algorithm > SQLCIPHER_PBKDF2_HMAC_SHA512 || !journal_gcrypt_start())
        return SQLITE_ERROR;
    gcry_error_t error = gcry_kdf_derive(
        pass, (size_t)pass_sz, GCRY_KDF_PBKDF2, journal_digests[algorithm], salt, (size_t)salt_sz,
        (unsigned long)workfactor, (size_t)key_sz, key);
    return error == 0 ? SQLITE_OK : SQLITE_ERROR;
}

static const char *journal_provider_name(void *ctx) {
    return "libgcrypt";
}

static const char *journal_provider_version(void *ctx) {
    return gcry_check_version(NULL);
}

static const char *journal_cipher_name(void *ctx) {
    return "aes-256-cbc";
}

static int journal_key_size(void *ctx) {
    return 32;
}

static int journal_aes_block_size(void *ctx) {
    return 16;
}

static int journal_hmac_size(void *ctx, int algorithm) {
    if (algorithm < SQLCIPHER_HMAC_SHA1 || algorithm > SQLCIPHER_HMAC_SHA512) return 0;
    return (int)gcry_md_get_algo_dlen(journal_digests[algorithm]);
}

static int journal_fips_status(void *ctx) {
    return 0;
}

/* SQLCIPHER_CRYPTO_CUSTOM: SQLCipher calls this when SQLite starts, to fill its provider. */
int journal_gcrypt_setup(sqlcipher_provider *provider) {
    provider->init = NULL;
    provider->shutdown = NULL;
    provider->get_provider_name = journal_provider_name;
    provider->add_random = journal_add_random;
    provider->random = journal_random;
    provider->hmac = journal_hmac;
    provider->kdf = journal_kdf;
    provider->cipher = journal_cipher;
    provider->get_cipher = journal_cipher_name;
    provider->get_key_sz = journal_key_size;
    provider->get_iv_sz = journal_aes_block_size;
    provider->get_block_sz = journal_aes_block_size;
    provider->get_hmac_sz = journal_hmac_size;
    provider->ctx_init = journal_ctx_init;
    provider->ctx_free = journal_ctx_free;
    provider->fips_status = journal_fips_status;
    provider->get_provider_version = journal_provider_version;
    return SQLITE_OK;
}

int journal_sqlcipher_key(struct sqlite3 *db, const char *name, const void *key, int length) {
    return sqlite3_key_v2(db, name, key, length);
}

int journal_sqlcipher_rekey(struct sqlite3 *db, const char *name, const void *key, int length) {
    return sqlite3_rekey_v2(db, name, key, length);
}

int journal_pbkdf2_hmac_sha512(
    const void *passphrase, int passphraseLength, const void *salt, int saltLength,
    int iterations, void *key, int keyLength) {
    return journal_kdf(
               NULL, SQLCIPHER_PBKDF2_HMAC_SHA512, passphrase, passphraseLength, salt, saltLength, iterations,
               keyLength, key)
        == SQLITE_OK;
}

#endif

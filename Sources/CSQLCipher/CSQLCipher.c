/*
 * SQLCipher's amalgamation, compiled as one translation unit with the few functions the
 * journal adds to it. vendor/ is fetched by Scripts/fetch-sqlcipher and never committed.
 */
#if !__has_include("vendor/sqlite3.h") || !__has_include("vendor/sqlite3.c")
#error "SQLCipher's source is missing: run Scripts/fetch-sqlcipher, then build again"
#else

#include "vendor/sqlite3.c"

#include <errno.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/random.h>

#include "CSQLCipher.h"

/*
 * SQLCipher draws random bytes when SQLite starts, for every journal, encrypted or not. Its
 * OpenSSL provider draws them from OpenSSL, whose first use loads its configuration and builds
 * its tables of algorithms: a few milliseconds on every command, for nothing on a plain journal.
 * The same provider, drawing its random bytes (page IVs, salts) straight from the kernel, as
 * OpenSSL's own generator is seeded, leaves OpenSSL untouched until a journal is encrypted.
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

/*
 * The same provider again for the calls made for every page read or written: the HMAC that
 * checks the page and the AES-256-CBC that decrypts it. SQLCipher's own look up HMAC, SHA-512
 * and AES by name in OpenSSL 3's tables at every call (EVP_MAC_fetch, and the implicit fetches
 * of EVP_MAC_init's digest and EVP_CipherInit_ex's cipher). Here the algorithms are fetched
 * once per process, and each connection keeps an HMAC context with its digest set, copied for
 * each page. As in SQLCipher's, what holds a key lives only for one call and is freed (and so
 * cleansed) after it.
 *
 * OpenSSL starts at the first of these calls, so never for a plain journal, and without what
 * the journal does not use: the system's openssl.cnf (the journal's encryption does not change
 * with a machine's settings) and the tables of every cipher and digest by their old names.
 * Starting with them took about 2 ms of every command on an encrypted journal, 0.9 ms without.
 */
static pthread_once_t journal_openssl_once = PTHREAD_ONCE_INIT;
static EVP_MAC *journal_hmac_algorithm;
static EVP_CIPHER *journal_aes_256_cbc;

static void journal_openssl_start_once(void) {
    OPENSSL_init_crypto(
        OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_ADD_ALL_CIPHERS | OPENSSL_INIT_NO_ADD_ALL_DIGESTS, NULL);
    journal_hmac_algorithm = EVP_MAC_fetch(NULL, OSSL_MAC_NAME_HMAC, NULL);
    journal_aes_256_cbc = EVP_CIPHER_fetch(NULL, "AES-256-CBC", NULL);
}

static void journal_openssl_start(void) {
    pthread_once(&journal_openssl_once, journal_openssl_start_once);
}

/* A connection's provider context: an HMAC context without a key for each of SQLCipher's HMAC
 * algorithms, made at its first use. */
typedef struct {
    EVP_MAC_CTX *hmac[3];
} journal_crypto;

static int journal_ctx_init(void **ctx) {
    journal_crypto *crypto = calloc(1, sizeof(journal_crypto));
    if (crypto == NULL) return SQLITE_NOMEM;
    *ctx = crypto;
    return sqlcipher_openssl_ctx_init(ctx);
}

static int journal_ctx_free(void **ctx) {
    journal_crypto *crypto = *ctx;
    if (crypto != NULL) {
        for (int index = 0; index < 3; index++) EVP_MAC_CTX_free(crypto->hmac[index]);
        free(crypto);
        *ctx = NULL;
    }
    return sqlcipher_openssl_ctx_free(ctx);
}

/* The HMAC context of `algorithm` for `crypto`, with its digest set and no key; NULL when
 * OpenSSL has none. */
static EVP_MAC_CTX *journal_hmac_template(journal_crypto *crypto, int algorithm) {
    const char *digests[3] = {"SHA1", "SHA256", "SHA512"};
    if (crypto == NULL || algorithm < SQLCIPHER_HMAC_SHA1 || algorithm > SQLCIPHER_HMAC_SHA512) return NULL;
    if (crypto->hmac[algorithm] == NULL) {
        journal_openssl_start();
        if (journal_hmac_algorithm == NULL) return NULL;
        EVP_MAC_CTX *made = EVP_MAC_CTX_new(journal_hmac_algorithm);
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)digests[algorithm], 0),
            OSSL_PARAM_construct_end(),
        };
        if (made == NULL || !EVP_MAC_CTX_set_params(made, params)) {
            EVP_MAC_CTX_free(made);
            return NULL;
        }
        crypto->hmac[algorithm] = made;
    }
    return crypto->hmac[algorithm];
}

static int journal_hmac(
    void *ctx, int algorithm, const unsigned char *key, int key_sz, const unsigned char *in, int in_sz,
    const unsigned char *in2, int in2_sz, unsigned char *out) {
    EVP_MAC_CTX *template = journal_hmac_template(ctx, algorithm);
    if (template == NULL || in == NULL) return SQLITE_ERROR;
    EVP_MAC_CTX *hmac = EVP_MAC_CTX_dup(template);
    size_t length = 0;
    int ok = hmac != NULL && EVP_MAC_init(hmac, key, (size_t)key_sz, NULL) && EVP_MAC_update(hmac, in, (size_t)in_sz)
        && (in2 == NULL || EVP_MAC_update(hmac, in2, (size_t)in2_sz))
        && EVP_MAC_final(hmac, out, &length, EVP_MAC_CTX_get_mac_size(hmac));
    EVP_MAC_CTX_free(hmac);
    return ok ? SQLITE_OK : SQLITE_ERROR;
}

static int journal_cipher(
    void *ctx, int mode, const unsigned char *key, int key_sz, const unsigned char *iv, const unsigned char *in,
    int in_sz, unsigned char *out) {
    journal_openssl_start();
    if (journal_aes_256_cbc == NULL || key_sz != EVP_CIPHER_get_key_length(journal_aes_256_cbc)) return SQLITE_ERROR;
    EVP_CIPHER_CTX *cipher = EVP_CIPHER_CTX_new();
    int written = 0, last = 0;
    int ok = cipher != NULL && EVP_CipherInit_ex2(cipher, journal_aes_256_cbc, key, iv, mode, NULL)
        && EVP_CIPHER_CTX_set_padding(cipher, 0) && EVP_CipherUpdate(cipher, out, &written, in, in_sz)
        && EVP_CipherFinal_ex(cipher, out + written, &last) && written + last == in_sz;
    EVP_CIPHER_CTX_free(cipher);
    return ok ? SQLITE_OK : SQLITE_ERROR;
}

/* SQLCipher derives the key of each page's HMAC from the page key (and a key from a
 * passphrase) with PBKDF2 before it reads the first page. */
static int journal_kdf(
    void *ctx, int algorithm, const unsigned char *pass, int pass_sz, const unsigned char *salt, int salt_sz,
    int workfactor, int key_sz, unsigned char *key) {
    journal_openssl_start();
    return sqlcipher_openssl_kdf(ctx, algorithm, pass, pass_sz, salt, salt_sz, workfactor, key_sz, key);
}

/* SQLITE_EXTRA_INIT: registers that provider, then lets SQLCipher start as usual (it keeps a
 * provider registered before it, and frees it at shutdown with sqlite3_free). */
int journal_extra_init(const char *argument) {
    int rc = SQLITE_OK;
    sqlite3_mutex *mutex = sqlite3_mutex_alloc(SQLITE_MUTEX_STATIC_MAIN);
    sqlite3_mutex_enter(mutex);
    if (sqlcipher_get_provider() == NULL) {
        sqlcipher_provider *provider = sqlite3_malloc(sizeof(sqlcipher_provider));
        if (provider == NULL) {
            rc = SQLITE_NOMEM;
        } else {
            memset(provider, 0, sizeof(sqlcipher_provider));
            rc = sqlcipher_openssl_setup(provider);
            provider->random = journal_random;
            provider->ctx_init = journal_ctx_init;
            provider->ctx_free = journal_ctx_free;
            provider->kdf = journal_kdf;
            provider->hmac = journal_hmac;
            provider->cipher = journal_cipher;
            if (rc == SQLITE_OK) rc = sqlcipher_register_provider(provider);
            if (rc != SQLITE_OK) sqlite3_free(provider);
        }
    }
    sqlite3_mutex_leave(mutex);
    return rc == SQLITE_OK ? sqlcipher_extra_init(argument) : rc;
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
    journal_openssl_start();
    return PKCS5_PBKDF2_HMAC(
        passphrase, passphraseLength, salt, saltLength, iterations, EVP_sha512(), keyLength, key);
}

#endif

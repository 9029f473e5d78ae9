/*
 * SQLCipher's amalgamation, compiled as one translation unit with the few functions the
 * journal adds to it. vendor/ is fetched by Scripts/fetch-sqlcipher and never committed.
 */
#if !__has_include("vendor/sqlite3.h") || !__has_include("vendor/sqlite3.c")
#error "SQLCipher's source is missing: run Scripts/fetch-sqlcipher, then build again"
#else

#include "vendor/sqlite3.c"

#include <errno.h>
#include <openssl/evp.h>
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
    return PKCS5_PBKDF2_HMAC(
        passphrase, passphraseLength, salt, saltLength, iterations, EVP_sha512(), keyLength, key);
}

#endif

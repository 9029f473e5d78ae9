#ifndef JOURNAL_CSQLCIPHER_H
#define JOURNAL_CSQLCIPHER_H

/*
 * SQLCipher's keying calls, which the system's sqlite3.h (the one GRDB is built against) does
 * not declare. The connection is declared incomplete here so that Swift sees the same opaque
 * pointer as GRDB's `Database.sqliteConnection`, without a second copy of SQLite's types.
 */

struct sqlite3;

/* sqlite3_key_v2: keys the database `name` ("main", or an attached one) of `db` with `key`, a
 * passphrase or a raw key spec x'…'. Call before anything reads the database. SQLITE_OK or an
 * SQLite result code. */
int journal_sqlcipher_key(struct sqlite3 *db, const char *name, const void *key, int length);

/* sqlite3_rekey_v2: re-encrypts every page of the database `name` of `db`, which must already
 * be open with its current key, under `key`. SQLITE_OK or an SQLite result code. */
int journal_sqlcipher_rekey(struct sqlite3 *db, const char *name, const void *key, int length);

/* PBKDF2-HMAC-SHA512 through the library SQLCipher uses here (libgcrypt), as SQLCipher 4 derives
 * a key from a passphrase. Fills `key` with `keyLength` bytes; 1 on success, 0 on failure. */
int journal_pbkdf2_hmac_sha512(
    const void *passphrase, int passphraseLength, const void *salt, int saltLength,
    int iterations, void *key, int keyLength);

#endif

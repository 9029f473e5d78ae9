#!/usr/bin/env python3
"""Prints the entries of an encrypted journal with another program than journal: Python and the
sqlcipher3 package (pip install sqlcipher3==0.6.4, which builds SQLCipher 4 from source and
needs OpenSSL's development files). The passphrase alone opens the file, as journal uses
SQLCipher 4's own defaults.

    python3 Examples/read-encrypted.py ~/.local/share/journal/journal.sqlite

For reading only: the journal's search index splits words with journal's own code, which other
programs lack, so changing an entry there fails. Change it with journal.
"""
import getpass
import sys

from sqlcipher3 import dbapi2 as sqlcipher

journal = sqlcipher.connect(sys.argv[1])
passphrase = getpass.getpass("Passphrase: ")
journal.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
query = "SELECT datetime(date + utcOffset, 'unixepoch'), mood, text FROM entry ORDER BY date"
for when, mood, text in journal.execute(query):
    print(when, "mood", "-" if mood is None else mood, text)

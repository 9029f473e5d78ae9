// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "journal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "journal", targets: ["journal"]),
        .executable(name: "journal-picture", targets: ["journal-picture"]),
        .library(name: "JournalCore", targets: ["JournalCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .target(
            name: "JournalCore",
            dependencies: [
                "CSQLCipher", "CKeyutils", "CChecksum",
                .product(name: "GRDB", package: "GRDB.swift"),
                // Day One exports a zip.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // ICU's word breaks for Thai, Lao, Khmer and Burmese (Search/ScriptWords.swift): the
            // toolchain's copy, which Foundation links too. libkeyutils linked in, as libcrypto
            // is: one library less to load on every command.
            linkerSettings: [
                .linkedLibrary("_FoundationICU", .when(platforms: [.linux])),
                .linkedLibrary(":libkeyutils.a"),
            ]
        ),
        // SHA-256 for the checksums of pictures, from OpenSSL's libcrypto (Debian: libssl-dev),
        // linked in rather than loaded at start (loading libcrypto.so cost every command about
        // 0.9 ms): swift-crypto would cost a release build six minutes and every start 5% more
        // instructions (Benchmarks/pictures.md).
        .target(name: "CChecksum", linkerSettings: [.linkedLibrary(":libcrypto.a")]),
        // SQLCipher's amalgamation (fetched by Scripts/fetch-sqlcipher): its sqlite3_* functions take
        // the place of the system's SQLite, so that GRDB uses SQLCipher for plain and encrypted
        // journals alike.
        .target(
            name: "CSQLCipher",
            // Compiled through CSQLCipher.c, which adds to it.
            exclude: ["vendor"],
            cSettings: [
                .define("SQLITE_HAS_CODEC"),
                // SQLCipher's cryptography from libgcrypt, through the provider in CSQLCipher.c.
                .define("SQLCIPHER_CRYPTO_CUSTOM", to: "journal_gcrypt_setup"),
                .define("SQLITE_EXTRA_INIT", to: "sqlcipher_extra_init"),
                .define("SQLITE_EXTRA_SHUTDOWN", to: "sqlcipher_extra_shutdown"),
                // SQLCipher would log to stderr by default, and a person must never see its lines.
                .define("SQLCIPHER_OMIT_DEFAULT_LOGGING"),
                // Temporary tables and indices stay in memory, never unencrypted on disk.
                .define("SQLITE_TEMP_STORE", to: "3"),
                .define("SQLITE_THREADSAFE", to: "1"),
                .define("SQLITE_ENABLE_FTS5"),
                // As Debian's SQLite, which the journal was built on: file: URIs (the read-only
                // mode opens "file:…?immutable=1"), deleted content overwritten, the same limits.
                .define("SQLITE_USE_URI", to: "1"),
                .define("SQLITE_SECURE_DELETE"),
                .define("SQLITE_ENABLE_MATH_FUNCTIONS"),
                .define("SQLITE_LIKE_DOESNT_MATCH_BLOBS"),
                .define("SQLITE_MAX_VARIABLE_NUMBER", to: "250000"),
                .define("HAVE_FDATASYNC", to: "1"),
                .define("HAVE_LOCALTIME_R", to: "1"),
                .define("HAVE_GMTIME_R", to: "1"),
                .define("SQLITE_OMIT_LOAD_EXTENSION"),
                // SQLCipher's locked heap for keys, filled with random bytes at start and exit: the
                // smallest it allows, ample for a journal's one or two connections (48 KiB cost
                // every command a quarter of a millisecond).
                .define("SQLCIPHER_PRIVATE_HEAP_SIZE_DEFAULT", to: "16384"),
            ],
            // libgcrypt (Debian: libgcrypt20-dev) and its libgpg-error linked in rather than loaded
            // at start, so that a plain journal pays nothing for them.
            linkerSettings: [.linkedLibrary(":libgcrypt.a"), .linkedLibrary(":libgpg-error.a")]
        ),
        // The kernel keyring, where `journal unlock` keeps a derived key.
        .systemLibrary(name: "CKeyutils", providers: [.apt(["libkeyutils-dev"])]),
        .executableTarget(
            name: "journal",
            dependencies: [
                "JournalCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libvips, for pictures. Only journal-picture links it: loading it and its hundred
        // libraries takes longer than a whole `journal add`, so `journal` runs the helper for
        // picture work and every other command starts without it.
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        .target(name: "CVipsWrappers", dependencies: ["CVips"]),
        .executableTarget(
            name: "journal-picture",
            dependencies: [
                "JournalCore",
                "CVipsWrappers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JournalCoreTests",
            dependencies: ["JournalCore", "CSQLCipher", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "journalTests",
            // The end-to-end tests run the built binaries, so they must be built first.
            dependencies: ["journal", "journal-picture", "JournalCore"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

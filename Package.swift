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
    ],
    targets: [
        .target(
            name: "JournalCore",
            dependencies: ["CChecksum", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // SHA-256 for the checksums of pictures, from OpenSSL's libcrypto (Debian: libssl-dev),
        // linked in rather than loaded: loading libcrypto.so would cost every command, and
        // swift-crypto costs a release build six minutes and every start 5% more instructions
        // (Benchmarks/pictures.md).
        .target(
            name: "CChecksum",
            linkerSettings: [.linkedLibrary(":libcrypto.a", .when(platforms: [.linux]))]
        ),
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
            dependencies: ["JournalCore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "journalTests",
            // The end-to-end tests run the built binaries, so they must be built first.
            dependencies: ["journal", "journal-picture", "JournalCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "journal",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "journal", targets: ["journal"]),
        .library(name: "JournalCore", targets: ["JournalCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(
            name: "JournalCore",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "journal",
            dependencies: [
                "JournalCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Every command is a new process, so what the dynamic loader does before `main` counts:
            // patching some 84,000 addresses listed in 2 MB of relocations, and exporting 7,700
            // symbols nobody looks up. Packed relocations (lld, glibc 2.36) and no exports save
            // about 0.9 ms of the 6.7 ms `journal --version` took (Benchmarks/notes.md).
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                    .when(platforms: [.linux]))
            ]
        ),
        .testTarget(
            name: "JournalCoreTests",
            dependencies: ["JournalCore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "journalTests",
            // The end-to-end tests run the built binary, so it must be built first.
            dependencies: ["journal"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.1
import PackageDescription

// The programs Benchmarks/notes.md measures `journal` against: what a Swift command costs before
// it does any of journal's own work. Not part of journal, and built on their own:
//
//     swift build -c release --static-swift-stdlib --package-path Benchmarks/floors
//
// Benchmarks/by-hand builds them and measures them beside journal and the sqlite3 shell.
let package = Package(
    name: "floors",
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .executableTarget(name: "PrintLine"),
        .executableTarget(name: "GRDBAdd", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "CommandAdd",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "CommandSearch",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)

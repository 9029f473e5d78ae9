// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets, one for each reader of outside input, built against JournalCore by `Fuzz/run`
// with `-sanitize=fuzzer,address -parse-as-library -enable-testing`: libFuzzer brings its own
// `main`, and the readers are internal to JournalCore, reached with `@testable import`.
let names = [
    "dates", "search", "jrnl", "jrnl-json", "daylio", "dayone", "export-json", "worksheet-form", "attachment-kind",
]

let package = Package(
    name: "journal-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "journal", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "JournalCore", package: "journal")])
    ]
        + names.map { name in
            .executableTarget(
                name: "fuzz-" + name,
                dependencies: ["FuzzSupport", .product(name: "JournalCore", package: "journal")],
                path: "Sources/" + name)
        },
    swiftLanguageModes: [.v6]
)

import Foundation
import Testing

/// The HTML digest printed by a real browser: headless Chromium makes a PDF of it on A4 and on
/// US Letter, with the browser's own headers and footers on (as its print dialogue has them by
/// default), and poppler's pdftotext reads back what landed on the pages and where.
@Suite("journal prep --format html, printed")
struct HTMLPrintTests {
    enum Paper: String, CaseIterable, CustomTestStringConvertible {
        case a4 = "A4"
        case letter = "Letter"

        var testDescription: String { rawValue }

        /// Width and height in PostScript points.
        var size: (width: Double, height: Double) {
            switch self {
            case .a4: (595.28, 841.89)
            case .letter: (612, 792)
            }
        }
    }

    /// The left and right page margins of the digest's style sheet, 16 mm, in points.
    static let sideMargin = 16 / 25.4 * 72

    /// A week since a session, and a rated week before it: a flagged entry, an entry of words
    /// too long for a line, and enough entries for several pages.
    func journal() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(sandbox.run("settings", "name", "A. Example").succeeded)
        try #require(sandbox.run("session", "add", "14 days ago 17:00").succeeded)
        try #require(sandbox.run("add", "--date", "12 days ago 20:00", "--mood", "7", "before the session").succeeded)
        try #require(sandbox.run("session", "add", "8 days ago 17:00", "--note", "Talked about the train").succeeded)
        try #require(sandbox.run("topic", "add", "Ask about the sleep medication").succeeded)
        try #require(
            sandbox.run(
                "add", "--date", "6 days ago 19:45", "--mood", "2", "--feeling", "panicky", "--flag",
                "Panic on the train home: chest tight, had to get off a stop early.\n\nI want to talk about this."
            ).succeeded)
        try #require(
            sandbox.run(
                "add", "--date", "5 days ago 09:00", "--mood", "5",
                "A link Sam sent: https://example.com/a/very/long/path/that/never/ends/with-no-spaces-at-all/"
                    + String(repeating: "segment-", count: 20) + "\n"
                    + String(repeating: "Supercalifragilisticexpialidocious", count: 6)
            ).succeeded)
        for day in 1...4 {
            let text = (1...6).map { "Paragraph \($0) of day \(day): a quiet evening, a walk, dinner, an early night." }
                .joined(separator: "\n\n")
            try #require(
                sandbox.run("add", "--date", "\(day) days ago 21:00", "--mood", "\(4 + day % 3)", "--feeling", "tired", text)
                    .succeeded)
        }
        try #require(sandbox.run("add", "--private", "--mood", "1", "my private words").succeeded)
        return sandbox
    }

    @Test(
        "The digest prints whole on the paper: the period, the flagged entry and the mood section on the pages, nothing past the margins",
        .enabled(if: PrintTools.areAvailable || PrintTools.areRequired, PrintTools.missing),
        arguments: Paper.allCases)
    func printsWithinThePage(_ paper: Paper) throws {
        let chromium = try #require(PrintTools.chromium, "CI installs chromium (.ci/run), but none is on the PATH")
        let pdftotext = try #require(PrintTools.pdftotext, "CI installs poppler-utils (.ci/run), but pdftotext is not on the PATH")
        let sandbox = try journal()

        let (pdf, html) = try Self.printDigest(of: sandbox, on: paper, with: chromium)
        // The period as this digest gives it (another run after midnight would end a day later).
        let period = try #require(html.firstMatch(of: #/<title>A. Example · Since your last session: ([^<]+)</title>/#)?.1)

        let text = try PrintTools.run(pdftotext, ["-enc", "UTF-8", pdf, "-"]).output
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains(String(period)))
        #expect(words.contains("Panic on the train home: chest tight, had to get off a stop early."))
        #expect(words.contains("I want to talk about this."))
        #expect(words.contains("MOOD"))
        #expect(words.contains("before: 7.0"), "the chart's reference line, labelled")
        #expect(words.contains("Average mood of each day"), "the table of the numbers")
        #expect(!words.contains("private words"))
        #expect(!words.lowercased().contains("private"), "nothing printed mentions private entries")

        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
        #expect(pages.count >= 2)
        let moodPage = try #require(pages.firstIndex { $0.contains("MOOD") })
        #expect(pages[moodPage].contains("before: 7.0"), "the chart prints low enough to follow its heading on the page")
        for (index, text) in pages.enumerated() {
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("Page \(index + 1) of \(pages.count)"), "page number on page \(index + 1)")
            #expect(
                words.hasPrefix("A. Example · Since your last session: \(period)"),
                "whose digest and the period head page \(index + 1), the first too: \(words.prefix(80))")
            // The browser's own header and footer: the date in US format, the file's name or address.
            #expect(text.firstMatch(of: #/\d{1,2}/\d{1,2}/\d{2}/#) == nil, "no browser date on page \(index + 1)")
            #expect(!text.contains("digest-\(paper.rawValue)") && !text.contains("file:"), "no file name on page \(index + 1)")
        }

        let boxes = try PrintTools.run(pdftotext, ["-bbox", "-enc", "UTF-8", pdf, "-"]).output
        let layout = try PrintedLayout(boxes)
        #expect(layout.pages.count == pages.count)
        for size in layout.pages {
            #expect(abs(size.width - paper.size.width) < 1 && abs(size.height - paper.size.height) < 1, "\(size)")
        }
        let left = Self.sideMargin - 1
        let right = paper.size.width - Self.sideMargin + 1
        let outside = layout.words.filter { $0.xMin < left || $0.xMax > right }
        #expect(outside.isEmpty, "past the margins (\(left)–\(right) pt): \(outside.prefix(5))")
        #expect(layout.words.contains { $0.text.hasPrefix("Supercalifragilistic") }, "the long word is on the page")
        // A chart as high as the page is wide would leave a gap a quarter of a page high where
        // it does not fit: printed, it is 48 mm high, and its axis from 0 to 10 takes 144 of
        // the drawing's 205 units (MoodChart).
        let zero = try #require(layout.words.first { $0.page == moodPage && $0.text == "0" }, "the chart's axis")
        let ten = try #require(layout.words.first { $0.page == moodPage && $0.text == "10" && abs($0.xMax - zero.xMax) < 1 })
        let axis = (zero.yMin - ten.yMin) / 72 * 25.4
        #expect(abs(axis - 48 * 144 / 205) < 1, "the axis is \(axis) mm high")
        // Chromium shrinks a page too wide for the paper instead of cutting it off, so the
        // margins alone prove nothing: the title (1.8 × 10.5 pt) must still be as much taller
        // than the running header (8 pt) as the style sheet says.
        // Every page, the first too, opens with the header line; the title is the tallest.
        let title = try #require(layout.words.filter { $0.page == 0 && $0.text == "Since" }.max { $0.height < $1.height })
        let runningHeader = try #require(layout.words.first { $0.page == 1 && $0.text == "Since" })
        let scale = title.height / runningHeader.height / (1.8 * 10.5 / 8)
        #expect(abs(scale - 1) < 0.03, "printed at \(Int((scale * 100).rounded())) % of its size")
    }
}

extension HTMLPrintTests {
    /// Prints the HTML digest of `sandbox`'s journal to a PDF on `paper` with Chromium, with the
    /// browser's own header and footer or without them, and returns the PDF's path and the
    /// digest's HTML.
    static func printDigest(
        of sandbox: Sandbox, on paper: Paper, with chromium: String, browserHeaders: Bool = true
    ) throws -> (pdf: String, html: String) {
        let htmlPath = sandbox.path("digest.html")
        #expect(try sandbox.run("prep", "--format", "html", "--output", htmlPath).succeeded)
        let html = try String(contentsOfFile: htmlPath, encoding: .utf8)
        // The page leaves the paper to the printer; the test chooses it, as a person would in
        // the print dialogue.
        let page = html.replacingOccurrences(of: "</head>", with: "<style>@page { size: \(paper.rawValue); }</style>\n</head>")
        let printedPath = sandbox.path("digest-\(paper.rawValue).html")
        try page.write(toFile: printedPath, atomically: true, encoding: .utf8)

        let pdf = sandbox.path("digest-\(paper.rawValue).pdf")
        let printing = try PrintTools.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=" + sandbox.path("chromium-\(paper.rawValue)"),
            ] + (browserHeaders ? [] : ["--no-pdf-header-footer"]) + [
                "--print-to-pdf=" + pdf, URL(fileURLWithPath: printedPath).absoluteString,
            ],
            environment: sandbox.environment())
        try #require(FileManager.default.fileExists(atPath: pdf), "Chromium printed no PDF: \(printing.errors)")
        return (pdf, html)
    }

    /// Entries with pictures of every shape: a 12-megapixel photo taken on its side (with a GPS
    /// position), a wide panorama, a tall two-page scan, a drawing with a script, a small
    /// sticker, and a private entry's picture.
    func journalWithPictures() throws -> Sandbox {
        let sandbox = try Sandbox()
        let plain = sandbox.path("plain.jpg")
        try TestPictures.photo(at: plain, width: 4000, height: 3000)
        let photo = sandbox.path("IMG_0001.JPG")
        try TestPictures.withEXIF(try Data(contentsOf: URL(fileURLWithPath: plain)), orientation: 6).write(to: URL(fileURLWithPath: photo))
        let panorama = sandbox.path("panorama.png")
        try TestPictures.photo(at: panorama, width: 3000, height: 400)
        let sticker = sandbox.path("sticker.png")
        try TestPictures.photo(at: sticker, width: 120, height: 120, transparent: true)
        let scan = sandbox.path("worksheet.pdf")
        try TestPictures.pdf(pages: 2).write(to: URL(fileURLWithPath: scan))
        let drawing = sandbox.path("storm.svg")
        try TestPictures.svgWithScript(background: "white").write(to: URL(fileURLWithPath: drawing))
        try #require(sandbox.run("session", "add", "8 days ago 17:00").succeeded)
        try #require(
            sandbox.run("add", "--date", "6 days ago 19:45", "--mood", "2", "--flag", "--attach", photo, "The beach, the day it went wrong")
                .succeeded)
        try #require(sandbox.run("add", "--date", "5 days ago 09:00", "--mood", "5", "--attach", panorama, "--attach", sticker, "A walk").succeeded)
        try #require(sandbox.run("add", "--date", "4 days ago 21:00", "--mood", "4", "--attach", scan).succeeded)
        try #require(sandbox.run("add", "--date", "3 days ago 21:00", "--mood", "6", "--attach", drawing, "Drawn after the fight").succeeded)
        try #require(sandbox.run("add", "--private", "--attach", sandbox.path("plain.jpg"), "private picture").succeeded)
        return sandbox
    }

    @Test(
        "Pictures print upright and within the margins, the private one left out",
        .enabled(
            if: (PrintTools.areAvailable && PrintTools.pdfimages != nil && TestPictures.vips != nil)
                || PrintTools.areRequired,
            "\(PrintTools.missing); needs pdfimages and pdftohtml (poppler-utils) and \(TestPictures.vipsMissing)"),
        arguments: Paper.allCases)
    func picturesPrintWithinThePage(_ paper: Paper) throws {
        let chromium = try #require(PrintTools.chromium, "CI installs chromium (.ci/run), but none is on the PATH")
        let pdfimages = try #require(PrintTools.pdfimages, "CI installs poppler-utils (.ci/run), but pdfimages is not on the PATH")
        let pdftohtml = try #require(PrintTools.pdftohtml, "CI installs poppler-utils (.ci/run), but pdftohtml is not on the PATH")
        let pdftotext = try #require(PrintTools.pdftotext, "CI installs poppler-utils (.ci/run), but pdftotext is not on the PATH")
        let sandbox = try journalWithPictures()
        let pdf = try Self.printDigest(of: sandbox, on: paper, with: chromium).pdf

        // pdfimages -list: page, num, type, width, height, …, one line per picture placed.
        let listed = try PrintTools.run(pdfimages, ["-list", pdf]).output.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let sizes = listed.compactMap { fields in fields.count > 4 && fields[2] == "image" ? (Int(fields[3])!, Int(fields[4])!) : nil }
        #expect(sizes.count == 5, "the five pictures, and not the private one: \(sizes)")
        #expect(sizes.contains { $0 == (1200, 1600) }, "the photo printed upright at print size: \(sizes)")
        #expect(sizes.contains { $0 == (1131, 1600) }, "the scan's first page: \(sizes)")

        let text = try PrintTools.run(pdftotext, ["-enc", "UTF-8", pdf, "-"]).output
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("worksheet.pdf · PDF, first page of 2"))
        #expect(words.contains("IMG_0001.JPG · picture, 3000 × 4000"))
        #expect(!words.contains("private picture"))

        // pdftohtml -xml places each picture on its page, in its own units (points × 1.5).
        let placed = try PrintTools.run(pdftohtml, ["-xml", "-stdout", pdf, sandbox.path("extracted")]).output
        var pageSize = (width: 0.0, height: 0.0)
        var boxes: [(left: Double, top: Double, right: Double, bottom: Double, page: (width: Double, height: Double))] = []
        for line in placed.split(separator: "\n") {
            if let page = try #/<page number="\d+" [^>]*height="([\d.]+)" width="([\d.]+)"/#.firstMatch(in: line) {
                pageSize = (Double(page.2)!, Double(page.1)!)
            } else if let image = try #/<image top="(-?[\d.]+)" left="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/#.firstMatch(in: line) {
                let top = Double(image.1)!, left = Double(image.2)!
                boxes.append((left, top, left + Double(image.3)!, top + Double(image.4)!, pageSize))
            }
        }
        #expect(boxes.count == 5)
        for box in boxes {
            let scale = box.page.width / paper.size.width
            let margin = Self.sideMargin * scale - 1.5
            #expect(box.left >= margin && box.right <= box.page.width - margin, "a picture past the side margins: \(box)")
            #expect(box.top >= 0 && box.bottom <= box.page.height, "a picture off the page: \(box)")
        }
    }
}

/// Where pdftotext -bbox found each page and word.
struct PrintedLayout {
    struct Word: CustomStringConvertible {
        var text: Substring
        /// From 0.
        var page: Int
        var xMin: Double
        var xMax: Double
        var yMin: Double
        var height: Double
        var description: String { "\(text) \(xMin)–\(xMax)" }
    }

    var pages: [(width: Double, height: Double)] = []
    var words: [Word] = []

    private static func number(_ text: Substring) throws -> Double {
        try #require(Double(text), "pdftotext gave \"\(text)\" for a number")
    }

    init(_ boxes: String) throws {
        let page = #/<page width="([\d.]+)" height="([\d.]+)">/#
        let word = #/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>/#
        for line in boxes.split(separator: "\n") {
            if let match = try page.firstMatch(in: line) {
                pages.append((try Self.number(match.1), try Self.number(match.2)))
            } else if let match = try word.firstMatch(in: line) {
                let yMin = try Self.number(match.2)
                words.append(
                    Word(
                        text: match.5, page: pages.count - 1, xMin: try Self.number(match.1),
                        xMax: try Self.number(match.3), yMin: yMin, height: try Self.number(match.4) - yMin))
            }
        }
    }
}

/// Headless Chromium and poppler's pdftotext, found on the PATH.
enum PrintTools {
    static let chromium = executable(named: ["chromium", "chromium-browser", "google-chrome"])
    static let pdftotext = executable(named: ["pdftotext"])
    static let pdfimages = executable(named: ["pdfimages"])
    static let pdftohtml = executable(named: ["pdftohtml"])

    static var areAvailable: Bool { chromium != nil && pdftotext != nil }

    /// CI installs both (.ci/run), so there a missing one fails the test instead of skipping it.
    static var areRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    static var missing: Comment {
        let absent = [chromium == nil ? "Chromium (chromium, chromium-browser or google-chrome)" : nil,
            pdftotext == nil ? "pdftotext" : nil].compactMap { $0 }
        return Comment(
            rawValue: "needs \(absent.joined(separator: " and ")) on the PATH to print the digest in a real browser: "
                + "apt-get install chromium poppler-utils")
    }

    private static func executable(named names: [String]) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Runs a tool to its end, or for two minutes at most: a browser that hangs fails the test
    /// rather than the whole run.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil
    ) throws -> (output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: deadline)
        // Read both pipes while it runs, so that a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outputData = Data()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { outputData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        deadline.cancel()
        return (String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}

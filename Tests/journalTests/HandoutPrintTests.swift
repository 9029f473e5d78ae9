import Foundation
import Testing

/// The handout in a real browser (headless Chromium): a small digest on one printed page, and
/// on a phone-sized screen a page that never scrolls sideways.
@Suite("journal prep --format html, on paper and on a small screen")
struct HandoutPrintTests {
    /// A week since a session: three short entries, one flagged, under a name.
    func smallJournal() throws -> Sandbox {
        let sandbox = try Sandbox()
        try #require(sandbox.run("settings", "name", "A. Example").succeeded)
        try #require(sandbox.run("session", "add", "7 days ago 17:00").succeeded)
        try #require(sandbox.run("add", "--date", "5 days ago 20:00", "--mood", "3", "--flag", "A hard evening.").succeeded)
        try #require(sandbox.run("add", "--date", "3 days ago 20:00", "--mood", "6", "--feeling", "حزين", "A walk.").succeeded)
        try #require(sandbox.run("add", "--date", "1 day ago 20:00", "--mood", "7", "--feeling", "עצוב", "Dinner out.").succeeded)
        return sandbox
    }

    func browserArguments(_ sandbox: Sandbox, _ name: String) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=" + sandbox.path("chromium-\(name)"),
        ]
    }

    @Test(
        "A small digest prints on two pages: sections flow, none waits for a new page",
        .enabled(if: PrintTools.areAvailable || PrintTools.areRequired, PrintTools.missing),
        arguments: HTMLPrintTests.Paper.allCases)
    func aSmallDigestPrintsOnTwoPages(_ paper: HTMLPrintTests.Paper) throws {
        let chromium = try #require(PrintTools.chromium, "CI installs chromium (.ci/run), but none is on the PATH")
        let pdftotext = try #require(PrintTools.pdftotext, "CI installs poppler-utils (.ci/run), but pdftotext is not on the PATH")
        let sandbox = try smallJournal()
        let htmlPath = sandbox.path("digest.html")
        #expect(try sandbox.run("prep", "--output", htmlPath).succeeded)
        let html = try String(contentsOfFile: htmlPath, encoding: .utf8)
        let printedPath = sandbox.path("digest-\(paper.rawValue).html")
        try html.replacingOccurrences(of: "</head>", with: "<style>@page { size: \(paper.rawValue); }</style>\n</head>")
            .write(toFile: printedPath, atomically: true, encoding: .utf8)
        let pdf = sandbox.path("digest-\(paper.rawValue).pdf")
        let printing = try PrintTools.run(
            chromium, browserArguments(sandbox, paper.rawValue) + ["--print-to-pdf=" + pdf, URL(fileURLWithPath: printedPath).absoluteString],
            environment: sandbox.environment())
        try #require(FileManager.default.fileExists(atPath: pdf), "Chromium printed no PDF: \(printing.errors)")
        let text = try PrintTools.run(pdftotext, ["-enc", "UTF-8", pdf, "-"]).output
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).dropLast()
        // The summary fills the first page; "All other entries" once started a third.
        #expect(pages.count == 2, "\(pages.count) pages")
        let entriesPage = try #require(pages.first { $0.contains("ALL OTHER ENTRIES") })
        #expect(entriesPage.contains("THE HARDEST MOMENTS"), "the other entries follow the section before on its page")
        #expect(entriesPage.contains("Dinner out."))
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.hasPrefix("A. Example · Since your last session: "))
        #expect(words.contains("Page 1 of 2") && words.contains("Page 2 of 2"))
    }

    @Test(
        "At 400 pixels wide the chart fits the width and only tables scroll, inside themselves",
        .enabled(if: PrintTools.areAvailable || PrintTools.areRequired, PrintTools.missing))
    func aPhoneSizedScreenNeverScrollsSideways() throws {
        let chromium = try #require(PrintTools.chromium, "CI installs chromium (.ci/run), but none is on the PATH")
        let sandbox = try smallJournal()
        try #require(sandbox.run("check-in", "phq9", "--answers", "1,2,1,1,0,1,2,1,0", "--date", "yesterday").succeeded)
        #expect(try sandbox.run("prep", "--output", sandbox.path("digest.html")).succeeded)
        // Headless Chromium lays a window out at least 500 pixels wide, so the page is measured
        // in a frame of 400, from a script of the frame's page (the digest has none).
        let frame = """
            <!DOCTYPE html><html><body style="margin:0">
            <iframe id="digest" src="digest.html" style="width:400px;height:900px;border:0"></iframe>
            <script>
            document.getElementById("digest").addEventListener("load", () => {
              const page = document.getElementById("digest").contentDocument;
              const width = page.documentElement.clientWidth;
              const chart = page.querySelector("figure > svg").getBoundingClientRect();
              const past = [...page.querySelectorAll("body *")]
                .filter(element => element.getBoundingClientRect().right > width + 0.5 && !element.closest(".scrolls"))
                .map(element => element.tagName);
              document.body.setAttribute("data-measured",
                [page.documentElement.scrollWidth, width, Math.round(chart.right), past.length].join(" "));
            });
            </script></body></html>
            """
        try frame.write(toFile: sandbox.path("frame.html"), atomically: true, encoding: .utf8)
        let dump = try PrintTools.run(
            chromium,
            browserArguments(sandbox, "screen") + [
                "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom",
                URL(fileURLWithPath: sandbox.path("frame.html")).absoluteString,
            ],
            environment: sandbox.environment())
        let measured = try #require(
            dump.output.firstMatch(of: #/data-measured="(\d+) (\d+) (\d+) (\d+)"/#), "nothing measured: \(dump.errors.suffix(300))")
        let (scrollWidth, width, chartRight, past) = (Int(measured.1)!, Int(measured.2)!, Int(measured.3)!, Int(measured.4)!)
        #expect(width <= 400)
        #expect(scrollWidth <= width, "the page scrolls sideways: \(scrollWidth) > \(width)")
        #expect(chartRight <= width, "the chart reaches \(chartRight) of \(width) pixels")
        #expect(past == 0, "\(past) elements past the right edge outside a table that scrolls")
    }
}

import Foundation
import Testing

/// The worksheets of the HTML digest printed by a real browser, as `HTMLPrintTests` prints the
/// rest: the sleep nights and the diary cards are tables whose every column lands on the page.
@Suite("journal prep --format html, worksheets printed")
struct WorksheetPrintTests {
    @Test(
        "The tables of sleep nights and diary cards print within one page's width",
        .enabled(if: PrintTools.areAvailable || PrintTools.areRequired, PrintTools.missing),
        arguments: HTMLPrintTests.Paper.allCases)
    func tablesPrintWithinThePage(_ paper: HTMLPrintTests.Paper) throws {
        let chromium = try #require(PrintTools.chromium, "CI installs chromium (.ci/run), but none is on the PATH")
        let pdftotext = try #require(PrintTools.pdftotext, "CI installs poppler-utils (.ci/run), but pdftotext is not on the PATH")
        let sandbox = try Sandbox()
        try #require(try sandbox.run("session", "add", "6 days ago 17:00").succeeded)
        for day in 1...5 {
            let night = WorksheetFixtures.form("sleep", [("The night of", "\(day + 1) days ago"), ("Quality", "\(day)")])
            try #require(try sandbox.run(["worksheet", "add", "sleep"], input: Data(night.utf8)).succeeded)
            let card = WorksheetFixtures.form(
                "diary-card",
                [("Day", "\(day) days ago"), ("Skills used", "wise mind, TIP, opposite action, check the facts, radical acceptance"),
                 ("Other urges", "binge eating \(day % 6) acted\nspending money on things I do not need 1")])
            try #require(try sandbox.run(["worksheet", "add", "diary-card"], input: Data(card.utf8)).succeeded)
        }
        // An entry of the period, which starts a printed page of its own: the page that has the
        // running header the title is measured against.
        try #require(try sandbox.run("add", "--date", "1 day ago 21:00", "--mood", "5", "A quiet evening.").succeeded)
        let pdf = try HTMLPrintTests.printDigest(of: sandbox, on: paper, with: chromium, browserHeaders: false).pdf

        let words = try PrintTools.run(pdftotext, ["-enc", "UTF-8", pdf, "-"]).output
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("WORKSHEETS"))
        // The last column of each table, on the page.
        #expect(words.contains("Efficiency Quality"))
        #expect(words.contains("Own, skills"))
        #expect(words.contains("radical acceptance"))
        for heading in ["Sadness", "Anger", "Shame", "Suicidal", "Substances"] {
            #expect(words.contains(heading), "the column heading \(heading) whole, not cut in the middle of the word")
        }

        let layout = try PrintedLayout(try PrintTools.run(pdftotext, ["-bbox", "-enc", "UTF-8", pdf, "-"]).output)
        let left = HTMLPrintTests.sideMargin - 1
        let right = paper.size.width - HTMLPrintTests.sideMargin + 1
        let outside = layout.words.filter { $0.xMin < left || $0.xMax > right }
        #expect(outside.isEmpty, "past the margins (\(left)–\(right) pt): \(outside.prefix(5))")
        // Chromium shrinks a page too wide for the paper instead of cutting it off: the title
        // must still be as much taller than a page's running header as the style sheet says.
        // Every page, the first too, opens with the header line; the title is the tallest.
        let title = try #require(layout.words.filter { $0.page == 0 && $0.text == "Since" }.max { $0.height < $1.height })
        let runningHeader = try #require(layout.words.first { $0.page == 1 && $0.text == "Since" })
        let scale = title.height / runningHeader.height / (1.8 * 10.5 / 8)
        #expect(abs(scale - 1) < 0.03, "printed at \(Int((scale * 100).rounded())) % of its size")
    }
}

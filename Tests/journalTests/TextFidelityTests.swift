import Foundation
import Testing

/// Issue 2: "text with emoji, right-to-left script, 1 MB of text, NUL bytes and control
/// characters: stored and shown back exactly (control characters made visible when printed to a
/// terminal, never interpreted)".
@Suite("Entry text is kept exactly and never acts on the terminal")
struct TextFidelityTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "emoji", text: "Felt 😊 then 😭 after the call. Family 👨‍👩‍👧‍👦, flags 🏳️‍🌈 🇩🇪, skin tones 👋🏽, keycap 1️⃣"),
        Sample(name: "Arabic", text: "شعرت بالقلق اليوم بعد الاجتماع مع سام"),
        Sample(name: "Hebrew mixed with English", text: "הרגשתי חרדה היום (anxious) אבל גם תקווה — mood 4"),
        Sample(name: "combining marks and other scripts", text: "Cafe\u{301} vs Café, 日本語のテキスト, Ελληνικά, ﷽, Z\u{0336}a\u{0336}l\u{0336}g\u{0336}o\u{0336}"),
        Sample(name: "lines and indentation", text: "  First line, indented\n\nSecond paragraph\twith a tab\nThird line"),
        Sample(
            name: "NUL, ESC sequences, BEL, DEL and C1 controls",
            text: "before\u{0}after \u{1B}[31mred\u{1B}[0m \u{1B}]0;title\u{07} bell\u{07} del\u{7F} csi\u{9B}2J nel\u{85} over\rwrite end"),
    ]

    @Test("text given through standard input comes back exactly", arguments: samples)
    func textThroughStandardInput(_ sample: Sample) throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run(["add", "--mood", "4"], input: Data(sample.text.utf8))
        try #require(added.succeeded, "\(added.errors)")

        try expectShownBackExactly(sample.text, id: 1, in: sandbox)
    }

    @Test("text given as arguments comes back exactly", arguments: samples.filter { !$0.text.contains("\u{0}") })
    func textAsArguments(_ sample: Sample) throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run("add", "--mood", "4", sample.text)
        try #require(added.succeeded, "\(added.errors)")

        try expectShownBackExactly(sample.text, id: 1, in: sandbox)
    }

    @Test func oneMegabyteOfTextComesBackExactly() throws {
        var text = ""
        var line = 0
        while text.utf8.count < 1_048_576 {
            line += 1
            text += "Line \(line): today was long; I noticed the tightness in my chest again 😮‍💨 — שלום — ok\n"
        }
        text += "The end."
        let sandbox = try Sandbox()
        let added = try sandbox.run(["add"], input: Data(text.utf8))
        try #require(added.succeeded, "\(added.errors)")

        try expectShownBackExactly(text, id: 1, in: sandbox)
        let listed = try #require(try sandbox.run("list", "--format", "json").json() as? [[String: Any]])
        #expect(listed.first?["text"] as? String == text)
    }

    /// `show --format json` gives the text back as a JSON string, `show` into a pipe gives its
    /// bytes unchanged at the end of the entry.
    private func expectShownBackExactly(
        _ text: String, id: Int, in sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let json = try sandbox.run("show", "\(id)", "--format", "json")
        #expect(json.succeeded, sourceLocation: sourceLocation)
        let entry = try JSONDecoder().decode(ShownEntry.self, from: json.outputData)
        #expect(entry.text == text, "JSON text differs", sourceLocation: sourceLocation)
        #expect(Array(entry.text.unicodeScalars) == Array(text.unicodeScalars), sourceLocation: sourceLocation)

        let piped = try sandbox.run("show", "\(id)")
        #expect(piped.succeeded, sourceLocation: sourceLocation)
        let expectedEnd = Data(("\n" + text + "\n").utf8)
        #expect(piped.outputData.count > expectedEnd.count, sourceLocation: sourceLocation)
        #expect(
            piped.outputData.suffix(expectedEnd.count) == expectedEnd,
            "show into a pipe does not end with the exact text", sourceLocation: sourceLocation)
    }

    private struct ShownEntry: Decodable {
        var text: String
    }

    // MARK: - On a terminal

    /// Two short lines, so that `list`, which shows the first two lines of an entry cut to the
    /// terminal's width, shows all of it too.
    static let controlText =
        "calm \u{1B}[31mRED\u{1B}[0m \u{1B}[2J \u{1B}]0;pwned\u{07} over\rwrite\n"
        + "bell\u{07} nul\u{0} del\u{7F} csi\u{9B}31m back\u{08}space"

    static let terminalCommands: [[String]] = [["show", "1"], ["list"]]

    @Test("on a terminal, control characters are shown, not obeyed", arguments: terminalCommands)
    func controlCharactersAreMadeVisibleOnATerminal(_ command: [String]) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run(["add", "--mood", "2"], input: Data(Self.controlText.utf8)).succeeded)

        // Without colour, the command itself has no reason to send a single ESC.
        let shown = try sandbox.runOnTerminal(command, environment: ["NO_COLOR": "1"])

        #expect(shown.succeeded, "\(shown.output)")
        #expect(!shown.outputData.contains(0x1B), "a raw ESC reached the terminal")
        expectNoRawControlCharacters(shown.output)
        #expect(shown.output.contains("␛[31mRED␛[0m"))
        #expect(shown.output.contains("␛]0;pwned␇"))
        #expect(shown.output.contains("bell␇"))
        #expect(shown.output.contains("nul␀"))
        #expect(shown.output.contains("del␡"))
        #expect(shown.output.contains("back␈space"))
        #expect(shown.output.contains("over␍write"))
        #expect(shown.output.contains("calm"))
    }

    @Test("on a terminal with colour, the entry's own escape sequences still do not get through", arguments: terminalCommands)
    func controlCharactersAreMadeVisibleOnAColourTerminal(_ command: [String]) throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run(["add", "--mood", "2"], input: Data(Self.controlText.utf8)).succeeded)

        let shown = try sandbox.runOnTerminal(command)

        #expect(shown.succeeded, "\(shown.output)")
        for sequence in ["\u{1B}[31m", "\u{1B}[2J", "\u{1B}]0;"] {
            #expect(!shown.output.contains(sequence), "\(sequence.debugDescription) reached the terminal")
        }
        expectNoRawControlCharacters(shown.output, allowingEscape: true)
        #expect(shown.output.contains("␛[31mRED"))
    }

    @Test func textIsUnchangedAfterBeingShownOnATerminal() throws {
        let sandbox = try Sandbox()
        try #require(try sandbox.run(["add"], input: Data(Self.controlText.utf8)).succeeded)
        _ = try sandbox.runOnTerminal(["show", "1"], environment: ["NO_COLOR": "1"])

        try expectShownBackExactly(Self.controlText, id: 1, in: sandbox)
    }

    /// Only line breaks, tabs and (from `script`, which turns \n into \r\n) carriage returns
    /// may reach a terminal; ESC only when the command colours its own output.
    private func expectNoRawControlCharacters(
        _ output: String, allowingEscape: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let raw = output.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: false
            case 0x1B: !allowingEscape
            case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
            default: false
            }
        }
        #expect(
            raw.isEmpty, "raw control characters reached the terminal: \(raw.map { String($0.value, radix: 16) })",
            sourceLocation: sourceLocation)
    }
}

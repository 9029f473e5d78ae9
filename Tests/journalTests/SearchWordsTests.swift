import Foundation
import Testing

/// The search results as JSON: each entry with its snippet (matches between `**`).
private func results(_ sandbox: Sandbox, _ arguments: String...) throws -> [[String: Any]] {
    let outcome = try sandbox.run(["search"] + arguments + ["--format", "json"])
    #expect(outcome.succeeded, "\(outcome.errors)")
    return try #require(try outcome.json() as? [[String: Any]])
}

/// The texts of the entries found, best match first.
private func found(_ sandbox: Sandbox, _ arguments: String...) throws -> [String] {
    let outcome = try sandbox.run(["search"] + arguments + ["--format", "json"])
    #expect(outcome.succeeded, "\(outcome.errors)")
    return try #require(try outcome.json() as? [[String: Any]]).compactMap { $0["text"] as? String }
}

@Suite("journal search: feelings and tags are words")
struct SearchFeelingsAndTagsTests {
    static let argued = "Argued with Sam about money. #family"
    static let slept = "Woke at four again"

    static let template = JournalTemplate([
        ["--mood", "3", "--feeling", "anxious", "--feeling", "tired", argued],
        ["--mood", "4", "--feeling", "worried", "--tag", "sleep", slept],
        ["--mood", "7", "A calm evening with a good book"],
    ])

    func sandbox() throws -> Sandbox { try Self.template.makeSandbox() }

    @Test(arguments: ["anxious", "anx", "tired", "ANXIOUS", "anxious money", "anxious AND money"])
    func aFeelingIsFoundByItsWordAndItsStart(query: String) throws {
        let sandbox = try sandbox()
        #expect(try found(sandbox, query) == [Self.argued])
    }

    @Test func aFeelingFoundOnlyInTheFeelingsShowsInTheSnippetLine() throws {
        let sandbox = try sandbox()
        let text = try sandbox.run("search", "anxious").output
        #expect(text.contains("\n    feeling anxious\n"), "\(text)")
        let hit = try #require(try results(sandbox, "anx").first)
        #expect(hit["snippet"] as? String == "feeling **anxious**")
        #expect((hit["rank"] as? Double ?? 0) > 0, "ranked like text")
    }

    @Test func feelingsAreStemmedLikeText() throws {
        #expect(try found(try sandbox(), "worry") == [Self.slept])
    }

    @Test(arguments: ["family", "#family", "fam"])
    func aTagInTheTextIsFoundWithOrWithoutItsSign(query: String) throws {
        #expect(try found(try sandbox(), query) == [Self.argued])
    }

    @Test func aTagGivenWithTagIsAWordTooAndShowsInTheSnippet() throws {
        let sandbox = try sandbox()
        #expect(try found(sandbox, "sleep") == [Self.slept])
        #expect(try found(sandbox, "#sleep") == [Self.slept])
        #expect(try results(sandbox, "sleep").first?["snippet"] as? String == "#**sleep**")
        let both = try #require(try results(sandbox, "sleep", "worried").first)
        #expect(both["snippet"] as? String == "feeling **worried** · #**sleep**")
    }

    @Test func aMatchInTheTextIsShownRatherThanTheFeelings() throws {
        let sandbox = try JournalTemplate([["--feeling", "calm", "Calm at last after the walk"]]).makeSandbox()
        #expect(try results(sandbox, "calm").first?["snippet"] as? String == "**Calm** at last after the walk")
    }

    @Test func feelingsFollowTheEntryWhenItIsDeleted() throws {
        let sandbox = try sandbox()
        try #require(sandbox.run("delete", "1", "--yes").succeeded)
        #expect(try found(sandbox, "anxious").isEmpty)
        let checked = try sandbox.run("check")
        #expect(checked.succeeded, "\(checked.errors)")
    }
}

@Suite("journal search: scripts without spaces between words")
struct SearchScriptsTests {
    static let chinese = "今天晚上又失眠了，心里很难受"
    static let japanese = "会社で上司に怒られて眠れなかった"
    static let korean = "오늘 회사에서 너무 힘들었다"
    static let thai = "วันนี้รู้สึกเหนื่อยมาก"
    static let mixed = "Meeting with 老板 tomorrow"
    static let lao = "ມື້ນີ້ຂ້ອຍເມື່ອຍຫຼາຍ"
    static let khmer = "ថ្ងៃនេះខ្ញុំហត់ណាស់"
    static let burmese = "ဒီနေ့ ကျွန်တော် အရမ်းပင်ပန်းတယ်"

    static let template = JournalTemplate([chinese, japanese, korean, thai, mixed, lao, khmer, burmese].map { [$0] })

    @Test(arguments: [
        ("失眠", chinese), ("难受", chinese), ("心里很难受", chinese), ("上司", japanese), ("怒られ", japanese),
        ("眠れなかった", japanese), ("회사", korean), ("힘들었다", korean), ("เหนื่อย", thai), ("รู้สึก", thai),
        ("老板", mixed), ("meeting", mixed), ("tomorrow 老板", mixed), ("\"with 老板 tomorrow\"", mixed),
        ("ເມື່ອຍ", lao), ("ហត់", khmer), ("ပင်ပန်း", burmese),
    ])
    func aWordIsFoundWhereverItStands(query: String, text: String) throws {
        #expect(try found(Self.template.makeSandbox(), query) == [text])
    }

    @Test(arguments: ["快乐", "部長", "행복", "มีความสุข", "\"老板 with\""])
    func wordsThatAreNotThereFindNothing(query: String) throws {
        let outcome = try Self.template.makeSandbox().run("search", query)
        #expect(outcome.succeeded)
        #expect(outcome.output == "No entries match \(query).\n")
    }

    @Test func aSingleCharacterIsFoundInEveryEntryHoldingIt() throws {
        #expect(try Set(found(Self.template.makeSandbox(), "眠")) == [Self.chinese, Self.japanese])
    }

    @Test(arguments: [("失眠", "今天晚上又**失眠**了，心里很难受"), ("เหนื่อย", "วันนี้รู้สึก**เหนื่อย**มาก"), ("老板", "Meeting with **老板** tomorrow")])
    func snippetsMarkTheWordFound(query: String, snippet: String) throws {
        #expect(try results(Self.template.makeSandbox(), query).first?["snippet"] as? String == snippet)
    }
}

@Suite("journal search: Latin text, operators and snippets")
struct SearchLatinAndOperatorsTests {
    static let street = "Walked down the Straße to the office"
    static let boss = "Boss was kind today"
    static let both = "Sleep was bad because of work"
    static let sleepOnly = "Sleep came early"
    static let panic = """
        Panic attack on the train home, had to get off a stop early. Sat on a bench and called Mum, \
        who talked me down. Still shaky at dinner. #panic
        """

    static let template = JournalTemplate([[street], [boss], [both], [sleepOnly], [panic], ["My boss's plans, and Strasse again"]])

    @Test(arguments: [
        ("strasse", [street, "My boss's plans, and Strasse again"]), ("Straße", [street, "My boss's plans, and Strasse again"]),
        ("boss's", [boss, "My boss's plans, and Strasse again"]), ("boss’s", [boss, "My boss's plans, and Strasse again"]),
        ("\"boss's plans\"", ["My boss's plans, and Strasse again"]),
    ])
    func sharpSAndPossessivesFoldAsPeopleExpect(query: String, texts: [String]) throws {
        #expect(try Set(found(Self.template.makeSandbox(), query)) == Set(texts))
    }

    @Test func andIsTheExplicitFormOfTwoWords() throws {
        let sandbox = try Self.template.makeSandbox()
        #expect(try found(sandbox, "sleep", "AND", "work") == [Self.both])
        #expect(try found(sandbox, "sleep AND work") == found(sandbox, "sleep work"))
        #expect(try found(sandbox, "\"bad\" and \"work\"") == [Self.both])
    }

    @Test func notIsTheSameAsAMinus() throws {
        let sandbox = try Self.template.makeSandbox()
        #expect(try found(sandbox, "sleep NOT work") == [Self.sleepOnly])
        #expect(try found(sandbox, "sleep", "NOT", "work") == found(sandbox, "sleep", "-work"))
        #expect(try found(sandbox, "sleep AND NOT work") == [Self.sleepOnly])
    }

    @Test(arguments: [
        (["AND"], "AND needs a word on each side"), (["sleep", "AND"], "AND needs a word on each side"),
        (["AND", "sleep"], "AND needs a word on each side"), (["NOT"], "NOT needs a word on each side"),
        (["NOT", "work"], "NOT needs a word on each side"), (["sleep", "NOT"], "NOT needs a word on each side"),
        (["sleep OR NOT work"], "OR needs a word on each side"), (["sleep AND AND work"], "AND needs a word on each side"),
    ])
    func misplacedOperatorsAreRefusedPlainly(arguments: [String], message: String) throws {
        let sandbox = try Self.template.makeSandbox()
        let before = sandbox.databaseSnapshot()
        let outcome = try sandbox.run(["search"] + arguments)
        #expect(!outcome.succeeded)
        #expect(outcome.errors.hasPrefix("journal: \(message) — for example: journal search"), "\(outcome.errors)")
        #expect(!outcome.errors.localizedCaseInsensitiveContains("fts5"))
        #expect(sandbox.databaseSnapshot() == before)
    }

    @Test func theSnippetShowsTheBestPlaceOfTheText() throws {
        let sandbox = try Self.template.makeSandbox()
        let snippet = try #require(try results(sandbox, "panic").first?["snippet"] as? String)
        #expect(snippet.hasPrefix("**Panic** attack on the train"), "\(snippet)")
        let later = try #require(try results(sandbox, "shaky").first?["snippet"] as? String)
        #expect(later.hasPrefix("…"), "\(later)")
        #expect(later.contains("**shaky**"))
    }
}

@Suite("journal search: a journal made by the earlier release")
struct SearchUpgradeTests {
    @Test func anEarlierJournalIsUpgradedInPlaceAndSearched() throws {
        let sandbox = try Sandbox()
        try EarlierJournal.install(EarlierJournal.beforeTheNewSearchIndex, in: sandbox)

        let anxious = try #require(try results(sandbox, "anxious").first)
        #expect(anxious["text"] as? String == "Argued with Sam about money again. #family #money")
        #expect(anxious["snippet"] as? String == "feeling **anxious**")
        #expect(try found(sandbox, "失眠") == ["今天晚上又失眠了，心里很难受"])
        #expect(try found(sandbox, "上司") == ["会社で上司に怒られて眠れなかった"])
        #expect(try found(sandbox, "회사") == ["오늘 회사에서 너무 힘들었다"])
        #expect(try found(sandbox, "เหนื่อย") == ["วันนี้รู้สึกเหนื่อยมาก"])
        #expect(try found(sandbox, "老板 strasse boss's") == [
            "Meeting with 老板 tomorrow about the Straße project and my boss's plans",
        ])
        #expect(try found(sandbox, "sleep") == ["Slept badly again, kept waking at four"], "a given tag")
        #expect(try found(sandbox, "draft").isEmpty, "a deleted entry stays deleted")
        #expect(try found(sandbox, "money again") == ["Argued with Sam about money again. #family #money"], "an edited text")

        let checked = try sandbox.run("check")
        #expect(checked.output.hasPrefix("The journal is sound: 8 entries, 1 session, 1 topic and 0 pictures"), "\(checked.output)")
        #expect(try permissions(of: sandbox.databasePath) == 0o600)
        let added = try sandbox.run("add", "--feeling", "hopeful", "Written after the upgrade")
        #expect(added.succeeded, "\(added.errors)")
        #expect(try found(sandbox, "hopeful") == ["Written after the upgrade"])
    }
}

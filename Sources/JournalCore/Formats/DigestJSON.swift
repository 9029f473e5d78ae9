/// The digest as the JSON object the README documents under `journal prep`, for scripts.
enum DigestJSON {
    static func render(_ digest: Digest) -> String {
        json(digest).rendered() + "\n"
    }

    /// The keys in the order scripts have always read them; the keys of a section added since
    /// come before the last, `privateExcluded`, in the order of the sections.
    private static let documentedOrder = [
        "period", "writer", "session", "nextSession", "days", "entries", "flagged", "hardestMoments", "topics", "mood",
        "checkIns", "feelings", "tags", "privateExcluded",
    ]

    static func json(_ digest: Digest) -> JSON {
        var members: [(String, JSON)] = [
            ("period", .object([("from", .string(digest.from.localTime.iso8601)), ("to", .string(digest.to.localTime.iso8601))])),
            ("session", digest.lastSession.map(session) ?? .null),
            ("nextSession", digest.nextSession.map(session) ?? .null),
            ("days", .int(digest.dayCount)),
            ("writer", digest.writer.map { .string($0) } ?? .null),
            ("excluded", .int(digest.excluded)),
        ]
        // Every entry of the period, with the other entries' part: `--only topics` must not
        // hand over all the text through this key.
        if digest.sections.contains(where: { if case .otherEntries = $0 { true } else { false } }) {
            members.append(("entries", .array(digest.entries.map(EntryRendering.json))))
        }
        members += digest.sections.flatMap(members(of:))
        members.append(("privateExcluded", .int(digest.privateExcluded)))
        let rank = { (key: String) in documentedOrder.firstIndex(of: key) ?? documentedOrder.count - 1 }
        return .object(members.enumerated().sorted { (rank($0.element.0), $0.offset) < (rank($1.element.0), $1.offset) }.map(\.element))
    }

    /// What one section adds to the object; nothing for a section whose entries are already in
    /// `entries` and that has no key of its own.
    private static func members(of section: DigestSection) -> [(String, JSON)] {
        switch section {
        case .raiseFirst, .urgesToRaise, .otherEntries:
            return []
        case .worksheets(let worksheets):
            return [("worksheets", WorksheetJSON.section(worksheets))]
        case .messages(let messages):
            return [
                ("messages", .array(messages.messages.map(MessageRendering.json))),
                ("privateMessagesExcluded", .int(messages.privateExcluded)),
            ]
        case .homework(let homework):
            return [("homework", .array(homework.items.map(HomeworkRendering.json)))]
        case .topics(let topics):
            return [("topics", .array(topics.map(topic)))]
        case .flagged(let entries):
            return [("flagged", .array(entries.map(EntryRendering.json)))]
        case .hardestMoments(let entries, _):
            return [("hardestMoments", .array(entries.map(EntryRendering.json)))]
        case .mood(let mood):
            return [
                (
                    "mood",
                    .object([
                        ("count", .int(mood.count)),
                        ("average", number(mood.average)),
                        ("min", JSON(mood.lowest?.mood)),
                        ("max", JSON(mood.highest?.mood)),
                        ("previousAverage", number(mood.previousAverage)),
                        ("change", number(mood.change)),
                        (
                            "daily",
                            .array(mood.daily.map { .object([("day", .string($0.day.isoDay)), ("average", number($0.average))]) })
                        ),
                    ])
                )
            ]
        case .checkIns(let checkIns):
            return [
                (
                    "checkIns",
                    .object([
                        ("instruments", .array(checkIns.latest.map(checkIn))),
                        ("phq9Item9AboveZero", .bool(!checkIns.reportingSelfHarm.isEmpty)),
                    ])
                )
            ]
        case .feelingsAndTags(let feelings, let tags):
            return [("feelings", .array(feelings.map(count))), ("tags", .array(tags.map(count)))]
        }
    }

    private static func session(_ session: Session) -> JSON {
        .object([
            ("id", .int(Int(session.id))),
            ("date", .string(session.localTime.iso8601)),
            ("note", session.note.map { .string($0) } ?? .null),
            ("takeaway", session.takeaway.map { .string($0) } ?? .null),
        ])
    }

    static func topic(_ topic: Topic) -> JSON {
        .object([("id", .int(Int(topic.id))), ("text", .string(topic.text))])
    }

    private static func checkIn(_ summary: CheckInSummary) -> JSON {
        let latest = summary.latest.checkIn
        return .object([
            ("instrument", .string(summary.instrument.rawValue)),
            ("count", .int(summary.count)),
            ("date", .string(latest.localTime.iso8601)),
            ("total", .int(latest.total)),
            ("band", .string(latest.band.rawValue)),
            ("previousTotal", JSON(summary.latest.previous?.total)),
            ("change", JSON(summary.latest.change)),
        ])
    }

    private static func count(_ label: LabelCount) -> JSON {
        .object([("name", .string(label.name)), ("count", .int(label.count))])
    }

    /// Averages to two decimals: enough to compare, short enough to read.
    private static func number(_ value: Double?) -> JSON {
        guard let value else { return .null }
        return .double((value * 100).rounded() / 100)
    }
}

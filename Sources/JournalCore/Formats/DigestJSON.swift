/// The digest as the JSON object the README documents under `journal prep`, for scripts.
enum DigestJSON {
    static func render(_ digest: Digest) -> String {
        json(digest).rendered() + "\n"
    }

    static func json(_ digest: Digest) -> JSON {
        let mood = digest.mood
        return .object([
            (
                "period",
                .object([
                    ("from", .string(digest.from.localTime.iso8601)),
                    ("to", .string(digest.to.localTime.iso8601)),
                ])
            ),
            ("session", digest.lastSession.map(session) ?? .null),
            ("nextSession", digest.nextSession.map(session) ?? .null),
            ("days", .int(digest.dayCount)),
            ("entries", .array(digest.entries.map(EntryRendering.json))),
            ("flagged", .array(digest.flagged.map(EntryRendering.json))),
            ("hardestMoments", .array(digest.hardestMoments.map(EntryRendering.json))),
            ("topics", .array(digest.topics.map(topic))),
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
            ),
            (
                "checkIns",
                .object([
                    ("instruments", .array(digest.checkIns.map(checkIn))),
                    ("phq9Item9AboveZero", .bool(!digest.selfHarmCheckIns.isEmpty)),
                ])
            ),
            ("feelings", .array(digest.feelings.map(count))),
            ("tags", .array(digest.tags.map(count))),
            ("privateExcluded", .int(digest.privateExcluded)),
        ])
    }

    private static func session(_ session: Session) -> JSON {
        .object([
            ("id", .int(Int(session.id))),
            ("date", .string(session.localTime.iso8601)),
            ("note", session.note.map { .string($0) } ?? .null),
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

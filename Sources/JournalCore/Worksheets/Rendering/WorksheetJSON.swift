/// Worksheets as JSON, one shape for `worksheet list`, `worksheet show`, the digest and the
/// export:
///
/// ```json
/// {"id": 3, "kind": "sleep", "date": "2026-11-20T23:10:00+01:00", "flagged": false, "private": false,
///  "fields": {"night": "2026-11-20", "intoBed": "2026-11-20T23:10:00+01:00", …, "quality": 4, "notes": null},
///  "figures": {"timeInBedMinutes": 485, "totalSleepMinutes": 440, "sleepEfficiency": 90.72}}
/// ```
///
/// `fields` holds every field of the kind but the one that dates it (`when`, which is `date`),
/// `null` or `[]` when empty; `figures`, what is derived from them (not in the export).
public enum WorksheetJSON {
    public static func json(_ worksheet: Worksheet, figures includesFigures: Bool = true) -> JSON {
        var members: [(String, JSON)] = [
            ("id", .int(Int(worksheet.id))),
            ("kind", .string(worksheet.kind.rawValue)),
            ("date", .string(worksheet.localTime.iso8601)),
            ("flagged", .bool(worksheet.isFlagged)),
            ("private", .bool(worksheet.isPrivate)),
            ("fields", fields(worksheet)),
        ]
        if includesFigures { members.append(("figures", figures(worksheet))) }
        return .object(members)
    }

    static func fields(_ worksheet: Worksheet) -> JSON {
        .object(worksheet.kind.fields.filter { $0.type != .when }.map { field in (field.key, value(worksheet.values[field], field)) })
    }

    /// A field's value: a string, a number, true or false, or a list of objects; null (a list
    /// field `[]`) when empty.
    static func value(_ value: FieldValue?, _ field: WorksheetField) -> JSON {
        guard let value else { return field.type.isList || field.type == .words ? .array([]) : .null }
        switch value {
        case .moment(let moment): return .string(moment.localTime.iso8601)
        case .day(let day): return .string(day.isoDay)
        case .text(let text): return .string(text)
        case .number(let number): return .int(number)
        case .yesNo(let answer): return .bool(answer)
        case .ratings(let ratings): return .array(ratings.map { .object([("name", .string($0.name)), ("rating", .int($0.value))]) })
        case .thoughts(let thoughts): return .array(thoughts.map { .object([("text", .string($0.text)), ("hot", .bool($0.isHot))]) })
        case .urge(let urge): return urgeJSON(urge)
        case .namedUrges(let urges):
            return .array(urges.map { named in
                guard case .object(let members) = urgeJSON(named.urge) else { return .null }
                return .object([("name", .string(named.name))] + members)
            })
        case .words(let words): return JSON(words)
        }
    }

    private static func urgeJSON(_ urge: Urge) -> JSON {
        .object([("rating", .int(urge.strength)), ("acted", .bool(urge.wasActedOn))])
    }

    /// What one worksheet's fields give: a thought record's changes, an activity's change in
    /// mood, a night's sleep, an exposure's peak against its prediction, whether a diary card
    /// calls for the plan.
    static func figures(_ worksheet: Worksheet) -> JSON {
        let values = worksheet.values
        switch worksheet.kind {
        case .thoughtRecord:
            let changes = ThoughtRecord.changes(of: values)
            return .object([
                ("hotThought", changes.hotThought.map { .string($0) } ?? .null),
                ("beliefBefore", JSON(changes.beliefBefore)),
                ("beliefAfter", JSON(changes.beliefAfter)),
                ("beliefChange", JSON(changes.beliefChange)),
                (
                    "moods",
                    .array(changes.moods.map {
                        .object([("name", .string($0.name)), ("before", JSON($0.before)), ("after", JSON($0.after))])
                    })
                ),
            ])
        case .activity:
            let before = values.number(ActivityLog.moodBefore)
            let after = values.number(ActivityLog.moodAfter)
            return .object([("moodChange", JSON(before.flatMap { before in after.map { $0 - before } }))])
        case .sleep:
            guard let night = SleepDiary.night(of: worksheet) else { return .object([]) }
            return .object([
                ("timeInBedMinutes", .int(night.timeInBed)),
                ("totalSleepMinutes", .int(night.totalSleep)),
                ("sleepEfficiency", rounded(night.efficiency)),
            ])
        case .exposure:
            guard let predicted = values.number(ExposureLog.predictedDistress), let peak = values.number(ExposureLog.peakDistress)
            else { return .object([]) }
            return .object([("peakAgainstPredicted", .int(peak - predicted))])
        case .diaryCard:
            return .object([("callsForThePlan", .bool(worksheet.callsForThePlan))])
        }
    }

    /// The digest's `worksheets`: every kind's key always there, `null` or `[]` when the period
    /// has none of it.
    static func section(_ section: WorksheetsOfPeriod) -> JSON {
        .object([
            ("count", .int(section.worksheets.count)),
            ("thoughtRecords", .array(section.thoughtRecords.map { json($0) })),
            ("activities", section.activitySummary.map { activities($0, section.activities) } ?? .null),
            ("sleep", section.sleep.map(sleep) ?? .null),
            (
                "exposures",
                .array(section.exposures.map { series in
                    .object([("situation", .string(series.situation)), ("attempts", .array(series.attempts.map { json($0.worksheet) }))])
                })
            ),
            (
                "diaryCards",
                section.diaryCards.map { grid in
                    .object([
                        (
                            "days",
                            .array(grid.days.map { .object([("day", .string($0.day.isoDay)), ("worksheet", $0.card.map { json($0) } ?? .null)]) })
                        )
                    ])
                } ?? .null
            ),
            ("raiseFirst", .array(section.toRaiseFirst.map { .int(Int($0.id)) })),
            ("privateExcluded", .int(section.privateExcluded)),
        ])
    }

    private static func activities(_ summary: ActivityLog.Summary, _ worksheets: [Worksheet]) -> JSON {
        .object([
            ("worksheets", .array(worksheets.map { json($0) })),
            ("averageMastery", rounded(summary.averageMastery)),
            ("averagePleasure", rounded(summary.averagePleasure)),
            ("averageMoodChange", summary.averageMoodChange.map(rounded) ?? .null),
            ("moodRatedCount", .int(summary.moodRatedCount)),
            ("mostPleasure", .array(summary.mostPleasure.map { .int(Int($0.id)) })),
            ("plannedCount", .int(summary.plannedCount)),
            ("plannedAveragePleasure", summary.plannedAveragePleasure.map(rounded) ?? .null),
            ("unplannedAveragePleasure", summary.unplannedAveragePleasure.map(rounded) ?? .null),
        ])
    }

    private static func sleep(_ summary: SleepDiary.Summary) -> JSON {
        .object([
            ("nights", .array(summary.nights.map { json($0.worksheet) })),
            ("average", averages(summary.averages)),
            ("previous", summary.previous.map(averages) ?? .null),
        ])
    }

    private static func averages(_ averages: SleepDiary.Averages) -> JSON {
        .object([
            ("nights", .int(averages.nightCount)),
            ("timeInBedMinutes", rounded(averages.timeInBed)),
            ("totalSleepMinutes", rounded(averages.totalSleep)),
            ("sleepEfficiency", rounded(averages.efficiency)),
            ("quality", rounded(averages.quality)),
        ])
    }

    /// To two decimals, as the digest's other averages.
    private static func rounded(_ value: Double) -> JSON {
        .double((value * 100).rounded() / 100)
    }
}

/// jrnl's `timeformat` setting: how a jrnl journal writes the date and time of each entry's
/// header (`[2026-11-20 21:05] Title`), in the notation of Python's `strftime` that jrnl's
/// config file uses (`%Y-%m-%d %H:%M`, `%d.%m.%Y %H:%M`, `%a, %d %b %Y %I:%M %p`).
///
/// Read as Python's `strptime` reads it: a number may have one digit or two (`%Y` four); month
/// and weekday names are English and their case does not matter (`%b` and `%B` each take the
/// short name and the full one); white space in the format stands for any white space. The
/// directives read are `%Y %y %m %d %e %H %I %M %S %p %a %A %b %B %h`, the short forms
/// `%F %T %R %r %D`, and `%%`; a `-` after `%` (`%-d`) is allowed and changes nothing.
///
/// `recognising(_:)` works out the formats a header could have been written in, for a journal
/// whose setting the person does not give.
public struct JrnlTimeFormat: Equatable, Sendable, CustomStringConvertible {
    enum Part: Equatable {
        case literal(UInt8)
        case whitespace
        case year4, year2, month, day, hour24, hour12, minute, second, meridiem
        case monthName, weekdayName
        /// Any time of day as `TimestampScanner.timeOfDay()` reads it: what a format recognised
        /// from a file has for its time, since jrnl's own reading takes any of them.
        case anyTimeOfDay
    }

    let parts: [Part]
    /// The format in jrnl's notation, as given or as worked out from a header.
    public let notation: String

    public var description: String { notation }

    /// Reads a format in jrnl's notation; throws `JrnlTimeFormatError` naming what it cannot read.
    public init(notation: String) throws(JrnlTimeFormatError) {
        var parts: [Part] = []
        var bytes = Array(notation.utf8)[...]
        while let byte = bytes.popFirst() {
            if Self.isSpace(byte) {
                if parts.last != .whitespace { parts.append(.whitespace) }
                continue
            }
            guard byte == UInt8(ascii: "%") else {
                parts.append(.literal(byte))
                continue
            }
            if bytes.first == UInt8(ascii: "-") { bytes.removeFirst() }
            guard let directive = bytes.popFirst() else { throw .endsInPercent(notation) }
            guard let expansion = Self.directives[Character(Unicode.Scalar(directive))] else {
                throw .unknownDirective("%" + String(Character(Unicode.Scalar(directive))), notation)
            }
            parts += expansion
        }
        guard parts.contains(where: { [.year4, .year2].contains($0) }), parts.contains(where: { [.month, .monthName].contains($0) }),
            parts.contains(.day)
        else { throw .noDate(notation) }
        self.parts = parts
        self.notation = notation
    }

    private init(parts: [Part], notation: String) {
        self.parts = parts
        self.notation = notation
    }

    private static let directives: [Character: [Part]] = [
        "Y": [.year4], "y": [.year2], "m": [.month], "d": [.day], "e": [.day], "H": [.hour24], "I": [.hour12],
        "M": [.minute], "S": [.second], "p": [.meridiem], "a": [.weekdayName], "A": [.weekdayName],
        "b": [.monthName], "B": [.monthName], "h": [.monthName],
        "F": [.year4, .literal(UInt8(ascii: "-")), .month, .literal(UInt8(ascii: "-")), .day],
        "T": [.hour24, .literal(UInt8(ascii: ":")), .minute, .literal(UInt8(ascii: ":")), .second],
        "R": [.hour24, .literal(UInt8(ascii: ":")), .minute],
        "r": [.hour12, .literal(UInt8(ascii: ":")), .minute, .literal(UInt8(ascii: ":")), .second, .whitespace, .meridiem],
        "D": [.month, .literal(UInt8(ascii: "/")), .day, .literal(UInt8(ascii: "/")), .year2],
        "%": [.literal(UInt8(ascii: "%"))],
    ]

    // MARK: - Reading a header

    /// The date and time `text` holds in this format, all of it; nil when it does not fit or
    /// names no real moment.
    func reading(_ text: ArraySlice<UInt8>) -> CivilTime? {
        var fields = Fields()
        var rest = text
        for part in parts {
            guard fields.read(part, from: &rest) else { return nil }
        }
        guard rest.isEmpty else { return nil }
        return fields.civilTime
    }

    /// What has been read of a header so far.
    private struct Fields {
        var year: Int?
        var month: Int?
        var day: Int?
        var hour = 0
        var minute = 0
        var second = 0
        var isTwelveHour = false
        var isAfternoon: Bool?
        var timeOfDay: TimeOfDay?

        mutating func read(_ part: Part, from text: inout ArraySlice<UInt8>) -> Bool {
            switch part {
            case .literal(let byte):
                guard text.first == byte else { return false }
                text.removeFirst()
            case .whitespace:
                guard let first = text.first, JrnlTimeFormat.isSpace(first) else { return false }
                text = text.drop { JrnlTimeFormat.isSpace($0) }
            case .year4:
                guard let value = Self.number(from: &text, digits: 4...4) else { return false }
                year = value
            case .year2:
                // As Python reads %y: 69 to 99 are the 1900s, 0 to 68 the 2000s.
                guard let value = Self.number(from: &text, digits: 2...2) else { return false }
                year = value < 69 ? 2000 + value : 1900 + value
            case .month:
                guard let value = Self.number(from: &text, digits: 1...2) else { return false }
                month = value
            case .day:
                if text.first == UInt8(ascii: " ") { text.removeFirst() }
                guard let value = Self.number(from: &text, digits: 1...2) else { return false }
                day = value
            case .hour24, .hour12:
                guard let value = Self.number(from: &text, digits: 1...2) else { return false }
                hour = value
                isTwelveHour = part == .hour12
            case .minute:
                guard let value = Self.number(from: &text, digits: 1...2) else { return false }
                minute = value
            case .second:
                guard let value = Self.number(from: &text, digits: 1...2) else { return false }
                second = value
            case .meridiem:
                guard let value = JrnlTimeFormat.meridiem(at: &text) else { return false }
                isAfternoon = value
            case .monthName:
                guard let value = JrnlTimeFormat.name(at: &text, in: JrnlTimeFormat.monthNames) else { return false }
                month = value + 1
            case .weekdayName:
                guard JrnlTimeFormat.name(at: &text, in: JrnlTimeFormat.weekdayNames) != nil else { return false }
            case .anyTimeOfDay:
                var scanner = TimestampScanner(bytes: text)
                guard let time = scanner.timeOfDay() else { return false }
                timeOfDay = time
                text = text.dropFirst(scanner.position)
            }
            return true
        }

        var civilTime: CivilTime? {
            guard let year, let month, let day else { return nil }
            if let timeOfDay {
                return CivilTime(year: year, month: month, day: day)?.at(timeOfDay)
            }
            var hour = hour
            if let isAfternoon {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (isAfternoon ? 12 : 0)
            } else if isTwelveHour, !(1...12).contains(hour) {
                return nil
            }
            return CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        }

        /// As many digits as `digits` allows, taking the most.
        static func number(from text: inout ArraySlice<UInt8>, digits: ClosedRange<Int>) -> Int? {
            let run = text.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.prefix(digits.upperBound)
            guard run.count >= digits.lowerBound else { return nil }
            text.removeFirst(run.count)
            return run.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
    }

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The index of the name (full, or its first three letters) at the start of `text`,
    /// without regard to case, having read past it.
    static func name(at text: inout ArraySlice<UInt8>, in names: [String]) -> Int? {
        let letters = text.prefix { isLetter($0) }
        let word = String(decoding: letters, as: UTF8.self).lowercased()
        guard let index = names.firstIndex(where: { $0 == word || (word.count == 3 && $0.hasPrefix(word)) }) else {
            return nil
        }
        text.removeFirst(letters.count)
        return index
    }

    /// True for pm, false for am (`AM`, `pm`, `a.m.`), having read past it.
    static func meridiem(at text: inout ArraySlice<UInt8>) -> Bool? {
        var rest = text
        guard let first = rest.popFirst() else { return nil }
        let isAfternoon: Bool
        switch first | 0x20 {
        case UInt8(ascii: "a"): isAfternoon = false
        case UInt8(ascii: "p"): isAfternoon = true
        default: return nil
        }
        if rest.first == UInt8(ascii: ".") { rest.removeFirst() }
        guard let m = rest.popFirst(), m | 0x20 == UInt8(ascii: "m") else { return nil }
        if rest.first == UInt8(ascii: ".") { rest.removeFirst() }
        guard rest.first.map({ !isLetter($0) }) ?? true else { return nil }
        text = rest
        return isAfternoon
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

extension JrnlTimeFormat {
    /// The formats a header's date and time could have been written in, worked out from its
    /// shape: `2026-11-20 21:05` gives `%Y-%m-%d %H:%M`, `Sat, 20 Apr 2019 11:34 AM` gives
    /// `%a, %d %b %Y %I:%M %p`. Numbers that could be the day or the month (`03.08.2023`) give
    /// both readings, day first and then month first, as far as the header's numbers allow
    /// them; a year written first is always followed by the month. Empty when the shape is
    /// not one of a date and a time (a word that is not a month or a weekday, no year).
    ///
    /// The time of day of a recognised format is read in any of its usual forms, with or
    /// without seconds and am/pm, as jrnl itself reads a header its setting does not fit.
    static func recognising(_ header: ArraySlice<UInt8>) -> [JrnlTimeFormat] {
        var tokens: [Token] = []
        var text = header
        while let first = text.first {
            if isDigit(first), let time = timeOfDay(at: text) {
                tokens.append(.time(time.notation))
                text = text.dropFirst(time.length)
            } else if isDigit(first) {
                let digits = text.prefix(while: isDigit)
                tokens.append(.number(digits.count))
                text = text.dropFirst(digits.count)
            } else if isLetter(first) {
                let letters = text.prefix(while: isLetter)
                var word = letters
                if let month = name(at: &word, in: monthNames), word.isEmpty {
                    tokens.append(.monthName(letters.count == 3 ? "%b" : "%B", month))
                } else if name(at: &word, in: weekdayNames) != nil, word.isEmpty {
                    tokens.append(.weekdayName(letters.count == 3 ? "%a" : "%A"))
                } else if letters.count == 1, letters.first! | 0x20 == UInt8(ascii: "t") {
                    tokens.append(.literal(letters.first!))
                } else {
                    return []
                }
                text = text.dropFirst(letters.count)
            } else if isSpace(first) {
                tokens.append(.whitespace(text.prefix(while: isSpace).count))
                text = text.drop(while: isSpace)
            } else if first < 0x80 {
                tokens.append(.literal(first))
                text.removeFirst()
            } else {
                return []
            }
        }
        guard tokens.filter({ if case .time = $0 { true } else { false } }).count <= 1 else { return [] }
        return DateOrder.allCases.compactMap { order in format(of: tokens, in: order) }
            .filter { $0.reading(header) != nil }
    }

    private enum Token {
        case number(Int)
        case monthName(String, Int)
        case weekdayName(String)
        case time(String)
        case literal(UInt8)
        case whitespace(Int)
    }

    /// The orders of year, month and day that people's time formats use.
    private enum DateOrder: CaseIterable {
        case yearMonthDay, dayMonthYear, monthDayYear

        var roles: [Character] {
            switch self {
            case .yearMonthDay: ["Y", "M", "D"]
            case .dayMonthYear: ["D", "M", "Y"]
            case .monthDayYear: ["M", "D", "Y"]
            }
        }
    }

    /// The format the tokens make when their date has this order; nil when they cannot.
    private static func format(of tokens: [Token], in order: DateOrder) -> JrnlTimeFormat? {
        var parts: [Part] = []
        var notation = ""
        var roles = order.roles[...]
        for token in tokens {
            switch token {
            case .number(let digits):
                guard let role = roles.popFirst() else { return nil }
                switch (role, digits) {
                case ("Y", 4): (parts, notation) = (parts + [.year4], notation + "%Y")
                case ("Y", 2): (parts, notation) = (parts + [.year2], notation + "%y")
                case ("M", 1...2): (parts, notation) = (parts + [.month], notation + "%m")
                case ("D", 1...2): (parts, notation) = (parts + [.day], notation + "%d")
                default: return nil
                }
            case .monthName(let directive, _):
                guard roles.popFirst() == "M" else { return nil }
                (parts, notation) = (parts + [.monthName], notation + directive)
            case .weekdayName(let directive):
                (parts, notation) = (parts + [.weekdayName], notation + directive)
            case .time(let written):
                (parts, notation) = (parts + [.anyTimeOfDay], notation + written)
            case .literal(let byte):
                parts.append(.literal(byte))
                notation += byte == UInt8(ascii: "%") ? "%%" : String(Character(Unicode.Scalar(byte)))
            case .whitespace(let count):
                parts.append(.whitespace)
                notation += String(repeating: " ", count: count)
            }
        }
        guard roles.isEmpty else { return nil }
        return JrnlTimeFormat(parts: parts, notation: notation)
    }

    /// A time of day at the start of `text` (`21:05`, `9:05:30 PM`): how it is written in jrnl's
    /// notation, and its length.
    private static func timeOfDay(at text: ArraySlice<UInt8>) -> (notation: String, length: Int)? {
        var scanner = TimestampScanner(bytes: text)
        guard scanner.timeOfDay() != nil else { return nil }
        let written = text.prefix(scanner.position)
        let colons = written.filter { $0 == UInt8(ascii: ":") }.count
        let hasMeridiem = written.contains { isLetter($0) }
        var notation = (hasMeridiem ? "%I" : "%H") + ":%M" + (colons == 2 ? ":%S" : "")
        if hasMeridiem {
            let digitsEnd = written.lastIndex { isDigit($0) }!
            notation += String(repeating: " ", count: written[(digitsEnd + 1)...].prefix(while: isSpace).count) + "%p"
        }
        return (notation, written.count)
    }
}

/// A `--jrnl-timeformat` that cannot be read.
public enum JrnlTimeFormatError: JournalFailure, Equatable {
    case unknownDirective(String, String)
    case endsInPercent(String)
    case noDate(String)

    public var problem: String {
        switch self {
        case .unknownDirective(let directive, let format):
            "--jrnl-timeformat \"\(format.prefix(60))\" cannot be read: journal does not know \(directive)"
        case .endsInPercent(let format):
            "--jrnl-timeformat \"\(format.prefix(60))\" cannot be read: it ends in a % that names nothing"
        case .noDate(let format):
            "--jrnl-timeformat \"\(format.prefix(60))\" cannot be read: it needs a year, a month and a day"
        }
    }

    public var advice: String {
        "copy jrnl's timeformat setting from its config file, like --jrnl-timeformat \"%d.%m.%Y %H:%M\"; "
            + "journal reads %Y %y %m %d %H %I %M %S %p %a %A %b %B and %F %T %R %r %D"
    }
}

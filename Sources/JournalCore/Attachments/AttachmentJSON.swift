import Foundation

/// Pictures in JSON: in the entries of `list`, `show`, `search` and `prep`, and with their
/// bytes in the journal's own export.
enum AttachmentJSON {
    /// `{"number": 1, "name": "storm.jpg", "type": "image/jpeg", "bytes": 812345, "width": 1240,
    /// "height": 1754}`: `bytes` is the original file's size, `width` and `height` the size a
    /// person sees (see `Attachment`).
    static func summary(_ attachment: Attachment) -> JSON {
        .object([
            ("number", .int(attachment.number)),
            ("name", .string(attachment.name)),
            ("type", .string(attachment.kind.mediaType)),
            ("bytes", .int(attachment.byteCount)),
            ("width", .int(attachment.width)),
            ("height", .int(attachment.height)),
        ])
    }

    /// The summary, then `"attached"` (when, in UTC) and `"data"` (the original, base64): what
    /// `journal import --from json` needs to bring the picture back exactly.
    static func exported(_ attachment: Attachment, original: Data) -> JSON {
        guard case .object(var members) = summary(attachment) else { return .null }
        members.append(("attached", .string(Moment(attachment.attachedAt, utcOffsetSeconds: 0).localTime.iso8601)))
        members.append(("data", .string(original.base64EncodedString())))
        return .object(members)
    }

    /// The entry `json` (as `EntryRendering.json` makes it) with each picture's summary given
    /// its `attached` time and bytes.
    static func exportedEntry(_ entry: Entry, originals: [Data]) -> JSON {
        guard case .object(var members) = EntryRendering.json(entry), !entry.attachments.isEmpty else {
            return EntryRendering.json(entry)
        }
        members.removeAll { $0.0 == "attachments" }
        members.append(("attachments", .array(zip(entry.attachments, originals).map(exported))))
        return .object(members)
    }
}

extension JSONRecord {
    /// An exported entry's `attachments`: only `name` and `data` must be there; `attached`, when
    /// missing, is the moment of the import. `number`, `type`, `bytes`, `width` and `height` are
    /// what the picture itself says and are worked out again; the pictures keep their order.
    func attachments(_ key: String) throws(ImportError) -> [ImportedAttachment] {
        let values: [JSON]
        switch self[key] {
        case nil, .null: return []
        case .array(let list): values = list
        default: throw place.failure("\"\(key)\" is not a list in [ ]")
        }
        return try values.enumerated().map { index, value throws(ImportError) in
            do throws(ImportError) {
                let picture = try JSONRecord(value, place: place)
                guard let bytes = Data(base64Encoded: try picture.requiredText("data")) else {
                    throw place.failure("\"data\" is not base64")
                }
                return ImportedAttachment(
                    name: try picture.requiredText("name"), bytes: bytes, attachedAt: try picture.moment("attached")?.date)
            } catch {
                var error = error
                error.reason = "picture \(index + 1): " + error.reason
                throw error
            }
        }
    }
}

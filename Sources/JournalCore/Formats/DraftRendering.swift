/// `journal drafts`: the drafts kept, each with what it is for and the command that stores it.
public enum DraftRendering {
    /// `command` is the command line that stores a draft, as the person would type it.
    public static func list(_ drafts: [KeptDraft], command: (KeptDraft) -> String, style: TextStyle) -> String {
        guard !drafts.isEmpty else { return "No drafts kept: everything you wrote is in the journal.\n" }
        var lines = [
            style.bold(Wording.count(drafts.count, "draft", "drafts") + " kept")
                + ", oldest first. Each command below stores one and then removes its file:"
        ]
        for kept in drafts {
            var heading = kept.kept.localTime.readableMoment + "  " + kept.draft.purpose
            if case .newEntry(let entry) = kept.draft, let mood = entry.mood { heading += ", mood \(mood)" }
            if let firstLine = kept.draft.text.leadingLines(1).lines.first {
                let width = max(20, style.width - heading.count - 2)
                heading += ": " + style.dim(style.safe(String(firstLine.prefix(width + 1))).truncated(to: width))
            }
            lines += ["", heading, "  " + command(kept)]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

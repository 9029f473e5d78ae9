/// `journal plan show`, its history, and the plan as it appears unasked in hard moments.
public enum PlanRendering {
    /// The plan as the writer wrote it, or how to write one.
    public static func plan(_ plan: PlanVersion?, style: TextStyle) -> String {
        guard let plan else { return noPlan(style: style) }
        return style.safe(plan.text) + "\n"
    }

    /// The dates the plan was written and changed, oldest first.
    public static func history(_ versions: [PlanVersion], style: TextStyle) -> String {
        guard !versions.isEmpty else { return noPlan(style: style) }
        let lines = versions.enumerated().map { index, version in
            let what = index == 0 ? "written" : "changed"
            let current = index == versions.count - 1 ? style.dim("  (the plan now)") : ""
            return "  \(version.localTime.readableMoment)  \(what)" + current
        }
        return (["Your plan was:"] + lines).joined(separator: "\n") + "\n"
    }

    /// Shown on standard error after a mood of 0 or 1, or a check-in that reports thoughts of
    /// self-harm: the writer's own plan, or a calm word on where to turn.
    public static func reminder(_ plan: PlanVersion?, style: TextStyle) -> String {
        guard let plan else { return "\n" + noPlan(style: style) }
        return "\n" + style.bold("Your plan for times like this, as you wrote it:") + "\n\n" + style.safe(plan.text) + "\n"
    }

    /// Said when the plan cannot be read, so that the moment still gets its word.
    public static func unreadableReminder(style: TextStyle) -> String {
        "\nYour plan could not be read just now; journal plan show prints it.\n" + emergency(style: style)
    }

    private static func noPlan(style: TextStyle) -> String {
        let advice = "You have no plan for between sessions yet. With your therapist, agree what contact is "
            + "possible between sessions and what to do when things get worse, then write it down with: journal plan edit"
        return advice.wrapped(to: style.width).joined(separator: "\n") + "\n" + emergency(style: style)
    }

    /// No number is built in: it differs from country to country, and a wrong one costs time.
    private static func emergency(style: TextStyle) -> String {
        style.bold("If you are in danger, call your local emergency number.") + "\n"
    }
}

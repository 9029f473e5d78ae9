import Foundation
import Testing

@Suite("journal add")
struct AddTests {
    @Test func storesMoodFeelingsAndTagsAndPrintsTheIdAndTime() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.run(
            "add", "--mood", "3", "--feeling", "anxious", "--feeling", "tired",
            "Argued with Sam about money #family")
        #expect(added.succeeded)
        #expect(added.output.hasPrefix("Added entry 1 · "))
        #expect(added.output.range(of: #"\d\d:\d\d\n$"#, options: .regularExpression) != nil)

        let entries = try #require(try sandbox.run("list", "--format", "json").json() as? [[String: Any]])
        try #require(entries.count == 1)
        let entry = entries[0]
        #expect(entry["mood"] as? Int == 3)
        #expect(entry["feelings"] as? [String] == ["anxious", "tired"])
        #expect(entry["tags"] as? [String] == ["family"])
        #expect(entry["text"] as? String == "Argued with Sam about money #family")
    }
}

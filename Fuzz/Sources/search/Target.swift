import Foundation
import FuzzSupport
@testable import JournalCore

/// A small journal in memory, in several scripts, with feelings, tags and a private entry, so
/// that the query's words reach a real FTS5 index cut by the journal's own tokenizer.
let store: JournalStore = {
    let store = try! JournalStore.makeEmpty()
    let now = Date(timeIntervalSince1970: 1_792_371_600)
    let texts = [
        "Argued with Sam about money at the café. #family", "Panic on the train home, a panic attack #panic",
        "今天晚上又失眠了，心里很难受", "会社で上司に怒られて眠れなかった", "오늘 회사에서 너무 힘들었다",
        "วันนี้รู้สึกเหนื่อยมาก", "Meeting with 老板 about the Straße project", "don't-stop \"quoted\" * ^ NEAR(a b) AND OR NOT",
    ]
    for (index, text) in texts.enumerated() {
        _ = try! store.add(
            NewEntry(
                text: text, mood: index % 11, feelings: index.isMultiple(of: 2) ? ["anxious"] : ["calm"],
                moment: Moment(now.addingTimeInterval(Double(index - texts.count) * 86_400), utcOffsetSeconds: 3600),
                isFlagged: index == 1, isPrivate: index == 4),
            now: now)
    }
    return store
}()

func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = String(data: bytes(start, count), encoding: .utf8) else { return 0 }
    let query: SearchQuery
    do {
        query = try SearchQuery(parsing: text)
    } catch {
        return 0
    }
    for order in SearchRequest.Order.allCases {
        for limit in [nil, 2] as [Int?] {
            expectPlainRefusal {
                var request = SearchRequest(query: query)
                request.order = order
                request.limit = limit
                for hit in try store.search(request) { _ = hit.snippet.count }
            }
        }
    }
    return 0
}

@_cdecl("fuzz_search_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}

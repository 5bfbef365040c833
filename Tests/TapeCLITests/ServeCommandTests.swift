import Foundation
import Testing

/// `tape serve` end to end: requests on standard input, one reply a line, in order.
struct ServeCommandTests {
  @Test func repliesOneLinePerRequestInOrder() throws {
    let input = """
      {"id": 1, "op": "execute", "code": "shares = 24.68B shares"}

      {"id": 2, "op": "execute", "code": "$118.42/share * shares"}
      {"id": 3, "op": "complete", "code": "sha"}

      """
    let run = try TapeCommandTests().tape(["serve"], input: input)
    #expect(run.status == 0)
    #expect(run.errors.isEmpty)
    let replies = run.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(replies.count == 3)
    #expect(replies.map { $0?["id"] as? Int } == [1, 2, 3])
    let outputs = replies[1]?["outputs"] as? [[String: Any]]
    #expect(outputs?.first?["text"] as? String == "$2.923T")
    #expect((replies[2]?["matches"] as? [String])?.contains("shares") == true)
  }
}

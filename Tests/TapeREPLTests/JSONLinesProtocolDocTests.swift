import Foundation
import Testing

@testable import TapeREPL

/// docs/jupyter.md documents `tape serve` with ```jsonl blocks: each request line is followed by
/// the reply it gets, each block in one fresh session. Every reply must be given exactly.
struct JSONLinesProtocolDocTests {
  static let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/jupyter.md")

  static func blocks() throws -> [[String]] {
    let text = try String(contentsOf: document, encoding: .utf8)
    var blocks: [[String]] = []
    var current: [String]? = nil
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if current == nil, line == "```jsonl" {
        current = []
      } else if let lines = current, line == "```" {
        blocks.append(lines)
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  @Test func documentHasExamples() throws {
    #expect(try Self.blocks().count >= 3)
  }

  @Test func everyDocumentedReplyIsTheOneGiven() throws {
    for block in try Self.blocks() {
      #expect(block.count % 2 == 0, "a request without its reply: \(block.last ?? "")")
      var session = JSONLinesSession()
      for pair in stride(from: 0, to: block.count - 1, by: 2) {
        let reply = session.reply(to: block[pair])
        #expect(reply == block[pair + 1], "docs/jupyter.md: the reply to \(block[pair])")
      }
    }
  }
}

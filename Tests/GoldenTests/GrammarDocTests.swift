import Foundation
import Testing

/// docs/grammar.md shows the same grammar as the parser's header comment.
struct GrammarDocTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func grammarDocMatchesParserHeader() throws {
    let parser = try String(
      contentsOf: Self.root.appendingPathComponent("Sources/TapeCore/Parser/Parser.swift"), encoding: .utf8)
    let header = parser.split(separator: "\n", omittingEmptySubsequences: false)
      .prefix { $0.hasPrefix("//") }
      .dropFirst(2)
      .map { $0.hasPrefix("// ") ? String($0.dropFirst(3)) : String($0.dropFirst(2)) }
    let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/grammar.md"), encoding: .utf8)
    guard let start = doc.range(of: "```ebnf\n"), let end = doc.range(of: "\n```", range: start.upperBound..<doc.endIndex)
    else {
      Issue.record("docs/grammar.md has no ```ebnf block")
      return
    }
    let documented = String(doc[start.upperBound..<end.lowerBound])
    #expect(
      documented == header.joined(separator: "\n").trimmingCharacters(in: .newlines),
      "docs/grammar.md is stale; run scripts/update-grammar-doc.sh")
  }
}

import Foundation
import Testing

/// Every ```tape block in docs/ is a transcript; each must replay exactly.
struct DocsExamplesTests {
  static let docsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs")

  struct Block: CustomTestStringConvertible, Sendable {
    var file: String
    var line: Int
    var text: String
    var testDescription: String { "\(file):\(line)" }
  }

  static func blocks() throws -> [Block] {
    var blocks: [Block] = []
    let files = try FileManager.default.contentsOfDirectory(atPath: docsDirectory.path)
      .filter { $0.hasSuffix(".md") }.sorted()
    for file in files {
      let text = try String(contentsOf: docsDirectory.appendingPathComponent(file), encoding: .utf8)
      var current: [String]? = nil
      var start = 0
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if current == nil, line == "```tape" {
          current = []
          start = index + 2
        } else if current != nil, line == "```" {
          blocks.append(Block(file: file, line: start, text: current?.joined(separator: "\n") ?? ""))
          current = nil
        } else if current != nil {
          current?.append(String(line))
        }
      }
    }
    return blocks
  }

  @Test func languageReferenceHasExamples() throws {
    let blocks = try Self.blocks().filter { $0.file == "language.md" }
    #expect(blocks.count >= 10)
  }

  @Test(arguments: try blocks())
  func exampleReplaysExactly(_ block: Block) {
    let transcript = Transcript(parsing: block.text, firstLine: block.line)
    #expect(!transcript.entries.isEmpty, "a tape block without `> ` inputs")
    for (entry, actual) in zip(transcript.entries, transcript.replayed()) {
      #expect(
        actual == entry.expected,
        "\(block.file):\(entry.line): `\(entry.input)`\nexpected:\n\(entry.expected.joined(separator: "\n"))\nactual:\n\(actual.joined(separator: "\n"))"
      )
    }
  }
}

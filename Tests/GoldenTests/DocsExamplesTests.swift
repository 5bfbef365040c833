import Foundation
import TapeREPL
import Testing

/// Every ```tape block in docs/ shows inputs (`> ...`) each followed by what `tape -e` prints for
/// it, results and errors in order, in one session; each must replay exactly. (Notebooks have
/// their own format and are verified by `GoldenNotebookTests`.)
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

  /// One input of a block and the lines it should print.
  struct Example: Sendable {
    var input: String
    var expected: [String]
    /// 1-based line of the input in its docs file, for failure messages.
    var line: Int
  }

  /// The block's inputs with their expected lines; blank lines that end an output are layout.
  static func examples(in block: Block) -> [Example] {
    var examples: [Example] = []
    for (offset, line) in block.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("> ") {
        examples.append(Example(input: String(line.dropFirst(2)), expected: [], line: block.line + offset))
      } else if !examples.isEmpty {
        examples[examples.count - 1].expected.append(String(line))
      }
    }
    for index in examples.indices {
      while examples[index].expected.last?.isEmpty == true { examples[index].expected.removeLast() }
    }
    return examples
  }

  /// Runs every input in one fresh session, as the pipe and `-e` do, on a large stack as the
  /// `tape` command does; returns the lines each printed.
  static func replayed(_ examples: [Example]) -> [[String]] {
    LargeStack.run {
      var session = BatchSession(isJSON: false, diagnosticStyle: .plain)
      return examples.map { example in
        var printed = ""
        session.run(example.input, output: { printed += $0 }, errors: { printed += $0 })
        var lines = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
      }
    }
  }

  @Test(arguments: try blocks())
  func exampleReplaysExactly(_ block: Block) {
    let examples = Self.examples(in: block)
    #expect(!examples.isEmpty, "a tape block without `> ` inputs")
    for (example, actual) in zip(examples, Self.replayed(examples)) {
      #expect(
        actual == example.expected,
        "\(block.file):\(example.line): `\(example.input)`\nexpected:\n\(example.expected.joined(separator: "\n"))\nactual:\n\(actual.joined(separator: "\n"))"
      )
    }
  }
}

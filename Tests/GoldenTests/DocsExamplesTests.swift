import Foundation
import TapeREPL
import Testing

/// Every ```tape block in docs/ shows inputs (`> ...`) each followed by what `tape -e` prints for
/// it, results and errors in order, in one session; each must replay exactly. (Notebooks have
/// their own format and are verified by `GoldenNotebookTests`.)
/// `TAPE_RECORD=1 swift test --filter DocsExamplesTests` rewrites each block's outputs from what
/// Tape prints now, as `tape run --update` does for a notebook, and fails.
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

  /// The block's text with each input followed by what it prints now (blank lines between
  /// entries kept as they were).
  static func recorded(_ block: Block) -> String {
    let examples = Self.examples(in: block)
    let outputs = Self.replayed(examples)
    var lines: [String] = []
    var index = -1
    var trailingBlanks = 0
    func closeEntry() {
      if index >= 0 { lines += outputs[index] + Array(repeating: "", count: trailingBlanks) }
      trailingBlanks = 0
    }
    for line in block.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("> ") {
        closeEntry()
        index += 1
        lines.append(line)
      } else if index < 0 {
        lines.append(line)
      } else {
        // Blank lines that end an output are layout, kept; the output itself is replaced.
        trailingBlanks = line.isEmpty ? trailingBlanks + 1 : 0
      }
    }
    closeEntry()
    return lines.joined(separator: "\n")
  }

  @Test(arguments: try blocks())
  func exampleReplaysExactly(_ block: Block) throws {
    let examples = Self.examples(in: block)
    #expect(!examples.isEmpty, "a tape block without `> ` inputs")
    if GoldenNotebookTests.isRecording {
      let url = Self.docsDirectory.appendingPathComponent(block.file)
      let text = try String(contentsOf: url, encoding: .utf8)
      let updated = text.replacingOccurrences(of: "```tape\n" + block.text + "\n```", with: "```tape\n" + Self.recorded(block) + "\n```")
      try updated.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded \(block.file):\(block.line); rerun without TAPE_RECORD to verify")
      return
    }
    for (example, actual) in zip(examples, Self.replayed(examples)) {
      #expect(
        actual == example.expected,
        "\(block.file):\(example.line): `\(example.input)`\nexpected:\n\(example.expected.joined(separator: "\n"))\nactual:\n\(actual.joined(separator: "\n"))"
      )
    }
  }
}

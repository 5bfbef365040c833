import TapeCore
import TapeREPL

/// A transcript: inputs (lines starting with `> `) each followed by the output Tape printed for
/// them, results and errors in order. Golden fixtures and the examples in docs/ use this shape.
struct Transcript: Sendable {
  struct Entry: Sendable {
    var input: String
    var expected: [String]
    /// 1-based line of the input inside the file it came from, for failure messages.
    var line: Int
  }

  var entries: [Entry] = []

  init(parsing text: String, firstLine: Int = 1) {
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("> ") {
        entries.append(Entry(input: String(line.dropFirst(2)), expected: [], line: firstLine + offset))
      } else if !entries.isEmpty {
        entries[entries.count - 1].expected.append(String(line))
      }
    }
    // Blank lines at the end of an entry's output are layout, not output.
    for index in entries.indices {
      while entries[index].expected.last?.isEmpty == true { entries[index].expected.removeLast() }
    }
  }

  /// Replays every input in one fresh session and returns the actual output of each.
  /// Runs on a large stack, as the `tape` command does, so deep recursion behaves the same.
  func replayed() -> [[String]] {
    let entries = self.entries
    return LargeStack.run { Transcript.replay(entries) }
  }

  static func replay(_ entries: [Entry]) -> [[String]] {
    var session = BatchSession(isJSON: false, diagnosticStyle: .plain)
    return entries.map { entry in
      var printed = ""
      session.run(entry.input, output: { printed += $0 }, errors: { printed += $0 })
      var lines = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      while lines.last?.isEmpty == true { lines.removeLast() }
      return lines
    }
  }

  /// The transcript text with the given outputs, for record mode.
  func rendered(with outputs: [[String]]) -> String {
    zip(entries, outputs).map { entry, output in
      (["> " + entry.input] + output).joined(separator: "\n")
    }.joined(separator: "\n") + "\n"
  }
}

import TapeCore
import TapeLibrary

/// The interactive loop: read an entry (continuing over lines while it is incomplete), run it,
/// show the result. Line editing arrives with libedit (issue #4); this loop reads plain lines.
public struct InteractiveLoop {
  var session: BatchSession
  var entryNumber = 0

  public init(diagnosticStyle: DiagnosticStyle) {
    session = BatchSession(isJSON: false, diagnosticStyle: diagnosticStyle)
  }

  public mutating func run(
    readLine: (_ prompt: String) -> String?, output: (String) -> Void, errors: (String) -> Void
  ) {
    while true {
      guard var entry = readLine("tape> ") else { return }
      while InputCompleteness.isIncomplete(entry) {
        guard let more = readLine("  ... ") else { break }
        entry += "\n" + more
      }
      let trimmed = entry.trimmingSpaces
      if trimmed == ":quit" || trimmed == ":q" || trimmed == "exit" || trimmed == "quit" { return }
      if trimmed.isEmpty { continue }
      entryNumber += 1
      session.run(entry, name: "<input:\(entryNumber)>", output: output, errors: errors)
    }
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}

import TapeCore
import TapeLibrary

/// Runs Tape text that is not typed at a terminal (a pipe, a file, `-e`) and writes results to
/// `output` and diagnostics to `errors`. Knows nothing of file descriptors: the caller passes
/// the sinks, so tests can capture them.
public struct BatchSession {
  public var interpreter: Interpreter
  public var isJSON: Bool
  public var diagnosticStyle: DiagnosticStyle
  public private(set) var hadError = false

  public init(isJSON: Bool = false, diagnosticStyle: DiagnosticStyle = .plain) {
    interpreter = Interpreter.standard()
    self.isJSON = isJSON
    self.diagnosticStyle = diagnosticStyle
  }

  /// Evaluates every statement of `text` in order; a failing statement does not stop the rest.
  public mutating func run(
    _ text: String, name: String = "<input>", firstLine: Int = 1, output: (String) -> Void,
    errors: (String) -> Void
  ) {
    run(interpreter.lexed(text, name: name, firstLine: firstLine), output: output, errors: errors)
  }

  mutating func run(_ lexed: LexedText, output: (String) -> Void, errors: (String) -> Void) {
    // `help` and `help TOPIC` work in pipes and `-e` too, as in the REPL.
    if BatchSession.mayBeHelp(lexed.bytes) {
      let trimmed = lexed.text.trimmingSpaces
      if trimmed == "help" || trimmed.hasPrefix("help ") {
        let topic = String(trimmed.dropFirst(4)).trimmingSpaces
        output(HelpIndex.standard.text(for: topic) + "\n")
        return
      }
    }
    let (isJSON, style) = (self.isJSON, diagnosticStyle)
    var failed = false
    interpreter.run(lexed) { outcome, sources in
      if case .error = outcome { failed = true }
      BatchSession.report(outcome, sources: sources, isJSON: isJSON, style: style, output: output, errors: errors)
    }
    hadError = hadError || failed
  }

  /// Whether an entry could be a `help` request: after ASCII whitespace comes `h` (or a non-ASCII
  /// byte, which may be Unicode whitespace). A cheap test before trimming, which copies the text,
  /// on every line of a long pipe.
  static func mayBeHelp(_ bytes: [UInt8]) -> Bool {
    guard let first = bytes.first(where: { !(($0 >= 0x09 && $0 <= 0x0D) || $0 == 0x20) }) else { return false }
    return first == UInt8(ascii: "h") || first >= 0x80
  }

  /// Reads entries from `nextLine` until it returns nil, running each as soon as it is complete
  /// (an open bracket or a trailing operator continues onto the next line).
  public mutating func runLines(
    _ nextLine: () -> String?, name: String = "<input>", output: (String) -> Void, errors: (String) -> Void
  ) {
    var pending = ""
    var pendingFirstLine = 1
    var lineNumber = 0
    var entry = InputCompleteness.Entry()
    // An entry grown past `maximumEntryBytes`: its lines are only followed to where it ends.
    var isOverlong = false
    while var line = nextLine() {
      lineNumber += 1
      // A byte-order mark, which some Windows editors put at the start of a file, is not text.
      if lineNumber == 1, line.unicodeScalars.first == "\u{FEFF}" { line.unicodeScalars.removeFirst() }
      if pending.isEmpty && !isOverlong { pendingFirstLine = lineNumber }
      if isOverlong || pending.utf8.count + line.utf8.count > BatchSession.maximumEntryBytes {
        // A line cut by the reader is not lexed: its end, which would close its brackets, is gone.
        if line.utf8.count <= BatchSession.maximumEntryBytes { entry.add(line: line) }
        if pending.isEmpty && !isOverlong || !entry.isIncomplete {
          reportTooLong(name: name, firstLine: pendingFirstLine, lastLine: lineNumber, output: output, errors: errors)
          (pending, entry, isOverlong) = ("", InputCompleteness.Entry(), false)
        } else {
          (pending, isOverlong) = ("", true)
        }
        continue
      }
      if pending.isEmpty {
        // Most entries are one line: lexed once, and run from that.
        let lexed = interpreter.lexed(line, name: name, firstLine: lineNumber)
        if !lexed.isIncomplete {
          run(lexed, output: output, errors: errors)
          continue
        }
        pending = line
      } else {
        pending += "\n" + line
      }
      // A longer entry grows line by line; lexing it whole for every line would be quadratic.
      entry.add(line: line)
      if entry.isIncomplete { continue }
      run(pending, name: name, firstLine: pendingFirstLine, output: output, errors: errors)
      (pending, entry) = ("", InputCompleteness.Entry())
    }
    if isOverlong {
      reportTooLong(name: name, firstLine: pendingFirstLine, lastLine: lineNumber, output: output, errors: errors)
    } else if !pending.isEmpty {
      run(pending, name: name, firstLine: pendingFirstLine, output: output, errors: errors)
    }
  }

  /// The longest entry a pipe or file may hold: 1 MiB, far beyond anything typed or pasted, and
  /// small enough that lexing and parsing it cannot exhaust memory (a 1 GB line would).
  /// `StandardInputLines` keeps no more of a longer line than is needed to see it is too long.
  public static let maximumEntryBytes = 1 << 20

  /// An entry over `maximumEntryBytes` is skipped with an error; the lines after it still run.
  mutating func reportTooLong(
    name: String, firstLine: Int, lastLine: Int, output: (String) -> Void, errors: (String) -> Void
  ) {
    var sources = SourceMap()
    let file = sources.add(name: name, text: "", firstLine: firstLine)
    let lines = firstLine == lastLine ? "line" : "entry (lines \(firstLine) to \(lastLine))"
    let diagnostic = Diagnostic(
      "this \(lines) is longer than \(BatchSession.maximumEntryBytes) bytes (1 MiB); it was skipped",
      at: Span(source: file.id, start: 0, end: 0),
      help: "split it into several entries, or `load` a large table from a CSV file")
    hadError = true
    BatchSession.report(
      .error(diagnostic), sources: sources, isJSON: isJSON, style: diagnosticStyle, output: output, errors: errors)
  }

  static func report(
    _ outcome: Outcome, sources: SourceMap, isJSON: Bool, style: DiagnosticStyle, output: (String) -> Void,
    errors: (String) -> Void
  ) {
    if isJSON {
      if let line = JSONOutcome.encoded(outcome, sources: sources) { output(line + "\n") }
      return
    }
    switch outcome {
    case .error(let diagnostic):
      errors(DiagnosticRenderer.rendered(diagnostic, in: sources, style: style))
    case .declaration:
      break
    default:
      if let line = OutcomeText.line(outcome) { output(line) }
    }
  }

  /// 0 when every statement succeeded, 1 when any failed.
  public var exitCode: Int32 { hadError ? 1 : 0 }
}

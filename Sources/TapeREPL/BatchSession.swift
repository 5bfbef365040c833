import TapeCore
import TapeLibrary
import TapeNotebook

/// Runs Tape text that is not typed at a terminal (a pipe, a file, `-e`) and writes results to
/// `output` and diagnostics to `errors`. Knows nothing of file descriptors: the caller passes
/// the sinks, so tests can capture them.
public struct BatchSession {
  public var interpreter: Interpreter
  /// How a pipe treats an entry: `help` answered, no REPL commands, results as text or JSON.
  var runner: EntryRunner
  public private(set) var hadError = false

  public init(isJSON: Bool = false, diagnosticStyle: DiagnosticStyle = .plain) {
    interpreter = Interpreter.standard()
    runner = EntryRunner(diagnosticStyle: diagnosticStyle, commands: .none, help: .standard, format: isJSON ? .json : .text)
  }

  public var isJSON: Bool {
    get { runner.format == .json }
    set { runner.format = newValue ? .json : .text }
  }

  public var diagnosticStyle: DiagnosticStyle {
    get { runner.diagnosticStyle }
    set { runner.diagnosticStyle = newValue }
  }

  /// Evaluates every statement of `text` in order; a failing statement does not stop the rest.
  public mutating func run(
    _ text: String, name: String = "<input>", firstLine: Int = 1, output: (String) -> Void,
    errors: (String) -> Void
  ) {
    run(interpreter.lexed(text, name: name, firstLine: firstLine), output: output, errors: errors)
  }

  mutating func run(_ lexed: LexedText, output: (String) -> Void, errors: (String) -> Void) {
    run(lexed, with: runner, output: output, errors: errors)
  }

  /// `runner` is passed in rather than read from `self` for each line: reading it while
  /// `interpreter` is being changed would copy it, on every line of a long pipe.
  mutating func run(_ lexed: LexedText, with runner: EntryRunner, output: (String) -> Void, errors: (String) -> Void) {
    let isJSON = runner.format == .json
    let status = runner.run(lexed, in: &interpreter) { BatchSession.write($0, isJSON: isJSON, output: output, errors: errors) }
    if status.failed { hadError = true }
  }

  /// Where a pipe writes an output: results to `output`, diagnostics to `errors`, declarations
  /// nowhere; with `--json`, every object to `output`.
  static func write(_ shown: EntryRunner.Output, isJSON: Bool, output: (String) -> Void, errors: (String) -> Void) {
    switch shown.kind {
    case .error where !isJSON: errors(shown.text)
    case .declaration: break
    default: output(shown.text)
    }
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
    let runner = self.runner
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
          run(lexed, with: runner, output: output, errors: errors)
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
    let isJSON = self.isJSON
    runner.render(.error(diagnostic), sources: sources) { BatchSession.write($0, isJSON: isJSON, output: output, errors: errors) }
  }

  /// 0 when every statement succeeded, 1 when any failed.
  public var exitCode: Int32 { hadError ? 1 : 0 }
}

import TapeCore
import TapeLibrary
import TapeNotebook

/// `tape run` and `tape check`: notebooks replayed from files. Returns exit codes; writes through
/// the sinks it is given.
public enum NotebookCommands {
  /// A fresh session like the REPL's: every builtin and dataset.
  static func freshInterpreter() -> Interpreter { Interpreter.standard() }

  /// A fresh session for the notebook at `path`: its `load` reads inside the notebook's folder
  /// (relative paths start there) and the paths the user allowed, nothing else.
  static func interpreter(forNotebookAt path: String, allowing allowedReads: [String]) -> Interpreter {
    var interpreter = freshInterpreter()
    interpreter.fileReadPolicy = NotebookReadPolicy.policy(forFileAt: path, kind: .notebook, allowing: allowedReads)
    return interpreter
  }

  /// Replays each notebook; prints it with fresh outputs, or with `update` rewrites it in place.
  /// Exit code 1 when a notebook cannot be read or written, or when an entry failed without
  /// `# expect error` (the notebook is still printed or updated, and the entry named).
  public static func run(
    files: [String], update: Bool, allowedReads: [String] = [], output: (String) -> Void, errors: (String) -> Void
  ) -> Int32 {
    var status: Int32 = 0
    for path in files {
      guard let session = load(path, errors: errors) else {
        status = 1
        continue
      }
      var interpreter = interpreter(forNotebookAt: path, allowing: allowedReads)
      let replay = Replayer.replay(session, interpreter: &interpreter, pins: DataPin.takingReads)
      let text = SessionPrinter.printed(replay.session)
      let report = Verifier.verify(recorded: session, replay: replay, file: path)
      if update {
        if let problem = AtomicWrite.write(text, to: path) {
          errors("error: \(problem)\n")
          status = 1
          continue
        }
        let changed = report.mismatches
        errors("\(path): \(changed == 0 ? "up to date" : "updated \(changed) output\(changed == 1 ? "" : "s")")\n")
      } else {
        output(displayed(text))
      }
      let failures = report.unexpectedFailures.map(\.described) + report.missedExpectedErrors.map(\.described)
      if !failures.isEmpty {
        errors(failures.map { "\(path):\($0)\n" }.joined())
        status = 1
      }
    }
    return status
  }

  /// Replays each notebook and compares every recorded output; a unified diff for each mismatch,
  /// and a line for each changed data file and each entry that failed unexpectedly.
  public static func check(
    files: [String], allowedReads: [String] = [], output: (String) -> Void, errors: (String) -> Void
  ) -> Int32 {
    var failed = 0
    for path in files {
      guard let session = load(path, errors: errors) else {
        failed += 1
        continue
      }
      var interpreter = interpreter(forNotebookAt: path, allowing: allowedReads)
      let replay = Replayer.replay(session, interpreter: &interpreter, pins: DataPin.takingReads)
      let report = Verifier.verify(recorded: session, replay: replay, file: path)
      if report.passed {
        output("ok    \(path) (\(session.entries.count) entries)\n")
      } else {
        failed += 1
        output("FAIL  \(path): \(summary(of: report))\n")
        output(report.problems)
        output(report.diff)
      }
    }
    if files.count > 1 { output(failed == 0 ? "all \(files.count) notebooks pass\n" : "\(failed) of \(files.count) notebooks fail\n") }
    return failed == 0 ? 0 : 1
  }

  /// A printed notebook as the terminal should see it: `\n` line ends (a lone `\r` would draw
  /// each line over the last), and each line with its control characters escaped (a prose line
  /// or string holding `ESC ]0;...` must not retitle the terminal). `--update` writes the file's
  /// own line ends.
  static func displayed(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 && $0 != UInt8(ascii: "\n") || $0 >= 0x7F }) else { return text }
    return LineEnding.lines(of: text).map { String($0).escapingControlCharacters }.joined(separator: "\n")
  }

  /// `2 outputs differ, data changed, 1 entry failed unexpectedly`.
  static func summary(of report: Verifier.Report) -> String {
    var parts: [String] = []
    if report.mismatches > 0 { parts.append(report.mismatches == 1 ? "1 output differs" : "\(report.mismatches) outputs differ") }
    if !report.dataChanges.isEmpty { parts.append("data changed") }
    let failures = report.unexpectedFailures.count
    if failures > 0 { parts.append(failures == 1 ? "1 entry failed unexpectedly" : "\(failures) entries failed unexpectedly") }
    let missed = report.missedExpectedErrors.count
    if missed > 0 { parts.append(missed == 1 ? "1 expected error did not occur" : "\(missed) expected errors did not occur") }
    return parts.joined(separator: ", ")
  }

  /// `tape export FILE --format md|html`: the notebook as a document, to `destination` or stdout.
  public static func export(
    file path: String, format: Exporter.Format, destination: String?, allowedReads: [String] = [], output: (String) -> Void,
    errors: (String) -> Void
  ) -> Int32 {
    if let destination, let refusal = ExportDestination.refusal(writing: destination, over: path, format: format) {
      errors(refusal)
      return 1
    }
    guard let session = load(path, errors: errors) else { return 1 }
    var interpreter = interpreter(forNotebookAt: path, allowing: allowedReads)
    let name = PathComponents.lastComponent(of: path)
    let document = Exporter.exported(session, file: name, format: format, interpreter: &interpreter)
    guard let destination else {
      output(document)
      return 0
    }
    if let problem = AtomicWrite.write(document, to: destination) {
      errors("error: \(problem)\n")
      return 1
    }
    errors("wrote \(destination)\n")
    return 0
  }

  static func load(_ path: String, errors: (String) -> Void) -> SessionFile? {
    switch NotebookFiles.read(path) {
    case .success(let session): return session
    case .failure(let problem):
      errors(problem.message)
      return nil
    }
  }
}

import TapeCore
import TapeLibrary
import TapeNotebook

/// `tape run` and `tape check`: notebooks replayed from files. Returns exit codes; writes through
/// the sinks it is given.
public enum NotebookCommands {
  /// A fresh session like the REPL's: every builtin and dataset.
  static func freshInterpreter() -> Interpreter { Interpreter.standard() }

  /// Replays each notebook; prints it with fresh outputs, or with `update` rewrites it in place.
  public static func run(files: [String], update: Bool, output: (String) -> Void, errors: (String) -> Void) -> Int32 {
    var status: Int32 = 0
    for path in files {
      guard let (session, name) = load(path, forRewriting: update, errors: errors) else {
        status = 1
        continue
      }
      var interpreter = freshInterpreter()
      let replayed = Replayer.replayed(session, file: name, interpreter: &interpreter)
      let text = SessionPrinter.printed(replayed)
      if update {
        if let problem = AtomicWrite.write(text, to: path) {
          errors("error: \(problem)\n")
          status = 1
        } else {
          let changed = Verifier.verify(recorded: session, replayed: replayed, file: name).mismatches
          errors("\(path): \(changed == 0 ? "up to date" : "updated \(changed) output\(changed == 1 ? "" : "s")")\n")
        }
      } else {
        output(text)
      }
    }
    return status
  }

  /// Replays each notebook and compares every recorded output; a unified diff for each mismatch.
  public static func check(files: [String], output: (String) -> Void, errors: (String) -> Void) -> Int32 {
    var failed = 0
    for path in files {
      guard let (session, name) = load(path, errors: errors) else {
        failed += 1
        continue
      }
      var interpreter = freshInterpreter()
      let replayed = Replayer.replayed(session, file: name, interpreter: &interpreter)
      let report = Verifier.verify(recorded: session, replayed: replayed, file: path)
      if report.passed {
        output("ok    \(path) (\(session.entries.count) entries)\n")
      } else {
        failed += 1
        output("FAIL  \(path): \(report.mismatches == 1 ? "1 output differs" : "\(report.mismatches) outputs differ")\n")
        output(report.diff)
      }
    }
    if files.count > 1 { output(failed == 0 ? "all \(files.count) notebooks pass\n" : "\(failed) of \(files.count) notebooks fail\n") }
    return failed == 0 ? 0 : 1
  }

  /// `tape export FILE --format md|html`: the notebook as a document, to `destination` or stdout.
  public static func export(
    file path: String, format: Exporter.Format, destination: String?, output: (String) -> Void,
    errors: (String) -> Void
  ) -> Int32 {
    if let destination, let refusal = ExportDestination.refusal(writing: destination, over: path, format: format) {
      errors(refusal)
      return 1
    }
    guard let (session, name) = load(path, errors: errors) else { return 1 }
    var interpreter = freshInterpreter()
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

  static func load(_ path: String, forRewriting: Bool = false, errors: (String) -> Void) -> (SessionFile, String)? {
    switch NotebookFiles.read(path, forRewriting: forRewriting) {
    case .success(let session): return (session, PathComponents.lastComponent(of: path))
    case .failure(let problem):
      errors(problem.message)
      return nil
    }
  }
}

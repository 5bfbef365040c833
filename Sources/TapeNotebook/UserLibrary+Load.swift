import TapeCore
import TapeLibrary

extension UserLibrary {
  /// Runs a library of definitions (`:load mylib.tape`, `tape --lib mylib.tape`) in `interpreter`
  /// as one entry under the file's name, so an error points at the file's line; its lines are
  /// Tape, never help or REPL commands. `readPolicy` holds while the library's own statements run
  /// (a library reads only inside its folder); the session's policy is back afterwards, also for
  /// the functions it defined.
  public static func load(
    path: String, text: String, into interpreter: inout Interpreter, style: DiagnosticStyle = .plain,
    readPolicy: FileReadPolicy? = nil
  ) -> UserLibrary {
    let sessionPolicy = interpreter.fileReadPolicy
    if let readPolicy { interpreter.fileReadPolicy = readPolicy }
    defer { interpreter.fileReadPolicy = sessionPolicy }
    var (declared, bound, errors): ([String], [String], [String]) = ([], [], [])
    EntryRunner(diagnosticStyle: style, commands: .none).run(text, name: path, in: &interpreter) { output in
      switch output.kind {
      case .declaration: declared.append(output.line)
      case .binding: bound.append(output.line)
      case .error: errors.append(output.text)
      case .value, .report, .figure, .help: break
      }
    }
    return UserLibrary(path: path, text: text, declared: declared, bound: bound, errors: errors)
  }
}

import TapeCore

/// A library of Tape definitions the user wrote (`mylib.tape`), loaded with `:load mylib.tape` or
/// `tape --lib mylib.tape`. It is read like the standard library: every statement runs in the
/// session under the file's name, so an error points at the file's line, and a function's `##`
/// doc comment becomes its `help` entry.
public struct UserLibrary: Sendable {
  public let path: String
  /// The signature of each declaration that ran (`fn margin(revenue, cost)`), in file order.
  public private(set) var declared: [String] = []
  /// The bindings that ran (`tax = 21.00%`), in file order.
  public private(set) var bound: [String] = []
  /// Each error, rendered with the file's name, line and caret.
  public private(set) var errors: [String] = []
  /// Help entries of the documented functions.
  public let entries: [HelpEntry]

  /// A library whose text has already run (TapeNotebook's `EntryRunner` runs it for the front
  /// ends): what it declared and bound, and its errors rendered.
  public init(path: String, text: String, declared: [String], bound: [String], errors: [String]) {
    self.path = path
    (self.declared, self.bound, self.errors) = (declared, bound, errors)
    entries = StdlibLoader.functions(in: StdlibFile(path: path, text: text)).compactMap(\.entry)
  }

  /// Runs `text` in `interpreter`.
  /// `readPolicy` holds while the library's own statements run (a library reads only inside its
  /// folder); the session's policy is back afterwards, also for the functions it defined.
  public init(
    path: String, text: String, into interpreter: inout Interpreter, style: DiagnosticStyle = .plain,
    readPolicy: FileReadPolicy? = nil
  ) {
    self.path = path
    let sessionPolicy = interpreter.fileReadPolicy
    if let readPolicy { interpreter.fileReadPolicy = readPolicy }
    defer { interpreter.fileReadPolicy = sessionPolicy }
    var declared: [String] = []
    var bound: [String] = []
    var errors: [String] = []
    interpreter.run(text, name: path) { outcome, sources in
      switch outcome {
      case .declaration(let signature, _): declared.append(signature)
      case .binding: if let text = OutcomeText.result(outcome) { bound.append(text) }
      case .error(let diagnostic): errors.append(DiagnosticRenderer.rendered(diagnostic, in: sources, style: style))
      case .value, .report: break
      }
    }
    (self.declared, self.bound, self.errors) = (declared, bound, errors)
    entries = StdlibLoader.functions(in: StdlibFile(path: path, text: text)).compactMap(\.entry)
  }

  /// One line saying what the library added: `loaded mylib.tape: fn margin(revenue, cost), tax`.
  public var summary: String {
    let names = declared + bound.map { String($0.prefix { $0 != " " }) }
    let count = errors.count
    let problems = count == 0 ? "" : " (\(count) error\(count == 1 ? "" : "s"))"
    guard !names.isEmpty else { return "loaded \(path): no definitions\(problems)" }
    return "loaded \(path): \(names.joined(separator: ", "))\(problems)"
  }
}

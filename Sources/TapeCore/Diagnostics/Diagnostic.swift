/// A problem found in Tape text, as plain data. Every stage's error converts to one; turning it
/// into text with carets happens only in `DiagnosticRenderer`.
public struct Diagnostic: Sendable, Equatable, Error {
  public enum Severity: String, Sendable { case error, warning }

  /// A span with a few words about it.
  public struct Label: Sendable, Equatable {
    public var span: Span
    public var text: String
    public init(_ span: Span, _ text: String) {
      self.span = span
      self.text = text
    }
  }

  public var severity: Severity
  /// Lower-case, no final period, user names in backticks: "cannot add `USD` and `shares`".
  public var message: String
  public var primary: Label
  public var secondary: [Label]
  public var notes: [String]
  /// A concrete fix, shown as `help: ...`.
  public var help: String?
  /// Where inside a called Tape function the problem arose, when the diagnostic is reported at
  /// the call (`dcf(10%, flows, 10%)` failing inside `dcf`).
  public var origin: Origin?
  /// Whether Ctrl-C stopped the evaluation: a notebook saved afterwards leaves the entry out, since
  /// replaying it would run as long again.
  public var isInterruption = false

  /// A place inside a function body, shown under the call as a second snippet.
  public struct Origin: Sendable, Equatable {
    public var function: String
    public var primary: Label
    public var secondary: [Label]
  }

  public init(
    _ message: String, at span: Span, label: String = "", secondary: [Label] = [], notes: [String] = [],
    help: String? = nil, severity: Severity = .error
  ) {
    self.severity = severity
    self.message = message
    self.primary = Label(span, label)
    self.secondary = secondary
    self.notes = notes
    self.help = help
  }

  public var span: Span { primary.span }
}

import TapeCore

extension EntryRunner {
  /// One piece of what an entry printed: an outcome's text, or the help asked for.
  public struct Output: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
      /// An expression's value (`$2.923T`).
      case value
      /// `name = value`.
      case binding
      /// `fn pe(price, eps)`, `unit GPU`.
      case declaration
      /// What `why`, `sources` and `datasets` answer.
      case report
      /// A chart, drawn in text.
      case figure
      /// A diagnostic, a refused REPL command included.
      case error
      /// What `help` printed.
      case help
    }

    public var kind: Kind
    /// The text as a notebook records it and a pipe writes it, ending with a newline: the result
    /// line, or the whole diagnostic with its source line and carets (in `diagnosticStyle`), or
    /// one JSON object.
    public var text: String

    public init(kind: Kind, text: String) {
      self.kind = kind
      self.text = text
    }

    /// `text` without the newline it ends with, for a front end that adds its own.
    public var line: String {
      guard text.utf8.last == UInt8(ascii: "\n") else { return text }
      return String(decoding: text.utf8.dropLast(), as: UTF8.self)
    }
  }

  /// Renders one outcome (`sources` holds the text a diagnostic points into) and hands it to
  /// `output`; a declaration has no JSON form and gives nothing in `.json`. The one place an
  /// outcome becomes text for a terminal, a pipe or a notebook.
  public func render(
    _ outcome: Outcome, sources: SourceMap, settings: DisplaySettings = .standard, to output: (Output) -> Void
  ) {
    let kind: Output.Kind
    switch outcome {
    case .value(.figure, _): kind = .figure
    case .value: kind = .value
    case .binding: kind = .binding
    case .declaration: kind = .declaration
    case .report: kind = .report
    case .error: kind = .error
    }
    if format == .json {
      guard var line = JSONOutcome.encoded(outcome, sources: sources) else { return }
      line += "\n"
      output(Output(kind: kind, text: line))
      return
    }
    switch outcome {
    case .error(let diagnostic):
      output(Output(kind: .error, text: DiagnosticRenderer.rendered(diagnostic, in: sources, style: diagnosticStyle)))
    case .value(.figure(let figure), _) where figureContext != nil:
      var context = figureContext ?? settings.figureContext
      if settings.chartStyle == .ascii { context.isASCII = true }
      output(Output(kind: .figure, text: figure.rendered(context) + "\n"))
    default:
      // `OutcomeText.line` makes the result and its newline as one string: a pipe writes one of
      // these per entry.
      if let line = OutcomeText.line(outcome, settings: settings) { output(Output(kind: kind, text: line)) }
    }
  }
}

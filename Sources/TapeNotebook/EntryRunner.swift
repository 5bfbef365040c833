import TapeCore
import TapeLibrary

/// Runs one entry, wherever it was written: typed at the prompt, piped or given with `-e`, read
/// from a notebook, a lesson or a library. It sorts the entry into help, a REPL command or Tape
/// code (`kind(of:)`), runs it, and renders each outcome as the text Tape shows for it
/// (`Output`), in order; it returns how the entry went (`EntryStatus`). The front ends differ only
/// in where that text goes and how they style it: each says once, in its `EntryRunner`, how its
/// entries are treated.
///
///     var interpreter = Interpreter.standard()
///     let ran = EntryRunner.notebook.run("$5 + 3 shares", name: "<notebook>", in: &interpreter)
///     ran.printed  // "<notebook>:1:4: error: cannot add `USD` and `shares`\n..."
///     ran.status.failed  // true
public struct EntryRunner: Sendable {
  /// What a line that would be a REPL command at the prompt (`:save`, `quit`, `help`) is here.
  public enum Commands: Sendable, Equatable {
    /// At the prompt: `help` is answered, and `:save`, `quit` and the like are sorted out as
    /// `.command` for the caller to carry out (the runner cannot: they act on the session).
    case carriedOut
    /// In a notebook or a lesson: shown failing at its line and not run (`REPLCommandLine`), so a
    /// downloaded notebook can neither write files, load itself nor end the session.
    case refused
    /// In a pipe, `-e`, a library or a lesson's answer: there are none, and the text runs as Tape
    /// (`help` aside, where `help` is set).
    case none
  }

  /// Where `help` is answered from.
  public enum Help: Sendable {
    /// Not answered: a notebook refuses it as a REPL command; in a library it is Tape.
    case none
    /// The built-in topics (a pipe, `-e`). Named rather than held, so a pipe that never asks
    /// for help never builds the index.
    case standard
    /// These topics (the prompt, with the loaded libraries' functions).
    case index(HelpIndex)

    var isAnswered: Bool {
      if case .none = self { false } else { true }
    }
  }

  /// How outcomes are written.
  public enum Format: Sendable, Equatable {
    /// As Tape shows them on a terminal and records them in a notebook.
    case text
    /// One JSON object a line (`tape --json`), errors included; declarations are not written.
    case json
  }

  public var diagnosticStyle: DiagnosticStyle
  public var commands: Commands
  /// Whether and from which index `help` and `help TOPIC` are answered.
  public var help: Help
  /// The size and style charts are drawn in (the terminal's); nil draws them as a notebook
  /// records them.
  public var figureContext: Figure.Context?
  public var format: Format

  public init(
    diagnosticStyle: DiagnosticStyle = .plain, commands: Commands, help: Help = .none,
    figureContext: Figure.Context? = nil, format: Format = .text
  ) {
    self.diagnosticStyle = diagnosticStyle
    self.commands = commands
    self.help = help
    self.figureContext = figureContext
    self.format = format
  }

  /// A notebook's entries (`tape run`, `tape check`, `:save`'s replay, `tape export`, a lesson):
  /// plain diagnostics, REPL commands refused, charts as recorded.
  public static let notebook = EntryRunner(commands: .refused)

  /// What one entry printed and how it went.
  public struct Run: Sendable, Equatable {
    public var outputs: [Output]
    public var status: EntryStatus

    /// Every output's text, in order, as a notebook records it.
    public var printed: String { outputs.map(\.text).joined() }
  }

  /// Runs `text` as one entry in `interpreter` and collects what it printed. `name` and
  /// `firstLine` are where an error says the entry is (`<notebook>:14:7`).
  @discardableResult
  public func run(_ text: String, name: String, firstLine: Int = 1, in interpreter: inout Interpreter) -> Run {
    var outputs: [Output] = []
    let status = run(text, name: name, firstLine: firstLine, in: &interpreter) { outputs.append($0) }
    return Run(outputs: outputs, status: status)
  }

  /// Runs `text` as one entry in `interpreter`, handing each output to `output` as soon as it is
  /// known (a long entry prints as it goes). `kind` is the entry's sort when the caller has
  /// already asked `kind(of:)`; an entry sorted `.blank` or `.command` runs nothing here.
  /// `onOutcome` sees each statement's outcome before it is rendered.
  @discardableResult
  public func run(
    _ text: String, kind: Kind? = nil, name: String, firstLine: Int = 1, in interpreter: inout Interpreter,
    onOutcome: (Outcome) -> Void = { _ in }, output: (Output) -> Void
  ) -> EntryStatus {
    var status = EntryStatus()
    switch kind ?? self.kind(of: text) {
    case .blank, .command:
      break
    case .help(let topic):
      output(helpOutput(topic: topic, in: interpreter))
    case .refused(let command):
      let (diagnostic, sources) = REPLCommandLine.refusal(of: command, in: text, name: name, firstLine: firstLine)
      status.note(.error(diagnostic))
      render(.error(diagnostic), sources: sources, to: output)
    case .setting(let arguments):
      let outcome = SettingCommand.run(arguments, in: text, name: name, firstLine: firstLine, settings: &interpreter.displaySettings)
      if let outcome {
        status.note(outcome.outcome)
        render(outcome.outcome, sources: outcome.sources, to: output)
      }
    case .code:
      let settings = interpreter.displaySettings
      interpreter.run(text, name: name, firstLine: firstLine) { outcome, sources in
        status.note(outcome)
        onOutcome(outcome)
        render(outcome, sources: sources, settings: settings, to: output)
      }
    }
    return status
  }

  /// `run` for text already lexed (a pipe lexes each line to see whether the entry goes on): the
  /// text keeps the name and first line it was lexed with. Only `help` is sorted out; anything
  /// else runs as Tape, as a pipe's entries do.
  @discardableResult
  public func run(
    _ lexed: LexedText, in interpreter: inout Interpreter, output: (Output) -> Void
  ) -> EntryStatus {
    if help.isAnswered, Self.mayBeHelp(lexed.bytes), case .help(let topic) = helpKind(of: lexed.text) {
      output(helpOutput(topic: topic, in: interpreter))
      return EntryStatus()
    }
    var status = EntryStatus()
    // `:set` in a pipe or `-e`, as at the prompt and in a notebook.
    if Self.maySet(lexed.bytes), let arguments = Self.settingArguments(lexed.text.trimmingSpaces) {
      if let shown = SettingCommand.run(
        arguments, in: lexed.text, name: lexed.name, firstLine: lexed.firstLine,
        settings: &interpreter.displaySettings)
      {
        status.note(shown.outcome)
        render(shown.outcome, sources: shown.sources, to: output)
      }
      return status
    }
    let settings = interpreter.displaySettings
    interpreter.run(lexed) { outcome, sources in
      status.note(outcome)
      render(outcome, sources: sources, settings: settings, to: output)
    }
    return status
  }

  func helpOutput(topic: String, in interpreter: Interpreter) -> Output {
    let index: HelpIndex
    switch help {
    case .none, .standard: index = .standard
    case .index(let topics): index = topics
    }
    let documented = index.lookup(topic)
    var text = index.text(for: topic)
    if let defined = Self.sessionDefinitionHelp(topic, in: interpreter, documented: documented) {
      text = defined
    }
    // `--json` promises one JSON object a line: help is one too, as `{"help": "..."}`.
    if format == .json { return Output(kind: .help, text: JSONOutcome.object([("help", JSONOutcome.string(text))]) + "\n") }
    return Output(kind: .help, text: text + "\n")
  }
}

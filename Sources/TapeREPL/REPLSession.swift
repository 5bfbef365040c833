import TapeCore
import TapeLibrary
import TapeNotebook

/// One interactive session without the terminal: takes an entry (Tape code, `help ...` or a
/// `:command`) and says what to show. `EntryRunner` sorts and runs it; the `:command`s are the
/// session's. `InteractiveLoop` does the reading and printing.
public struct REPLSession {
  /// What an entry produced, in order.
  public enum Output: Equatable, Sendable {
    case result(String)
    case error(String)
    /// Help, listings and notices.
    case text(String)
    case clearScreen
    /// Text for the terminal to put on the clipboard (`:copy`, by OSC 52).
    case clipboard(String)
    case quit
  }

  public private(set) var interpreter = Interpreter.standard()
  var entryNumber = 0
  /// How errors are drawn when `:set colour` says nothing: as the terminal allows.
  let terminalDiagnosticStyle: DiagnosticStyle
  /// How errors are drawn: `:set colour on|off` overrides the terminal's choice.
  var diagnosticStyle: DiagnosticStyle {
    displaySettings.colour.map { $0 ? .ansi : .plain } ?? terminalDiagnosticStyle
  }
  /// The size and style charts are drawn in; the interactive loop sets it from the terminal.
  public var figureContext: Figure.Context = .standard
  /// What `:save` writes: every input and every `# ...` comment, in order.
  public private(set) var transcript: [SessionFile.Block] = []
  /// How each entry of `transcript` went, by block index: `:save` leaves out what failed or was
  /// interrupted.
  var entryStatuses: [Int: EntryStatus] = [:]
  /// The `.tape` libraries loaded with `:load` or `--lib`, in order.
  public private(set) var libraries: [UserLibrary] = []
  /// Files and folders outside their own folder that notebooks and libraries loaded here may
  /// read (`tape --allow-read PATH`). What the user types reads anything they can.
  public var allowedReads: [String] = []
  /// The last result's value, for `:copy`.
  public private(set) var lastValue: Value?

  /// How results show from now on: the user's config at start; `:set` changes it after.
  public var displaySettings: DisplaySettings {
    get { interpreter.displaySettings }
    set { interpreter.displaySettings = newValue }
  }

  public init(diagnosticStyle: DiagnosticStyle = .plain) {
    self.terminalDiagnosticStyle = diagnosticStyle
  }

  /// How the prompt treats an entry: help answered from the loaded libraries too, REPL commands
  /// sorted out for `handle`, charts drawn for the terminal.
  var runner: EntryRunner {
    EntryRunner(diagnosticStyle: diagnosticStyle, commands: .carriedOut, help: .index(helpIndex), figureContext: figureContext)
  }

  /// Runs one entry. `history` is what `:history` lists.
  public mutating func handle(_ entry: String, history: [String] = []) -> [Output] {
    let runner = self.runner
    let kind = runner.kind(of: entry)
    var block: Int? = nil
    switch kind {
    case .blank: return []
    case .command(let line):
      if line == ":load" || line.hasPrefix(":load ") {
        let path = String(line.dropFirst(5)).trimmingSpaces
        return path.hasSuffix(".tape") ? loadLibrary(path) : load(path)
      }
      if line.hasPrefix(":") { return REPLCommands.run(line, session: self, history: history) }
      return [.quit]
    case .help, .refused: break
    case .setting:
      // Kept for `:save`: the notebook replays with the settings it was shown in.
      block = record(entry)
    case .code:
      block = record(entry)
      entryNumber += 1
    }
    var outputs: [Output] = []
    var last: Value? = nil
    let status = runner.run(
      entry, kind: kind, name: "<input:\(entryNumber)>", in: &interpreter,
      onOutcome: { outcome in
        switch outcome {
        case .value(let value, _), .binding(_, let value, _): last = value
        default: break
        }
      }
    ) {
      outputs.append(Output($0))
    }
    if let last { lastValue = last }
    if let block { entryStatuses[block] = status }
    return outputs
  }

  /// Keeps an entry for `:save`: comment lines become prose, anything else an input, whose block
  /// index is returned.
  @discardableResult
  mutating func record(_ entry: String) -> Int? {
    let lines = entry.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.allSatisfy({ $0.trimmingSpaces.hasPrefix("#") }) {
      for line in lines {
        let text = line.trimmingSpaces.dropFirst()
        transcript.append(.prose(text.hasPrefix(" ") ? String(text.dropFirst()) : String(text)))
      }
      return nil
    }
    transcript.append(.entry(SessionFile.Entry(input: lines, output: [], line: 0)))
    return transcript.count - 1
  }

  /// `:load FILE`: runs a notebook's inputs in this session, showing its prose and the outputs.
  /// Only Tape runs: an entry that is a REPL command (`:save`, `:load`, `quit`, ...) is shown
  /// failing and skipped, so a notebook can neither write files, load itself nor end the
  /// session. Ctrl-C stops the whole load, not only the entry it interrupted.
  mutating func load(_ path: String) -> [Output] {
    guard !path.isEmpty else { return [.error("error: `:load` needs a file, as in `:load sessions/deepseek-shock.session`\n")] }
    let session: SessionFile
    switch NotebookFiles.read(path) {
    case .success(let file): session = file
    case .failure(let problem): return [.error(problem.message)]
    }
    // The notebook's entries read only inside its folder; what the user types next reads as before.
    let sessionPolicy = interpreter.fileReadPolicy
    interpreter.fileReadPolicy = NotebookReadPolicy.policy(forFileAt: path, kind: .notebook, allowing: allowedReads)
    defer { interpreter.fileReadPolicy = sessionPolicy }
    var outputs: [Output] = []
    let notebookRunner = EntryRunner(diagnosticStyle: diagnosticStyle, commands: .refused)
    for block in session.blocks {
      switch block {
      case .prose(let text): outputs.append(.text(("# " + text).escapingControlCharacters))
      case .blank: break
      case .entry(let entry):
        outputs.append(.text(("> " + entry.input.joined(separator: "\n| ")).escapingControlCharacters))
        // A REPL command is shown failing, at its line in the file; Tape runs as if typed.
        if case .refused = notebookRunner.kind(of: entry.source) {
          notebookRunner.run(
            entry.source, name: PathComponents.lastComponent(of: path), firstLine: entry.line, in: &interpreter
          ) { outputs.append(Output($0)) }
          continue
        }
        let before = transcript.count
        outputs += handle(entry.source)
        let wasInterrupted = transcript.count > before && entryStatuses[transcript.count - 1]?.interrupted == true
        if wasInterrupted || Interrupt.consume() {
          outputs.append(.text("stopped loading \(path) at line \(entry.line) (Ctrl-C); the entries before it ran"))
          return outputs
        }
      }
    }
    return outputs
  }

  /// `:load FILE.tape` (or `tape --lib FILE`): runs a library of definitions in this session and
  /// adds its documented functions to `help`. `:save` keeps the library's text as an entry, so
  /// the saved notebook replays without the file.
  public mutating func loadLibrary(_ path: String) -> [Output] {
    let text: String
    switch LibraryFiles.read(path) {
    case .success(let contents): text = contents
    case .failure(let problem): return [.error(problem.message)]
    }
    let library = UserLibrary.load(
      path: path, text: text, into: &interpreter, style: diagnosticStyle,
      readPolicy: NotebookReadPolicy.policy(forFileAt: path, kind: .library, allowing: allowedReads))
    libraries.append(library)
    let entries = libraries.flatMap(\.entries)
    if !entries.isEmpty { helpIndex = HelpIndex(entries: entries + HelpIndex.standard.entries) }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    transcript.append(.prose("Definitions loaded from `\(path)`:"))
    transcript.append(.entry(SessionFile.Entry(input: lines.last == "" ? lines.dropLast() : lines, output: [], line: 0)))
    return library.errors.map { .error($0) } + [.text(library.summary)]
  }

  /// Help on every built-in topic and on the documented functions of the loaded libraries,
  /// which come first so a library can document its own version of a name.
  public private(set) var helpIndex: HelpIndex = .standard

  /// `:save FILE`: the session so far as a notebook, replayed in a fresh session so its outputs
  /// name the file's own lines and `tape check` passes on it. Entries that failed are left out
  /// (they changed nothing, and the history and journal keep them) unless marked
  /// `# expect error`; an entry that failed in part (`a = 1; 1/0`) is kept and marked, since
  /// later entries may read what it bound; an interrupted entry is left out, as its replay
  /// would run as long again.
  public func save(to path: String) -> [Output] {
    guard !path.isEmpty else { return [.error("error: `:save` needs a file, as in `:save analysis.session`\n")] }
    let plan = SavePlan(transcript: transcript, statuses: entryStatuses)
    // Replayed as `tape check` will replay it, from the notebook's folder, with its data pinned.
    var interpreter = NotebookCommands.interpreter(forNotebookAt: path, allowing: allowedReads)
    let replay = Replayer.replay(SessionFile(blocks: plan.blocks), interpreter: &interpreter, pins: DataPin.takingReads)
    if let problem = AtomicWrite.write(SessionPrinter.printed(replay.session), to: path) { return [.error("error: \(problem)\n")] }
    var outputs: [Output] = [.text("saved \(replay.session.entries.count) entries to \(path)" + plan.summary)]
    let newFailures = replay.results.filter(\.failedUnexpectedly)
    if !newFailures.isEmpty {
      outputs.append(
        .error(
          "warning: \(newFailures.count == 1 ? "1 entry fails" : "\(newFailures.count) entries fail") when the notebook replays: "
            + newFailures.map { "line \($0.line) `\($0.firstInputLine.escapingControlCharacters)`" }.joined(separator: ", ")
            + "\n  = help: `tape check \(path)` shows the errors; `tape run --update \(path)` records them once fixed\n"))
    }
    return outputs
  }

  /// A snapshot of what Tab can complete now.
  public var completionContext: CompletionContext {
    CompletionContext(environment: interpreter.environment, helpTopics: helpIndex.topics, commands: REPLCommands.names)
  }
}

extension REPLSession.Output {
  /// How the prompt shows a runner's output: results in bold (where colour is on), errors on
  /// standard error, the rest as text.
  init(_ output: EntryRunner.Output) {
    switch output.kind {
    case .value, .binding, .declaration: self = .result(output.line)
    case .report, .figure, .help: self = .text(output.line)
    case .error: self = .error(output.text)
    }
  }
}

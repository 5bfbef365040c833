import Synchronization
import TapeCore
import TapeLibrary
import TapeNotebook

/// The interactive REPL on a terminal: libedit for input, persistent history, Tab completion,
/// colour when allowed. All decisions about entries are `REPLSession`'s.
public struct InteractiveLoop {
  var session: REPLSession
  let usesColor: Bool
  let historyFile: HistoryFile?
  var history: [String]
  let journal: Journal?
  let journalProblem: String?

  /// What loading the `--lib` libraries printed, shown when the loop starts.
  var libraryOutputs: [REPLSession.Output] = []

  public init(
    usesColor: Bool, historyFile: HistoryFile?, journalDirectory: String?, libraries: [String] = [],
    allowedReads: [String] = [], settings: DisplaySettings = .standard
  ) {
    self.usesColor = usesColor
    self.historyFile = historyFile
    switch journalDirectory.map({ Journal.start(in: $0) }) {
    case .success(let journal)?: (self.journal, journalProblem) = (journal, nil)
    case .failure(let error)?: (journal, journalProblem) = (nil, error.message)
    case nil:
      // Without a state folder nothing typed would survive a crash: say so rather than go on quietly.
      (journal, journalProblem) = (nil, "neither HOME nor XDG_STATE_HOME is set (as an absolute path), so entries are not journaled and the history is not kept")
    }
    session = REPLSession(diagnosticStyle: usesColor ? .ansi : .plain)
    session.allowedReads = allowedReads
    session.displaySettings = settings
    for path in libraries { libraryOutputs += session.loadLibrary(path) }
    historyFile?.trimIfNeeded()
    history = historyFile?.load() ?? []
  }

  /// Colour as the terminal allows it, unless `:set colour` says otherwise.
  var showsColour: Bool { session.displaySettings.colour ?? usesColor }

  /// Returns the exit status: 0, or 1 when libedit could not be loaded.
  @discardableResult
  public mutating func run(output: (String) -> Void, errors: (String) -> Void) -> Int32 {
    let editor: LineEditor
    do {
      editor = try LineEditor(completer: Completer(context: session.completionContext), history: history)
    } catch {
      errors(error.message)
      return 1
    }
    output(usesColor ? "Tape \(TapeVersion.current). Type `help` for a tour, Ctrl-D to leave.\n" : "")
    if let journalProblem { errors("warning: no autosave journal: \(journalProblem)\n") }
    show(libraryOutputs, output: output, errors: errors)
    while true {
      guard let entry = readEntry(editor, output: output) else {
        output("\n")
        return 0
      }
      remember(entry, editor: editor, errors: errors)
      // Saved before it runs: a crash or `kill -9` during evaluation keeps the entry.
      if let problem = journal?.record(entry) { errors("warning: \(problem.message)\n") }
      Interrupt.requested.store(false, ordering: .relaxed)
      session.figureContext = Terminal.figureContext
      if !show(session.handle(entry, history: history), output: output, errors: errors) { return 0 }
      CompletionSlot.install(Completer(context: session.completionContext))
    }
  }

  /// Prints what an entry produced; false when it asked to quit.
  @discardableResult
  func show(_ results: [REPLSession.Output], output: (String) -> Void, errors: (String) -> Void) -> Bool {
    for result in results {
      switch result {
      case .result(let text): output((showsColour ? "\u{1B}[1m\(text)\u{1B}[0m" : text) + "\n")
      case .error(let text): errors(text)
      case .text(let text): output(text.hasSuffix("\n") ? text : text + "\n")
      case .clearScreen: output("\u{1B}[H\u{1B}[2J")
      case .clipboard(let text): output(OSC52.sequence(copying: text))
      case .quit: return false
      }
    }
    return true
  }

  /// One entry, continued over lines while incomplete. Ctrl-C abandons what was typed and
  /// prompts again; nil means Ctrl-D (or the terminal closed) at the primary prompt.
  func readEntry(_ editor: LineEditor, output: (String) -> Void) -> String? {
    var entry: String? = nil
    // Each line is lexed once as it comes: lexing the whole entry again for every line made a
    // long paste quadratic.
    var completeness = InputCompleteness.Entry()
    while true {
      let prompt = entry == nil ? Prompt.primary(color: showsColour) : Prompt.continuation(color: showsColour)
      switch editor.readLine(prompt: prompt) {
      case .line(let line):
        entry = entry.map { $0 + "\n" + line } ?? line
        completeness.add(line: line)
        if let complete = entry, !completeness.isIncomplete { return complete }
      case .interrupted:
        output("^C\n")
        entry = nil
        completeness = InputCompleteness.Entry()
      case .endOfInput:
        // Ctrl-D inside an unfinished entry runs what is there, so nothing typed is lost.
        return entry
      }
    }
  }

  /// Appends to the history at once (not at exit, so a crash keeps it), dropping a repeat of
  /// the previous entry.
  mutating func remember(_ entry: String, editor: LineEditor, errors: (String) -> Void) {
    guard !entry.trimmingSpaces.isEmpty, history.last != entry else { return }
    history.append(entry)
    editor.remember(entry)
    if let problem = historyFile?.append(entry) { errors("warning: \(problem)\n") }
  }
}

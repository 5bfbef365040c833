import TapeCore

/// Replays a notebook's inputs, in order, in one session, and records what each prints now.
public enum Replayer {
  /// How one entry went, for `tape run` and `tape check` to say which entries failed.
  public struct EntryResult: Sendable, Equatable {
    /// Index of the entry's block in the notebook.
    public var block: Int
    /// 1-based line of the entry's input in the replayed file.
    public var line: Int
    /// The input's first line, to name the entry in a message.
    public var firstInputLine: String
    /// Whether any statement of the entry failed (an error, a refused REPL command, Ctrl-C).
    public var failed: Bool
    /// Whether some statement of the entry succeeded while another failed (`a = 1; 1/0`).
    public var succeededInPart: Bool
    /// Whether Ctrl-C stopped the entry.
    public var interrupted: Bool
    /// Whether the entry is marked `# expect error`.
    public var expectsError: Bool

    /// An error nobody marked as intended.
    public var failedUnexpectedly: Bool { failed && !expectsError }
    /// Marked `# expect error`, but it gave a result.
    public var missedExpectedError: Bool { !failed && expectsError }
  }

  /// A replayed notebook and how each entry went.
  public struct Replay: Sendable {
    public var session: SessionFile
    public var results: [EntryResult]
  }

  /// Replays every entry through `EntryRunner.notebook`. Errors are recorded like results (a
  /// notebook may show a mistake on purpose) and named `<notebook>` so the record survives a copy
  /// or a rename. An entry that is a REPL command is not run; it is recorded failing. `pins`
  /// gives the files an entry read, with their sizes and checksums, after it ran. `onOutcome`
  /// and `onOutput` see each entry's outcomes and what it printed, in order, with the entry's
  /// block index (the HTML export shows each output as what it is, and draws charts from their
  /// values).
  public static func replay(
    _ session: SessionFile, interpreter: inout Interpreter,
    pins: (inout Interpreter) -> [DataPin] = { _ in [] },
    onOutcome: (_ block: Int, Outcome) -> Void = { _, _ in },
    onOutput: (_ block: Int, EntryRunner.Output) -> Void = { _, _ in }
  ) -> Replay {
    // The defaults plus the notebook's own `:set` lines, never the user's config: a notebook
    // shows the same on every machine.
    interpreter.displaySettings = .standard
    var result = session
    var results: [EntryResult] = []
    let name = SessionFile.diagnosticName
    // Lines are counted in the replayed file, so an error names the line where it will be read.
    var line = 1
    for (index, block) in session.blocks.enumerated() {
      guard case .entry(var entry) = block else {
        line += 1
        continue
      }
      entry.line = line
      var printed = ""
      let status = EntryRunner.notebook.run(
        entry.source, name: name, firstLine: entry.line, in: &interpreter, onOutcome: { onOutcome(index, $0) }
      ) { output in
        onOutput(index, output)
        printed += output.text
      }
      entry.output = SessionPrinter.outputLines(printed)
      entry.pins = pins(&interpreter)
      line += entry.input.count + entry.output.count + entry.pins.count
      result.blocks[index] = .entry(entry)
      results.append(
        EntryResult(
          block: index, line: entry.line, firstInputLine: entry.input.first ?? "", failed: status.failed,
          succeededInPart: status.failedInPart, interrupted: status.interrupted, expectsError: entry.expectsError))
    }
    return Replay(session: result, results: results)
  }

  /// The notebook with every entry's output replaced by what the interpreter prints for it.
  public static func replayed(
    _ session: SessionFile, interpreter: inout Interpreter, onOutcome: (_ block: Int, Outcome) -> Void = { _, _ in },
    onOutput: (_ block: Int, EntryRunner.Output) -> Void = { _, _ in }
  ) -> SessionFile {
    replay(session, interpreter: &interpreter, onOutcome: onOutcome, onOutput: onOutput).session
  }
}

import TapeCore

/// Replays a notebook's inputs, in order, in one session, and records what each prints now.
public enum Replayer {
  /// The notebook with every entry's output replaced by what the interpreter prints for it.
  /// Errors are recorded like results: a notebook may show a mistake on purpose.
  /// `onOutcome` sees each entry's outcomes with the entry's block index (the HTML export uses
  /// it to draw charts from their values).
  public static func replayed(
    _ session: SessionFile, file: String, interpreter: inout Interpreter,
    onOutcome: (_ block: Int, Outcome) -> Void = { _, _ in }
  ) -> SessionFile {
    var result = session
    // Lines are counted in the replayed file, so an error names the line where it will be read.
    var line = 1
    for (index, block) in session.blocks.enumerated() {
      guard case .entry(var entry) = block else {
        line += 1
        continue
      }
      entry.line = line
      var printed = ""
      interpreter.run(entry.source, name: file, firstLine: entry.line) { outcome, sources in
        onOutcome(index, outcome)
        switch outcome {
        case .error(let diagnostic): printed += DiagnosticRenderer.rendered(diagnostic, in: sources, style: .plain)
        default: if let text = OutcomeText.result(outcome) { printed += text + "\n" }
        }
      }
      entry.output = SessionPrinter.outputLines(printed)
      line += entry.input.count + entry.output.count
      result.blocks[index] = .entry(entry)
    }
    return result
  }
}

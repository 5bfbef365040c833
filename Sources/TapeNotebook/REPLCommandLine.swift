import TapeCore

/// A notebook or library line that would be a REPL command if typed at the prompt (`:save`,
/// `:load`, `:clear`, `quit`, `help ...`). Loading or replaying a notebook never carries one
/// out: a downloaded notebook with `> :save ~/.bashrc` must not write the user's files, and
/// `> :load self.session` must not recurse. The entry is shown failing instead, at its line.
public enum REPLCommandLine {
  /// The words that are REPL commands without a colon.
  static let bareCommands: Set<String> = ["quit", "exit", "help"]

  /// The command word when `source` is a REPL command line (after leading spaces); nil for Tape.
  public static func command(in source: String) -> String? {
    let trimmed = source.trimmingSpaces
    let word = String(trimmed.prefix { !$0.isWhitespace })
    if word.hasPrefix(":"), word.count > 1 { return word }
    return bareCommands.contains(word) && (word == trimmed || word == "help") ? word : nil
  }

  /// The error an entry that is a REPL command gets, pointing at the command word.
  public static func refusal(of command: String, in source: String, name: String, firstLine: Int) -> (
    Diagnostic, SourceMap
  ) {
    var sources = SourceMap()
    let file = sources.add(name: name, text: source, firstLine: firstLine)
    let leading = source.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }.count
    let span = Span(source: file.id, start: leading, end: leading + command.utf8.count)
    let diagnostic = Diagnostic(
      "`\(command)` is a REPL command; a notebook runs only Tape expressions", at: span, label: "not run",
      notes: ["loading or replaying a notebook never saves, loads, clears or quits"],
      help: "type it at the `tape>` prompt if you mean it")
    return (diagnostic, sources)
  }
}

import TapeCore

extension EntryRunner {
  /// What an entry is, by its text and where it was written (`commands`, `help`).
  public enum Kind: Sendable, Equatable {
    /// Nothing but spaces, at the prompt: nothing runs and nothing is kept.
    case blank
    /// `help` or `help TOPIC` (the topic trimmed; empty for the tour).
    case help(topic: String)
    /// At the prompt, a REPL command (`:save a.session`, `quit`), trimmed, for the caller.
    case command(String)
    /// In a notebook, a REPL command's word (`:save`): shown failing, not run.
    case refused(command: String)
    /// `:set`, `:set NAME` or `:set NAME VALUE` (the text after `:set`, trimmed): allowed in a
    /// notebook too, since it changes only how results show, and replays the same everywhere.
    case setting(String)
    /// Tape code.
    case code
  }

  /// Sorts an entry.
  public func kind(of text: String) -> Kind {
    switch commands {
    case .carriedOut:
      let trimmed = text.trimmingSpaces
      if trimmed.isEmpty { return .blank }
      if help.isAnswered, let topic = Self.helpTopic(trimmed) { return .help(topic: topic) }
      if let arguments = Self.settingArguments(trimmed) { return .setting(arguments) }
      if trimmed.hasPrefix(":") || trimmed == "quit" || trimmed == "exit" { return .command(trimmed) }
      return .code
    case .refused:
      guard let command = REPLCommandLine.command(in: text) else { return .code }
      return Self.settingArguments(text.trimmingSpaces).map { .setting($0) } ?? .refused(command: command)
    case .none:
      guard help.isAnswered, Self.mayBeHelp(text.utf8) else { return .code }
      return helpKind(of: text)
    }
  }

  /// The text after `:set` when `trimmed` is a `:set` line.
  static func settingArguments(_ trimmed: String) -> String? {
    guard trimmed == ":set" || trimmed.hasPrefix(":set ") || trimmed.hasPrefix(":set\t") else { return nil }
    return String(trimmed.dropFirst(4)).trimmingSpaces
  }

  /// `.help` when `text`, trimmed, is `help` or `help TOPIC`; `.code` otherwise.
  func helpKind(of text: String) -> Kind {
    Self.helpTopic(text.trimmingSpaces).map { .help(topic: $0) } ?? .code
  }

  /// The topic of `help TOPIC` (empty for a bare `help`), for text already trimmed.
  static func helpTopic(_ trimmed: String) -> String? {
    guard trimmed == "help" || trimmed.hasPrefix("help ") else { return nil }
    return String(trimmed.dropFirst(4)).trimmingSpaces
  }

  /// Whether an entry could be `:set`: after ASCII whitespace comes `:`. As cheap as `mayBeHelp`.
  static func maySet(_ bytes: some Sequence<UInt8>) -> Bool {
    bytes.first(where: { !(($0 >= 0x09 && $0 <= 0x0D) || $0 == 0x20) }) == UInt8(ascii: ":")
  }

  /// Whether an entry could be a `help` request: after ASCII whitespace comes `h` (or a non-ASCII
  /// byte, which may be Unicode whitespace). A cheap test before trimming, which copies the text,
  /// on every line of a long pipe.
  public static func mayBeHelp(_ bytes: some Sequence<UInt8>) -> Bool {
    guard let first = bytes.first(where: { !(($0 >= 0x09 && $0 <= 0x0D) || $0 == 0x20) }) else { return false }
    return first == UInt8(ascii: "h") || first >= 0x80
  }
}

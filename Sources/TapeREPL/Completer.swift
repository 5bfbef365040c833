import TapeCore

/// What Tab can complete, taken from the session after each entry.
public struct CompletionContext: Sendable {
  /// Variables, functions, built-ins, units and keywords.
  public var names: [String]
  /// Field names of record-valued variables, for `nvda.<Tab>`.
  public var fields: [String: [String]]
  public var helpTopics: [String]
  public var commands: [String]

  public init(names: [String], fields: [String: [String]], helpTopics: [String], commands: [String]) {
    self.names = names
    self.fields = fields
    self.helpTopics = helpTopics
    self.commands = commands
  }
}

/// Decides what the word under the cursor can become. Pure: it sees the line and a snapshot of
/// the session, never the terminal, so it is tested without one.
public struct Completer: Sendable {
  public enum Result: Equatable, Sendable {
    case candidates([String])
    /// A file path is expected (`:load`, `:save`): let the line editor complete file names.
    case files
  }

  public var context: CompletionContext

  public init(context: CompletionContext) { self.context = context }

  /// - Parameters:
  ///   - line: the whole line typed so far.
  ///   - wordStart: UTF-8 offset in `line` where the word being completed starts.
  ///   - word: the word being completed.
  public func complete(line: String, wordStart: Int, word: String) -> Result {
    let bytes = Array(line.utf8)
    let prefix = String(decoding: bytes.prefix(max(0, min(wordStart, bytes.count))), as: UTF8.self)
    let trimmed = prefix.drop { $0 == " " }
    if trimmed == ":" { return .candidates(matching(word, in: context.commands.map { String($0.dropFirst()) })) }
    if trimmed.hasPrefix(":load ") || trimmed.hasPrefix(":save ") || trimmed.hasPrefix(":export ") { return .files }
    if let topic = ["help ", ":help "].first(where: trimmed.hasPrefix) {
      // Topics may be several words (`market cap`): match what was typed after `help` as a
      // whole, and complete only the word under the cursor.
      let typedBefore = String(trimmed.dropFirst(topic.count))
      let topics = matching(typedBefore + word, in: context.helpTopics)
      return .candidates(Array(Set(topics.map { String($0.dropFirst(typedBefore.count)) })).sorted())
    }
    if prefix.hasSuffix(".") {
      let owner = String(prefix.dropLast().reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
      return .candidates(matching(word, in: context.fields[owner] ?? []))
    }
    if trimmed.isEmpty, word.isEmpty { return .candidates([]) }
    return .candidates(matching(word, in: context.names + Keyword.allCases.map(\.rawValue) + (trimmed.isEmpty ? ["help"] : [])))
  }

  func matching(_ word: String, in candidates: [String]) -> [String] {
    Array(Set(candidates.filter { $0.hasPrefix(word) })).sorted()
  }
}

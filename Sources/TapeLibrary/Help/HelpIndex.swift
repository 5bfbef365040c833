import TapeCore

/// What `HelpIndex.lookup` found for a topic.
public enum HelpLookup: Sendable {
  /// The entry whose name or alias is the topic.
  case entry(HelpEntry)
  /// No entry has that name. `suggestions` are the closest names (by edit distance, or that start
  /// with the topic), best first, each one `lookup` finds; `apropos` are the entries whose
  /// summary, signature or explanation mentions every word of the topic.
  case notFound(topic: String, suggestions: [String], apropos: [HelpEntry])
}

/// Every help topic: the builtins, the units, the concepts of the language and the REPL commands.
/// The only thing `help`, tab completion and the reference docs read.
///
///     let index = HelpIndex.standard
///     print(index.text(for: "round"))  // the entry, rendered
///     print(index.text(for: ""))       // the tour
///     index.topics                     // names for completion
public struct HelpIndex: Sendable {
  /// Entries in order: functions, units, concepts, commands, datasets.
  public let entries: [HelpEntry]
  /// Name or alias to the index of its entry, as written and lower-cased.
  let exact: [String: Int]
  let folded: [String: Int]

  /// An index of `entries`. When two entries claim one name the first keeps it.
  public init(entries: [HelpEntry]) {
    self.entries = entries
    var exact: [String: Int] = [:]
    var folded: [String: Int] = [:]
    for (index, entry) in entries.enumerated() {
      for name in entry.names {
        if exact[name] == nil { exact[name] = index }
        if folded[name.lowercased()] == nil { folded[name.lowercased()] = index }
      }
    }
    self.exact = exact
    self.folded = folded
  }

  /// Every builtin function (`BuiltinRegistry.all`), every function of the standard library
  /// written in Tape (`StdlibLoader.entries`, from its doc comments), every unit a session starts with (one
  /// entry per unit, its plural and currency symbol as aliases), the concepts of the language,
  /// the REPL commands and the built-in datasets (`DatasetRegistry.catalog`).
  public static let standard: HelpIndex = {
    let units = Environment().units
    let currencies = Set(units.values.filter(\.isCurrency).map(\.name))
    let unitEntries = UnitHelp.entries(from: units)
    let stdlibEntries = StdlibLoader.entries
    let functionNames = BuiltinRegistry.all.map(\.name)
    return HelpIndex(
      entries: BuiltinRegistry.all.map(HelpEntry.init(builtin:))
        + stdlibEntries
        + unitEntries
        + ConceptHelp.entries(
          currencies: unitEntries.map(\.name).filter(currencies.contains), functions: functionNames)
        + ValuationHelp.entries
        + CommandHelp.entries
        + DatasetHelp.entries)
  }()

  /// The entries of one kind, in index order.
  public func entries(of kind: HelpEntry.Kind) -> [HelpEntry] { entries.filter { $0.kind == kind } }

  /// The entry a name or alias finds, matched exactly, then ignoring case.
  public func entry(named name: String) -> HelpEntry? {
    if let index = exact[name] ?? folded[name.lowercased()] { return entries[index] }
    return nil
  }

  /// The entry for `topic`, or suggestions and related entries when there is none. The topic is
  /// trimmed (runs of spaces inside it count as one) and may be written in backticks or with `()`
  /// after a function name; case is ignored
  /// when no name matches exactly; `vars` finds the command `:vars`.
  public func lookup(_ topic: String) -> HelpLookup {
    let name = Self.normalized(topic)
    if let entry = entry(named: name) ?? (name.hasPrefix(":") ? nil : entry(named: ":" + name)) {
      return .entry(entry)
    }
    return .notFound(topic: name, suggestions: suggestions(for: name), apropos: apropos(name))
  }

  /// Names close to `name`: within the edit distance `Suggestion` allows for its length, or,
  /// when none is, starting with it. One name per entry, best first, at most `limit`.
  public func suggestions(for name: String, limit: Int = 3) -> [String] {
    let wanted = name.lowercased()
    guard !wanted.isEmpty else { return [] }
    let wantedLength = wanted.count
    let allowed = wantedLength <= 3 ? 1 : wantedLength <= 6 ? 2 : 3
    var best: [Int: (name: String, score: Int)] = [:]
    for (index, entry) in entries.enumerated() {
      for (position, candidate) in entry.names.enumerated() {
        let lowered = candidate.lowercased()
        // A length that differs by more than `allowed` is never close (and a topic a megabyte
        // long must not be compared letter by letter with every name).
        var score = abs(lowered.count - wantedLength) > allowed ? allowed + 1 : Suggestion.editDistance(wanted, lowered)
        if score > allowed {
          guard wanted.count >= 2, lowered.hasPrefix(wanted) else { continue }
          score = allowed + 1
        }
        // The entry's own name wins a tie with one of its aliases.
        let ranked = score * 2 + (position == 0 ? 0 : 1)
        if ranked < best[index]?.score ?? Int.max { best[index] = (candidate, ranked) }
      }
    }
    // A name that merely starts with the topic is offered only when no name is close to it:
    // `percentage` suggests `percent`, not also the concept `percentage points`.
    if best.values.contains(where: { $0.score / 2 <= allowed }) {
      best = best.filter { $0.value.score / 2 <= allowed }
    }
    return best.sorted { ($0.value.score, $0.key) < ($1.value.score, $1.key) }.prefix(limit).map(\.value.name)
  }

  /// Entries whose summary, signature or explanation mentions every word of `text`, ignoring
  /// case and a plural `s` (`percentage` finds "percentages"): those that say it in the summary
  /// first, then the rest (concepts, functions, units, commands), each group in index order. Words shorter than two letters are ignored;
  /// nothing is found for none.
  public func apropos(_ text: String) -> [HelpEntry] {
    let wanted = Self.words(text).filter { $0.count >= 2 }
    guard !wanted.isEmpty else { return [] }
    func mentions(_ haystack: String) -> Bool {
      let said = Set(Self.words(haystack).flatMap { [$0, $0 + "s", $0 + "es"] })
      return wanted.allSatisfy { said.contains($0) }
    }
    let ranked: [(rank: Int, position: Int)] = entries.indices.compactMap { position in
      let entry = entries[position]
      let rank: Int
      if mentions(entry.summary) {
        rank = 0
      } else if mentions(entry.summary + "\n" + (entry.signature ?? "") + "\n" + entry.explanation) {
        rank = 1 + Self.aproposOrder.firstIndex(of: entry.kind)!
      } else {
        return nil
      }
      return (rank, position)
    }
    return ranked.sorted { ($0.rank, $0.position) < ($1.rank, $1.position) }.map { entries[$0.position] }
  }

  /// Among entries that mention a word only in their explanation, concepts come first: they
  /// explain the idea, where a unit or function merely uses it.
  static let aproposOrder: [HelpEntry.Kind] = [.concept, .function, .dataset, .unit, .command]

  /// The lower-cased runs of letters, digits and `_` in `text`.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
  }

  /// Every name and alias `lookup` finds, sorted, for tab completion after `help`.
  public var topics: [String] {
    Array(Set(entries.flatMap(\.names))).sorted()
  }

  /// The final text for `help TOPIC`: the tour for an empty topic, the entry when there is one,
  /// otherwise "no help for `xyz`; did you mean `abs`?" and the topics that mention the word.
  /// No trailing newline. A user library's `##` comments and the topic typed are text from
  /// outside, so the result is shown with control characters escaped.
  public func text(for topic: String) -> String {
    (Self.normalized(topic).isEmpty ? tour : rendered(lookup(topic))).escapingControlCharacters
  }

  /// The text of a lookup's result; see `text(for:)`.
  public func rendered(_ lookup: HelpLookup) -> String {
    switch lookup {
    case .entry(let entry):
      return entry.rendered()
    case .notFound(let topic, let suggestions, let apropos):
      var text = "no help for `\(topic)`"
      if !suggestions.isEmpty {
        let quoted = suggestions.map { "`\($0)`" }
        let choices =
          quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        text += "; did you mean \(choices)?"
      }
      let shown = apropos.prefix(Self.aproposLimit)
      if !shown.isEmpty {
        let width = shown.map(\.name.count).max()! + 2
        text += "\n\nTopics that mention `\(topic)`:\n"
        text += shown.map { "  " + HelpText.padded($0.name, to: width) + $0.summary }.joined(separator: "\n")
        if apropos.count > shown.count { text += "\n  and \(apropos.count - shown.count) more" }
      }
      text += "\n\nType `help` for a tour and the list of topics."
      return text
    }
  }

  static let aproposLimit = 10

  static func normalized(_ topic: String) -> String {
    var name = topic.trimmingSpaces
    if name.count >= 2, name.hasPrefix("`"), name.hasSuffix("`") { name = String(name.dropFirst().dropLast()) }
    if name.hasSuffix("()"), name.count > 2 { name = String(name.dropLast(2)) }
    // A topic of several words (`market cap`) is found however many spaces separate them.
    return name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}

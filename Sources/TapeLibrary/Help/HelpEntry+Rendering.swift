/// Plain text for the terminal: no colour, no markup beyond the backticks around names, lines
/// wrapped to `HelpText.width` columns.
extension HelpEntry {
  /// The whole entry as `help NAME` prints it:
  ///
  ///     round — `x` rounded half away from zero to `digits` decimals (default 0); the unit is kept.
  ///
  ///       round(x: quantity, digits?: number) -> same dimension as x
  ///         digits: a whole number from -15 to 15
  ///         result: in the unit of x
  ///
  ///     Halves round away from zero, so `round(-2.5)` is -3. ...
  ///
  ///     Examples:
  ///       tape> round(118.4251, 2)
  ///       118.43
  ///
  ///     See also: floor, ceil, in, display
  ///
  /// No trailing newline.
  public func rendered() -> String {
    var sections: [String] = []
    var heading = HelpText.wrapped("\(name) — \(summary)")
    if !aliases.isEmpty {
      heading += "\n(\(kind.rawValue); also written \(aliases.map { "`\($0)`" }.joined(separator: ", ")))"
    }
    sections.append(heading)
    if let signature { sections.append(HelpText.indented(signature, by: 2)) }
    if !explanation.isEmpty { sections.append(HelpText.wrapped(explanation)) }
    if !examples.isEmpty { sections.append("Examples:\n" + HelpText.transcript(examples)) }
    if !seeAlso.isEmpty { sections.append(HelpText.wrapped("See also: " + seeAlso.joined(separator: ", "))) }
    return sections.joined(separator: "\n\n")
  }
}

/// Text layout shared by entries, the tour and not-found messages.
enum HelpText {
  static let width = 80
  static let prompt = "tape> "

  /// Examples as a REPL transcript: `tape> input`, then each line of the result, indented.
  static func transcript(_ examples: [HelpEntry.Example], indent: Int = 2) -> String {
    let pad = String(repeating: " ", count: indent)
    return examples.flatMap { example in
      [pad + prompt + example.input] + example.yields.split(separator: "\n", omittingEmptySubsequences: false).map {
        pad + $0
      }
    }.joined(separator: "\n")
  }

  /// `text` followed by spaces up to `width` characters (at least one space).
  static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: Swift.max(1, width - text.count))
  }

  static func indented(_ text: String, by count: Int) -> String {
    let pad = String(repeating: " ", count: count)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }
      .joined(separator: "\n")
  }

  /// Paragraphs (separated by blank lines) wrapped to `width`; a line starting with `- ` starts a
  /// list item, wrapped with a hanging indent.
  static func wrapped(_ text: String, width: Int = width) -> String {
    let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: true)
    return paragraphs.map { paragraph in
      var blocks: [(first: String, rest: String, words: [Substring])] = []
      for line in paragraph.split(separator: "\n") {
        let words = words(of: line)
        if line.hasPrefix("- ") {
          blocks.append(("- ", "  ", Array(words.dropFirst())))
        } else if blocks.isEmpty {
          blocks.append(("", "", words))
        } else {
          blocks[blocks.count - 1].words += words
        }
      }
      return blocks.map { wrap($0.words, first: $0.first, rest: $0.rest, width: width) }.joined(separator: "\n")
    }.joined(separator: "\n\n")
  }

  /// The words of `line`, split at spaces, except that code in backticks (`$5 + 3 shares`)
  /// stays one word so it never breaks across lines.
  static func words(of line: Substring) -> [Substring] {
    var words: [Substring] = []
    var start: Substring.Index? = nil
    var inCode = false
    for index in line.indices {
      let character = line[index]
      if character == " ", !inCode {
        if let wordStart = start { words.append(line[wordStart..<index]) }
        start = nil
        continue
      }
      if start == nil { start = index }
      if character == "`" { inCode.toggle() }
    }
    if let wordStart = start { words.append(line[wordStart...]) }
    return words
  }

  static func wrap(_ words: [Substring], first: String, rest: String, width: Int) -> String {
    var lines: [String] = []
    var line = first
    var lineHasWord = false
    for word in words {
      if lineHasWord, line.count + 1 + word.count > width {
        lines.append(line)
        line = rest
        lineHasWord = false
      }
      line += (lineHasWord ? " " : "") + word
      lineHasWord = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// Names laid out in rows under a label, wrapped to `width`:
  ///
  ///     Functions: abs, sqrt, round, ...
  ///                len, sum, ...
  static func list(_ label: String, _ names: [String], labelWidth: Int) -> String {
    let head = padded(label, to: labelWidth)
    let words = names.enumerated().map { index, name in Substring(index == names.count - 1 ? name : name + ",") }
    return wrap(words, first: head, rest: String(repeating: " ", count: labelWidth), width: width)
  }
}

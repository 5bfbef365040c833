/// Why config.toml could not be read as TOML, with the line the problem was found on. Tape then
/// starts with the default settings and shows the message (`ConfigFile.settings(fromTOML:path:)`).
public enum ConfigTOMLError: Error, Equatable, Sendable {
  case expectedKey(found: String, line: Int)
  case expectedEquals(key: String, line: Int)
  case expectedValue(key: String, line: Int)
  case invalidValue(String, line: Int)
  case unclosedString(line: Int)
  case unclosedMultilineString(line: Int)
  case invalidEscape(String, line: Int)
  case unclosedArray(line: Int)
  case unclosedInlineTable(line: Int)
  case unclosedTableHeader(line: Int)
  case expectedSeparator(found: String, closing: String, line: Int)
  case expectedEndOfLine(found: String, line: Int)
  case duplicateKey(String, line: Int)

  /// The line of config.toml the problem was found on, counting from 1.
  public var line: Int {
    switch self {
    case .expectedKey(_, let line), .expectedEquals(_, let line), .expectedValue(_, let line),
      .invalidValue(_, let line), .unclosedString(let line), .unclosedMultilineString(let line), .invalidEscape(_, let line),
      .unclosedArray(let line), .unclosedInlineTable(let line), .unclosedTableHeader(let line),
      .expectedSeparator(_, _, let line), .expectedEndOfLine(_, let line), .duplicateKey(_, let line):
      return line
    }
  }

  /// What went wrong, in words, without the file and line.
  public var message: String {
    switch self {
    case .expectedKey(let found, _): return "expected a setting name, found \(found)"
    case .expectedEquals(let key, _): return "expected `=` after `\(key)`"
    case .expectedValue(let key, _): return "expected a value after `\(key) =`"
    case .invalidValue(let text, _):
      // A word left unquoted (`colour = auto`) is the usual slip: show it quoted.
      let isWord = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" }
      return "`\(text)` is not a TOML value" + (isWord ? " (text goes in quotes: `\"\(text)\"`)" : "")
    case .unclosedString: return "a string is not closed with its quote on the same line"
    case .unclosedMultilineString: return "a multi-line string is not closed with its three quotes"
    case .invalidEscape(let escape, _): return "`\\\(escape)` is not an escape TOML knows"
    case .unclosedArray: return "an array `[` is not closed with `]`"
    case .unclosedInlineTable: return "an inline table `{` is not closed with `}` on the same line"
    case .unclosedTableHeader: return "a table header `[` is not closed with `]`"
    case .expectedSeparator(let found, let closing, _): return "expected `,` or `\(closing)`, found \(found)"
    case .expectedEndOfLine(let found, _): return "expected the end of the line after the value, found \(found)"
    case .duplicateKey(let key, _): return "`\(key)` is set twice"
    }
  }
}

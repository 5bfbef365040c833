/// Whether text typed so far is a complete entry, or the user is still writing it (an open
/// bracket, a trailing operator). The REPL shows a continuation prompt and a pipe reader keeps
/// reading lines until the entry is complete.
public enum InputCompleteness {
  public static func isIncomplete(_ text: String) -> Bool {
    let file = SourceFile(id: SourceID(-1), name: "", text: text)
    var lexer = Lexer(file)
    return isIncomplete(file.bytes, tokens: lexer.tokens())
  }

  /// The same question for text already lexed, so a pipe reader lexes each entry once.
  static func isIncomplete(_ bytes: [UInt8], tokens: [Token]) -> Bool {
    var entry = Entry()
    entry.add(bytes, tokens: tokens)
    return entry.isIncomplete
  }

  /// An entry read line by line. Tokens never span lines, so what one line leaves open (brackets,
  /// `if`s, the last token) is all the next line needs: each line is lexed once. Lexing the whole
  /// entry again for every line made a list pasted over 20,000 lines take minutes.
  public struct Entry {
    var depth = 0
    var openIfs = 0
    var last: TokenShape? = nil
    var endsInBackslash = false
    var hasUnterminatedString = false

    public init() {}

    public mutating func add(line: String) {
      var bytes = Array(line.utf8)
      // The `\` that continues a line is whitespace to the lexer only before a line break.
      endsInBackslash = Entry.trimmedEnd(of: bytes).last == UInt8(ascii: "\\")
      if endsInBackslash { bytes.removeSubrange(Entry.trimmedEnd(of: bytes).count - 1..<bytes.count) }
      let file = SourceFile(id: SourceID(-1), name: "", text: String(decoding: bytes, as: UTF8.self))
      var lexer = Lexer(file)
      let tokens = lexer.tokens()
      let backslash = endsInBackslash
      add(file.bytes, tokens: tokens)
      endsInBackslash = backslash
    }

    mutating func add(_ bytes: [UInt8], tokens: [Token]) {
      endsInBackslash = Entry.trimmedEnd(of: bytes).last == UInt8(ascii: "\\")
      for token in tokens {
        var shape = token.shape
        // A keyword after `.` is a field name (`row.if`), which neither opens an `if` nor
        // waits for more input.
        if last == .symbol(.dot), case .keyword = shape { shape = .identifier }
        switch shape {
        case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace): depth += 1
        case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace): depth -= 1
        case .newline, .endOfInput: continue
        case .unterminatedString: hasUnterminatedString = true
        case .keyword(.if): openIfs += 1
        case .keyword(.else): openIfs -= 1
        default: break
        }
        last = shape
      }
    }

    static func trimmedEnd(of bytes: [UInt8]) -> ArraySlice<UInt8> {
      var end = bytes.count
      while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") || bytes[end - 1] == UInt8(ascii: "\r") {
        end -= 1
      }
      return bytes[..<end]
    }

    public var isIncomplete: Bool {
      if endsInBackslash { return true }  // `\` at the end of a line continues it.
      if hasUnterminatedString { return false }
      // Inside brackets, or an `if` still waiting for its `else`.
      if depth > 0 || openIfs > 0 { return true }
      switch last {
      case .symbol(.plus), .symbol(.minus), .symbol(.star), .symbol(.slash), .symbol(.caret), .symbol(.comma),
        .symbol(.equal), .symbol(.equalEqual), .symbol(.bangEqual), .symbol(.less), .symbol(.lessEqual),
        .symbol(.greater), .symbol(.greaterEqual), .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.if),
        .keyword(.then), .keyword(.else), .keyword(.in),
        // A function's result type or another alternative still to come, a lambda's body.
        .symbol(.arrow), .symbol(.bar), .symbol(.fatArrow):
        return true
      default:
        return false
      }
    }
  }
}

/// Whether text typed so far is a complete entry, or the user is still writing it (an open
/// bracket, a trailing operator). The REPL shows a continuation prompt and a pipe reader keeps
/// reading lines until the entry is complete.
public enum InputCompleteness {
  public static func isIncomplete(_ text: String) -> Bool {
    var trimmed = Substring(text)
    while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
    if trimmed.last == "\\" { return true }  // `\` at the end of a line continues it.
    let file = SourceFile(id: SourceID(-1), name: "", text: text)
    var lexer = Lexer(file)
    var depth = 0
    var openIfs = 0
    var last: TokenKind? = nil
    for token in lexer.tokens() {
      switch token.kind {
      case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace): depth += 1
      case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace): depth -= 1
      case .newline, .endOfInput: continue
      case .invalid(.unterminatedString): return false
      case .keyword(.if): openIfs += 1
      case .keyword(.else): openIfs -= 1
      default: break
      }
      last = token.kind
    }
    // Inside brackets, or an `if` still waiting for its `else`.
    if depth > 0 || openIfs > 0 { return true }
    switch last {
    case .symbol(.plus), .symbol(.minus), .symbol(.star), .symbol(.slash), .symbol(.caret), .symbol(.comma),
      .symbol(.equal), .symbol(.equalEqual), .symbol(.bangEqual), .symbol(.less), .symbol(.lessEqual),
      .symbol(.greater), .symbol(.greaterEqual), .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.if),
      .keyword(.then), .keyword(.else), .keyword(.in):
      return true
    default:
      return false
    }
  }
}

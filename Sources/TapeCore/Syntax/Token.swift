/// One lexical token with the span it came from.
public struct Token: Sendable, Equatable {
  public let kind: TokenKind
  public let span: Span
  /// The kind without its payload, kept beside it: the parser tests it for nearly every token,
  /// and a separate array of shapes was an allocation and an append per token.
  let shape: TokenShape

  public init(kind: TokenKind, span: Span) {
    self.kind = kind
    self.span = span
    self.shape = TokenShape(kind)
  }
}

extension Token {
  /// The value of a `.number` token (0 for any other), read in place.
  var numberValue: Double {
    if case .number(let value) = kind { return value }
    return 0
  }

  /// The name of an `.identifier` token (empty for any other), read in place.
  var identifierName: String {
    if case .identifier(let name) = kind { return name }
    return ""
  }
}

/// What a token is. Literals carry their value already decoded.
public enum TokenKind: Sendable, Equatable {
  /// A plain number, scale suffix applied: `589B` is 589e9.
  case number(Double)
  /// A number followed by `%`, already divided by 100.
  case percent(Double)
  /// A currency symbol and amount: `$142.62`, `€12M`.
  case money(currency: String, amount: Double)
  case date(TapeDate)
  case string(String)
  case identifier(String)
  case keyword(Keyword)
  case symbol(Symbol)
  case newline
  case endOfInput
  /// Text the lexer could not read; the parser reports it at the statement it breaks.
  case invalid(LexError)
}

public enum Keyword: String, Sendable, CaseIterable {
  case fn, unit, `if`, then, `else`, and, or, not, `in`, `true`, `false`, why, sources, datasets
}

public enum Symbol: String, Sendable {
  case plus = "+", minus = "-", star = "*", slash = "/", caret = "^"
  case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
  case leftBrace = "{", rightBrace = "}"
  case comma = ",", colon = ":", dot = ".", dotDot = "..", semicolon = ";"
  case equal = "=", equalEqual = "==", bangEqual = "!="
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case percent = "%"
  case fatArrow = "=>"
  /// `->` and `|` appear only in a function's type annotations: `fn f(x: USD | shares) -> percent`.
  case arrow = "->", bar = "|"
}

extension TokenKind {
  /// How the token reads in a message: "`+`", "number `12`", "end of input".
  public var described: String {
    switch self {
    case .number, .percent, .money: "a number"
    case .date: "a date"
    case .string: "a string"
    case .identifier(let name): "`\(name)`"
    case .keyword(let keyword): "`\(keyword.rawValue)`"
    case .symbol(let symbol): "`\(symbol.rawValue)`"
    case .newline: "end of line"
    case .endOfInput: "end of input"
    case .invalid: "invalid text"
    }
  }
}

/// Text the lexer cannot turn into a token.
public enum LexError: Error, Sendable, Equatable {
  case unexpectedCharacter(String, at: Span)
  case invalidDate(String, reason: String, at: Span)
  case malformedNumber(String, at: Span)
  /// `1e999` (would be infinity) or `1e-400` (would be 0): beyond what a 64-bit float holds.
  case numberOutOfRange(String, isTooLarge: Bool, at: Span)
  case unterminatedString(at: Span)
  case currencySymbolWithoutAmount(String, at: Span)
  /// `$-5`
  case signAfterCurrencySymbol(String, at: Span)

  public var span: Span {
    switch self {
    case .unexpectedCharacter(_, let span), .invalidDate(_, _, let span), .malformedNumber(_, let span),
      .numberOutOfRange(_, _, let span), .unterminatedString(let span), .currencySymbolWithoutAmount(_, let span), .signAfterCurrencySymbol(_, let span):
      span
    }
  }
}

extension LexError {
  public var diagnostic: Diagnostic {
    switch self {
    case .unexpectedCharacter(let text, let span):
      var help: String? = nil
      if text == "×" { help = "use `*` to multiply" }
      if text == "÷" { help = "use `/` to divide" }
      if text == "," { help = "write digit groups with `_`, as in `1_000_000`" }
      return Diagnostic(
        "unexpected character `\(text)`", at: span, label: "not part of Tape's syntax", help: help)
    case .invalidDate(let text, let reason, let span):
      return Diagnostic(
        "invalid date `\(text)`", at: span, label: reason,
        help: "dates are written YYYY-MM-DD, as in `2025-01-27`")
    case .malformedNumber(let text, let span):
      return Diagnostic(
        "malformed number `\(text)`", at: span, label: "not a number",
        help: "digit groups use `_` between digits, as in `1_000`; scales are k, M, B, T, as in `589B`")
    case .numberOutOfRange(let text, let isTooLarge, let span):
      return Diagnostic(
        "`\(text)` is too \(isTooLarge ? "large" : "small") to represent", at: span,
        label: isTooLarge ? "beyond about 1.8e308" : "closer to zero than about 5e-324",
        notes: ["Tape computes with 64-bit floating point"])
    case .unterminatedString(let span):
      return Diagnostic("unterminated string", at: span, label: "this string has no closing `\"`")
    case .signAfterCurrencySymbol(let symbol, let span):
      return Diagnostic(
        "a sign cannot follow `\(symbol)`", at: span, label: "amount expected right after `\(symbol)`",
        help: "write a negative amount with the sign first, as in `-\(symbol)5`")
    case .currencySymbolWithoutAmount(let symbol, let span):
      return Diagnostic(
        "`\(symbol)` must be followed by an amount", at: span, label: "expected a number after `\(symbol)`",
        help: "write money as `\(symbol)142.62` or `\(symbol)589B`")
    }
  }
}

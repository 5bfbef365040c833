/// Text that lexes but does not form a statement.
public indirect enum ParseError: Error, Sendable, Equatable {
  case invalidToken(LexError)
  case expectedExpression(found: TokenKind, at: Span)
  case expected(String, found: TokenKind, at: Span)
  case unclosed(Symbol, opening: Span, found: TokenKind, at: Span)
  case unexpectedAfterStatement(found: TokenKind, at: Span)
  case percentNeedsNumber(at: Span)
  case assignmentInExpression(at: Span)
  case invalidAssignmentTarget(at: Span)
  case invalidConversionTarget(at: Span)
  case nestedTooDeeply(limit: Int, at: Span)

  public var span: Span {
    switch self {
    case .invalidToken(let error): error.span
    case .expectedExpression(_, let span), .expected(_, _, let span), .unclosed(_, _, _, let span),
      .unexpectedAfterStatement(_, let span), .percentNeedsNumber(let span), .assignmentInExpression(let span),
      .invalidAssignmentTarget(let span), .invalidConversionTarget(let span), .nestedTooDeeply(_, let span):
      span
    }
  }
}

extension ParseError {
  public var diagnostic: Diagnostic {
    switch self {
    case .invalidToken(let error):
      return error.diagnostic
    case .expectedExpression(let found, let span):
      let help: String? =
        found == .newline || found == .endOfInput ? "the expression is incomplete; add what comes after the operator" : nil
      return Diagnostic("expected an expression, found \(found.described)", at: span, label: "expected a value here", help: help)
    case .expected(let what, let found, let span):
      return Diagnostic("expected \(what), found \(found.described)", at: span, label: "expected \(what)")
    case .unclosed(let symbol, let opening, let found, let span):
      let closing = symbol == .leftParen ? ")" : symbol == .leftBracket ? "]" : "}"
      return Diagnostic(
        "expected `\(closing)`, found \(found.described)", at: span, label: "expected `\(closing)`",
        secondary: [.init(opening, "opened here")], notes: ["the `\(symbol.rawValue)` opened here is never closed"])
    case .unexpectedAfterStatement(let found, let span):
      return Diagnostic(
        "found \(found.described) after a complete expression", at: span, label: "not expected here",
        help: "separate statements with `;` or a new line; to multiply write `*`")
    case .percentNeedsNumber(let span):
      return Diagnostic(
        "`%` must follow a number literal", at: span, label: "not after a number",
        help: "write `17%` for a percentage, or `x in %` to show a ratio as a percentage")
    case .assignmentInExpression(let span):
      return Diagnostic(
        "unexpected `=` inside an expression", at: span, label: "assignment is not allowed here",
        help: "use `==` to compare two values")
    case .invalidAssignmentTarget(let span):
      return Diagnostic(
        "cannot assign to this expression", at: span, label: "not a name",
        help: "bind a name, as in `price = $118.42/share`")
    case .invalidConversionTarget(let span):
      return Diagnostic(
        "expected a unit, a scale or `%` after `in`", at: span, label: "not a conversion target",
        help: "try `x in %`, `x in B`, `x in full` or `x in USD/share`")
    case .nestedTooDeeply(let limit, let span):
      return Diagnostic("expression nested more than \(limit) levels deep", at: span, label: "too deep here")
    }
  }
}

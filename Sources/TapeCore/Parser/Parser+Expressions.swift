extension Parser {
  /// An expression that must be there: newlines before it are skipped, because the statement
  /// cannot end yet (after an operator, `then`, `=`, ...).
  mutating func operand() throws(ParseError) -> Expr {
    skipNewlines()
    return try expression()
  }

  mutating func expression() throws(ParseError) -> Expr {
    expressionDepth += 1
    defer { expressionDepth -= 1 }
    guard expressionDepth <= Parser.maximumDepth else {
      throw ParseError.nestedTooDeeply(limit: Parser.maximumDepth, at: currentSpan)
    }
    let value = try choice()
    guard let inToken = match(.in) else { return value }
    var target = try conversionTarget(after: inToken)
    // `€100 in USD at 2025-01-27`: `at` is a word only here, so `at(s, d)` stays a function.
    if case .identifier("at") = current.kind {
      _ = advance()
      let date = try operandAfterOperator { (parser) throws(ParseError) in try parser.choice() }
      target.date = date
    }
    return Expr(.conversion(value, target), value.span.through(target.date?.span ?? target.span))
  }

  mutating func choice() throws(ParseError) -> Expr {
    guard let ifToken = match(.if) else { return try or() }
    // The parts are choices, not expressions: an `in` after the `else` branch applies to the
    // whole `if`, as `in` binds loosest of all.
    let condition = try operandAfterOperator { (parser) throws(ParseError) in try parser.choice() }
    skipNewlines()
    _ = try expect(.then)
    let whenTrue = try operandAfterOperator { (parser) throws(ParseError) in try parser.choice() }
    skipNewlines()
    _ = try expect(.else)
    let whenFalse = try operandAfterOperator { (parser) throws(ParseError) in try parser.choice() }
    return Expr(.ifThenElse(condition: condition, then: whenTrue, else: whenFalse), ifToken.span.through(whenFalse.span))
  }

  /// Everything from `or` down to an operand, as a Pratt parser (clox's `parsePrecedence`):
  /// `Parser.rule(for:)` says how each token starts an operand, what it does after one and how
  /// tightly; this loop only follows the table.
  mutating func or() throws(ParseError) -> Expr { try parsePrecedence(.or) }

  /// An operand and every operator after it that binds at least as tightly as `minimum`. It
  /// accepts the grammar above and no more, and fails where the grammar's descent fails:
  /// - a comparison takes sums, so it may only follow an operand of sum precedence or tighter,
  ///   and a second one in a row is left to the caller (which reports it);
  /// - `not` may start only where `and`'s operands start, and its operand is a comparison;
  /// - an `=` after a sum inside an expression is an assignment out of place, reported at the
  ///   depth the descent reported it.
  mutating func parsePrecedence(_ minimum: Precedence) throws(ParseError) -> Expr {
    var left: Expr
    // The precedence of what made `left`: a comparison may only extend a sum or tighter.
    var leftPrecedence: Precedence
    switch Parser.rule(for: currentShape).prefix {
    case .not where minimum <= .not:
      let token = advance()
      let operand = try operandAfterOperator { (parser) throws(ParseError) in try parser.parsePrecedence(.not) }
      left = Expr(.unary(.not, operand, operatorSpan: token.span), token.span.through(operand.span))
      leftPrecedence = .not
    case .sign(let op) where minimum <= .unary:
      let token = advance()
      let operand = try operandAfterOperator { (parser) throws(ParseError) in try parser.parsePrecedence(.unary) }
      left = Expr(.unary(op, operand, operatorSpan: token.span), token.span.through(operand.span))
      leftPrecedence = .unary
    case .not, .sign, .operand:
      left = try postfix()
      leftPrecedence = .operand
    }
    while true {
      let shape = currentShape
      let rule = Parser.rule(for: shape)
      guard let infix = rule.infix, rule.precedence >= minimum else {
        // Where the descent's comparison level ended without an operator, an `=` inside an
        // expression is reported.
        if shape == .symbol(.equal), minimum <= .comparison, leftPrecedence >= .sum, expressionDepth > 1 || bracketDepth > 0 {
          throw ParseError.assignmentInExpression(at: currentSpan)
        }
        return left
      }
      if rule.precedence == .comparison && leftPrecedence < .sum { return left }
      switch infix {
      case .binary(let op):
        let token = advance()
        let right = try operandAfterOperator { (parser) throws(ParseError) in
          try parser.parsePrecedence(rule.precedence.next)
        }
        left = Expr(.binary(op, left, right, operatorSpan: token.span), left.span.through(right.span))
      case .unit:
        // `24.68B shares`, `2.788M GPU hour`: a value followed directly by unit names.
        let unit = try unitFactor()
        left = Expr(.withUnit(left, unit: unit), left.span.through(unit.span))
      case .power:
        let token = advance()
        let exponent = try operandAfterOperator { (parser) throws(ParseError) in try parser.exponent() }
        left = Expr(.binary(.power, left, exponent, operatorSpan: token.span), left.span.through(exponent.span))
      }
      leftPrecedence = rule.precedence
    }
  }

  /// The right side of `^`: a signed power, so `10^9 shares` is `(10^9) shares` and `2^-1` works.
  mutating func exponent() throws(ParseError) -> Expr {
    let op: UnaryOperator
    if check(.minus) { op = .negate } else if check(.plus) { op = .plus } else { return try parsePrecedence(.power) }
    let token = advance()
    let operand = try operandAfterOperator { (parser) throws(ParseError) in try parser.exponent() }
    return Expr(.unary(op, operand, operatorSpan: token.span), token.span.through(operand.span))
  }

  mutating func postfix() throws(ParseError) -> Expr {
    var value = try primary()
    // One look at the next token per round, not one per kind of suffix.
    while true {
      switch currentShape {
      case .symbol(.leftParen), .symbol(.dot), .symbol(.leftBracket), .symbol(.percent): break
      default: return value
      }
      if let open = match(.leftParen) {
        let arguments = try commaSeparated(closing: .rightParen, opening: open) { (parser) throws(ParseError) in
          try parser.expression()
        }
        value = Expr(.call(value, arguments: arguments.items), value.span.through(arguments.end))
      } else if match(.dot) != nil {
        let (name, nameSpan) = try fieldName()
        value = Expr(.field(value, name: name, nameSpan: nameSpan), value.span.through(nameSpan))
      } else if let open = match(.leftBracket) {
        bracketDepth += 1
        // `s[a..b]`, `s[a..]`, `s[..b]`: a range with either end left open, or one index.
        let index: Expr? = check(.dotDot) ? nil : try expression()
        let isRange = match(.dotDot) != nil
        let end: Expr? = isRange && !check(.rightBracket) ? try expression() : nil
        guard let close = match(.rightBracket) else {
          throw ParseError.unclosed(.leftBracket, opening: open.span, found: current.kind, at: currentSpan)
        }
        bracketDepth -= 1
        if isRange {
          value = Expr(.slice(value, from: index, through: end), value.span.through(close.span))
        } else if let index {
          value = Expr(.index(value, index), value.span.through(close.span))
        }
      } else if let percent = match(.percent) {
        throw ParseError.percentNeedsNumber(at: percent.span)
      } else {
        return value
      }
    }
  }

  mutating func primary() throws(ParseError) -> Expr {
    if bracketDepth > 0 { skipNewlines() }
    // The two commonest operands by their shape, reading only the payload each needs: matching
    // the whole token's kind copies it (and its payloads) out first.
    switch tokens[position].shape {
    case .number:
      return Expr(.number(tokens[position].numberValue), advance().span)
    case .identifier where tokens[position + 1].shape != .symbol(.fatArrow):
      return Expr(.name(tokens[position].identifierName), advance().span)
    default:
      break
    }
    switch tokens[position].kind {
    case .number(let value): return Expr(.number(value), advance().span)
    case .percent(let value): return Expr(.percent(value), advance().span)
    case .money(let currency, let amount): return Expr(.money(amount, currency: currency), advance().span)
    case .date(let date): return Expr(.date(date), advance().span)
    case .string(let text): return Expr(.string(text), advance().span)
    case .keyword(.true): return Expr(.bool(true), advance().span)
    case .keyword(.false): return Expr(.bool(false), advance().span)
    case .identifier(let name):
      if tokens[position + 1].shape == .symbol(.fatArrow) {
        let parameter = Stmt.Parameter(name: name, span: advance().span)
        return try lambdaBody(parameters: [parameter], start: parameter.span)
      }
      return Expr(.name(name), advance().span)
    case .symbol(.leftParen) where isLambdaParameterList():
      let open = advance()
      var parameters: [Stmt.Parameter] = []
      while case .identifier(let name) = tokens[position].kind {
        parameters.append(Stmt.Parameter(name: name, span: advance().span))
        if match(.comma) == nil { break }
      }
      _ = try expect(.rightParen, "`)`")
      return try lambdaBody(parameters: parameters, start: open.span)
    case .symbol(.leftParen):
      let open = advance()
      bracketDepth += 1
      let inner = try expression()
      guard let close = match(.rightParen) else {
        throw ParseError.unclosed(.leftParen, opening: open.span, found: current.kind, at: currentSpan)
      }
      bracketDepth -= 1
      return Expr(inner.kind, open.span.through(close.span))
    case .symbol(.leftBracket):
      let open = advance()
      let items = try commaSeparated(closing: .rightBracket, opening: open) { (parser) throws(ParseError) in
        try parser.expression()
      }
      return Expr(.list(items.items), open.span.through(items.end))
    case .symbol(.leftBrace):
      let open = advance()
      let fields = try commaSeparated(closing: .rightBrace, opening: open) { (parser) throws(ParseError) in
        let (name, nameSpan) = try parser.identifier("a field name")
        _ = try parser.expect(.colon, "`:` after the field name")
        let value = try parser.expression()
        return RecordField(name: name, nameSpan: nameSpan, value: value)
      }
      return Expr(.record(fields.items), open.span.through(fields.end))
    case .invalid(let error):
      throw ParseError.invalidToken(error)
    default:
      throw ParseError.expectedExpression(found: tokens[position].kind, at: tokens[position].span)
    }
  }

  /// `(a, b) =>` ahead: names and commas, a `)`, then `=>`.
  func isLambdaParameterList() -> Bool {
    var index = position + 1
    while true {
      switch tokens[index].kind {
      case .identifier, .symbol(.comma): index += 1
      case .symbol(.rightParen):
        if case .symbol(.fatArrow) = tokens[index + 1].kind { return true }
        return false
      default: return false
      }
    }
  }

  mutating func lambdaBody(parameters: [Stmt.Parameter], start: Span) throws(ParseError) -> Expr {
    _ = try expect(.fatArrow, "`=>`")
    let body = try operandAfterOperator { (parser) throws(ParseError) in try parser.choice() }
    return Expr(.lambda(parameters: parameters, body: body), start.through(body.span))
  }

  /// Items separated by commas up to the closing symbol; a trailing comma is allowed.
  mutating func commaSeparated<Item>(
    closing: Symbol, opening: ConsumedToken, _ item: (inout Parser) throws(ParseError) -> Item
  ) throws(ParseError) -> (items: [Item], end: Span) {
    bracketDepth += 1
    var items: [Item] = []
    while !check(closing) {
      items.append(try item(&self))
      if match(.comma) == nil { break }
    }
    guard let close = match(closing) else {
      if case .invalid(let error) = current.kind { throw ParseError.invalidToken(error) }
      guard case .symbol(let symbol) = opening.shape else { throw failure(expected: "`\(closing.rawValue)`") }
      throw ParseError.unclosed(symbol, opening: opening.span, found: current.kind, at: currentSpan)
    }
    bracketDepth -= 1
    return (items, close.span)
  }

  /// The right operand of an operator; the statement cannot end here, so newlines are skipped.
  mutating func operandAfterOperator(_ parse: (inout Parser) throws(ParseError) -> Expr) throws(ParseError) -> Expr {
    skipNewlines()
    expressionDepth += 1
    defer { expressionDepth -= 1 }
    guard expressionDepth <= Parser.maximumDepth else {
      throw ParseError.nestedTooDeeply(limit: Parser.maximumDepth, at: currentSpan)
    }
    return try parse(&self)
  }

  /// `shares`, `hour^2`: one factor of a unit written after a number.
  mutating func unitFactor() throws(ParseError) -> Expr {
    var (name, span) = try identifier("a unit name")
    // `3 trading days`: the one unit whose name is two words.
    if name == "trading", case .identifier(let second) = current.kind, second == "day" || second == "days" {
      span = span.through(advance().span)
      name = "trading \(second)"
    }
    let unit = Expr(.name(name), span)
    guard let caret = match(.caret) else { return unit }
    let exponent = try integerExponent()
    return Expr(.binary(.power, unit, exponent, operatorSpan: caret.span), span.through(exponent.span))
  }

  mutating func integerExponent() throws(ParseError) -> Expr {
    let minus = match(.minus)
    guard case .number(let value) = current.kind else { throw failure(expected: "a whole-number exponent") }
    let token = advance()
    let number = Expr(.number(value), token.span)
    guard let minus else { return number }
    return Expr(.unary(.negate, number, operatorSpan: minus.span), minus.span.through(token.span))
  }

  /// After `in`: `%`, or a unit expression such as `USD/share`, `B`, `full`, `days`.
  mutating func conversionTarget(after inToken: ConsumedToken) throws(ParseError) -> ConversionTarget {
    if let percent = match(.percent) { return ConversionTarget(kind: .percent, span: percent.span) }
    switch current.kind {
    case .identifier, .symbol(.leftParen), .number(1):
      let unit = try unitExpression()
      return ConversionTarget(kind: .unit(unit), span: unit.span)
    case .invalid(let error):
      throw ParseError.invalidToken(error)
    case .newline, .endOfInput, .symbol(.semicolon):
      throw ParseError.invalidConversionTarget(at: inToken.span)
    default:
      throw ParseError.invalidConversionTarget(at: currentSpan)
    }
  }

  mutating func unitExpression() throws(ParseError) -> Expr {
    var left = try unitOperand()
    while true {
      let op: BinaryOperator
      if check(.star) { op = .multiply } else if check(.slash) { op = .divide } else { return left }
      let token = advance()
      let right = try unitOperand()
      left = Expr(.binary(op, left, right, operatorSpan: token.span), left.span.through(right.span))
    }
  }

  mutating func unitOperand() throws(ParseError) -> Expr {
    if let open = match(.leftParen) {
      expressionDepth += 1
      defer { expressionDepth -= 1 }
      guard expressionDepth <= Parser.maximumDepth else {
        throw ParseError.nestedTooDeeply(limit: Parser.maximumDepth, at: open.span)
      }
      bracketDepth += 1
      let inner = try unitExpression()
      guard let close = match(.rightParen) else {
        throw ParseError.unclosed(.leftParen, opening: open.span, found: current.kind, at: currentSpan)
      }
      bracketDepth -= 1
      return Expr(inner.kind, open.span.through(close.span))
    }
    if case .number(1) = current.kind { return Expr(.number(1), advance().span) }
    if case .identifier = current.kind { return try unitFactor() }
    if case .invalid(let error) = current.kind { throw ParseError.invalidToken(error) }
    throw ParseError.invalidConversionTarget(at: currentSpan)
  }
}

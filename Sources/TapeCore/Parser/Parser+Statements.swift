extension Parser {
  mutating func statement() throws(ParseError) -> Stmt {
    let start = currentSpan
    if match(.fn) != nil { return try functionDeclaration(start: start) }
    if match(.unit) != nil { return try unitDeclaration(start: start) }
    if match(.why) != nil {
      let subject = try operand()
      return Stmt(kind: .why(subject), span: start.through(subject.span))
    }
    if match(.sources) != nil { return Stmt(kind: .sources, span: start) }
    if match(.datasets) != nil { return Stmt(kind: .datasets, span: start) }
    if currentShape == .identifier, tokens[position + 1].shape == .symbol(.equal), case .identifier(let name) = current.kind {
      let nameSpan = advance().span
      _ = advance()
      let value = try operand()
      return Stmt(kind: .binding(name: name, nameSpan: nameSpan, value: value), span: start.through(value.span))
    }
    let expression = try expression()
    return Stmt(kind: .expression(expression), span: expression.span)
  }

  mutating func functionDeclaration(start: Span) throws(ParseError) -> Stmt {
    let (name, nameSpan) = try identifier("a function name")
    let open = try expect(.leftParen, "`(` and the parameter names")
    bracketDepth += 1
    var parameters: [Stmt.Parameter] = []
    while !check(.rightParen) {
      let (parameter, span) = try identifier("a parameter name")
      let type = match(.colon) == nil ? nil : try typeAnnotation()
      parameters.append(.init(name: parameter, span: span, type: type))
      if match(.comma) == nil { break }
    }
    guard match(.rightParen) != nil else {
      throw ParseError.unclosed(.leftParen, opening: open.span, found: current.kind, at: currentSpan)
    }
    bracketDepth -= 1
    let returns = match(.arrow) == nil ? nil : try typeAnnotation()
    _ = try expect(.equal, "`=` and the function body")
    let body = try operand()
    return Stmt(
      kind: .function(name: name, nameSpan: nameSpan, parameters: parameters, returns: returns, body: body),
      span: start.through(body.span))
  }

  /// After a parameter's `:` or after `->`: `money`, `USD/share`, `old`, `series | list`.
  mutating func typeAnnotation() throws(ParseError) -> TypeAnnotation {
    var alternatives: [Expr] = []
    repeat {
      skipNewlines()  // After `:`, `->` or `|` the statement cannot end.
      switch current.kind {
      case .identifier, .symbol(.leftParen): alternatives.append(try unitExpression())
      default: throw failure(expected: "a type, such as `money`, `percent` or `USD/share`")
      }
    } while match(.bar) != nil
    let span = alternatives[0].span.through(alternatives[alternatives.count - 1].span)
    return TypeAnnotation(alternatives: alternatives, span: span)
  }

  mutating func unitDeclaration(start: Span) throws(ParseError) -> Stmt {
    let (name, nameSpan) = try identifier("a unit name")
    var definition: Expr? = nil
    if match(.equal) != nil { definition = try operand() }
    return Stmt(
      kind: .unit(name: name, nameSpan: nameSpan, definition: definition),
      span: start.through(definition?.span ?? nameSpan))
  }
}

import Testing

@testable import TapeCore

/// Every statement of `text`, parsed.
private func parsed(_ text: String) -> [Result<Stmt, ParseError>] {
  var parser = Parser(SourceFile(id: SourceID(0), name: "<test>", text: text))
  var results: [Result<Stmt, ParseError>] = []
  while let next = parser.nextStatement() { results.append(next) }
  return results
}

/// Each statement of `text` as an S-expression, or `error: message` where it does not parse.
private func trees(_ text: String) -> [String] {
  parsed(text).map { result in
    switch result {
    case .success(let statement): statement.sexpr
    case .failure(let error): "error: \(error.diagnostic.message)"
    }
  }
}

/// The single statement of `text` as an S-expression.
private func tree(_ text: String) -> String {
  let all = trees(text)
  #expect(all.count == 1, "\(text) parsed to \(all)")
  return all.first ?? "(nothing)"
}

/// The error of a text that holds one broken statement.
private func parseError(_ text: String) -> ParseError? {
  let all = parsed(text)
  #expect(all.count == 1, "\(text) parsed to \(all.count) statements")
  guard case .failure(let error)? = all.first else { return nil }
  return error
}

private func span(_ start: Int, _ end: Int) -> Span { Span(source: SourceID(0), start: start, end: end) }

@Suite struct ParserTests {
  // MARK: Precedence and associativity

  @Test(arguments: [
    ("1 + 2 * 3", "(+ 1 (* 2 3))"),
    ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
    ("1 - 2 - 3", "(- (- 1 2) 3)"),
    ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
    ("2 * 3 / 4", "(/ (* 2 3) 4)"),
    ("2^3^2", "(^ 2 (^ 3 2))"),
    ("-2^2", "(neg (^ 2 2))"),
    ("2^-1", "(^ 2 (neg 1))"),
    ("-x * y", "(* (neg x) y)"),
    ("+5", "(+ 5)"),
    ("--5", "(neg (neg 5))"),
    ("a < b + 1", "(< a (+ b 1))"),
    ("a + 1 >= b * 2", "(>= (+ a 1) (* b 2))"),
    ("not a and b", "(and (not a) b)"),
    ("not x == y", "(not (== x y))"),
    ("a or b and c", "(or a (and b c))"),
    ("a and b or c", "(or (and a b) c)"),
    ("a or b or c", "(or (or a b) c)"),
  ])
  func operatorsBindAsTheGrammarSays(source: String, expected: String) {
    #expect(tree(source) == expected)
  }

  @Test func inAppliesToEverythingOnItsLeft() {
    #expect(tree("(new - old) / old in %") == "(in (/ (- new old) old) %)")
    #expect(tree("a + b in B") == "(in (+ a b) B)")
    #expect(tree("a == b in %") == "(in (== a b) %)")
  }

  // MARK: Quantities

  @Test(arguments: [
    ("24.68B shares", "(unit 24680000000 shares)"),
    ("$118.42/share", "(/ (money 118.42 USD) share)"),
    ("2.788M GPU hour", "(unit (unit 2788000 GPU) hour)"),
    ("2 share^2", "(unit 2 (^ share 2))"),
    ("5 hour^-1", "(unit 5 (^ hour (neg 1)))"),
    ("(2 + 3) days", "(unit (+ 2 3) days)"),
    ("x days", "(unit x days)"),
    ("2 * 3 shares", "(* 2 (unit 3 shares))"),
    ("-3 shares", "(neg (unit 3 shares))"),
    ("10^9 shares", "(unit (^ 10 9) shares)"),
    ("-2^2 shares", "(neg (unit (^ 2 2) shares))"),
    ("2^3^2 days / 4", "(/ (unit (^ 2 (^ 3 2)) days) 4)"),
    ("5M CNY", "(unit 5000000 CNY)"),
    ("2025-01-27 + 7 days", "(+ 2025-01-27 (unit 7 days))"),
  ])
  func aValueFollowedByNamesIsAQuantity(source: String, expected: String) {
    #expect(tree(source) == expected)
  }

  // MARK: Literals and postfix forms

  @Test(arguments: [
    ("17%", "17%"),
    ("$142.62", "(money 142.62 USD)"),
    ("€12M", "(money 12000000 EUR)"),
    ("2025-01-27", "2025-01-27"),
    ("\"fell\"", "\"fell\""),
    ("true != false", "(!= true false)"),
    ("f()", "(call f)"),
    ("f(1, 2)", "(call f 1 2)"),
    ("f(1, 2,)", "(call f 1 2)"),
    ("f(1, 2).a[0]", "(index (. (call f 1 2) a) 0)"),
    ("r.a.b", "(. (. r a) b)"),
    ("xs[-1]", "(index xs (neg 1))"),
    ("f(x)(y)", "(call (call f x) y)"),
    ("[]", "[]"),
    ("[1, 2, 3,]", "[1 2 3]"),
    ("[1, [2, 3]]", "[1 [2 3]]"),
    ("{}", "{}"),
    ("{price: $1, shares: 2,}", "{price: (money 1 USD), shares: 2}"),
    ("[0.5 in %]", "[(in 0.5 %)]"),
    // A number or name is read as a leaf only when nothing after it extends it; inside brackets
    // what follows a line break still can.
    ("(f\n(2))", "(call f 2)"),
    ("[xs\n[0]]", "[(index xs 0)]"),
    ("(r\n.a)", "(. r a)"),
    ("(2\nshares)", "(unit 2 shares)"),
    ("x ^ 2 + y", "(+ (^ x 2) y)"),
  ])
  func literalsCallsFieldsAndIndexes(source: String, expected: String) {
    #expect(tree(source) == expected)
  }

  @Test func ifThenElseIsAnExpression() {
    #expect(tree("if a > b then a else b") == "(if (> a b) a b)")
    #expect(tree("if a then 1 else if b then 2 else 3") == "(if a 1 (if b 2 3))")
    #expect(tree("1 + (if a then 2 else 3)") == "(+ 1 (if a 2 3))")
  }

  // MARK: Conversion targets

  @Test(arguments: [
    ("x in %", "(in x %)"),
    ("x in percent", "(in x percent)"),
    ("x in full", "(in x full)"),
    ("x in B", "(in x B)"),
    ("x in days", "(in x days)"),
    ("x in USD/share", "(in x (/ USD share))"),
    ("x in $/share", "(in x (/ USD share))"),
    ("x in USD/(GPU*hour)", "(in x (/ USD (* GPU hour)))"),
    ("x in share^2", "(in x (^ share 2))"),
  ])
  func conversionTargets(source: String, expected: String) {
    #expect(tree(source) == expected)
  }

  // MARK: Statements

  @Test(arguments: [
    ("price = $118.42/share", "(= price (/ (money 118.42 USD) share))"),
    ("x =\n  5", "(= x 5)"),
    ("x == 1", "(== x 1)"),
    ("fn pe(price, eps) = price / eps", "(fn pe (price eps) (/ price eps))"),
    ("fn one() = 1", "(fn one () 1)"),
    ("fn id(x,) = x", "(fn id (x) x)"),
    ("unit GPU", "(unit-decl GPU)"),
    ("unit month = 30 days", "(unit-decl month (unit 30 days))"),
  ])
  func statementForms(source: String, expected: String) {
    #expect(tree(source) == expected)
  }

  @Test func semicolonsAndNewlinesSeparateStatements() {
    #expect(trees("1; 2\n3") == ["1", "2", "3"])
    #expect(trees(";;\n\n1;;\n") == ["1"])
    #expect(trees("x = 2; y = 3; x * y") == ["(= x 2)", "(= y 3)", "(* x y)"])
  }

  @Test func emptyOrBlankTextHasNoStatements() {
    #expect(trees("").isEmpty)
    #expect(trees("\n\n  # just a comment\n").isEmpty)
  }

  @Test func statementContinuesInsideBracketsAndAfterAnOperator() {
    #expect(tree("(1 +\n 2)") == "(+ 1 2)")
    #expect(tree("1 +\n2") == "(+ 1 2)")
    #expect(tree("[1,\n2,\n]") == "[1 2]")
    #expect(tree("f(\n1,\n2\n)") == "(call f 1 2)")
    #expect(tree("if a\nthen b\nelse c") == "(if a b c)")
    #expect(tree("1 \\\n+ 2") == "(+ 1 2)")
  }

  @Test func lineEndingAfterACompleteExpressionEndsTheStatement() {
    #expect(trees("1\n+ 2") == ["1", "(+ 2)"])
  }

  // MARK: Spans

  @Test func nodesSpanTheirWholeText() throws {
    let statement = try #require(try parsed("  (1 + 2) * 3  ").first?.get())
    #expect(statement.span == span(2, 13))
    guard case .expression(let expr) = statement.kind,
      case .binary(.multiply, let left, _, let operatorSpan) = expr.kind
    else {
      Issue.record("not a product: \(statement.sexpr)")
      return
    }
    // A parenthesized expression includes its parentheses.
    #expect(left.span == span(2, 9))
    #expect(operatorSpan == span(10, 11))
  }

  @Test func bindingSpansFromNameToValue() throws {
    let statement = try #require(try parsed("price = $118.42/share").first?.get())
    #expect(statement.span == span(0, 21))
    guard case .binding(_, let nameSpan, _) = statement.kind else {
      Issue.record("not a binding")
      return
    }
    #expect(nameSpan == span(0, 5))
  }

  @Test func conversionSpansValueAndTarget() throws {
    let statement = try #require(try parsed("x in USD/share").first?.get())
    guard case .expression(let expr) = statement.kind, case .conversion(_, let target) = expr.kind else {
      Issue.record("not a conversion")
      return
    }
    #expect(expr.span == span(0, 14))
    #expect(target.span == span(5, 14))
  }

  @Test func conversionAtADateKeepsTheDateAndSpansIt() throws {
    let statement = try #require(try parsed("x in USD at d + 1 day").first?.get())
    guard case .expression(let expr) = statement.kind, case .conversion(_, let target) = expr.kind else {
      Issue.record("not a conversion")
      return
    }
    #expect(target.span == span(5, 8))
    #expect(target.date?.span == span(12, 21))
    #expect(expr.span == span(0, 21))
    // Anywhere else `at` is a name: the built-in function `at(s, d)`.
    #expect(tree("at(s, d)") == "(call at s d)")
    #expect(parseError("x in USD at") != nil)
  }

  // MARK: Errors

  @Test func missingOperandIsReportedWhereItShouldBe() {
    #expect(parseError("1 +") == .expectedExpression(found: .endOfInput, at: span(3, 3)))
    #expect(parseError("1 + * 2") == .expectedExpression(found: .symbol(.star), at: span(4, 5)))
    #expect(parseError("x = ") == .expectedExpression(found: .endOfInput, at: span(4, 4)))
  }

  @Test func incompleteExpressionGetsAHelpLine() {
    #expect(parseError("1 +")?.diagnostic.help == "the expression is incomplete; add what comes after the operator")
    #expect(parseError("1 + * 2")?.diagnostic.help == nil)
  }

  @Test(arguments: [
    ("(1 + 2", Symbol.leftParen, 0, 6),
    ("[1, 2", Symbol.leftBracket, 0, 5),
    ("{a: 1", Symbol.leftBrace, 0, 5),
    ("f(1, 2", Symbol.leftParen, 1, 6),
    ("xs[0", Symbol.leftBracket, 2, 4),
    ("fn f(x = 1", Symbol.leftParen, 4, 7),
  ])
  func unclosedBracketPointsAtTheEndAndAtTheOpening(source: String, symbol: Symbol, opening: Int, at: Int) {
    guard case .unclosed(let found, let openingSpan, _, let span)? = parseError(source) else {
      Issue.record("\(source) is not reported as unclosed")
      return
    }
    #expect(found == symbol)
    #expect(openingSpan.start == opening)
    #expect(span.start == at)
  }

  @Test func unclosedBracketDiagnosticLabelsTheOpening() {
    let diagnostic = parseError("(1 + 2")?.diagnostic
    #expect(diagnostic?.message == "expected `)`, found end of input")
    #expect(diagnostic?.secondary == [Diagnostic.Label(span(0, 1), "opened here")])
    #expect(diagnostic?.notes == ["the `(` opened here is never closed"])
  }

  @Test func juxtaposedNumbersAreNotAStatement() {
    #expect(parseError("1 2") == .unexpectedAfterStatement(found: .number(2), at: span(2, 3)))
    #expect(parseError("10 > 5 > 1") == .unexpectedAfterStatement(found: .symbol(.greater), at: span(7, 8)))
  }

  @Test(arguments: [("5%%", 2), ("x%", 1), ("(5)%", 3), ("f(1)%", 4)])
  func percentSignOnlyFollowsANumberLiteral(source: String, at: Int) {
    #expect(parseError(source) == .percentNeedsNumber(at: span(at, at + 1)))
  }

  @Test func assignmentInsideAnExpressionIsRejectedAtTheEqualsSign() {
    #expect(parseError("(x = 3)") == .assignmentInExpression(at: span(3, 4)))
    #expect(parseError("[x = 3]") == .assignmentInExpression(at: span(3, 4)))
  }

  // The operators are parsed in one loop driven by the precedence table (`Parser.rule(for:)`);
  // these are the places where such a loop could accept more than the grammar, or fail
  // elsewhere than the grammar's descent did.
  @Test(arguments: [
    ("a < b < c", 6), ("a and b < c < d", 12), ("not a < b < c", 10), ("a < b and c < d < e", 16),
  ])
  func aSecondComparisonInARowIsNotAccepted(source: String, at: Int) {
    #expect(parseError(source) == .unexpectedAfterStatement(found: .symbol(.less), at: span(at, at + 1)))
  }

  @Test(arguments: [
    ("x * y = 3", ParseError.invalidAssignmentTarget(at: span(0, 5))),
    ("not a = 3", .assignmentInExpression(at: span(6, 7))),
    ("a and b = 3", .assignmentInExpression(at: span(8, 9))),
    ("a or not b = 3", .assignmentInExpression(at: span(11, 12))),
    ("(a * b = 3)", .assignmentInExpression(at: span(7, 8))),
    ("a == not b", .expectedExpression(found: .keyword(.not), at: span(5, 8))),
    ("1 + not b", .expectedExpression(found: .keyword(.not), at: span(4, 7))),
  ])
  func operatorsOutOfPlaceFailWhereTheGrammarSays(source: String, error: ParseError) {
    #expect(parseError(source) == error)
  }

  @Test(arguments: [
    ("not not a", "(not (not a))"),
    ("a == b and not c or d", "(or (and (== a b) (not c)) d)"),
    ("a * b + c / d - e", "(- (+ (* a b) (/ c d)) e)"),
    ("(a < b) == c", "(== (< a b) c)"),
  ])
  func mixedLevelsNest(source: String, expected: String) {
    #expect(trees(source).first == expected)
  }

  @Test func assignmentToSomethingOtherThanANameCoversTheTarget() {
    #expect(parseError("3 = 4") == .invalidAssignmentTarget(at: span(0, 1)))
    #expect(parseError("f(x) = 3") == .invalidAssignmentTarget(at: span(0, 4)))
    #expect(parseError("a + b = 3") == .invalidAssignmentTarget(at: span(0, 5)))
  }

  @Test func missingConversionTarget() {
    #expect(parseError("1 in") == .invalidConversionTarget(at: span(2, 4)))
    guard case .failure(let error)? = parsed("1 in; 2").first else {
      Issue.record("`1 in;` parsed")
      return
    }
    #expect(error == .invalidConversionTarget(at: span(2, 4)))
    #expect(parseError("1 in 5") == .invalidConversionTarget(at: span(5, 6)))
    #expect(parseError("1 in \"x\"") == .invalidConversionTarget(at: span(5, 8)))
  }

  @Test(arguments: [
    ("a.b.", "expected a field name after `.`, found end of input"),
    ("a.(b)", "expected a field name after `.`, found `(`"),
    ("fn (x) = 1", "expected a function name, found `(`"),
    ("fn f x = 1", "expected `(` and the parameter names, found `x`"),
    ("fn f(x) x", "expected `=` and the function body, found `x`"),
    ("fn f(1) = 1", "expected a parameter name, found a number"),
    ("unit 5", "expected a unit name, found a number"),
    ("unit", "expected a unit name, found end of input"),
    ("if a 1 else 2", "expected `then`, found a number"),
    ("if a then 1", "expected `else`, found end of input"),
    ("{a 1}", "expected `:` after the field name, found a number"),
    ("{1: 2}", "expected a field name, found a number"),
    ("5 share^x", "expected a whole-number exponent, found `x`"),
  ])
  func expectedTokenMessagesSayWhatWasExpectedAndFound(source: String, message: String) {
    #expect(parseError(source)?.diagnostic.message == message)
  }

  @Test func lexerErrorInsideAStatementIsTheStatementsError() {
    guard case .invalidToken(.unexpectedCharacter("×", let at))? = parseError("1 + 3 × 4") else {
      Issue.record("the `×` was not reported")
      return
    }
    #expect(at == span(6, 8))
  }

  @Test func lexerErrorAfterACompleteExpressionIsStillTheLexerError() {
    guard case .invalidToken(.unexpectedCharacter("@", _))? = parseError("3 @") else {
      Issue.record("the `@` was not reported as an unexpected character")
      return
    }
  }

  // MARK: Recovery

  @Test func aBrokenStatementCostsOnlyItself() {
    #expect(
      trees("1 + *\n2 * 3\n(4")
        == ["error: expected an expression, found `*`", "(* 2 3)", "error: expected `)`, found end of input"])
  }

  @Test func recoveryResumesAfterTheSemicolon() {
    let all = trees("1 + ; 2; 3 3; 4")
    #expect(all.count == 4)
    #expect(all[0].hasPrefix("error: "))
    #expect(all[1] == "2")
    #expect(all[2].hasPrefix("error: "))
    #expect(all[3] == "4")
  }

  @Test func atMostOneErrorPerStatement() {
    let all = trees("1 + ) + ( ] × 2")
    #expect(all.count == 1)
    #expect(all.first?.hasPrefix("error: ") == true)
  }

  // MARK: Depth

  @Test func deepButReasonableNestingParses() {
    let depth = 100
    let source = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
    #expect(onLargeStack { tree(source) } == "1")
  }

  @Test func absurdNestingIsAnErrorNotACrash() {
    let depth = 2_000
    let source = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
    let error = onLargeStack { parseError(source) }
    guard case .nestedTooDeeply(let limit, _)? = error else {
      Issue.record("expected nestedTooDeeply, got \(String(describing: error))")
      return
    }
    #expect(limit == Parser.maximumDepth)
  }

  @Test func longFlatExpressionIsNotTooDeep() {
    let source = Array(repeating: "1", count: 5_000).joined(separator: " + ")
    let statements = onLargeStack { parsed(source) }
    #expect(statements.count == 1)
    #expect((try? statements.first?.get()) != nil)
  }
}

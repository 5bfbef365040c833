import Testing

@testable import TapeCore

/// `fn f(x: USD, y: x) -> percent`: parameter and result types, parsed, resolved when the
/// function is defined and checked at each call.
@Suite struct TypedParameterTests {
  /// Each statement of `text` as an S-expression.
  static func tree(_ text: String) -> String {
    var parser = Parser(SourceFile(id: SourceID(0), name: "<test>", text: text))
    guard case .success(let statement)? = parser.nextStatement() else { return "(error)" }
    return statement.sexpr
  }

  /// A definition reads back (its echo, and the function's value shown) with what it declares.
  @Test func aDefinitionReadsBackWithItsTypes() {
    #expect(outcomes("fn pe(price: USD/share, eps: USD/share) = price / eps") == ["fn pe(price: USD/share, eps: USD/share)"])
    #expect(
      outcomes("fn cagr(start: money, end: start, years: duration) -> percent = (end / start)^(1 / (years / 1 year)) - 1; cagr")
        == [
          "fn cagr(start: money, end: same dimension as start, years: duration) -> percent",
          "fn cagr(start: money, end: same dimension as start, years: duration) -> percent",
        ])
    #expect(outcomes("fn f(a, b) = a; f") == ["fn f(a, b)", "fn f(a, b)"])
  }

  @Test func annotationsParse() {
    #expect(Self.tree("fn pe(price: USD/share, eps: price) -> number = price / eps")
      == "(fn pe (price:(/ USD share) eps:price) -> number (/ price eps))")
    #expect(Self.tree("fn f(x: USD | shares, y) = x") == "(fn f (x:USD|shares y) x)")
    #expect(Self.tree("fn f(x) = x") == "(fn f (x) x)")
  }

  @Test func aMissingTypeAfterTheColonIsAnErrorThere() {
    assertDiagnostic(
      "fn f(x: 1️⃣) = x", message: "expected a type, such as `money`, `percent` or `USD/share`, found `)`")
    assertDiagnostic(
      "fn f(x) -> 1️⃣= x", message: "expected a type, such as `money`, `percent` or `USD/share`, found `=`")
  }

  @Test func anUnknownUnitIsAnErrorAtTheAnnotationWithASuggestion() {
    assertDiagnostic("fn f(x: USD/1️⃣shar2️⃣) = x", message: "unknown unit `shar`", endsAt: "2️⃣", help: "did you mean `share`?")
    assertDiagnostic("fn f(x: 1️⃣mony) = x", message: "unknown type `mony`", help: "did you mean `money`?")
    // The function is not defined.
    #expect(result("fn f(x: mony) = x; f(1)").hasPrefix("error: unknown type"))
  }

  @Test func aWrongArgumentIsAnErrorAtItNamingTheParameterAndType() {
    assertDiagnostic(
      "f(1️⃣3 shares2️⃣)", message: "`f` expects `x` to be a quantity in `USD`, found `shares`", endsAt: "2️⃣",
      label: "this is `shares`", help: .some(nil), setup: "fn f(x: USD) = x * 2")
    assertDiagnostic(
      "cagr($100, $121, 1️⃣2)", message: "`cagr` expects `years` to be a duration, found a plain number",
      help: "write `2 years`",
      setup: "fn cagr(start: money, end: money, years: duration) -> percent = (end / start)^(1 / (years / 1 year)) - 1 in %")
    #expect(result("fn f(x: USD) = x * 2; f($3)") == "$6.00")
    #expect(result("fn f(x: days) = x; f(2 years)") == "2 years")
  }

  @Test func aParameterNamedAsATypeTakesTheDimensionOfThatArgument() {
    let setup = "fn change(old: quantity, new: old) -> percent = (new - old) / old in %"
    #expect(result(setup + "; change($100, $110)") == "10.00%")
    #expect(result(setup + "; change(100 shares, 110 shares)") == "10.00%")
    assertDiagnostic(
      "change($1, 1️⃣2 shares)", message: "`change` expects `new` to be a quantity in `USD`, like `old`, found `shares`",
      setup: setup)
    assertDiagnostic(
      "change($1, 1️⃣2)", message: "`change` expects `new` to be a quantity in `USD`, like `old`, found a plain number",
      help: "write `$2`", setup: setup)
  }

  @Test func alternativesTakeEither() {
    let setup = "fn f(x: USD | shares) = x"
    #expect(result(setup + "; f(2 shares)") == "2 shares")
    assertDiagnostic(
      "f(1️⃣\"a\")", message: "`f` expects `x` to be a quantity in `USD` or a quantity in `shares`, found a string",
      setup: setup)
  }

  @Test func aResultOfTheWrongTypeIsAnErrorAtTheCall() {
    assertDiagnostic(
      "1️⃣twice($5)2️⃣", message: "`twice` is declared to return a percentage, found `USD`", endsAt: "2️⃣",
      label: "returned `USD`", setup: "fn twice(x) -> percent = x * 2")
    #expect(result("fn twice(x) -> percent = x * 2; twice(5%)") == "10.00%")
    #expect(result("fn same(x: quantity) -> x = x * 2; same(3 shares)") == "6 shares")
  }

  @Test func aFunctionWithoutTypesHasNoSignature() throws {
    var interpreter = Interpreter()
    _ = interpreter.run("fn f(x) = x; fn g(x: number) = x")
    guard case .function(.user(let f))? = interpreter.environment.value(of: "f"),
      case .function(.user(let g))? = interpreter.environment.value(of: "g")
    else {
      Issue.record("not defined")
      return
    }
    #expect(f.signature == nil)
    #expect(g.signature?.notation == "g(x: number)")
  }
}

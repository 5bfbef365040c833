import Testing

@testable import TapeCore

@Suite struct ResolverTests {
  // MARK: Names

  @Test func unknownNameIsReportedAtTheName() {
    assertDiagnostic(
      "1 + 1️⃣foo2️⃣ * 2", message: "unknown name `foo`", endsAt: "2️⃣", label: "not defined",
      help: "define it first, as in `foo = ...`")
  }

  @Test func misspelledNameSuggestsTheClosestBinding() {
    assertDiagnostic(
      "1️⃣prise * 2", message: "unknown name `prise`", help: "did you mean `price`?", setup: "price = $118.42/share")
  }

  @Test func misspelledParameterIsSuggestedInsideAFunctionBody() {
    assertDiagnostic("fn f(price) = 1️⃣prise * 2", message: "unknown name `prise`", help: "did you mean `price`?")
  }

  @Test func misspelledBuiltinIsSuggested() {
    assertDiagnostic("1️⃣twise(2)", message: "unknown name `twise`", help: "did you mean `twice`?", natives: [twice])
  }

  @Test func farFetchedNameGetsNoSuggestion() {
    assertDiagnostic(
      "1️⃣market_cap", message: "unknown name `market_cap`", help: "define it first, as in `market_cap = ...`",
      setup: "price = 1")
  }

  @Test func ansBeforeAnyResultIsNotAnUnknownName() {
    let diagnostic = firstDiagnostic("ans")
    #expect(diagnostic?.message == "`ans` has no value yet")
  }

  @Test func functionBodyMayOnlyUseNamesThatExistWhenItIsDefined() {
    assertDiagnostic("fn f(x) = x + 1️⃣y", message: "unknown name `y`")
  }

  @Test func aRejectedFunctionIsNotDefined() {
    let all = outcomes("fn f(x) = y\nf(1)")
    #expect(all == ["error: unknown name `y`", "error: unknown name `f`"])
  }

  // MARK: Units

  @Test func unknownUnitAfterANumberSuggestsAKnownOne() {
    assertDiagnostic(
      "3 1️⃣yeer2️⃣", message: "unknown unit `yeer`", endsAt: "2️⃣", label: "not a unit", help: "did you mean `year`?")
  }

  @Test func unknownUnitWithoutACloseOneSuggestsDeclaringIt() {
    assertDiagnostic("3 1️⃣widgets", message: "unknown unit `widgets`", help: "declare it with `unit widget` (which also gives `widgets`)")
    assertDiagnostic("3 1️⃣widget", message: "unknown unit `widget`", help: "declare it with `unit widget`")
    assertDiagnostic("3 1️⃣class", message: "unknown unit `class`", help: "declare it with `unit class`")
  }

  @Test(arguments: [
    ("m", "for millions write `M`, as in `5M`"),
    ("mm", "for millions write `M`, as in `5M`"),
    ("mn", "for millions write `M`, as in `5M`"),
    ("b", "for billions write `B`, as in `589B`"),
    ("bn", "for billions write `B`, as in `589B`"),
  ])
  func spelledOutScaleWordsExplainTheSuffixes(word: String, help: String) {
    assertDiagnostic("5 1️⃣\(word)", message: "unknown unit `\(word)`", help: .some(help))
  }

  @Test func unknownUnitAfterInIsReportedAtTheUnit() {
    assertDiagnostic("5 days in 1️⃣fortnights", message: "unknown unit `fortnights`")
  }

  @Test func variableAfterANumberIsNotAUnit() {
    assertDiagnostic(
      "2 1️⃣x", message: "`x` is not a unit", label: "a value, not a unit",
      help: "to multiply by `x`, write `*` between the two", setup: "x = 3")
  }

  @Test func parameterAfterANumberIsNotAUnit() {
    assertDiagnostic("fn f(x) = 5 1️⃣x", message: "`x` is not a unit")
  }

  @Test func builtinAfterANumberIsNotAUnit() {
    assertDiagnostic("5 1️⃣twice", message: "`twice` is not a unit", natives: [twice])
  }

  @Test func unitExponentMustBeWhole() {
    assertDiagnostic("5 share^1️⃣1.5", message: "a unit's exponent must be a whole number")
    assertDiagnostic("5 days in day^1️⃣0.5", message: "a unit's exponent must be a whole number")
  }

  @Test func unitNamesResolveToUnitsAfterANumberEvenWhenAVariableHasTheSameName() {
    #expect(result("shares = 24.68B shares; 2 shares") == "2 shares")
    #expect(result("shares = 24.68B shares; price = $118.42/share; price * shares") == "$2.923T")
  }

  // MARK: Declarations

  @Test func builtinCannotBeRebound() {
    assertDiagnostic(
      "1️⃣twice2️⃣ = 3", message: "`twice` is a built-in function and cannot be rebound", endsAt: "2️⃣",
      natives: [twice])
    assertDiagnostic(
      "fn 1️⃣twice(x) = x", message: "`twice` is a built-in function and cannot be rebound", natives: [twice])
  }

  @Test func unitCannotBeRedeclared() {
    assertDiagnostic("unit 1️⃣share", message: "`share` is already a unit")
    assertDiagnostic("unit 1️⃣USD", message: "`USD` is already a unit")
    assertDiagnostic("unit GPU; unit 1️⃣GPU", message: "`GPU` is already a unit")
  }

  @Test func builtinNameCannotBecomeAUnit() {
    assertDiagnostic("unit 1️⃣twice", message: "`twice` is a built-in function and cannot be rebound", natives: [twice])
  }

  @Test func ansIsReserved() {
    assertDiagnostic(
      "1️⃣ans = 3", message: "`ans` is reserved", label: "cannot be bound",
      help: "`ans` always holds the last result; choose another name")
    assertDiagnostic("fn 1️⃣ans() = 1", message: "`ans` is reserved")
  }

  @Test func parameterNamesMustDiffer() {
    assertDiagnostic("fn f(x, y, 1️⃣x) = x", message: "parameter `x` appears twice", label: "second `x`")
  }

  @Test func recordFieldNamesMustDiffer() {
    assertDiagnostic("{a: 1, b: 2, 1️⃣a: 3}", message: "field `a` appears twice", label: "second `a`")
  }

  @Test func unitMustBeDefinedByAQuantityWithAUnit() {
    assertDiagnostic("unit GPU = 1️⃣5", message: "unit `GPU` must be defined by a quantity")
    assertDiagnostic("unit bp = 1️⃣0.01%", message: "unit `bp` must be defined by a quantity")
    assertDiagnostic("unit day1 = 1️⃣2025-01-01", message: "unit `day1` must be defined by a quantity")
  }

  @Test func unitDeclarationsReportTheirDefinition() {
    #expect(outcomes("unit GPU") == ["unit GPU"])
    #expect(outcomes("unit fortnight = 14 days") == ["unit fortnight = 14 days"])
  }

  // MARK: Calls

  @Test func userFunctionCalledWithTheWrongNumberOfArgumentsShowsItsSignature() {
    assertDiagnostic(
      "fn f(x) = x; 1️⃣f(1, 2)2️⃣", message: "`f` takes 1 argument, found 2", endsAt: "2️⃣", label: "called here")
    assertDiagnostic("fn g(a, b) = a; 1️⃣g(1)", message: "`g` takes 2 arguments, found 1")
    #expect(firstDiagnostic("fn g(a, b) = a; g(1)")?.notes == ["signature: `g(a, b)`"])
  }

  @Test func builtinCalledWithTheWrongNumberOfArguments() {
    assertDiagnostic("1 + 1️⃣twice(1, 2)", message: "`twice` takes 1 argument, found 2", natives: [twice])
    #expect(firstDiagnostic("twice()", natives: [twice])?.notes == ["signature: `twice(x)`"])
  }

  @Test func argumentCountIsCheckedBeforeAnythingRuns() {
    // The bad call is in the else branch, which never runs: the check still catches it.
    assertDiagnostic("fn f(x) = x; if true then 1 else 1️⃣f()", message: "`f` takes 1 argument, found 0")
  }

  @Test func recursiveCallIsResolvedWhileTheFunctionIsDefined() {
    #expect(outcomes("fn f(n) = if n <= 0 then 0 else f(n - 1)") == ["fn f(n)"])
  }

  @Test func redefinitionWithAnotherArityReplacesTheFunction() {
    #expect(result("fn f(x) = x; fn f(x, y) = x + y; f(1, 2)") == "3")
  }
}

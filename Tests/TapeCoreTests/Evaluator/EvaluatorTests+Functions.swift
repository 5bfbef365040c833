import Testing

@testable import TapeCore

@Suite struct FunctionTests {
  @Test func functionDeclarationShowsItsSignature() {
    #expect(outcomes("fn pe(price, eps) = price / eps") == ["fn pe(price, eps)"])
  }

  @Test func callingAFunctionBindsItsArguments() {
    #expect(result("fn pe(price, eps) = price / eps; pe($118.42/share, $2.94/share)") == "40.2789")
    #expect(result("fn pct_move(old, new) = (new - old) / old in %; pct_move($142.62, $118.42)") == "-16.97%")
    #expect(result("fn one() = 1; one() + one()") == "2")
  }

  @Test func parameterShadowsAGlobal() {
    #expect(result("x = 100; fn f(x) = x * 2; f(3)") == "6")
  }

  @Test func functionReadsGlobalsWhenCalled() {
    #expect(result("x = 1; fn f() = x; x = 2; f()") == "2")
  }

  @Test func functionsAreValues() {
    #expect(result("fn f(x) = x + 1; g = f; g(1)") == "2")
    #expect(result("fn f(x) = x + 1; f") == "fn f(x)")
    #expect(result("fn apply(h, x) = h(x); fn inc(x) = x + 1; apply(inc, 41)") == "42")
  }

  @Test func builtinIsCalledLikeAUserFunction() {
    #expect(result("twice($5)", natives: [twice]) == "$10.00")
    #expect(result("twice", natives: [twice]) == "built-in twice(x)")
    #expect(result("fn apply(h, x) = h(x); apply(twice, 3 shares)", natives: [twice]) == "6 shares")
  }

  @Test func callingANonFunctionIsAnError() {
    assertDiagnostic(
      "1️⃣x(3)2️⃣", message: "cannot call a plain number", endsAt: "2️⃣", label: "not a function", setup: "x = 2")
  }

  /// An error inside a function is reported at the call (what the user can change), with the
  /// place inside the body as its origin.
  func assertCallError(_ marked: String, message: String, function: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let source = MarkedText(marked)
    var interpreter = Interpreter()
    guard case .error(let diagnostic)? = interpreter.run(source.text).last else {
      Issue.record("`\(source.text)` did not fail", sourceLocation: sourceLocation)
      return
    }
    #expect(diagnostic.message == message, sourceLocation: sourceLocation)
    #expect(diagnostic.span.start == source["2️⃣"], "reported at the call", sourceLocation: sourceLocation)
    #expect(diagnostic.origin?.primary.span.start == source["1️⃣"], "origin inside the body", sourceLocation: sourceLocation)
    #expect(diagnostic.origin?.function == function, sourceLocation: sourceLocation)
  }

  @Test func wrongArgumentCountThroughAFunctionValueIsCaughtWhenCalled() {
    assertCallError(
      "fn apply(h) = 1️⃣h(1, 2); fn inc(x) = x + 1; 2️⃣apply(inc)", message: "`inc` takes 1 argument, found 2",
      function: "apply")
  }

  @Test func errorInsideAFunctionBodyIsReportedAtTheCallWithWhereInside() {
    assertCallError("fn f(x) = x 1️⃣/ 0; 2️⃣f(1)", message: "division by zero", function: "f")
    assertCallError("fn g(x) = x 1️⃣+ $1; 2️⃣g(3 shares)", message: "cannot add `shares` and `USD`", function: "g")
  }

  @Test func throughSeveralCallsTheOutermostCallAndTheInnermostPlaceAreKept() {
    assertCallError("fn inner(x) = x 1️⃣/ 0; fn outer(x) = inner(x) + 1; 2️⃣outer(1)", message: "division by zero", function: "inner")
    var interpreter = Interpreter()
    guard case .error(let diagnostic)? = interpreter.run("fn inner(x) = x / 0; fn outer(x) = inner(x) + 1; outer(1)").last else {
      Issue.record("no error")
      return
    }
    #expect(diagnostic.primary.text == "in this call to `outer`")
  }

  @Test func errorInAFunctionFromAnEarlierEntryPointsIntoThatEntry() {
    var interpreter = Interpreter()
    _ = interpreter.run("fn f(x) = x / 0", name: "<input:1>")
    let outcomes = interpreter.run("f(1)", name: "<input:2>")
    guard case .error(let diagnostic)? = outcomes.first else {
      Issue.record("f(1) did not fail")
      return
    }
    #expect(diagnostic.span.source == interpreter.sources.files[1].id, "reported at the call")
    #expect(diagnostic.origin?.primary.span.source == interpreter.sources.files[0].id)
    #expect(diagnostic.origin?.primary.span.start == 12)
  }

  @Test func callerThatOutlivesARedefinitionReportsTheNewArity() {
    #expect(result("fn f(x) = x; fn g() = f(1); fn f(x, y) = x + y; g()") == "error: `f` takes 2 arguments, found 1")
  }
}

@Suite struct RecursionTests {
  @Test func factorial() {
    #expect(result("fn fact(n) = if n <= 1 then 1 else n * fact(n - 1); fact(5)") == "120")
    #expect(magnitude("fn fact(n) = if n <= 1 then 1 else n * fact(n - 1); fact(10)") == 3_628_800)
  }

  @Test func fibonacci() {
    #expect(result("fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2); fib(20)") == "6,765")
  }

  @Test func sumOfTheFirstHundredNumbers() {
    #expect(result("fn s(n) = if n == 0 then 0 else n + s(n - 1); s(100)") == "5,050")
  }

  @Test func deepButFiniteRecursionCompletes() {
    // 1 + 2 + ... + 5000 = 5000 * 5001 / 2 = 12,502,500.
    let shown = onLargeStack { result("fn s(n) = if n == 0 then 0 else n + s(n - 1); s(5000)") }
    #expect(shown == "12.5M")
  }

  @Test func endlessRecursionIsAnErrorOnALargeStack() {
    let diagnostic = onLargeStack { firstDiagnostic("fn f(n) = f(n + 1); f(0)") }
    #expect(diagnostic?.message.hasPrefix("`f` recursed") == true)
    #expect(diagnostic?.help == "check that the recursion reaches its base case")
  }

  @Test func endlessRecursionIsAnErrorOnTheTestRunnersOwnThread() {
    let diagnostic = firstDiagnostic("fn f(n) = 1 + f(n + 1); f(0)")
    #expect(diagnostic?.message.hasPrefix("`f` recursed") == true)
  }

  @Test func endlessRecursionPointsAtTheRecursiveCall() {
    let diagnostic = onLargeStack { firstDiagnostic("fn f(n) = f(n + 1); f(0)") }
    // The call inside the body, `f(n + 1)`, at offset 10.
    #expect(diagnostic?.span.start == 10)
  }
}

@Suite struct ChoiceAndLogicTests {
  @Test(arguments: [
    ("if 142.62 > 118.42 then \"fell\" else \"rose\"", "\"fell\""),
    ("if 1 > 2 then 1 else 2", "2"),
    ("if true then 1 else 1 / 0", "1"),
    ("if false then 1 / 0 else 2", "2"),
    ("if 1 > 2 then 1 else if 2 > 1 then 2 else 3", "2"),
    ("not (1 > 2) and 3 >= 3", "true"),
    ("not true", "false"),
    ("true and false", "false"),
    ("true or false", "true"),
    ("false and 1 / 0 > 0", "false"),
    ("true or 1 / 0 > 0", "true"),
    ("fn sign(x) = if x < 0 then -1 else if x == 0 then 0 else 1; [sign(-5), sign(0), sign(5)]", "[-1, 0, 1]"),
  ])
  func choiceEvaluatesOnlyTheBranchItTakes(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func conditionMustBeABoolean() {
    assertDiagnostic(
      "if 1️⃣1 then 2 else 3", message: "expected a boolean (true or false), found a plain number",
      label: "this is a plain number")
    assertDiagnostic("true and 1️⃣1", message: "expected a boolean (true or false), found a plain number")
    assertDiagnostic("1️⃣$5 or true", message: "expected a boolean (true or false), found `USD`")
    assertDiagnostic("not 1️⃣5", message: "expected a boolean after `not`, found a plain number")
  }
}

import Testing

@testable import TapeCore

@Suite struct InterpreterTests {
  @Test func ansHoldsTheLastResult() {
    #expect(outcomes("5; ans * 2; ans + 1") == ["5", "10", "11"])
  }

  @Test func bindingSetsAnsToo() {
    #expect(outcomes("x = 3; ans") == ["x = 3", "3"])
  }

  @Test func errorsAndDeclarationsLeaveAnsAlone() {
    #expect(outcomes("5; 1 / 0; ans") == ["5", "error: division by zero", "5"])
    #expect(outcomes("5; fn f() = 1; unit GPU; ans") == ["5", "fn f()", "unit GPU", "5"])
  }

  @Test func bindingCanBeReplaced() {
    #expect(outcomes("x = 5; x = x + 1; x") == ["x = 5", "x = 6", "6"])
  }

  @Test func aFailingStatementDoesNotStopTheNext() {
    #expect(
      outcomes("1 +; 2\n$5 + 3 shares\n3") == [
        "error: expected an expression, found `;`", "2", "error: cannot add `USD` and `shares`", "3",
      ])
  }

  @Test func aFailedBindingLeavesTheOldValue() {
    #expect(outcomes("x = 5; x = 1 / 0; x") == ["x = 5", "error: division by zero", "5"])
  }

  @Test func stateCarriesAcrossRuns() {
    var interpreter = Interpreter()
    _ = interpreter.run("price = $118.42/share")
    _ = interpreter.run("fn cap(shares) = price * shares")
    #expect(interpreter.run("cap(24.68B shares)").map(describe) == ["$2.923T"])
    #expect(interpreter.environment.value(of: "price")?.display == "$118.42/share")
    #expect(interpreter.sources.files.count == 3)
  }

  @Test func environmentListsBindingsInTheOrderTheyWereMade() {
    var interpreter = Interpreter()
    _ = interpreter.run("b = 1; a = 2; b = 3")
    // `ans` is first bound by the first statement, before `a`.
    #expect(interpreter.environment.bindings.map(\.name) == ["b", "ans", "a"])
    #expect(interpreter.environment.bindings.map(\.value.display) == ["3", "3", "2"])
  }

  @Test func outcomesCarryTheStatementSpan() {
    var interpreter = Interpreter()
    let all = interpreter.run("x = 1; 2 + 3")
    guard case .binding(_, _, let bindingSpan)? = all.first, case .value(_, let valueSpan)? = all.last else {
      Issue.record("unexpected outcomes \(all.map(describe))")
      return
    }
    #expect(bindingSpan.start == 0 && bindingSpan.end == 5)
    #expect(valueSpan.start == 7 && valueSpan.end == 12)
  }

  @Test func callbackReceivesEveryOutcomeInOrder() {
    var interpreter = Interpreter()
    var seen: [String] = []
    interpreter.run("1; 2 +; 3", name: "<pipe>", firstLine: 1) { outcome, sources in
      seen.append(describe(outcome))
      #expect(sources.files.last?.name == "<pipe>")
    }
    #expect(seen == ["1", "error: expected an expression, found `;`", "3"])
  }
}

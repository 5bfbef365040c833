import Testing

@testable import TapeCore

// Bugs found by the first round of unit tests, each fixed; the tests keep them fixed.

@Suite struct RegressionTests {
  // 1
  @Test func exchangeRateHelpNamesTheCurrenciesInvolved() {
    // `$3 * 1.04 USD/EUR` would be USD^2/EUR; converting $3 to EUR needs a rate in EUR/USD.
    let help = firstDiagnostic("€5 + $3")?.help ?? ""
    #expect(help.contains("`$3 * ") && help.contains(" EUR/USD`"), "help: \(help)")
    let other = firstDiagnostic("$5 - 3 CNY")?.help ?? ""
    #expect(other.contains("USD/CNY`"), "help: \(other)")
  }

  // 2
  @Test func suggestionIsTheSameInEverySession() {
    // `hous` is one edit from both `hour` and `hours`; which one is offered follows dictionary order.
    var seen: Set<String> = []
    for _ in 0..<50 { seen.insert(firstDiagnostic("hous")?.help ?? "none") }
    #expect(seen.count == 1, "suggestions seen: \(seen.sorted())")
  }

  // 3
  @Test func unitNamedLikeAVariableGetsARelevantMessage() {
    let diagnostic = firstDiagnostic("x = 1; unit x")
    #expect(diagnostic?.message != "`x` is reserved")
    #expect(diagnostic?.help?.contains("ans") != true, "help: \(diagnostic?.help ?? "")")
  }

  // 4
  @Test func ansCannotBecomeAUnit() {
    #expect(firstDiagnostic("unit ans")?.message == "`ans` is reserved")
  }

  // 5
  @Test func powerBindsTighterThanAUnitAfterIt() {
    // docs/language.md: `^` binds tighter than "a value followed by unit names".
    #expect(result("10^9 shares") == "1B shares")
    #expect(result("2^2 shares") == "4 shares")
  }

  // 6
  @Test func conversionTargetMayStartWithOne() {
    // The grammar's unit_factor allows NUMBER, so `in 1/day` is a unit expression.
    #expect(result("14 / 1 week in 1/day").hasPrefix("error") == false, "\(result("14 / 1 week in 1/day"))")
  }

  // 7
  @Test func inAppliesToAWholeIfExpression() {
    // `in` binds loosest of all and applies to everything on its left.
    #expect(result("if true then 0.1 else 0.2 in %") == "10.00%")
  }

  // 8
  @Test func trailingBackslashContinuesTheEntry() {
    #expect(InputCompleteness.isIncomplete("y = 3 \\"))
  }

  // 9
  @Test func ifWithoutElseIsIncomplete() {
    #expect(InputCompleteness.isIncomplete("if x"))
    #expect(InputCompleteness.isIncomplete("if x then 1"))
  }

  // 10
  @Test func backslashBeforeAWindowsLineEndingContinuesTheLine() {
    #expect(result("1 + \\\r\n2") == "3")
  }

  // 11
  @Test func nameMayContinueWithANonASCIILetter() {
    #expect(outcomes("café = 3; café * 2") == ["café = 3", "6"])
  }

  // 12
  @Test func quadrillionAndUpIsScientific() {
    // docs/language.md: "from a quadrillion up, or below 0.0001, scientific notation".
    #expect(result("1e15") == "1e15")
    #expect(result("2.5e15 shares") == "2.5e15 shares")
  }

  // 13
  @Test func fullMoneyAlwaysHasCents() {
    #expect(result("$100T in full") == "$100,000,000,000,000.00")
  }

  // 14
  @Test func listEqualityHasOneResultType() {
    // Equal lengths give a list of booleans, different lengths a single boolean.
    let same = result("[1, 2] == [1, 2]")
    let different = result("[1, 2] == [1, 2, 3]")
    #expect((same.hasPrefix("[")) == (different.hasPrefix("[")), "\(same) vs \(different)")
  }

  // 15
  @Test func subtractingFromADateSaysSubtract() {
    #expect(firstDiagnostic("2025-01-01 - 5")?.message == "cannot subtract a plain number from a date")
    #expect(firstDiagnostic("2025-01-01 - $5")?.message == "cannot subtract `USD` from a date")
  }

  // 16
  @Test func fieldOfANonRecordPointsAtTheNonRecord() {
    assertDiagnostic("1️⃣5.a", message: "expected a record with a field `a`, found a plain number")
  }

  // 17
  @Test func fractionalIndexPointsAtTheIndex() {
    assertDiagnostic("[1, 2][1️⃣0.5]", message: "expected a whole-number index, found a plain number")
  }

  // 18
  @Test func caretsLineUpAfterATab() {
    var interpreter = Interpreter()
    guard case .error(let diagnostic)? = interpreter.run("\t$5 + 3 shares").first else {
      Issue.record("no error")
      return
    }
    let lines = interpreter.rendered(diagnostic).split(separator: "\n").map { expandTabs(String($0)) }
    let plus = lines[2].firstIndex(of: "+").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
    let caret = lines[3].firstIndex(of: "^").map { lines[3].distance(from: lines[3].startIndex, to: $0) }
    #expect(plus == caret, "\n\(lines[2])\n\(lines[3])")
  }

  // 19
  @Test func currencySymbolBeforeAMinusIsExplained() {
    // `$-5` is read as `USD - 5`: "cannot subtract a plain number from `USD`".
    let diagnostic = firstDiagnostic("$-5")
    #expect(diagnostic?.help?.contains("-$5") == true, "\(diagnostic?.message ?? "") / \(diagnostic?.help ?? "no help")")
  }
}

/// Tab stops every 8 columns, as a terminal shows them.
private func expandTabs(_ line: String) -> String {
  var out = ""
  for character in line {
    if character == "\t" {
      repeat { out.append(" ") } while out.count % 8 != 0
    } else {
      out.append(character)
    }
  }
  return out
}

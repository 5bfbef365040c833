import Testing

@testable import TapeCore

/// Inputs at and past Tape's limits end in an error that says what is wrong, never a crash, and
/// the session goes on (docs/reliability.md lists each with its result).
@Suite struct LimitsTests {
  // MARK: Nesting and long chains

  static let hundredThousandLevels: [String: String] = [
    "parentheses": String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000),
    "unclosed parentheses": String(repeating: "(", count: 100_000),
    "brackets": String(repeating: "[", count: 100_000) + "1" + String(repeating: "]", count: 100_000),
    "negations": String(repeating: "-", count: 100_000) + "1",
    "nots": String(repeating: "not ", count: 100_000) + "true",
    "records": String(repeating: "{a: ", count: 100_000) + "1" + String(repeating: "}", count: 100_000),
    "powers": Array(repeating: "2", count: 100_000).joined(separator: " ^ "),
    "lambdas": String(repeating: "x => ", count: 100_000) + "1",
    "ifs": String(repeating: "if true then ", count: 100_000) + "1" + String(repeating: " else 2", count: 100_000),
    "a sum": Array(repeating: "1", count: 100_000).joined(separator: " + "),
    "an and-chain": Array(repeating: "true", count: 100_000).joined(separator: " and "),
    "a field chain": "{a: 1}" + String(repeating: ".a", count: 100_000),
    "a call chain": "abs" + String(repeating: "(1)", count: 100_000),
    "an index chain": "[1]" + String(repeating: "[0]", count: 100_000),
    "a unit chain": "1" + String(repeating: " shares", count: 100_000),
    "a conversion target chain": "1 in " + Array(repeating: "USD", count: 100_000).joined(separator: "*"),
    "conversion target parentheses": "1 in " + String(repeating: "(", count: 100_000) + "USD",
  ]

  /// 100,000 levels of every kind of nesting and chaining. The chains nest without recursion in
  /// the parser, but the resolver and evaluator recurse; before the height limit they overflowed
  /// the 512 MB stack (found by feeding these to `tape`).
  @Test(arguments: hundredThousandLevels.keys.sorted())
  func hundredThousandLevelsAreAnErrorAndTheSessionGoesOn(kind: String) {
    let text = LimitsTests.hundredThousandLevels[kind] ?? ""
    let shown = onLargeStack { outcomes(text + "\n1 + 1") }
    #expect(shown.count == 2, "\(kind)")
    #expect(shown.first?.hasPrefix("error: expression nested more than") == true, "\(kind): \(shown.first ?? "")")
    #expect(shown.last == "2", "\(kind)")
  }

  @Test func bracketsAfterAFieldNestedPastTheLimitAreAnError() {
    // Reduced from the first fuzz crash (Fuzz/, FuzzInterpreter): brackets opened after
    // `nvda` inside a call, 300 deep. It overflowed the fuzzer's 8 MB stack in an ASan build;
    // on the stack `tape` evaluates on, it must stay a parse error.
    let text = "if steps <= 0 then (l - 24.2) * sort(s.nvda" + String(repeating: "[", count: 300) + "_close) / 24.2 USD"
    let shown = onLargeStack { outcomes(text) }
    #expect(shown.first?.hasPrefix("error: expression nested more than 256 levels deep") == true, "\(shown)")
  }

  @Test func aSumJustUnderTheHeightLimitIsEvaluated() {
    let terms = Parser.maximumTreeHeight - 1
    let shown = onLargeStack { result(Array(repeating: "1", count: terms).joined(separator: " + ")) }
    #expect(shown == "9,999")
  }

  @Test func theHeightLimitPointsIntoTheStatement() {
    let text = Array(repeating: "1", count: 20_000).joined(separator: "+")
    let diagnostic = onLargeStack { firstDiagnostic(text) }
    #expect(diagnostic?.message == "expression nested more than \(Parser.maximumTreeHeight) levels deep")
    #expect((diagnostic?.span.start ?? -1) >= 0 && (diagnostic?.span.end ?? .max) <= text.utf8.count)
  }

  @Test func aNameAMegabyteLongIsAnUnknownName() {
    // Suggestions compared it letter by letter with every name: seconds of work for one entry.
    let name = String(repeating: "x", count: 1 << 20)
    #expect(firstDiagnostic(name)?.message == "unknown name `\(name)`")
  }

  // MARK: Numbers

  @Test(arguments: ["1e999", "1e309", "$1e999", "1e308k", "179769313486231570814527423731704356798070e300"])
  func aLiteralBeyondTheLargestDoubleIsAnError(text: String) {
    #expect(result(text).hasPrefix("error: `") && result(text).hasSuffix("` is too large to represent"))
  }

  @Test(arguments: ["1e-400", "0.0000001e-320", "$1e-999"])
  func aLiteralThatWouldRoundToZeroIsAnError(text: String) {
    #expect(result(text).hasSuffix("` is too small to represent"))
  }

  @Test(arguments: [("0e999", "0"), ("0.000", "0"), ("1e308", "1e308"), ("5e-324", "5e-324")])
  func zeroAndTheExtremesStillRead(text: String, shown: String) {
    #expect(result(text) == shown)
  }

  @Test func infinityCannotBeTypedSoComparisonsStayTrue() {
    // `1e999` used to read as infinity, and `1e999 > 1` was false.
    #expect(result("1e308 > 1") == "true")
    #expect(result("1e999 > 1").hasPrefix("error: "))
  }

  @Test(arguments: [
    ("1e308 * 10", "error: the result is too large to represent"),
    ("-1e308 * 10", "error: the result is too large to represent"),
    ("10 ^ 400", "error: the result is too large to represent"),
    ("0 / 0", "error: division by zero"),
    ("1 / 0", "error: division by zero"),
    ("$1 / 0", "error: division by zero"),
    ("(-8) ^ (1 / 3)", "error: the result is not a real number"),
  ])
  func overflowAndNaNAreErrors(text: String, shown: String) {
    #expect(result(text) == shown)
  }

  // MARK: Dates and indexes

  @Test(arguments: [
    "9999-12-31 + 1 days", "0001-01-01 - 1 days", "2025-01-01 + 1000000000000 days", "2025-01-01 + 1e300 days",
  ])
  func aDateOutsideYearsOneTo9999IsAnError(text: String) {
    #expect(result(text) == "error: the date falls outside the years 1 to 9999")
  }

  @Test(arguments: [("[1, 2, 3][10]", "error: index 10 is out of range"), ("[1, 2, 3][-10]", "error: index -10 is out of range"), ("[1, 2, 3][1e300]", "error: expected a whole-number index, found a plain number")])
  func anIndexOutsideAListIsAnError(text: String, shown: String) {
    #expect(result(text) == shown)
  }
}

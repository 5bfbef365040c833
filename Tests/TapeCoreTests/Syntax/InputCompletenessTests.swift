import Testing

@testable import TapeCore

@Suite struct InputCompletenessTests {
  @Test(arguments: [
    "(1 + 2",
    "[1, 2,",
    "{price: $1",
    "f(",
    "1 +",
    "x =",
    "a and",
    "not",
    "if x then 1 else",
    "x in",
    "1 ==",
    "(1 +\n 2",
    "fn f(x: USD) ->",
    "fn f(x) -> USD |",
    "double = x =>",
  ])
  func openBracketOrTrailingOperatorNeedsMoreInput(text: String) {
    #expect(InputCompleteness.isIncomplete(text))
  }

  @Test(arguments: [
    "",
    "1 + 2",
    "(1 + 2)",
    "x = 5",
    "17%",
    "x in %",
    "1 + 2 # a comment ending in +",
    "1 + 2)",
    "\"unterminated",
    "3 ×",
  ])
  func completeOrHopelessInputIsNotContinued(text: String) {
    #expect(!InputCompleteness.isIncomplete(text))
  }

  /// What the REPL continues, the parser reads on: a result type on the next line.
  @Test func aResultTypeOrAlternativeMayFollowOnTheNextLine() {
    #expect(result("fn f(x: USD) ->\n  USD = x * 2\nf($2)") == "$4.00")
    #expect(result("fn g(x: USD |\n  shares) = x\ng(3 shares)") == "3 shares")
    #expect(result("h = x =>\n  x + 1\nh(2)") == "3")
  }
}

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
}

import Testing

@testable import TapeCore

struct LambdaTests {
  @Test func aLambdaIsAFunctionValue() {
    #expect(outcomes("f = x => x * 2; f(21)") == ["f = (x) => …", "42"])
  }

  @Test func severalParametersInParentheses() {
    #expect(outcomes("add = (a, b) => a + b; add($1, $2)") == ["add = (a, b) => …", "$3.00"])
  }

  @Test func aLambdaKeepsTheParametersOfTheFunctionThatMadeIt() {
    #expect(outcomes("fn scale(k) = x => x * k; triple = scale(3); triple(5); scale(2)(5)")
      == ["fn scale(k)", "triple = (x) => …", "15", "10"])
  }

  @Test func aLambdaInsideALambdaSeesTheParameterThatHidesAnOuterOne() {
    // The middle `x` hides the function's: the innermost lambda adds 2 and 10. Before the
    // frame's names were a list, it read its own `y` there and gave 20.
    #expect(outcomes("fn f(x) = (x => (y => x + y)(10))(2); f(1)") == ["fn f(x)", "12"])
    #expect(result("(x => (x => (y => x + y)(10))(2))(1)") == "12")
  }

  @Test func aLambdaBindsLooserThanComparison() {
    #expect(outcomes("p = x => x > 2; p(3)") == ["p = (x) => …", "true"])
  }

  @Test func parenthesesWithoutArrowAreStillGrouping() {
    #expect(outcomes("a = 2; (a) * 3") == ["a = 2", "6"])
  }

  @Test func wrongArgumentCountIsAnError() {
    #expect(outcomes("f = x => x; f(1, 2)") == ["f = (x) => …", "error: `f` takes 1 argument, found 2"])
  }

  @Test func repeatedParameterIsAnError() {
    #expect(outcomes("(a, a) => a") == ["error: parameter `a` appears twice"])
  }
}

import Testing

@testable import TapeCore

// A user function's body and a statement typed at the top level are compiled alike, except that
// the top level reads its globals as constants and folds what it can as it compiles, where a
// body reads its parameters when it runs. The two must agree on every value and every error.
@Suite struct CompiledBodyTests {
  /// `expression` over `a` and `b`, as a statement and as the body of `f(a, b)`.
  static func bothWays(_ expression: String, a: String, b: String) -> (direct: String, called: String) {
    let direct = result("a = \(a); b = \(b); \(expression)")
    let called = result("fn f(a, b) = \(expression); f(\(a), \(b))")
    return (direct, called)
  }

  @Test(arguments: [
    ("a + b", "2", "3"), ("a - b", "0.3", "0.1"), ("a * b", "$142.62", "24.4B"), ("a / b", "$118.42", "$142.62"),
    ("(b - a) / a in %", "$142.62", "$118.42"), ("a ^ b", "1.07", "5"), ("a < b", "2", "3"), ("a == b", "0.1 + 0.2", "0.3"),
    ("a >= b", "2 shares", "3 shares"), ("if a > b then a else b", "$5", "$7"), ("a - b", "2025-01-27", "2025-01-24"),
    ("a + b", "2025-01-24", "3 days"), ("a * b", "5%", "200"), ("a + b", "5%", "2%"), ("[a, b] * 2", "1", "2"),
    ("a + b", "999999999999999", "1"), ("a + b", "4503599627370496", "1"), ("a - b", "1e15", "0.5"),
    ("a and b", "true", "false"), ("a.x + b", "{x: 1}", "2"), ("a + b", "$1", "1 share"),
    ("a / b", "1", "0"), ("a + b", "\"x\"", "1"), ("a ^ b", "10", "400"), ("a - b", "1 shares", "2%"),
    ("if a == b then 1 else 2", "\"x\"", "\"x\""), ("if a < b then 1 else 2", "2025-01-01", "2025-01-02"),
    ("if a < b then 1 else 2", "$1", "1 share"), ("if a < b then 1 else 2", "true", "false"),
    ("if a >= b then a else b", "3%", "0.02"),
  ])
  func agreesWithTheTreeWalker(_ expression: String, _ a: String, _ b: String) {
    let (direct, called) = CompiledBodyTests.bothWays(expression, a: a, b: b)
    #expect(direct == called, "\(expression) with a = \(a), b = \(b)")
  }

  @Test func recursionAndHigherOrderCallsGiveTheirValues() {
    #expect(result("fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2); fib(20)") == "6,765")
    #expect(result("fn twice(g, x) = g(g(x)); fn inc(x) = x + $1; twice(inc, $40)") == "$42.00")
  }

  @Test func errorsInsideACompiledBodyPointAtTheCall() {
    let outcome = outcomes("fn f(a, b) = a / b\nf(1, 0)")
    #expect(outcome.last == "error: division by zero")
  }
}

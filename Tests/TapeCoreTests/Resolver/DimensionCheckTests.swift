import Testing

@testable import TapeCore

/// A function body whose dimensions cannot work for any argument its annotations accept is
/// refused when it is defined, at the operation; anything not known until a call is accepted.
@Suite struct DimensionCheckTests {
  @Test func addingTwoDeclaredDimensionsIsRefusedAtThePlus() {
    assertDiagnostic(
      "fn f(x: USD, n: shares) = x 1️⃣+ n", message: "cannot add `USD` and `shares`", label: "`USD` + `shares`",
      help: "bring both sides to one dimension, or fix the parameters' types")
    let diagnostic = firstDiagnostic("fn f(x: USD, n: shares) = x + n")
    #expect(diagnostic?.secondary.map(\.text) == ["`USD`", "`shares`"])
    #expect(
      diagnostic?.notes == [
        "declared: `x: USD`, `n: shares`", "this fails for every argument the parameters accept, so `f` is not defined",
      ])
    // The function is not defined.
    #expect(result("fn f(x: USD, n: shares) = x + n; f($1, 2 shares)").hasPrefix("error: cannot add"))
  }

  @Test func aResultThatCannotMatchItsDeclarationIsRefusedAtTheBody() {
    assertDiagnostic(
      "fn g(p: USD/share) -> USD = 1️⃣p * 22️⃣",
      message: "`g` is declared to return a quantity in `USD`, but its body computes `USD/share`", endsAt: "2️⃣",
      label: "computes `USD/share`", help: "fix the body or the type after `->`")
    let diagnostic = firstDiagnostic("fn g(p: USD/share) -> USD = p * 2")
    #expect(diagnostic?.secondary.map(\.text) == ["`USD`"])
    #expect(diagnostic?.notes.first == "declared: `p: USD/share`")
  }

  @Test func operationsInsideTheBodyAreCheckedWhereverTheyAre() {
    assertDiagnostic("fn h(x: USD) = if x 1️⃣> 0 then x else -x", message: "cannot compare `USD` and a plain number")
    assertDiagnostic(
      "fn s(x: USD, n: shares) = [x, (x 1️⃣- n) * 2]", message: "cannot subtract `shares` from `USD`")
    assertDiagnostic("fn z(x: USD) = x in 1️⃣shares", message: "cannot show `USD` in `shares`")
    assertDiagnostic("fn c(x: USD) = 1️⃣x in %", message: "cannot show `USD` as a percentage")
    assertDiagnostic("fn e(x: number, y: USD) = x ^ 1️⃣y", message: "cannot raise to the power of `USD`")
    assertDiagnostic(
      "fn m(x: USD, r: percent) = x 1️⃣+ r", message: "cannot add a percentage to `USD`",
      help: "a percentage is a ratio: to change an amount by one, multiply, as in `amount * (1 + rate)`")
    assertDiagnostic("fn m(x: USD, r: percent) = r 1️⃣- x", message: "cannot subtract `USD` from a percentage")
    assertDiagnostic("fn d(t: duration) = t 1️⃣+ $5", message: "cannot add `days` and `USD`")
    assertDiagnostic("fn y(a: USD, b: a, n: shares) = b 1️⃣+ n", message: "cannot add `USD` and `shares`")
  }

  @Test func dimensionsFollowMultiplicationDivisionAndWholePowers() {
    assertDiagnostic(
      "fn v(p: USD/share, n: shares) = p * n 1️⃣+ n", message: "cannot add `USD` and `shares`")
    assertDiagnostic("fn a(x: USD) -> USD = 1️⃣x^2", message: "`a` is declared to return a quantity in `USD`, but its body computes `USD^2`")
    #expect(result("fn w(p: USD/share, n: shares) -> USD = p * n; w($2/share, 3 shares)") == "$6.00")
    #expect(result("fn r(x: USD) = x^2 / x + $1; r($2)") == "$3.00")
  }

  /// Whatever is not sure until a call is accepted as before: the check never refuses a body
  /// that some call could run.
  @Test func whatIsNotKnownUntilACallIsAccepted() {
    let accepted = [
      "fn f(x, n: shares) = x + n",  // unannotated parameter
      "fn f(x: quantity, n: shares) = x + n",  // any dimension
      "fn f(a: money, b: a) = a + b",  // any currency
      "fn f(x: USD, n: number) = x^n + x",  // a power not written out
      "fn f(x: USD, flag: bool) = if flag then x else 2 shares",  // branches differ
      "fn f(x: USD) = (if x > $0 then x else 2 shares) + 1 share",
      "fn f(x: USD, g) = g(x) + 1 share",  // a call without a result type
      "fn f(x: USD, xs: list) = xs[0] + x",  // a list's item
      "fn f(x: USD) = y => y + x",  // a lambda's body runs later, if ever
      "fn f(x: USD, n: shares) = (x + $0) / n",
      "fn f(x: USD) -> money = x",
      "fn f(x: percent, n: number) -> number = x + n",
      "fn f(x: USD | shares, n: shares) = x + n",
      "fn f(t: duration) = t + 1 day",
      "fn f(x: USD) = x in B",
    ]
    for text in accepted {
      #expect(firstDiagnostic(text) == nil, "refused: \(text)")
    }
  }

  @Test func aRecursiveCallReturnsWhatItsFunctionDeclares() {
    assertDiagnostic(
      "fn f(x: USD, n: number) -> USD = if n <= 0 then x else f(x, n - 1) 1️⃣+ 1 share",
      message: "cannot add `USD` and `shares`")
    #expect(result("fn f(x: USD, n: number) -> USD = if n <= 0 then x else f(x, n - 1) + x; f($1, 3)") == "$4.00")
  }
}

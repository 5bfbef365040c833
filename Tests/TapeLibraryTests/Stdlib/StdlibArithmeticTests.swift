import Testing
import TapeCore

@testable import TapeLibrary

/// Each stdlib function agrees with its formula worked by hand in plain arithmetic, and a wrong
/// argument is an error that names the units and points at the stdlib line that explains it.
struct StdlibArithmeticTests {
  /// `call` and the same value computed by hand, without the stdlib.
  @Test(arguments: [
    ("eps($72.88B, 24.4B shares)", "$72.88B / (24.4B shares)"),
    ("pe($118.42/share, $2.94/share)", "118.42 / 2.94"),
    ("forward_pe($118.42/share, $4.00/share)", "29.605"),
    ("earnings_yield($118.42/share, $2.94/share)", "2.94 / 118.42"),
    ("book_value_per_share($79.33B, 24.4B shares)", "$79.33B / (24.4B shares)"),
    ("pb($118.42/share, $3.25/share)", "118.42 / 3.25"),
    ("ps($2.889T, $130.5B)", "2889 / 130.5"),
    ("pp_change(3%, 4.5%)", "1.5"),
    ("pp_change(4.5%, 3%)", "-1.5"),
    ("cagr($100, $121, 2 years)", "0.1"),  // 1.1 * 1.1 = 1.21
    ("cagr($100, $121, 730 days)", "0.1"),
    ("npv(10%, [$100, $100])", "$100 / 1.1 + $100 / 1.21"),  // $173.55
    ("npv(10%, [$100])", "$100 / 1.1"),
    ("npv(10%, [$100, $100, $100]) - $250", "$100 / 1.1 + $100 / 1.21 + $100 / 1.331 - $250"),  // -$1.31
    // 100/1.1 + 100/1.21 = 173.55; terminal value 100 * 1.02 / 0.08 = 1275 at year 2, /1.21 = 1053.72
    ("dcf(10%, [$100, $100], 2%)", "$100 / 1.1 + $100 / 1.21 + $1275 / 1.21"),
    ("payback($250, [$100, $100, $100])", "2.5 years"),  // 100 + 100, then 50 of the third 100
    ("payback($100, [$100, $100])", "1 year"),
    ("payback($50, [$100])", "0.5 years"),
    ("npv(irr($250, [$100, $100, $100]), [$100, $100, $100])", "$250"),
    ("growing_npv_from($100, 10%, 10%, 1, 3)", "$300"),  // each year's growth cancels its discount
    // flows 105 and 110.25; terminal value 110.25 * 1.02 / 0.08 = 1405.6875 at year 2
    ("growth_value($100, 5%, 10%, 2 years, 2%)", "$105 / 1.1 + $110.25 / 1.21 + $1405.6875 / 1.21"),
    ("growth_value($60B, implied_growth($3T, $60B, 9%, 10 years, 3%), 9%, 10 years, 3%)", "$3T"),
  ])
  func agreesWithTheHandArithmetic(_ call: String, _ byHand: String) {
    var interpreter = Interpreter.standard()
    let shown = interpreter.run("\(call) == \(byHand)").map(HelpExampleTests.shown)
    #expect(shown == ["true"], "\(call) is not \(byHand): \(interpreter.run(call).map(HelpExampleTests.shown))")
  }

  /// The searches (`irr`, `implied_growth`) stop where Tape's comparison (12 significant digits)
  /// can no longer tell the two sides apart: within about 1e-12 of the rate, far below a
  /// hundredth of a basis point.
  @Test(arguments: [
    ("irr($100, [$110])", "10%"),  // 110 / 1.1 = 100
    // 100x + 100x^2 = 300 with x = 1/(1+r): x = (sqrt(13) - 1) / 2
    ("irr($300, [$100, $100])", "2 / (sqrt(13) - 1) - 1"),
    // 100(1+g)/1.1 + 100(1+g)/0.1/1.1 = 1000(1+g), so 1100 needs g = 10%
    ("implied_growth($1100, $100, 10%, 1 year, 0%)", "10%"),
  ])
  func aSearchFindsTheRateByHandToABillionth(_ call: String, _ byHand: String) {
    var interpreter = Interpreter.standard()
    let shown = interpreter.run("abs(\(call) - (\(byHand))) < 0.000000001").map(HelpExampleTests.shown)
    #expect(shown == ["true"], "\(call) is not \(byHand): \(interpreter.run(call).map(HelpExampleTests.shown))")
  }

  /// The error for a wrong argument, rendered as the user sees it.
  static func rendered(_ call: String) -> String {
    var interpreter = Interpreter.standard()
    var text = ""
    interpreter.run(call, name: "<input>", firstLine: 1) { outcome, sources in
      if case .error(let diagnostic) = outcome { text += DiagnosticRenderer.rendered(diagnostic, in: sources) }
    }
    return text
  }

  @Test(arguments: [
    ("pe($118.42/share, 5 shares)", "stdlib/valuation.tape", "cannot add `shares` and `USD/share`", "eps must be money per share"),
    ("pb($118.42/share, $3.25)", "stdlib/valuation.tape", "cannot add `USD` and `USD/share`", "money per share"),
    ("ps($2.889T, €130.5B)", "stdlib/valuation.tape", "cannot add `EUR` and `USD`", "currency of market_cap"),
    ("eps($72.88B, $24.4B)", "stdlib/valuation.tape", "cannot show `USD` in `shares`", "a number of `shares`"),
    ("cagr($100, $121, 2)", "stdlib/growth.tape", "exponent", "years must be a duration"),
    ("pp_change($3, $4)", "stdlib/growth.tape", "percentage", "both must be percentages"),
    ("payback($500, [$100, $100])", "stdlib/cashflows.tape", "out of range", "never recover the cost"),
  ])
  func aWrongArgumentIsAnErrorAtTheCallShowingTheStdlibLineThatSaysWhy(
    _ call: String, _ file: String, _ message: String, _ note: String
  ) {
    let text = Self.rendered(call)
    #expect(text.hasPrefix("<input>:1:1: error: "), "reported at the call:\n\(text)")
    #expect(text.contains("::: " + file + ":"), "with the stdlib line under it:\n\(text)")
    #expect(text.contains(message), "\(call):\n\(text)")
    #expect(text.contains(note), "\(call):\n\(text)")
  }
}

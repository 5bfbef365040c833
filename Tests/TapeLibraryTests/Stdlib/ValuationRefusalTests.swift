import Testing
import TapeCore

@testable import TapeLibrary

/// Issue 19: a valuation model with no answer refuses in finance terms instead of returning a
/// number that looks like one (the edge of a search, a negative perpetuity, a ratio of a loss).
struct ValuationRefusalTests {
  @Test(arguments: [
    ("irr($100, [$230, -$132])", "these flows have 2 IRRs, 10.00% and 20.00%"),
    ("irr(-$100, [$50, $60])", "no IRR"),
    ("dcf(10%, [$100, $100], 12%)", "the Gordon growth model needs growth below the discount rate"),
    ("dcf(10%, [$100, $100], 10%)", "growth 10.00% is not below 10.00%"),
    ("gordon($100, 8%, 9%)", "needs growth below the discount rate"),
    ("ddm($2/share, 5%, 6%)", "needs growth below the discount rate"),
    ("growth_value($100, 5%, 10%, 2.5 years, 2%)", "`2.5 years` is not a whole number of years"),
    ("growth_value($100, 5%, 10%, 2 years, 12%)", "needs growth below the discount rate"),
    ("implied_growth($1T, $100, 10%, 5 years, 3%)", "no growth rate gives $1.000T"),
    ("implied_growth($1100, -$100, 10%, 5 years, 3%)", "implied growth of a negative cash flow"),
    ("pct_change(-2%, 1%)", "a percentage change from -2.00% is not meaningful"),
    ("pe($118.42/share, -$1/share)", "not meaningful (NM)"),
    ("pe($118.42/share, $0/share)", "not meaningful (NM)"),
    ("pb($118.42/share, -$3/share)", "not meaningful (NM)"),
    ("ev_multiple($100, -$5)", "not meaningful (NM)"),
  ])
  func refusesWithAReason(_ call: String, _ reason: String) {
    let text = StdlibArithmeticTests.rendered(call)
    #expect(text.contains("error: ") && text.contains(reason), "\(call):\n\(text)")
  }

  /// The answers the issue found wrong, now right.
  @Test(arguments: [
    ("irr($100, [$20000])", "19,900.00%"),
    ("irrs(-$100, [$50, $60])", "[]"),
    ("growth_value($100, 5%, 10%, 0 years, 2%)", "$1,275.00"),
    ("eps($72.88B, nvda_fundamentals.fy2025.weighted_avg_shares_basic)", "$2.97/share"),
    ("eps($72.88B, nvda_fundamentals.fy2025.weighted_avg_shares_diluted)", "$2.94/share"),
    ("cagr(nvda_fundamentals.fy2022.revenue, nvda_fundamentals.fy2025.revenue, 3 years)", "69.25%"),
    ("pct_change(2%, 1%)", "-50.00%"),
    ("earnings_yield($118.42/share, -$1/share)", "-0.84%"),
  ])
  func answers(_ call: String, _ expected: String) {
    var interpreter = Interpreter.standard()
    #expect(interpreter.run(call).map(HelpExampleTests.shown) == [expected], "\(call)")
  }
}

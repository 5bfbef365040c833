import Testing
import TapeCore

@testable import TapeLibrary

/// Issue 19: a trailing figure is the twelve months known on the price date, never a figure
/// published later; growth between fiscal periods counts fiscal years.
struct TrailingEarningsTests {
  /// What Tape shows for `call`, or its error.
  static func shown(_ call: String) -> String {
    var interpreter = Interpreter.standard()
    let error = StdlibArithmeticTests.rendered(call)
    return error.isEmpty ? interpreter.run(call).map(HelpExampleTests.shown).joined(separator: "\n") : error
  }

  /// After the FY2025 report (2025-02-26) the trailing EPS is fiscal 2025's diluted $2.94.
  @Test func afterTheAnnualReportTheYearIsTheTwelveMonths() {
    #expect(Self.shown("trailing_eps(nvda, 2025-02-27)") == "$2.94/share")
    // The close of 2025-02-27 over $2.94, not over a hand-typed figure.
    let close = Self.shown("pe(nvda.close[2025-02-27], nvda_fundamentals.fy2025.eps_diluted)")
    #expect(Self.shown("trailing_pe(nvda, 2025-02-27)") == close)
  }

  /// Before it, the data lacks Q1 and Q2 FY2025 and has Q4 FY2024 only from the 2025-02-26
  /// release: the function names them instead of using FY2025's $2.94 (a P/E of 48.5 / 40.3).
  @Test(arguments: ["trailing_eps(nvda, 2025-01-27)", "trailing_pe(nvda, 2025-01-24)", "trailing_pe(nvda, 2025-01-27)"])
  func beforeTheAnnualReportRefusesLookAhead(_ call: String) {
    let text = Self.shown(call)
    #expect(text.contains("error: the twelve months known on"), "\(call):\n\(text)")
    #expect(text.contains("Q1 FY2025 diluted EPS") && text.contains("Q2 FY2025 diluted EPS"))
    #expect(text.contains("Q4 FY2024 diluted EPS as known then (the data cites it from PR_Q4FY25 published 2025-02-26)"))
    #expect(!text.contains("2.94"))
  }

  @Test(arguments: [
    ("trailing_eps(nvda, 2024-06-01)", "no NVIDIA diluted EPS in the data was published on or before 2024-06-01"),
    ("trailing_eps(aapl, 2025-02-27)", "`aapl` has no quarterly figures"),
    ("fiscal_years(2024-01-01, 2024-07-01)", "182 days between the period ends is not a whole number of fiscal years"),
    ("fiscal_years(nvda_fundamentals.fy2025, nvda_fundamentals.fy2022)", "is not after the start"),
    ("fiscal_years(nvda_fundamentals.dividends[0], nvda_fundamentals.fy2025)", "a period needs a `period_end` date"),
  ])
  func refusesWithAReason(_ call: String, _ reason: String) {
    let text = Self.shown(call)
    #expect(text.contains("error: ") && text.contains(reason), "\(call):\n\(text)")
  }

  /// FY2022 to FY2025 is 3 fiscal years (1,092 days): 69.25% whichever form is used.
  @Test func cagrCountsFiscalYears() {
    #expect(Self.shown("fiscal_years(nvda_fundamentals.fy2022, nvda_fundamentals.fy2025)") == "3 years")
    let forms = [
      "cagr(nvda_fundamentals.fy2022.revenue, nvda_fundamentals.fy2025.revenue, fiscal_years(nvda_fundamentals.fy2022, nvda_fundamentals.fy2025))",
      "cagr(nvda_fundamentals.fy2022.revenue, nvda_fundamentals.fy2025.revenue, fiscal_years(nvda_fundamentals.fy2022.period_end, nvda_fundamentals.fy2025.period_end))",
      "cagr(nvda_fundamentals.fy2022.revenue, nvda_fundamentals.fy2025.revenue, 3 years)",
    ]
    for form in forms { #expect(Self.shown(form) == "69.25%", "\(form)") }
    // The day count is what the fiscal count replaces.
    #expect(
      Self.shown(
        "cagr(nvda_fundamentals.fy2022.revenue, nvda_fundamentals.fy2025.revenue, nvda_fundamentals.fy2025.period_end - nvda_fundamentals.fy2022.period_end)"
      ) != "69.25%")
  }
}

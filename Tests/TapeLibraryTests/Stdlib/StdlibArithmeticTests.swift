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
    ("pp_change(3%, 4.5%)", "1.5 pp"),
    ("pp_change(4.5%, 3%)", "-1.5 pp"),
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
    ("growth_value($100, 10%, 10%, 3 years, 0%) - $1000", "$300"),  // each year's growth cancels its discount
    ("growth_value($100, 5%, 10%, 0 years, 2%)", "$102 / 0.08"),  // Gordon alone: $1,275
    ("net_present_value(10%, $250, [$100, $100, $100])", "$100 / 1.1 + $100 / 1.21 + $100 / 1.331 - $250"),
    ("eps($72.88B, 24.555B shares)", "$72.88B / (24.555B shares)"),
    ("ttm($0.49/share, $2.94/share, $0.89/share)", "$2.54/share"),
    ("capm(4.53%, 1.5, 4.33%)", "0.0453 + 1.5 * 0.0433"),
    ("wacc($900, $100, 10%, 5%, 20%)", "0.9 * 0.1 + 0.1 * 0.05 * 0.8"),
    ("ddm($2/share, 8%, 3%)", "$2/share / 0.05"),
    ("diluted_shares(1000 shares, 100 shares, $20/share, $50/share)", "1000 shares + 100 shares * 0.6"),
    ("enterprise_value($100, $30, $20)", "$110"),
    ("fcfe($100, $30, $5)", "$75"),
    ("fcff($100, $30, $10, 20%)", "$78"),
    ("reinvested_cash_flow($100, 20%, 50%)", "$60"),
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
    ("irr($100, [$20000])", "199"),  // 19,900%, far beyond the old search's 1000% bound
    // -100 + 230x - 132x^2 = 0 with x = 1/(1+r): x = 10/11 and 5/6
    ("irrs($100, [$230, -$132])[0]", "10%"),
    ("irrs($100, [$230, -$132])[1]", "20%"),
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

  /// A wrong argument is an error at that argument, before the body runs: the stdlib declares
  /// its parameters' types, and no such error points inside it.
  @Test(arguments: [
    ("pe($118.42/share, 2.94)", 19, "`pe` expects `eps` to be a quantity in `USD/share`, like `price`, found a plain number",
     "write `$2.94/share`"),
    ("pe($118.42/share, 5 shares)", 19,
     "`pe` expects `eps` to be a quantity in `USD/share`, like `price`, found `shares`", nil),
    ("pb($118.42/share, $3.25)", 19,
     "`pb` expects `book_value_per_share` to be a quantity in `USD/share`, like `price`, found `USD`", nil),
    ("ps($2.889T, €130.5B)", 13, "`ps` expects `revenue` to be a quantity in `USD`, like `market_cap`, found `EUR`", nil),
    ("eps($72.88B, $24.4B)", 14, "`eps` expects `shares` to be a quantity in `shares`, found `USD`", nil),
    ("cagr($100, $121, 2)", 18, "`cagr` expects `years` to be a duration, found a plain number", "write `2 years`"),
    ("pp_change($3, $4)", 11, "`pp_change` expects `old_percent` to be a percentage, found `USD`", nil),
    ("growth_value($100, 5%, 10%, 2, 2%)", 29, "`growth_value` expects `years` to be a duration, found a plain number",
     "write `2 years`"),
  ] as [(String, Int, String, String?)])
  func aWrongArgumentIsAnErrorAtTheArgument(_ call: String, _ column: Int, _ message: String, _ help: String?) {
    let text = Self.rendered(call)
    #expect(text.hasPrefix("<input>:1:\(column): error: \(message)\n"), "\(call):\n\(text)")
    #expect(!text.contains("stdlib/"), "points inside the stdlib:\n\(text)")
    if let help { #expect(text.contains("= help: \(help)"), "\(call):\n\(text)") }
  }

  /// An error that is not about an argument's type is still reported at the call, with the
  /// stdlib line that says why under it.
  @Test func aFailureInsideTheBodyShowsTheStdlibLineThatSaysWhy() {
    let text = Self.rendered("payback($500, [$100, $100])")
    #expect(text.hasPrefix("<input>:1:1: error: "), "reported at the call:\n\(text)")
    #expect(text.contains("::: stdlib/cashflows.tape:"), "with the stdlib line under it:\n\(text)")
    #expect(text.contains("out of range"))
    #expect(text.contains("never recover the cost"))
  }

  @Test func typesAreCheckedWhenABuiltinCallsAStdlibFunction() {
    let text = Self.rendered("map([1, 2], p => pe(p, $2/share))")
    #expect(text.contains("`pe` expects `price` to be a quantity in `USD/share`, like `eps`") || text.contains("`pe` expects `eps`"),
      "\(text)")
  }
}

/// A problem with the built-in market data behind a call: a figure the data does not hold, or a
/// rate that cannot be found. Each case carries what its message needs; the text is beside it.
public enum MarketDataError: Sendable, Equatable {
  /// `market_cap(orcl, d)`: no share count of `table` in the data, and none given.
  case noShareCount(table: String, function: String)
  /// `€100 in TWD at d`: a currency the reference rates do not cover.
  case noExchangeRate(currency: String, source: String, covered: [String])
  /// `€100 in shares at d`: a dated conversion to something other than a currency.
  case notACurrency(target: String)
  /// The session has no exchange-rate data (an interpreter built without the library's).
  case noExchangeRates

  /// The diagnostic at `span`, the argument or conversion the problem is about.
  func diagnostic(at span: Span) -> Diagnostic {
    switch self {
    case .noShareCount(let table, let function):
      return Diagnostic(
        "no share count for `\(table)` in the data", at: span, label: "no shares outstanding",
        notes: ["`help share_counts` lists the companies with cover-page counts"],
        help: "give shares outstanding as the third argument: `\(function)(\(table), DATE, COUNT shares)`")
    case .noExchangeRate(let currency, let source, let covered):
      return Diagnostic(
        "no exchange rate for `\(currency)`", at: span, label: "not in \(source)",
        notes: ["\(source) cover EUR and \(covered.map { "`\($0)`" }.joined(separator: ", "))"],
        help: "multiply by a rate you state, as in `x * RATE \(currency)/EUR`")
    case .notACurrency(let target):
      return Diagnostic(
        "`at` dates a conversion to a currency, not to `\(target)`", at: span, label: "not a currency",
        help: "write a currency and a date, as in `€100 in USD at 2025-01-27`, or drop `at DATE`")
    case .noExchangeRates:
      return Diagnostic(
        "this session has no exchange rates to convert with", at: span, label: "no rates loaded",
        help: "multiply by a rate you state: `x * RATE USD/EUR`")
    }
  }
}

import TapeCore

/// The shares outstanding `market_cap` uses, on their own.
extension Builtins {
  static let sharesOutstandingOnDate = Builtin(
    name: "shares_outstanding", topic: .market,
    parameters: [
      .init("prices", .table, "a built-in company's price table, such as `aapl`"),
      .init("date", .date),
    ],
    returns: .dimension(of: DatasetUnits.share), resultNote: "the count, citing its filing and date",
    summary: "The shares outstanding that `market_cap(prices, date)` multiplies by: the count for `date`.",
    examples: [
      .init("shares_outstanding(aapl, 2025-01-24)", yields: "15.115823B shares"),
      .init("shares_outstanding(meta, 2025-01-27)", yields: "2.533659265B shares"),
    ],
    details: """
      The latest cover-page count dated on or before `date` (`help share_counts`). When every count in the \
      data is dated after `date`, the earliest is used and `why` says so: a look-ahead is never silent. \
      Classes of shares (Alphabet's A, B and C, Meta's A and B) are added, and `why` shows the addition. \
      `nvda` uses its `shares` attribute, the 10-K cover's 24.4B as of 2025-02-21. A company without a count \
      (AMD, ORCL, TSMC) is an error: give `market_cap` the shares as its third argument instead.
      """,
    seeAlso: ["market_cap", "share_counts", "loss"]
  ) { arguments, call throws(EvalError) in
    guard case .table(let table) = arguments[0] else { throw undeclared(0, call) }
    let date = try date(arguments, 1, call)
    return .quantity(try companyShares(table, on: date, call, function: "market_cap"))
  }
}

extension EvalError {
  /// What rolling windows, resampling, lags and the prices-or-returns convention refuse, as
  /// data; the words are in `timeSeriesDiagnostic`.
  public enum TimeSeriesProblem: Sendable, Equatable {
    /// `rolling(s, 30, mean)` over fewer points than the window.
    case windowLongerThanData(window: Int, count: Int, in: Points)
    /// `rolling(s, $5, mean)`: a window that is neither a count nor a span of time.
    case windowNotASpan(found: ValueKind)
    /// `rolling(s, 20, f)` where `f` returned something other than a quantity.
    case reductionNeedsQuantity(function: String, found: ValueKind)
    /// `resample(s, "fortnight", last)`.
    case unknownPeriod(String)
    /// `beta(returns(a), b)` where `b` is a list holding a value no price has: a list is read as
    /// prices, so one that looks like returns is refused rather than differenced again.
    case pricesExpected(function: String, points: Points, place: Place, value: Double)
    /// `returns(returns(s))`: returns of returns are almost never meant.
    case alreadyReturns(function: String, series: String)
    /// `lag(s, 100)` on a shorter series.
    case lagTooLong(lag: Int, count: Int)
    /// `chart(s, {rebase: true})` where `s` is empty or starts at 0.
    case cannotRebase(series: String)
    /// `rolling([1, 2, 3], 1 month, mean)`: a list has positions, not dates.
    case spanOverList
  }

  func timeSeriesDiagnostic(_ problem: TimeSeriesProblem, at span: Span) -> Diagnostic {
    switch problem {
    case .windowLongerThanData(let window, let count, let points):
      return Diagnostic(
        "a window of \(window) points is longer than \(points), which has \(count)", at: span, label: "this window",
        help: "use a shorter window, or a longer slice of the data")
    case .windowNotASpan(let found):
      return Diagnostic(
        "a window is a number of points or a span of time; found \(found.description)", at: span, label: "this window",
        help: "write `20` for 20 points, `30 days` or `1 month` for a calendar span")
    case .reductionNeedsQuantity(let function, let found):
      return Diagnostic(
        "`\(function)` must return a number or quantity for each window; it returned \(found.description)", at: span,
        label: "this function")
    case .unknownPeriod(let name):
      return Diagnostic(
        "unknown period `\(name)`", at: span, label: "this period",
        help: "resample to \"week\", \"month\", \"quarter\" or \"year\"")
    case .pricesExpected(let function, let points, let place, let value):
      return Diagnostic(
        "`\(function)` reads \(points) as prices, but it is \(NumberText.significant(value)) \(place)", at: span,
        label: "this argument",
        notes: [
          "a list, or a series not made by `returns`, `pct_change` or `log_returns`, is read as prices or values, which are positive"
        ],
        help: "pass the prices themselves, or mark a series of returns with `as_returns(s)`")
    case .alreadyReturns(let function, let series):
      return Diagnostic(
        "`\(series)` already holds returns; `\(function)` of it would be returns of returns", at: span,
        label: "this argument", help: "pass the prices the returns were taken from")
    case .lagTooLong(let lag, let count):
      return Diagnostic(
        "a lag of \(lag) points leaves nothing of a series of \(count)", at: span, label: "this lag")
    case .cannotRebase(let series):
      return Diagnostic(
        "`\(series)` cannot be rebased to 100: it is empty or starts at 0", at: span, label: "this series",
        help: "slice it from a date where it is not 0")
    case .spanOverList:
      return Diagnostic(
        "a list has positions, not dates, so its windows are counts of items", at: span, label: "this window",
        help: "write a number of items, or make a series with `dated(dates, values)`")
    }
  }
}

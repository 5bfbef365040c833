#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import TapeCore

/// Log returns, annualised volatility, and marking a loaded series as returns.
extension Builtins {
  static let logReturns = Builtin(
    name: "log_returns", topic: .series, parameters: [.init("prices", seriesOrList, "positive, at least two")],
    returns: .oneOf([.series, .list(of: .number)]), resultNote: "plain numbers, one point shorter",
    summary: "Logarithmic returns: `ln(new / old)` from each point to the next.",
    examples: [.init("log_returns([100, 110, 99])", yields: "[0.0953102, -0.105361]")],
    details: """
      Log returns add up over time (the sum of a week's daily log returns is the week's), which \
      is why volatility models use them. For daily moves of a few percent they are close to \
      `returns`. The prices must be positive. The result is marked as returns, so `volatility` \
      and `beta` take it as it is.
      """,
    seeAlso: ["returns", "volatility", "ln"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "log_returns", minimum: 2)
    try refuseReturns(points, call, function: "log_returns")
    let values = points.values
    var result = ContiguousArray<Double>(repeating: 0, count: values.count - 1)
    for index in values.indices {
      guard values[index] > 0 else {
        throw EvalError.notPositive(points.name, place: points.place(index), function: "log_returns", at: call.argumentSpan(0))
      }
      if index > 0 { result[index - 1] = log(values[index] / values[index - 1]) }
    }
    let value = points.result(
      name: "log_returns(\(points.series.name))", days: ContiguousArray(points.days.dropFirst()), values: result,
      unit: .none, format: .automatic)
    return markedAs(.logReturns, value)
  }

  static let volatility = Builtin(
    name: "volatility", topic: .series,
    parameters: [
      .init("x", seriesOrList, "prices, or returns from `returns`, `pct_change` or `log_returns`"),
      .init("periods", .number, "periods in a year; 252 trading days when omitted"),
    ],
    optionalCount: 1, returns: .percent,
    summary: "Annualised volatility: the standard deviation of the returns of `x`, times the square root of 252.",
    examples: [
      .init("volatility([100, 102, 99.96, 101.9592])", yields: "36.66%"),
      .init(
        "volatility(returns(dated([2025-01-23, 2025-01-24, 2025-01-27, 2025-01-28], [100, 102, 99.96, 101.9592])))",
        yields: "36.66%"),
    ],
    details: """
      Takes prices (or values) and uses their simple daily returns, or takes a series of returns \
      as it is: `volatility(nvda.close)` and `volatility(returns(nvda.close))` agree. A list, or a \
      series that did not come from `returns`, `pct_change` or `log_returns`, is read as prices; \
      if it holds a zero or negative value it cannot be prices and is refused (`as_returns(s)` \
      marks a loaded series of returns). The sample standard deviation (n - 1) is scaled by \
      `sqrt(periods)`: 252 trading days a year, or 52 for weekly and 12 for monthly data.
      """,
    seeAlso: ["returns", "stdev", "rolling", "beta"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "volatility", minimum: 2)
    let moves = try returnsOf(points, 0, call, function: "volatility")
    guard moves.count >= 2 else {
      throw EvalError.tooFewPoints(function: "volatility", minimum: 3, found: points.count, in: points.name, at: call.argumentSpan(0))
    }
    var periods = 252.0
    if arguments.count > 1 {
      periods = try quantity(arguments, 1, call).value
      guard periods > 0, periods.isFinite else {
        throw EvalError.notAWholeNumber(.atLeastOne, at: call.argumentSpan(1))
      }
    }
    let mean = compensatedSum(moves) / Double(moves.count)
    var squares = 0.0
    for value in moves { squares += (value - mean) * (value - mean) }
    let deviation = (squares / Double(moves.count - 1)).squareRoot()
    return try finite(Quantity(deviation * periods.squareRoot(), format: .percent, provenance: points.provenance), call)
  }

  static let asReturns = Builtin(
    name: "as_returns", topic: .series, parameters: [.init("x", .series, "simple returns, as plain numbers")],
    returns: .series, resultNote: "the same points, marked as returns",
    summary: "Marks a series of simple returns (a loaded column, say) so that `beta` and `volatility` use it as returns.",
    examples: [
      .init(
        "volatility(as_returns(dated([2025-01-27, 2025-01-28, 2025-01-29], [0.02, -0.02, 0.02])))", yields: "36.66%")
    ],
    details: """
      Series made by `returns`, `pct_change` and `log_returns` are marked already. A series of \
      returns read from a file is not, and statistics that take prices would refuse it (it has \
      negative values) rather than take returns of returns. Percentages are read as their \
      ratios (2% is 0.02).
      """,
    seeAlso: ["returns", "volatility", "beta", "correlation"]
  ) { arguments, call throws(EvalError) in
    var series = try series(arguments, 0, call)
    series.measure = .returns
    return .series(series)
  }
}

import TapeCore

/// Moves from one point to the next, growth from the start, and falls from the peak.
extension Builtins {
  static let seriesReturns: [Builtin] = [change, pctChange, returns, cumulative, drawdown, maxDrawdown]

  static let change = Builtin(
    name: "change", topic: .series, parameters: [.init("x", seriesOrList, "at least two values")],
    overColumns: .values, returns: seriesOrList, resultNote: "in the unit of x, one point shorter",
    summary: "The difference from each point to the next, in the unit of `x`.",
    examples: [
      .init("change([$142.62, $118.42, $128.99])", yields: "[-$24.20, $10.57]"),
      .init(
        "change(\(exampleCloses))",
        yields: """
          date        change(series) (USD/share)
          ──────────  ──────────────────────────
          2025-01-27                     -$24.20
          2025-01-28                      $10.57
          """),
    ],
    details: """
      Each point is the value on that date minus the value on the date before it in the series \
      (the previous trading day), so the result starts at the second date. Use `pct_change` for \
      the move as a percentage.
      """,
    seeAlso: ["pct_change", "prev", "loss"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "change", minimum: 2)
    let values = points.values
    var result = ContiguousArray<Double>(repeating: 0, count: values.count - 1)
    for index in 1..<values.count {
      result[index - 1] = DecimalRounding.sum(values[index] - values[index - 1], of: values[index], values[index - 1])
    }
    return points.result(
      name: "change(\(points.series.name))", days: ContiguousArray(points.days.dropFirst()), values: result,
      unit: points.series.unit, format: points.series.format)
  }

  static let pctChange = Builtin(
    name: "pct_change", topic: .series,
    parameters: [
      .init("old", .oneOf([.quantity, .series, .list(of: .quantity)]), "the earlier value, or a series or list"),
      .init("new", .sameDimension(as: 0), "the later value; none for a series or list"),
    ],
    optionalCount: 1, overColumns: .values, returns: .oneOf([.percent, .series, .list(of: .percent)]),
    resultNote: "for a series or list, one point shorter",
    summary: "The relative change from `old` to `new`, or from each point of a series to the next, in percent.",
    examples: [
      .init("pct_change($142.62, $118.42)", yields: "-16.97%"),
      .init("pct_change([$142.62, $118.42, $128.99])", yields: "[-16.97%, 8.93%]"),
    ],
    details: """
      With two quantities, `(new - old) / old` as a percentage; they must share a dimension \
      (`$142.62/share` and `$118.42/share`, or two amounts in one currency). With one series, the \
      change from each trading day to the next, dated at the later day, so the result is one \
      point shorter. A zero `old` value is an error: the change from nothing is undefined; a negative one is \
      refused as not meaningful (from -2% to 1% is a rise, not -150%): use `change`. \
      `returns` is the same series as plain numbers.
      """,
    seeAlso: ["returns", "change", "cumulative", "percent"]
  ) { arguments, call throws(EvalError) in
    if case .quantity(let old) = arguments[0] {
      guard arguments.count == 2 else {
        throw EvalError.badArgument(.pctChangeOfOneQuantity, at: call.argumentSpan(0))
      }
      let new = try quantity(arguments, 1, call)
      guard old.value != 0 else { throw EvalError.divisionByZero(at: call.span, divisor: call.argumentSpan(0)) }
      // From a negative base the sign of the change reads backwards (-2% to 1% is not -150%).
      guard old.value > 0 else { throw Refusal.negativeChangeBase(old).error(at: call.argumentSpan(0)) }
      let ratio = new.converted(to: old.unit).value / old.value - 1
      return try finite(Quantity(ratio, format: .percent, provenance: old.provenance.union(new.provenance)), call)
    }
    guard arguments.count == 1 else {
      throw EvalError.badArgument(.pctChangeSecondArgument, at: call.argumentSpan(1))
    }
    return try relativeChanges(arguments, call, function: "pct_change", format: .percent)
  }

  static let returns = Builtin(
    name: "returns", topic: .series, parameters: [.init("prices", seriesOrList, "at least two values")],
    overColumns: .values, returns: .oneOf([.series, .list(of: .number)]), resultNote: "plain numbers, one point shorter",
    summary: "Simple daily returns: the relative change from each point to the next, as plain numbers.",
    examples: [.init("returns([100, 110, 99])", yields: "[0.1, -0.1]")],
    details: """
      The same figures as `pct_change` with one argument, shown as plain ratios rather than \
      percentages, ready for statistics: `stdev(returns(nvda.close)) * sqrt(252)` is the \
      annualized volatility. Returns are simple (`new / old - 1`), not logarithmic, and are \
      computed from `close`, which is not adjusted for dividends. The result is marked as \
      returns: `beta`, `correlation` and `volatility` take it as it is, and `returns` of it is \
      refused (returns of returns are almost never meant).
      """,
    seeAlso: ["pct_change", "stdev", "beta", "correlation"]
  ) { arguments, call throws(EvalError) in
    try relativeChanges(arguments, call, function: "returns", format: .automatic)
  }

  /// `new / old - 1` from each point to the next; a zero value to move from is an error.
  static func relativeChanges(_ arguments: [Value], _ call: CallContext, function: String, format: DisplayFormat)
    throws(EvalError) -> Value
  {
    let points = try points(arguments, 0, call, function: function, minimum: 2)
    try refuseReturns(points, call, function: function)
    let values = points.values
    var result = ContiguousArray<Double>(repeating: 0, count: values.count - 1)
    for index in 1..<values.count {
      guard values[index - 1] != 0 else { throw zeroBase(points, index - 1, call, function: function) }
      result[index - 1] = values[index] / values[index - 1] - 1
    }
    // Marked as returns, so `beta`, `correlation` and `volatility` take them as they are.
    return markedAs(
      .returns,
      points.result(
        name: "\(function)(\(points.series.name))", days: ContiguousArray(points.days.dropFirst()), values: result,
        unit: .none, format: format))
  }

  static func zeroBase(_ points: Points, _ index: Int, _ call: CallContext, function: String) -> EvalError {
    .zeroBase(points.name, place: points.place(index), function: function, at: call.argumentSpan(0))
  }

  static let cumulative = Builtin(
    name: "cumulative", topic: .series, parameters: [.init("prices", seriesOrList, "not empty")],
    overColumns: .values, returns: .oneOf([.series, .list(of: .percent)]), resultNote: "percentages",
    summary: "The return from the first point to each point, in percent.",
    examples: [.init("cumulative([$142.62, $118.42, $128.99])", yields: "[0.00%, -16.97%, -9.56%]")],
    details: """
      Each point is `value / first - 1`: where an investment made at the first date stood on \
      each date. The first point is 0%. Take a slice to choose the start, as in \
      `cumulative(nvda.close[2025-01-24..2025-02-28])`.
      """,
    seeAlso: ["pct_change", "drawdown", "first"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "cumulative")
    try refuseReturns(points, call, function: "cumulative")
    let values = points.values
    guard values[0] != 0 else { throw zeroBase(points, 0, call, function: "cumulative") }
    var result = ContiguousArray<Double>(repeating: 0, count: values.count)
    for index in values.indices { result[index] = values[index] / values[0] - 1 }
    return points.result(
      name: "cumulative(\(points.series.name))", days: points.days, values: result, unit: .none, format: .percent)
  }

  static let drawdown = Builtin(
    name: "drawdown", topic: .series, parameters: [.init("prices", seriesOrList, "positive values")],
    overColumns: .values, returns: .oneOf([.series, .list(of: .percent)]), resultNote: "percentages, zero or below",
    summary: "How far each point is below the highest point before it, in percent.",
    examples: [.init("drawdown([$142.62, $118.42, $128.99])", yields: "[0.00%, -16.97%, -9.56%]")],
    details: """
      Each point is `value / peak - 1`, where the peak is the highest value up to and including \
      that date, so a new high is 0% and the deepest point is `max_drawdown`. Drawdowns are \
      measured on prices or portfolio values, which are positive: a zero or negative value is an \
      error (take the drawdown of the prices, not of their returns).
      """,
    seeAlso: ["max_drawdown", "cumulative"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "drawdown")
    let result = try drawdowns(points, call, function: "drawdown")
    return points.result(
      name: "drawdown(\(points.series.name))", days: points.days, values: result, unit: .none, format: .percent)
  }

  static let maxDrawdown = Builtin(
    name: "max_drawdown", topic: .series, parameters: [.init("prices", seriesOrList, "positive values")],
    overColumns: .values, returns: .percent, resultNote: "zero or below",
    summary: "The deepest fall from a peak to a later low, in percent.",
    examples: [.init("max_drawdown([$142.62, $118.42, $128.99])", yields: "-16.97%")],
    details: """
      The lowest point of `drawdown`: the worst loss of anyone who bought at a high within the \
      series and held. It is negative (or 0% when the series never falls); `argmin(drawdown(s))` \
      gives the date of the low.
      """,
    seeAlso: ["drawdown", "min", "argmin"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "max_drawdown")
    let worst = try drawdowns(points, call, function: "max_drawdown").min() ?? 0
    return .quantity(points.quantity(worst, unit: Unit.none, format: .percent))
  }

  static func drawdowns(_ points: Points, _ call: CallContext, function: String) throws(EvalError)
    -> ContiguousArray<Double>
  {
    let values = points.values
    var result = ContiguousArray<Double>(repeating: 0, count: values.count)
    var peak = -Double.infinity
    for index in values.indices {
      let value = values[index]
      guard value > 0 else {
        throw EvalError.notPositive(
          points.name, place: points.place(index), function: function, at: call.argumentSpan(0))
      }
      peak = Swift.max(peak, value)
      result[index] = value / peak - 1
    }
    return result
  }
}

import TapeCore

/// Daily points to weekly, monthly, quarterly or yearly ones, dated at each period's end.
extension Builtins {
  static let resample = Builtin(
    name: "resample", topic: .series,
    parameters: [
      .init("x", .series),
      .init("period", .string, "\"week\", \"month\", \"quarter\" or \"year\""),
      .init("reduce", .function, "`last`, `first`, `mean`, `sum`, `max`, `min`, or any function of a series; `last` when omitted"),
    ],
    optionalCount: 1, callsFunctions: true, returns: .series, resultNote: "one point per period, dated at the period's end",
    summary: "One point per week, month, quarter or year, reducing each period's points with `reduce`.",
    examples: [
      .init(
        "resample(dated([2025-01-30, 2025-01-31, 2025-02-03, 2025-02-28], [$10, $11, $12, $13]), \"month\")",
        yields: """
          date        resample(series, "month", last) (USD)
          ──────────  ─────────────────────────────────────
          2025-01-31                                 $11.00
          2025-02-28                                 $13.00
          """),
      .init(
        "resample(dated([2025-01-30, 2025-01-31, 2025-02-03], [1, 2, 4]), \"week\", sum)",
        yields: """
          date        resample(series, "week", sum)
          ──────────  ─────────────────────────────
          2025-02-02                              3
          2025-02-09                              4
          """),
    ],
    details: """
      Weeks end on Sunday (ISO weeks, as pandas' `W`), months, quarters and years on their last \
      calendar day (pandas' `ME`, `QE`, `YE`): each point of the result is dated at the end of \
      its period, even when the last trading day came earlier. Month-end closes are \
      `resample(nvda.close, "month", last)`; monthly volume is `resample(nvda.volume, "month", sum)`. \
      `last`, `first`, `mean`, `sum`, `min` and `max` run in one pass; any other function is \
      called with each period's points as a series. A period with no points has no row.
      """,
    seeAlso: ["rolling", "last", "mean"]
  ) { arguments, call throws(EvalError) in
    let series = try series(arguments, 0, call)
    guard case .string(let periodName) = arguments[1] else { throw undeclared(1, call) }
    guard let period = TapeDate.Period(rawValue: periodName.lowercased()) else {
      throw EvalError.timeSeries(.unknownPeriod(periodName), at: call.argumentSpan(1))
    }
    let reducer: Reduction =
      arguments.count > 2
      ? try reduction(arguments, 2, call)
      : Reduction(name: "last", fast: .last) { (window) throws(EvalError) in window }
    var days = ContiguousArray<Int32>()
    var values = ContiguousArray<Double>()
    var unit = series.unit
    var format = series.format
    var first: Quantity? = nil
    var start = 0
    while start < series.count {
      let periodEnd = TapeDate(daysSinceEpoch: Int(series.days[start])).end(of: period).daysSinceEpoch
      var end = start
      while end + 1 < series.count && Int(series.days[end + 1]) <= periodEnd { end += 1 }
      if let fast = reducer.fast {
        var running = RunningWindow(fast, values: series.values)
        running.first = start
        running.next = start
        running.extend(through: end)
        if let value = running.value {
          days.append(Int32(clamping: periodEnd))
          values.append(value)
        }
      } else {
        var window = series
        window.days = ContiguousArray(series.days[start...end])
        window.values = ContiguousArray(series.values[start...end])
        let figure = try reducer.figure(of: .series(window), unit: &first, at: call.argumentSpan(2))
        days.append(Int32(clamping: periodEnd))
        values.append(figure)
      }
      start = end + 1
    }
    if reducer.fast == nil {
      unit = first?.unit ?? unit
      format = first?.format ?? format
    }
    return .series(
      Series(
        name: "resample(\(series.name), \"\(period.rawValue)\", \(reducer.name))", days: days, values: values,
        unit: unit, format: format, provenance: series.provenance,
        measure: .levels))
  }
}

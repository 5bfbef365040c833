import TapeCore

/// Making a series and reading points of it by position or by date.
extension Builtins {
  static let seriesAccess: [Builtin] = [dated, first, last, prev, at]

  /// The three NVIDIA closes the examples use (USD/share, 2025-01-24, 01-27 and 01-28).
  static let exampleCloses = "dated([2025-01-24, 2025-01-27, 2025-01-28], [$142.62/share, $118.42/share, $128.99/share])"

  static let dated = Builtin(
    name: "dated", topic: .series,
    parameters: [
      .init("dates", .list(of: .date), "each later than the one before"),
      .init("values", .list(of: .quantity), "in one dimension, one per date"),
      .init("name", .string, "not empty"),
    ],
    optionalCount: 1, returns: .series, resultNote: "in the unit of the first value",
    summary: "A series from a list of dates and a list of values, for figures of your own.",
    examples: [
      .init("dated([2025-01-24, 2025-01-27], [$142.62, $118.42])[2025-01-27]", yields: "$118.42"),
      .init(
        "dated([2025-01-24, 2025-01-27], [$142.62/share, $118.42/share], \"close\")",
        yields: """
          date        close (USD/share)
          ──────────  ─────────────────
          2025-01-24            $142.62
          2025-01-27            $118.42
          """),
    ],
    details: """
      The built-in datasets are series already (`nvda.close`); `dated` makes one from figures you \
      type, so every series function works on them too. The dates must ascend with no repeats, \
      and there must be one value per date; the values share one dimension and are shown in the \
      first value's unit. `name` (default `series`) heads the column and names the series in \
      messages.
      """,
    seeAlso: ["at", "first", "compare", "dates"]
  ) { arguments, call throws(EvalError) in
    let dateItems = try list(arguments, 0, call)
    var days = ContiguousArray<Int32>()
    days.reserveCapacity(dateItems.count)
    for item in dateItems {
      guard case .date(let date) = item else { throw undeclared(0, call) }
      let day = Int32(clamping: date.daysSinceEpoch)
      if let previous = days.last, day <= previous {
        throw EvalError.badArgument(
          .datesNotAscending(date: date, previous: TapeDate(daysSinceEpoch: Int(previous))), at: call.argumentSpan(0))
      }
      days.append(day)
    }
    let items = try quantities(arguments, 1, call)
    guard items.count == days.count else {
      throw EvalError.lengthsDiffer(left: days.count, right: items.count, at: call.argumentSpan(1))
    }
    var name = "series"
    if arguments.count > 2 {
      guard case .string(let text) = arguments[2] else { throw undeclared(2, call) }
      guard !text.isEmpty else {
        throw EvalError.badArgument(.emptySeriesName, at: call.argumentSpan(2))
      }
      name = text
    }
    var values = ContiguousArray<Double>()
    values.reserveCapacity(items.count)
    var provenance = Provenance.none
    for item in items {
      values.append(item.value)
      provenance = provenance.union(item.provenance)
    }
    return .series(
      Series(
        name: name, days: days, values: values, unit: items.first?.unit ?? .none,
        format: items.first?.format ?? .automatic, provenance: provenance))
  }

  static let first = Builtin(
    name: "first", topic: .series, parameters: [.init("x", .oneOf([.series, .list(of: .any)]), "not empty"), count], optionalCount: 1,
    overColumns: .endRow(last: false), returns: .any, resultNote: "the first item of a list; for a series, a quantity in its unit",
    summary: "The value at the first date of a series, or the first item of a list.",
    examples: [
      .init("first(\(exampleCloses))", yields: "$142.62/share"),
      .init("first([$589B, $279B])", yields: "$589.0B"),
      .init("first([1, 2, 3, 4], 2)", yields: "[1, 2]"),
    ],
    details: """
      For a series, the point at its earliest date, in the series' unit and with its sources: \
      `first(nvda.close[2025-01-27..2025-01-31])` is the close of 27 January. With `n`, the first \
      `n` points as a series (or items as a list), all of them when there are fewer: \
      `first(s, 20)` is `s[..19]`. An empty series or list is an error.
      """,
    seeAlso: ["last", "at", "prev"]
  ) { arguments, call throws(EvalError) in
    try endPoint(arguments, call, function: "first", last: false)
  }

  static let last = Builtin(
    name: "last", topic: .series, parameters: [.init("x", .oneOf([.series, .list(of: .any)]), "not empty"), count], optionalCount: 1,
    overColumns: .endRow(last: true), returns: .any, resultNote: "the last item of a list; for a series, a quantity in its unit",
    summary: "The value at the last date of a series, or the last item of a list.",
    examples: [
      .init("last(\(exampleCloses))", yields: "$128.99/share"),
      .init("last([$589B, $279B])", yields: "$279.0B"),
      .init("last([1, 2, 3, 4], 2)", yields: "[3, 4]"),
    ],
    details: """
      For a series, the point at its latest date, in the series' unit and with its sources. \
      `last(s) / first(s) - 1 in %` is the change over the whole series. With `n`, the last `n` \
      points as a series (or items as a list): `last(s, 20)` is `s[-20..]`. An empty series or list \
      is an error.
      """,
    seeAlso: ["first", "at", "cumulative"]
  ) { arguments, call throws(EvalError) in
    try endPoint(arguments, call, function: "last", last: true)
  }

  /// `first` and `last`'s optional count.
  static let count = Builtin.Parameter("n", .number, "a whole number of points, at least 1")

  static func endPoint(_ arguments: [Value], _ call: CallContext, function: String, last: Bool) throws(EvalError)
    -> Value
  {
    if arguments.count > 1 { return try endPoints(arguments, call, function: function, last: last) }
    if case .list(let items) = arguments[0] {
      guard let item = last ? items.last : items.first else {
        throw EvalError.emptyList(function: function, at: call.argumentSpan(0))
      }
      return item
    }
    let points = try points(arguments, 0, call, function: function)
    return .quantity(points.series.quantity(at: last ? points.count - 1 : 0))
  }

  static let prev = Builtin(
    name: "prev", topic: .series,
    parameters: [.init("s", .series), .init("date", .date)], returns: .quantity, resultNote: "in the unit of s",
    summary: "The value on the last date of `s` before `date`: the previous trading day's figure.",
    examples: [
      .init("prev(\(exampleCloses), 2025-01-27)", yields: "$142.62/share"),
      .init("prev(\(exampleCloses), 2025-01-26)", yields: "$142.62/share"),
    ],
    details: """
      `date` need not be a trading day itself: the day before a Monday and the Sunday before it \
      both give the Friday's value. This is the "before" of a one-day move, as in \
      `nvda.close[2025-01-27] - prev(nvda.close, 2025-01-27)`. When the series has no date \
      before `date`, the error names its first date.
      """,
    seeAlso: ["at", "loss", "change"]
  ) { arguments, call throws(EvalError) in
    let series = try series(arguments, 0, call)
    let date = try date(arguments, 1, call)
    let index = TradingDays.firstPosition(in: series.days, atOrAfter: Int32(clamping: date.daysSinceEpoch)) - 1
    guard index >= 0 else {
      throw EvalError.badArgument(
        .noDateBefore(
          series: series.name, date: date, first: series.days.first.map { TapeDate(daysSinceEpoch: Int($0)) },
          toMeasureMove: false),
        at: call.argumentSpan(1))
    }
    return .quantity(series.quantity(at: index))
  }

  static let at = Builtin(
    name: "at", topic: .series,
    parameters: [.init("s", .oneOf([.series, .table])), .init("date", .date, "a date of s")],
    returns: .oneOf([.quantity, .record]), resultNote: "in the unit of a series; the row of a table",
    summary: "The value of `s` on `date`, which must be a date of the series; same as `s[date]`.",
    examples: [.init("at(\(exampleCloses), 2025-01-27)", yields: "$118.42/share")],
    details: """
      A date with no data (a weekend, a holiday, a date outside the series) is an error that \
      names the nearest dates with data on either side; use `prev` for the last value before a \
      date. For a table, the result is the row on that date as a record keyed by column \
      (`at(closes, 2025-01-27).nvda`); the date is the row's label, not a field, so two rows \
      combine key by key.
      """,
    seeAlso: ["prev", "first", "dated"]
  ) { arguments, call throws(EvalError) in
    let date = try date(arguments, 1, call)
    let day = Int32(clamping: date.daysSinceEpoch)
    switch arguments[0] {
    case .series(let series):
      guard let index = series.index(of: date) else {
        throw TradingDays.noData(on: date, in: series.days, name: series.name, provenance: series.provenance, at: call.argumentSpan(1))
      }
      return .quantity(series.quantity(at: index))
    case .table(let table):
      guard let row = table.row(on: date) else {
        throw TradingDays.noData(on: date, in: table.days, name: table.name, provenance: table.provenance, at: call.argumentSpan(1))
      }
      return .record(row)
    default:
      throw undeclared(0, call)
    }
  }
}

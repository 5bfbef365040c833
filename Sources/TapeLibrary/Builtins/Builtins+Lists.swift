import TapeCore

extension Builtins {
  static let lists: [Builtin] = [len, sum, mean, min, max]

  /// What the functions over a column of figures take: a series, or a list of quantities read
  /// as one whose dates are positions (see `Points`).
  static let seriesOrList: ParameterType = .oneOf([.series, .list(of: .quantity)])

  static let len = Builtin(
    name: "len", topic: .lists, parameters: [.init("list", .oneOf([.list(of: .any), .series, .table, .record]))],
    returns: .number,
    summary: "How many items `list` holds, how many dates a series or table has, or how many keys a record has.",
    examples: [
      .init("len([1, 2, 3])", yields: "3"), .init("len([])", yields: "0"),
      .init("len(dated([2025-01-24, 2025-01-27], [$142.62, $118.42]))", yields: "2"),
      .init("len({nvda: -16.97%, amd: -6.37%})", yields: "2"),
    ],
    details: """
      Counts the items of any list, whatever they hold: numbers, money, dates, text or other lists. \
      For a series or a table, counts its dates (trading days), as in `len(nvda[2025-01-01..2025-01-31])`.
      """,
    seeAlso: ["lists", "sum"]
  ) { arguments, call throws(EvalError) in
    switch arguments[0] {
    case .series(let series): .number(Double(series.count))
    case .table(let table): .number(Double(table.count))
    case .record(let record): .number(Double(record.names.count))
    default: .number(Double(try list(arguments, 0, call).count))
    }
  }

  static let sum = Builtin(
    name: "sum", topic: .lists, parameters: [.init("list", seriesOrList, "in one dimension")], overColumns: .values, returns: .quantity,
    resultNote: "in the unit of the first item, or of the series",
    summary: "The total of the items of `list`, in the unit of the first item, or of a series' values.",
    examples: [
      .init("sum([$589B, $279B])", yields: "$868.0B"), .init("sum([1, 2, 3.5])", yields: "6.5"),
      .init("sum([1 day, 12 hours])", yields: "1.5 days"), .init("sum([])", yields: "0"),
      .init("sum(dated([2025-01-27, 2025-01-28], [10 shares, 5 shares]))", yields: "15 shares"),
    ],
    details: """
      The items must share one dimension: all in one currency, all shares, all durations. Items \
      in other units of that dimension are converted to the first item's unit, so \
      `sum([1 day, 12 hours])` is in days. The sum of an empty list is 0. A series sums its \
      values in its unit, as in `sum(nvda.volume[2025-01-27..2025-01-31])`.
      """,
    seeAlso: ["mean", "len", "lists"]
  ) { arguments, call throws(EvalError) in
    if arguments[0].isSeries {
      let points = try points(arguments, 0, call, function: "sum", minimum: 0)
      return try finite(points.quantity(compensatedSum(points.values)), call)
    }
    let items = try quantities(arguments, 0, call)
    guard let first = items.first else { return .number(0) }
    return try finite(Quantity(compensatedSum(items), first.unit, format: first.format), call)
  }

  static let mean = Builtin(
    name: "mean", topic: .lists, parameters: [.init("list", seriesOrList, "not empty, in one dimension")], overColumns: .values, returns: .quantity,
    resultNote: "in the unit of the first item, or of the series",
    summary: "The arithmetic mean of the items of `list`, or of a series' values.",
    examples: [
      .init("mean([$142.62, $118.42])", yields: "$130.52"), .init("mean([1, 2])", yields: "1.5"),
      .init("mean(dated([2025-01-24, 2025-01-27], [$142.62/share, $118.42/share]))", yields: "$130.52/share"),
    ],
    details: """
      The sum of the items divided by how many there are. The items must share one dimension; \
      the result is in the first item's unit. A series gives the mean of its values in its unit. \
      The mean of an empty list or series is an error.
      """,
    seeAlso: ["sum", "min", "max", "median", "lists"]
  ) { arguments, call throws(EvalError) in
    if arguments[0].isSeries {
      let points = try points(arguments, 0, call, function: "mean")
      return try finite(points.quantity(compensatedSum(points.values) / Double(points.count)), call)
    }
    let items = try quantities(arguments, 0, call)
    guard let first = items.first else {
      throw EvalError.emptyList(function: "mean", at: call.argumentSpan(0))
    }
    return try finite(
      Quantity(compensatedSum(items) / Double(items.count), first.unit, format: first.format), call)
  }

  static let min = Builtin(
    name: "min", topic: .lists, parameters: [.init("list", seriesOrList, "not empty, in one dimension")], overColumns: .values, returns: .quantity,
    resultNote: "in the unit of the first item, or of the series",
    summary: "The smallest item of `list`, or the smallest value of a series.",
    examples: [
      .init("min([$142.62, $118.42, $128.99])", yields: "$118.42"), .init("min([1 day, 36 hours])", yields: "1 day"),
      .init("min(\(exampleCloses))", yields: "$118.42/share"),
    ],
    details: """
      The items must share one dimension; items in other units of it are compared after \
      conversion to the first item's unit. The result is shown in that unit. For a series, the \
      minimum of its values, in its unit; `argmin` gives the date. The minimum of an empty list \
      or series is an error.
      """,
    seeAlso: ["max", "mean", "argmin", "lists"]
  ) { arguments, call throws(EvalError) in
    try extreme(arguments, call, name: "min", keepFirst: <)
  }

  static let max = Builtin(
    name: "max", topic: .lists, parameters: [.init("list", seriesOrList, "not empty, in one dimension")], overColumns: .values, returns: .quantity,
    resultNote: "in the unit of the first item, or of the series",
    summary: "The largest item of `list`, or the largest value of a series.",
    examples: [
      .init("max([-3%, 17%, 8.9%])", yields: "17.00%"), .init("max([1 day, 36 hours])", yields: "1.5 days"),
      .init("max(\(exampleCloses))", yields: "$142.62/share"),
    ],
    details: """
      The items must share one dimension; items in other units of it are compared after \
      conversion to the first item's unit. The result is shown in that unit. For a series, the \
      maximum of its values, in its unit; `argmax` gives the date. The maximum of an empty list \
      or series is an error.
      """,
    seeAlso: ["min", "mean", "argmax", "lists"]
  ) { arguments, call throws(EvalError) in
    try extreme(arguments, call, name: "max", keepFirst: >)
  }

  /// Neumaier's compensated sum (see the column version): long lists add up without the drift of
  /// a naive loop, then the total is rounded to the working precision like any other sum.
  static func compensatedSum(_ items: [Quantity]) -> Double {
    compensatedSum(ContiguousArray(items.lazy.map(\.value)))
  }

  static func extreme(
    _ arguments: [Value], _ call: CallContext, name: String, keepFirst: (Double, Double) -> Bool
  ) throws(EvalError) -> Value {
    if arguments[0].isSeries {
      let points = try points(arguments, 0, call, function: name)
      return .quantity(points.series.quantity(at: extremeIndex(points.values, keepFirst: keepFirst)))
    }
    let items = try quantities(arguments, 0, call)
    guard var best = items.first else {
      throw EvalError.emptyList(function: name, at: call.argumentSpan(0))
    }
    for item in items.dropFirst() where keepFirst(item.value, best.value) { best = item }
    return .quantity(best)
  }
}

extension Value {
  /// A series: reductions read it as a column, a list item by item.
  var isSeries: Bool {
    if case .series = self { true } else { false }
  }
}

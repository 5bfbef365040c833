import TapeCore

/// Ordering the points of a series or list, the values of a record (keys kept) or records by a
/// key function, by value.
extension Builtins {
  static let seriesOrdering: [Builtin] = [rank, sort, sortDesc, top, bottom]

  /// Positions from the largest value to the smallest; equal values keep their order (the
  /// earlier date first).
  static func positionsLargestFirst(_ values: ContiguousArray<Double>) -> [Int] {
    var order = Array(values.indices)
    values.withUnsafeBufferPointer { v in order.sort { v[$0] > v[$1] || (v[$0] == v[$1] && $0 < $1) } }
    return order
  }

  /// Positions of the `n` largest values, largest first, ties to the earlier position. A few are
  /// kept in a small sorted buffer in one pass over the column; many, by sorting.
  static func largest(_ n: Int, of values: ContiguousArray<Double>) -> [Int] {
    guard n <= 64 else { return Array(positionsLargestFirst(values).prefix(n)) }
    var best: [Int] = []
    best.reserveCapacity(n + 1)
    for position in values.indices {
      let value = values[position]
      // A later position must be strictly larger to displace an equal, earlier one.
      if best.count == n, let smallest = best.last, value <= values[smallest] { continue }
      var slot = best.count
      while slot > 0 && values[best[slot - 1]] < value { slot -= 1 }
      best.insert(position, at: slot)
      if best.count > n { best.removeLast() }
    }
    return best
  }

  static let keyParameter = Builtin.Parameter("key", .function, "for records: what to order each by, such as `r => r.change`")

  static let rank = Builtin(
    name: "rank", topic: .series,
    parameters: [.init("x", orderable, "in one dimension"), keyParameter], optionalCount: 1,
    callsFunctions: true, overColumns: .values,
    returns: .oneOf([.series, .list(of: .number), .record]), resultNote: "ranks, 1 for the largest",
    summary: "The rank of each point by value: 1 for the largest, 2 for the next, and so on.",
    examples: [
      .init("rank([$142.62, $118.42, $128.99])", yields: "[1, 3, 2]"), .init("rank([5, 7, 5, 1])", yields: "[2, 1, 2, 4]"),
      .init(
        "rank({nvda: -16.97%, amd: -6.37%, avgo: -17.40%})",
        yields: """
          key   value
          ────  ─────
          nvda      2
          amd       1
          avgo      3
          """),
    ],
    details: """
      The result has one rank per point, on the same dates (or positions, or keys of a record), \
      as plain numbers. Equal values share the best rank they tie for, and the ranks after them \
      skip, as in a league table: `[5, 7, 5, 1]` ranks `[2, 1, 2, 4]`. Rank `x * -1` to rank \
      the smallest first. For a list of records, give `key`, a function that picks the figure \
      to rank by: `rank(moves, m => m.change)` ranks in list order. A table is ranked column \
      by column.
      """,
    seeAlso: ["sort", "top", "argmax"]
  ) { arguments, call throws(EvalError) in
    // Records by a key function: ranks in list order. (A record of figures came as a list.)
    if case .list = arguments[0], let labelled = try labelledItems(arguments, keyIndex: 1, call) {
      return .list(ranks(labelled.figures).map { .number($0) })
    }
    let points = try points(arguments, 0, call, function: "rank")
    return points.result(
      name: "rank(\(points.series.name))", days: points.days, values: ranks(points.values), unit: .none, format: .automatic)
  }

  static let sort = Builtin(
    name: "sort", topic: .series, parameters: [.init("x", orderable, "in one dimension"), keyParameter],
    optionalCount: 1, callsFunctions: true,
    returns: .oneOf([.list(of: .any), .record]), resultNote: "smallest first; a record keeps its keys",
    summary: "The items of a list, or the values of a record with their keys, from smallest to largest.",
    examples: [
      .init("sort([$142.62, $118.42, $128.99])", yields: "[$118.42, $128.99, $142.62]"),
      .init(
        "sort({nvda: -16.97%, amd: -6.37%, avgo: -17.40%})",
        yields: """
          key     value
          ────  ───────
          avgo  -17.40%
          nvda  -16.97%
          amd    -6.37%
          """),
      .init(
        "sort([{name: \"nvda\", change: -16.97%}, {name: \"amd\", change: -6.37%}], r => r.change)",
        yields: """
          name   change
          ────  ───────
          nvda  -16.97%
          amd    -6.37%
          """),
      .init(
        "sort(dated([2025-01-24, 2025-01-27], [$142.62, $118.42]))",
        yields: """
          date        value (USD)
          ──────────  ───────────
          2025-01-27      $118.42
          2025-01-24      $142.62
          """),
    ],
    details: """
      A list comes back sorted, in the first item's unit. A record comes back as a record with \
      its keys in the order of their values, so a row of changes sorts into a ranking that \
      says whose each figure is: `sort(last(pct_change(closes)))`. A list of records needs \
      `key`, a function that picks the figure to sort by: `sort(moves, m => m.change)`. A \
      series cannot be reordered and stay a series (its dates ascend), so its points come back \
      as a list of records, each with `date` and `value`. Equal values keep their order. \
      `sort_desc` sorts from the largest; `top(x, n)` and `bottom(x, n)` keep the first `n`.
      """,
    seeAlso: ["sort_desc", "rank", "top", "bottom", "lists", "records"]
  ) { arguments, call throws(EvalError) in
    try sorted(arguments, call, function: "sort", descending: false)
  }

  static let sortDesc = Builtin(
    name: "sort_desc", topic: .series, parameters: [.init("x", orderable, "in one dimension"), keyParameter],
    optionalCount: 1, callsFunctions: true,
    returns: .oneOf([.list(of: .any), .record]), resultNote: "largest first; a record keeps its keys",
    summary: "The items of a list, or the values of a record with their keys, from largest to smallest.",
    examples: [
      .init("sort_desc([$142.62, $118.42, $128.99])", yields: "[$142.62, $128.99, $118.42]"),
      .init(
        "sort_desc({nvda: -16.97%, amd: -6.37%, avgo: -17.40%})",
        yields: """
          key     value
          ────  ───────
          amd    -6.37%
          nvda  -16.97%
          avgo  -17.40%
          """),
    ],
    details: """
      `sort` in the other direction, with the same arguments: a record keeps its keys, a list \
      of records takes a `key` function, a series gives `{date, value}` records. Equal values \
      keep their order.
      """,
    seeAlso: ["sort", "top", "rank"]
  ) { arguments, call throws(EvalError) in
    try sorted(arguments, call, function: "sort_desc", descending: true)
  }

  static func sorted(_ arguments: [Value], _ call: CallContext, function: String, descending: Bool) throws(EvalError)
    -> Value
  {
    if let labelled = try labelledItems(arguments, keyIndex: 1, call) {
      return labelled.picked(ordered(labelled.figures, descending: descending))
    }
    let points = try points(arguments, 0, call, function: function, minimum: 0)
    let order = ordered(points.values, descending: descending)
    var items: [Value] = []
    items.reserveCapacity(order.count)
    for position in order {
      let value = Value.quantity(points.series.quantity(at: position))
      items.append(points.isList ? value : .record(Record(names: ["date", "value"], values: [points.key(position), value])))
    }
    return .list(items)
  }

  static let top = Builtin(
    name: "top", topic: .series,
    parameters: [.init("x", orderable, "not empty"), .init("n", .number, "a whole number of at least 1"), keyParameter],
    optionalCount: 1, callsFunctions: true,
    returns: .oneOf([.series, .list(of: .any), .record]), resultNote: "a series of n points; a list or record, largest first",
    summary: "The `n` largest points of `x`: a series on their dates, a list or a record, largest first.",
    examples: [
      .init("top([$142.62, $118.42, $128.99], 2)", yields: "[$142.62, $128.99]"),
      .init(
        "top(\(exampleCloses), 2)",
        yields: """
          date        top(series) (USD/share)
          ──────────  ───────────────────────
          2025-01-24                  $142.62
          2025-01-28                  $128.99
          """),
      .init(
        "top({nvda: -16.97%, amd: -6.37%, avgo: -17.40%}, 2)",
        yields: """
          key     value
          ────  ───────
          amd    -6.37%
          nvda  -16.97%
          """),
    ],
    details: """
      For a series, the result is a series of the `n` points with the largest values, shown in \
      date order like any series, so it can be charted, compared or indexed. For a list, the `n` \
      largest items, largest first; for a record, its `n` largest values with their keys. A \
      list of records takes `key`, the function that picks the figure: `top(moves, 3, m => m.change)`. \
      Ties go to the earlier point; `n` larger than the number of points gives them all. \
      `bottom` gives the smallest.
      """,
    seeAlso: ["bottom", "rank", "sort", "argmax"]
  ) { arguments, call throws(EvalError) in
    try extremes(arguments, call, function: "top", largest: true)
  }

  static let bottom = Builtin(
    name: "bottom", topic: .series,
    parameters: [.init("x", orderable, "not empty"), .init("n", .number, "a whole number of at least 1"), keyParameter],
    optionalCount: 1, callsFunctions: true,
    returns: .oneOf([.series, .list(of: .any), .record]), resultNote: "a series of n points; a list or record, smallest first",
    summary: "The `n` smallest points of `x`: a series on their dates, a list or a record, smallest first.",
    examples: [
      .init("bottom([$142.62, $118.42, $128.99], 2)", yields: "[$118.42, $128.99]"),
      .init(
        "bottom({nvda: -16.97%, amd: -6.37%, avgo: -17.40%}, 2)",
        yields: """
          key     value
          ────  ───────
          avgo  -17.40%
          nvda  -16.97%
          """),
    ],
    details: """
      `top` from the other end: for a series, the `n` points with the smallest values in date \
      order; for a list, the `n` smallest items, smallest first; for a record, its `n` smallest \
      values with their keys; for a list of records, by `key`: `bottom(moves, 3, m => m.change)` \
      finds the three largest falls. Ties go to the earlier point.
      """,
    seeAlso: ["top", "sort", "argmin"]
  ) { arguments, call throws(EvalError) in
    try extremes(arguments, call, function: "bottom", largest: false)
  }

  static func extremes(_ arguments: [Value], _ call: CallContext, function: String, largest: Bool) throws(EvalError)
    -> Value
  {
    if let labelled = try labelledItems(arguments, keyIndex: 2, call) {
      let n = Swift.min(try count(arguments, 1, call), labelled.figures.count)
      return labelled.picked(Array(ordered(labelled.figures, descending: largest).prefix(n)))
    }
    let points = try points(arguments, 0, call, function: function)
    let n = Swift.min(try count(arguments, 1, call), points.count)
    let chosen = largest ? Builtins.largest(n, of: points.values) : Builtins.largest(n, of: ContiguousArray(points.values.lazy.map { -$0 }))
    let positions = points.isList ? Array(chosen) : chosen.sorted()
    var days = ContiguousArray<Int32>()
    var values = ContiguousArray<Double>()
    days.reserveCapacity(n)
    values.reserveCapacity(n)
    for position in positions {
      days.append(points.days[position])
      values.append(points.values[position])
    }
    return points.result(
      name: "\(function)(\(points.series.name))", days: days, values: values, unit: points.series.unit,
      format: points.series.format)
  }
}

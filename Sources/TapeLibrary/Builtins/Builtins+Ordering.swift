import TapeCore

/// Ordering the points of a series or list by value.
extension Builtins {
  static let seriesOrdering: [Builtin] = [rank, sort, top]

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

  static let rank = Builtin(
    name: "rank", topic: .series, parameters: [.init("x", seriesOrList, "in one dimension")],
    returns: .oneOf([.series, .list(of: .number)]), resultNote: "ranks, 1 for the largest",
    summary: "The rank of each point by value: 1 for the largest, 2 for the next, and so on.",
    examples: [
      .init("rank([$142.62, $118.42, $128.99])", yields: "[1, 3, 2]"), .init("rank([5, 7, 5, 1])", yields: "[2, 1, 2, 4]"),
    ],
    details: """
      The result has one rank per point, on the same dates (or positions), as plain numbers. \
      Equal values share the best rank they tie for, and the ranks after them skip, as in a \
      league table: `[5, 7, 5, 1]` ranks `[2, 1, 2, 4]`. Rank `x * -1` to rank the smallest first.
      """,
    seeAlso: ["sort", "top", "argmax"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "rank")
    let values = points.values
    var ranks = ContiguousArray<Double>(repeating: 0, count: values.count)
    let order = positionsLargestFirst(values)
    for (place, position) in order.enumerated() {
      let previous = place > 0 ? order[place - 1] : nil
      ranks[position] = previous.map { values[$0] == values[position] ? ranks[$0] : Double(place + 1) } ?? 1
    }
    return points.result(
      name: "rank(\(points.series.name))", days: points.days, values: ranks, unit: .none, format: .automatic)
  }

  static let sort = Builtin(
    name: "sort", topic: .series, parameters: [.init("x", seriesOrList, "in one dimension")],
    returns: .list(of: .any), resultNote: "smallest first; `{date, value}` records for a series",
    summary: "The items of a list from smallest to largest; for a series, its points as `{date, value}` records.",
    examples: [
      .init("sort([$142.62, $118.42, $128.99])", yields: "[$118.42, $128.99, $142.62]"),
      .init(
        "sort(dated([2025-01-24, 2025-01-27], [$142.62, $118.42]))",
        yields: "[{date: 2025-01-27, value: $118.42}, {date: 2025-01-24, value: $142.62}]"),
    ],
    details: """
      A list comes back sorted, in the first item's unit. A series cannot be reordered and stay a \
      series (its dates ascend), so its points come back as a list of records, each with `date` \
      and `value`, smallest value first; equal values keep date order. `top(s, n)` keeps the \
      largest points as a series.
      """,
    seeAlso: ["rank", "top", "lists", "records"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "sort", minimum: 0)
    let values = points.values
    let order = Array(values.indices).sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
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
    parameters: [.init("x", seriesOrList, "not empty"), .init("n", .number, "a whole number of at least 1")],
    returns: seriesOrList, resultNote: "a series of n points; a list, largest first",
    summary: "The `n` largest points of `x`: a series on their dates, or a list, largest first.",
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
    ],
    details: """
      For a series, the result is a series of the `n` points with the largest values, shown in \
      date order like any series, so it can be charted, compared or indexed. For a list, the `n` \
      largest items, largest first. Ties go to the earlier point; `n` larger than the number of \
      points gives them all. For the smallest points, take the top of `x * -1`: \
      `top(change(nvda.close) * -1, 3)` finds the three largest one-day falls.
      """,
    seeAlso: ["rank", "sort", "argmax"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "top")
    let n = Swift.min(try count(arguments, 1, call), points.count)
    let chosen = largest(n, of: points.values)
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
      name: "top(\(points.series.name))", days: days, values: values, unit: points.series.unit,
      format: points.series.format)
  }
}

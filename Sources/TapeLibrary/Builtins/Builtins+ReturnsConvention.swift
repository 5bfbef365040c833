import TapeCore

/// One convention for statistics of moves (`beta`, `correlation`, `volatility`): they take prices
/// or values, and use their simple returns; a series made by `returns`, `pct_change` or
/// `log_returns` (or marked by `as_returns`) is taken as the returns it already is. A list, or an
/// unmarked series, holding a zero or negative value cannot be prices and is refused, so returns
/// are never differenced a second time without a word.
extension Builtins {
  /// Whether `points` already hold returns.
  static func holdsReturns(_ points: Points) -> Bool { !points.isList && points.series.measure != .levels }

  /// The returns of `points`: as they are when they hold returns, else from each level to the next.
  static func returnsOf(_ points: Points, _ index: Int, _ call: CallContext, function: String) throws(EvalError)
    -> ContiguousArray<Double>
  {
    if holdsReturns(points) { return points.values }
    return try simpleReturns(points.values, points, index, call, function: function)
  }

  /// `new / old - 1` over a column of levels, refusing a level that no price can be.
  static func simpleReturns(
    _ values: ContiguousArray<Double>, _ points: Points, _ index: Int, _ call: CallContext, function: String,
    days: ContiguousArray<Int32>? = nil
  ) throws(EvalError) -> ContiguousArray<Double> {
    for position in values.indices where !(values[position] > 0) {
      let place: EvalError.Place =
        if let days { .date(TapeDate(daysSinceEpoch: Int(days[position]))) } else { points.place(position) }
      throw EvalError.timeSeries(
        .pricesExpected(function: function, points: points.name, place: place, value: values[position]),
        at: call.argumentSpan(index))
    }
    guard values.count >= 2 else { return [] }
    var result = ContiguousArray<Double>(repeating: 0, count: values.count - 1)
    for position in 1..<values.count { result[position - 1] = values[position] / values[position - 1] - 1 }
    return result
  }

  /// The returns of `a` and `b` on the dates both have. Two columns of levels are aligned first
  /// and their returns taken from one shared date to the next; returns are aligned as they are.
  static func pairedReturns(_ a: Points, _ b: Points, _ call: CallContext, function: String) throws(EvalError)
    -> (a: ContiguousArray<Double>, b: ContiguousArray<Double>)
  {
    if !holdsReturns(a) && !holdsReturns(b) {
      let pair = try aligned(a, b, call)
      guard pair.days.count >= 3 else {
        throw EvalError.badArgument(
          .tooFewShared(function: function, minimum: 3, a: a.name, b: b.name, found: pair.days.count), at: call.span)
      }
      let days: ContiguousArray<Int32>? = a.isList ? nil : pair.days
      return (
        try simpleReturns(pair.a, a, 0, call, function: function, days: days),
        try simpleReturns(pair.b, b, 1, call, function: function, days: days)
      )
    }
    func asReturns(_ points: Points, _ index: Int) throws(EvalError) -> Points {
      guard !holdsReturns(points) else { return points }
      var moved = points
      moved.series.values = try simpleReturns(points.values, points, index, call, function: function)
      moved.series.days = ContiguousArray(points.days.dropFirst())
      return moved
    }
    let pair = try aligned(try asReturns(a, 0), try asReturns(b, 1), call)
    guard pair.days.count >= 2 else {
      throw EvalError.badArgument(
        .tooFewShared(function: function, minimum: 2, a: a.name, b: b.name, found: pair.days.count), at: call.span)
    }
    return (pair.a, pair.b)
  }

  /// Refuses returns where levels are needed: `returns(returns(s))`.
  static func refuseReturns(_ points: Points, _ call: CallContext, function: String) throws(EvalError) {
    guard holdsReturns(points) else { return }
    throw EvalError.timeSeries(
      .alreadyReturns(function: function, series: points.series.name), at: call.argumentSpan(0))
  }
}

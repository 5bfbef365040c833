import TapeCore

/// Statistics of one column, and of two columns side by side.
extension Builtins {
  static let seriesStatistics: [Builtin] = [median, stdev, argmin, argmax, correlation, beta]

  static let median = Builtin(
    name: "median", topic: .series, parameters: [.init("x", seriesOrList, "not empty, in one dimension")],
    overColumns: .values, returns: .quantity, resultNote: "in the unit of x",
    summary: "The middle value of `x`: half the points are below it, half above.",
    examples: [
      .init("median([$142.62, $118.42, $128.99])", yields: "$128.99"), .init("median([1, 2, 3, 10])", yields: "2.5"),
    ],
    details: """
      With an even number of points, the mean of the two middle ones. Unlike `mean`, one extreme \
      day barely moves it. The unit is kept; the items of a list must share one dimension.
      """,
    seeAlso: ["mean", "stdev", "min", "max"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "median")
    var values = points.values
    let middle = values.count / 2
    let upper = selectKth(middle, in: &values)
    guard values.count % 2 == 0 else { return .quantity(points.quantity(upper)) }
    // Selection leaves the smaller half before `middle`: the lower middle is its largest.
    let lower = values[..<middle].max() ?? upper
    return .quantity(points.quantity(DecimalRounding.sum(lower + upper, of: lower, upper) / 2))
  }

  /// The `k`th smallest value (from 0), by quickselect: linear on average, where sorting a long
  /// series would be n log n. Reorders `values` so that everything before `k` is not larger.
  static func selectKth(_ k: Int, in values: inout ContiguousArray<Double>) -> Double {
    values.withUnsafeMutableBufferPointer { buffer in
      var low = 0
      var high = buffer.count - 1
      while low < high {
        // Median of three as the pivot keeps sorted input (a rising price series) linear.
        let mid = low + (high - low) / 2
        let pivot = Swift.max(Swift.min(buffer[low], buffer[mid]), Swift.min(Swift.max(buffer[low], buffer[mid]), buffer[high]))
        var i = low
        var j = high
        while i <= j {
          while buffer[i] < pivot { i += 1 }
          while buffer[j] > pivot { j -= 1 }
          if i <= j {
            buffer.swapAt(i, j)
            i += 1
            j -= 1
          }
        }
        if k <= j {
          high = j
        } else if k >= i {
          low = i
        } else {
          return buffer[k]
        }
      }
      return buffer[k]
    }
  }

  static let stdev = Builtin(
    name: "stdev", topic: .series, parameters: [.init("x", seriesOrList, "at least two values")],
    overColumns: .values, returns: .quantity, resultNote: "in the unit of x",
    summary: "The sample standard deviation of `x` (dividing by n - 1).",
    examples: [
      .init("stdev([2, 4, 4, 4, 5, 5, 7, 9])", yields: "2.13809"),
      .init("stdev([$142.62, $118.42, $128.99])", yields: "$12.13"),
    ],
    details: """
      The spread of the values around their mean, as the sample estimate: the sum of squared \
      deviations is divided by n - 1, as spreadsheets' STDEV does. The unit is kept, so the \
      standard deviation of prices is a price; of daily returns, a daily volatility \
      (`stdev(returns(s)) * sqrt(252)` annualizes it).
      """,
    seeAlso: ["mean", "returns", "median"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "stdev", minimum: 2)
    let values = points.values
    let mean = compensatedSum(values) / Double(values.count)
    var squares = 0.0
    for value in values { squares += (value - mean) * (value - mean) }
    return try finite(points.quantity((squares / Double(values.count - 1)).squareRoot()), call)
  }

  static let argmin = Builtin(
    name: "argmin", topic: .series, parameters: [.init("x", seriesOrList, "not empty")],
    overColumns: .positions, returns: .oneOf([.date, .number]), resultNote: "a position for a list",
    summary: "The date of the smallest value of a series, or the position of the smallest item of a list.",
    examples: [
      .init("argmin(\(exampleCloses))", yields: "2025-01-27"),
      .init("argmin([$142.62, $118.42, $128.99])", yields: "1"),
    ],
    details: """
      When the smallest value occurs more than once, the earliest date wins. Positions in a list \
      start at 0, as for `xs[i]`. `min` gives the value itself.
      """,
    seeAlso: ["argmax", "min", "max_drawdown"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "argmin")
    return points.key(extremeIndex(points.values, keepFirst: <))
  }

  static let argmax = Builtin(
    name: "argmax", topic: .series, parameters: [.init("x", seriesOrList, "not empty")],
    overColumns: .positions, returns: .oneOf([.date, .number]), resultNote: "a position for a list",
    summary: "The date of the largest value of a series, or the position of the largest item of a list.",
    examples: [
      .init("argmax(\(exampleCloses))", yields: "2025-01-24"),
      .init("argmax([-3%, 17%, 8.9%])", yields: "1"),
    ],
    details: """
      When the largest value occurs more than once, the earliest date wins. Positions in a list \
      start at 0, as for `xs[i]`. `max` gives the value itself.
      """,
    seeAlso: ["argmin", "max", "top"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "argmax")
    return points.key(extremeIndex(points.values, keepFirst: >))
  }

  /// The position of the first value that no later one beats.
  static func extremeIndex(_ values: ContiguousArray<Double>, keepFirst: (Double, Double) -> Bool) -> Int {
    var best = 0
    for index in values.indices.dropFirst() where keepFirst(values[index], values[best]) { best = index }
    return best
  }

  static let correlation = Builtin(
    name: "correlation", topic: .series,
    parameters: [.init("a", seriesOrList), .init("b", seriesOrList, "a list as long as a, or a series")],
    returns: .number, resultNote: "from -1 to 1",
    summary: "The Pearson correlation of the daily returns of `a` and `b`, on the dates both have.",
    examples: [
      .init("correlation([100, 102, 99.96, 101.9592], [100, 101, 99.99, 100.9899])", yields: "1"),
      .init("correlation([100, 110, 99, 108.9], [100, 95, 99.75, 94.7625])", yields: "-1"),
    ],
    details: """
      Takes prices or values, as `beta` does, and correlates their simple returns from one \
      shared date to the next: how the two move together, not whether both trend. A series made \
      by `returns`, `pct_change` or `log_returns` is taken as the returns it is, so \
      `correlation(nvda.close, qqq.close)` and `correlation(returns(nvda.close), \
      returns(qqq.close))` agree. A list, or any other series, is read as prices: one holding a \
      zero or negative value is refused rather than differenced again (`as_returns(s)` marks a \
      loaded series of returns). Units do not matter; neither side's returns may be constant.
      """,
    seeAlso: ["beta", "returns", "as_returns", "stdev"]
  ) { arguments, call throws(EvalError) in
    let a = try points(arguments, 0, call, function: "correlation")
    let b = try points(arguments, 1, call, function: "correlation")
    let pair = try pairedReturns(a, b, call, function: "correlation")
    let moments = try comoments(pair.a, pair.b, a, b, call, function: "correlation")
    let value = Swift.min(1, Swift.max(-1, moments.covariance / (moments.varianceA * moments.varianceB).squareRoot()))
    return .quantity(Quantity(value, provenance: a.provenance.union(b.provenance)))
  }

  static let beta = Builtin(
    name: "beta", topic: .series,
    parameters: [
      .init("a", seriesOrList, "prices or values, or their returns"),
      .init("b", seriesOrList, "the benchmark's prices, or its returns"),
    ],
    returns: .number,
    summary: "The beta of `a` against the benchmark `b`: the slope of a's daily returns on b's.",
    examples: [.init("beta([100, 102, 99.96, 101.9592], [100, 101, 99.99, 100.9899])", yields: "2")],
    details: """
      Takes prices (or portfolio values): the two series are first aligned on the dates both \
      have, then each one's simple returns from one shared date to the next are taken, and beta \
      is their covariance over the variance of b's returns. A series made by `returns`, \
      `pct_change` or `log_returns` is taken as the returns it is, so `beta(nvda.close, \
      qqq.close)` and `beta(returns(nvda.close), returns(qqq.close))` agree. A list, or any \
      other series, holding a zero or negative value cannot be prices and is refused \
      (`as_returns(s)` marks a loaded series of returns). A beta of 2 means `a` moved twice as \
      much as `b` on average. At least three shared prices are needed, and b's returns must vary.
      """,
    seeAlso: ["correlation", "returns", "as_returns", "volatility"]
  ) { arguments, call throws(EvalError) in
    let a = try points(arguments, 0, call, function: "beta")
    let b = try points(arguments, 1, call, function: "beta")
    let pair = try pairedReturns(a, b, call, function: "beta")
    let moments = try comoments(pair.a, pair.b, a, b, call, function: "beta")
    return .quantity(Quantity(moments.covariance / moments.varianceB, provenance: a.provenance.union(b.provenance)))
  }

  /// Sums of centred products of two aligned columns (the common n - 1 cancels in every ratio
  /// taken of them); errors for too few points or a constant column.
  static func comoments(
    _ x: ContiguousArray<Double>, _ y: ContiguousArray<Double>, _ a: Points, _ b: Points, _ call: CallContext,
    function: String
  ) throws(EvalError) -> (covariance: Double, varianceA: Double, varianceB: Double) {
    guard x.count >= 2 else {
      throw EvalError.badArgument(
        .tooFewShared(function: function, minimum: 2, a: a.name, b: b.name, found: x.count), at: call.span)
    }
    let meanX = compensatedSum(x) / Double(x.count)
    let meanY = compensatedSum(y) / Double(y.count)
    var covariance = 0.0
    var varianceX = 0.0
    var varianceY = 0.0
    for index in x.indices {
      let dx = x[index] - meanX
      let dy = y[index] - meanY
      covariance += dx * dy
      varianceX += dx * dx
      varianceY += dy * dy
    }
    // Constant is tested on the values, not the variance, which rounding can leave a hair above 0.
    // Beta only needs the benchmark to move.
    for (column, points, index) in [(x, a, 0), (y, b, 1)] where !(function == "beta" && index == 0) {
      if column.contains(where: { $0 != column[0] }) { continue }
      throw EvalError.constant(points.name, function: function, at: call.argumentSpan(index))
    }
    return (covariance, varianceX, varianceY)
  }
}

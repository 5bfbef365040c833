import TapeCore

/// Rolling windows and lags: the time-series work around an event, done in Tape rather than beside
/// it. Log returns and volatility are in `Builtins+Volatility`, resampling in `Builtins+Resample`.
extension Builtins {
  static let seriesWindows: [Builtin] = [rolling, lag, logReturns, volatility, asReturns, resample]

  static let rolling = Builtin(
    name: "rolling", topic: .series,
    parameters: [
      .init("x", seriesOrList),
      .init("window", .oneOf([.quantity, .number]), "a number of points, or a span such as `30 days` or `1 month`"),
      .init("reduce", .function, "`mean`, `sum`, `min`, `max`, `stdev`, or any function of a series"),
    ],
    callsFunctions: true, returns: seriesOrList, resultNote: "dated at each window's last point, from the first full window",
    summary: "`reduce` applied to each window of `x`: the last `window` points, or the points within a span of time.",
    examples: [
      .init("rolling([1, 2, 3, 4, 5], 3, mean)", yields: "[2, 3, 4]"),
      .init("rolling([1, 5, 2, 4, 3], 2, max)", yields: "[5, 5, 4, 4]"),
      .init("rolling([1, 2, 4, 8], 2, w => last(w) / first(w))", yields: "[2, 2, 2]"),
      .init(
        "rolling(\(exampleCloses), 2, mean)",
        yields: """
          date        rolling(series, 2, mean) (USD/share)
          ──────────  ────────────────────────────────────
          2025-01-27                               $130.52
          2025-01-28                               $123.71
          """),
    ],
    details: """
      With a whole number, each window is that many points, ending at each point from the \
      `window`th on. With a span of time, each window holds the points after `date - span` up to \
      `date` (a month or year moves the calendar, as in date arithmetic), for every date whose \
      span the series covers. `mean`, `sum`, `min`, `max` and `stdev` run in one pass (running \
      sums, a monotonic queue, Welford's update), so a window of any length costs the same; any \
      other function is called with each window as a series (a list for a list). The 20-day \
      volatility on each date is `rolling(returns(nvda.close), 20, volatility)`.
      """,
    seeAlso: ["resample", "lag", "volatility", "stdev", "mean"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "rolling")
    let reducer = try reduction(arguments, 2, call)
    // A count of points with a built-in reduction: one pass over the raw buffer.
    if let fast = reducer.fast, case .quantity(let size) = arguments[1], size.unit.isNone,
      size.value == size.value.rounded(), size.value >= 1, size.value <= Double(points.count),
      let values = FixedWindow.reduce(fast, points.values, size: Int(size.value))
    {
      return points.result(
        name: "rolling(\(points.series.name), \(Int(size.value)), \(reducer.name))",
        days: ContiguousArray(points.days[(Int(size.value) - 1)...]), values: values, unit: points.series.unit,
        format: points.series.format)
    }
    let windows = try windowStarts(points, arguments[1], call)
    var days = ContiguousArray<Int32>()
    var values = ContiguousArray<Double>()
    days.reserveCapacity(windows.ends.count)
    values.reserveCapacity(windows.ends.count)
    var unit = points.series.unit
    var format = points.series.format
    if let fast = reducer.fast {
      var running = RunningWindow(fast, values: points.values)
      var start = 0
      for (index, end) in windows.ends.enumerated() {
        let first = windows.starts[index]
        while start < first && start < running.next {
          running.remove(at: start)
          start += 1
        }
        if start < first {
          // The window is empty and starts past what was read: begin reading there.
          running.first = first
          running.next = first
          start = first
        }
        running.extend(through: end)
        guard let value = running.value else { continue }
        days.append(points.days[end])
        values.append(value)
      }
    } else {
      var first: Quantity? = nil
      for (index, end) in windows.ends.enumerated() {
        let range = windows.starts[index]..<(end + 1)
        var window = points.series
        window.days = ContiguousArray(points.days[range])
        window.values = ContiguousArray(points.values[range])
        let argument: Value =
          points.isList ? .list(range.map { .quantity(points.series.quantity(at: $0)) }) : .series(window)
        let figure = try reducer.figure(of: argument, unit: &first, at: call.argumentSpan(2))
        days.append(points.days[end])
        values.append(figure)
      }
      unit = first?.unit ?? unit
      format = first?.format ?? format
    }
    let windowText = windows.text
    return points.result(
      name: "rolling(\(points.series.name), \(windowText), \(reducer.name))", days: days, values: values, unit: unit,
      format: format)
  }

  /// Where each window starts and ends (inclusive positions), for the windows that are full.
  struct Windows {
    var starts: [Int] = []
    var ends: [Int] = []
    var text: String
  }

  static func windowStarts(_ points: Points, _ window: Value, _ call: CallContext) throws(EvalError) -> Windows {
    guard case .quantity(let span) = window else {
      throw EvalError.timeSeries(.windowNotASpan(found: window.kind), at: call.argumentSpan(1))
    }
    if span.unit.isNone {
      guard span.value == span.value.rounded(), span.value >= 1, span.value < 1e9 else {
        throw EvalError.notAWholeNumber(.atLeastOne, at: call.argumentSpan(1))
      }
      let size = Int(span.value)
      guard size <= points.count else {
        throw EvalError.timeSeries(
          .windowLongerThanData(window: size, count: points.count, in: points.name), at: call.argumentSpan(1))
      }
      var windows = Windows(text: String(size))
      windows.starts.reserveCapacity(points.count - size + 1)
      windows.ends.reserveCapacity(points.count - size + 1)
      for end in (size - 1)..<points.count {
        windows.starts.append(end - size + 1)
        windows.ends.append(end)
      }
      return windows
    }
    guard !points.isList else { throw EvalError.timeSeries(.spanOverList, at: call.argumentSpan(1)) }
    guard let shift = CalendarSpan(span) else {
      throw EvalError.timeSeries(.windowNotASpan(found: window.kind), at: call.argumentSpan(1))
    }
    var windows = Windows(text: Value.quantity(span).display)
    guard let firstDay = points.days.first else { return windows }
    var start = 0
    for end in points.days.indices {
      // The window holds the points after `date - span`; it is full once the data reaches back
      // to that boundary.
      guard let boundary = shift.back(from: Int(points.days[end])) else { continue }
      guard boundary >= Int(firstDay) - 1 else { continue }
      while Int(points.days[start]) <= boundary { start += 1 }
      windows.starts.append(start)
      windows.ends.append(end)
    }
    return windows
  }

  /// A span of time to step back from a date: fixed days, or calendar months and years.
  struct CalendarSpan {
    var days = 0
    var months = 0

    init?(_ span: Quantity) {
      let time = Dimension(base: "day")
      if span.dimension == Dimension(base: "month") {
        let count = span.baseValue
        guard count == count.rounded(), count >= 1, count < 1e6 else { return nil }
        months = Int(count)
      } else if span.dimension == time, span.unit.factors.count == 1,
        span.unit.factors[0].definition.name == "year", span.unit.factors[0].exponent == 1
      {
        guard span.value == span.value.rounded(), span.value >= 1, span.value < 1e5 else { return nil }
        months = Int(span.value) * 12
      } else if span.dimension == time {
        let count = span.baseValue
        guard count == count.rounded(), count >= 1, count < 1e7 else { return nil }
        days = Int(count)
      } else {
        return nil
      }
    }

    /// The day `span` before `day`, or nil before the calendar starts.
    func back(from day: Int) -> Int? {
      if months == 0 { return day - days }
      return TapeDate(daysSinceEpoch: day).adding(months: -months)?.daysSinceEpoch
    }
  }

  /// The function a window or a period is reduced with: one of the built-in reductions, which
  /// run in one pass, or any function, called once per window.
  struct Reduction {
    enum Fast { case mean, sum, min, max, stdev, first, last }
    var name: String
    var fast: Fast?
    var apply: (Value) throws(EvalError) -> Value

    /// The function's figure for one window, in the unit of the first window's (`unit`, set by
    /// the first call): `rolling` and `resample` both need one quantity a window, all of one
    /// dimension, to make a series of them.
    func figure(of window: Value, unit: inout Quantity?, at span: Span) throws(EvalError) -> Double {
      let returned = try apply(window)
      guard case .quantity(let quantity) = returned else {
        throw EvalError.timeSeries(.reductionNeedsQuantity(function: name, found: returned.kind), at: span)
      }
      let target = unit ?? quantity
      guard quantity.dimension == target.dimension else {
        throw EvalError.badArgument(.mapChangedUnit(first: target.unit, found: quantity.unit), at: span)
      }
      unit = target
      return quantity.converted(to: target.unit).value
    }
  }

  static func reduction(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Reduction {
    guard case .function(let function) = arguments[index] else { throw undeclared(index, call) }
    var fast: Reduction.Fast? = nil
    if case .native(let native) = function {
      fast =
        switch native.name {
        case "mean": .mean
        case "sum": .sum
        case "min": .min
        case "max": .max
        case "stdev": .stdev
        case "first": .first
        case "last": .last
        default: nil
        }
    }
    let apply = call.apply
    return Reduction(name: function.name, fast: fast) { (window) throws(EvalError) in
      guard let apply else { throw EvalError.badArgument(.cannotCallFunctions, at: call.span) }
      return try apply(arguments[index], [window])
    }
  }

  /// One window's worth of a built-in reduction, updated as points enter at the end and leave
  /// at the start: a Neumaier running sum for `sum` and `mean`, Welford's mean and sum of squared
  /// deviations for `stdev`, and a queue of candidate positions for `min` and `max`.
  struct RunningWindow {
    let kind: Reduction.Fast
    let values: ContiguousArray<Double>
    var first = 0
    var next = 0
    var sum = 0.0
    var compensation = 0.0
    var mean = 0.0
    var squares = 0.0
    var queue: [Int] = []
    var queueHead = 0

    init(_ kind: Reduction.Fast, values: ContiguousArray<Double>) {
      self.kind = kind
      self.values = values
      queue.reserveCapacity(64)
    }

    var count: Int { next - first }

    mutating func extend(through end: Int) {
      while next <= end {
        add(values[next], at: next)
        next += 1
      }
    }

    private mutating func accumulate(_ x: Double) {
      let total = sum + x
      compensation += Swift.abs(sum) >= Swift.abs(x) ? (sum - total) + x : (x - total) + sum
      sum = total
    }

    private mutating func add(_ x: Double, at position: Int) {
      switch kind {
      case .sum, .mean: accumulate(x)
      case .stdev:
        let n = Double(next - first + 1)
        let delta = x - mean
        mean += delta / n
        squares += delta * (x - mean)
      case .min, .max:
        while queue.count > queueHead, let last = queue.last,
          kind == .min ? values[last] >= x : values[last] <= x
        {
          queue.removeLast()
        }
        queue.append(position)
      case .first, .last: break
      }
    }

    mutating func remove(at position: Int) {
      let x = values[position]
      first += 1
      switch kind {
      case .sum, .mean: accumulate(-x)
      case .stdev:
        let n = Double(next - first)
        if n == 0 {
          mean = 0
          squares = 0
        } else {
          let delta = x - mean
          mean -= delta / n
          squares -= delta * (x - mean)
        }
      case .min, .max:
        if queue.count > queueHead, queue[queueHead] == position { queueHead += 1 }
        // Keep the queue's storage from growing without bound on long series.
        if queueHead > 4096 && queueHead * 2 > queue.count {
          queue.removeFirst(queueHead)
          queueHead = 0
        }
      case .first, .last: break
      }
    }

    /// The reduction of the current window; nil when it is undefined (a standard deviation of
    /// one point, anything of none).
    var value: Double? {
      guard count > 0 else { return nil }
      switch kind {
      case .sum: return DecimalRounding.significant(sum + compensation)
      case .mean: return DecimalRounding.significant(sum + compensation) / Double(count)
      case .stdev:
        guard count >= 2 else { return nil }
        return (Swift.max(squares, 0) / Double(count - 1)).squareRoot()
      case .min, .max: return values[queue[queueHead]]
      case .first: return values[first]
      case .last: return values[next - 1]
      }
    }
  }

  static let lag = Builtin(
    name: "lag", topic: .series,
    parameters: [.init("x", seriesOrList), .init("n", .number, "a whole number of points; negative leads")],
    optionalCount: 1, returns: seriesOrList, resultNote: "n points shorter",
    summary: "Each point's value from `n` points earlier (1 when omitted), on the later point's date.",
    examples: [
      .init("lag([1, 2, 3, 4])", yields: "[1, 2, 3]"),
      .init(
        "lag(\(exampleCloses))",
        yields: """
          date        lag(series, 1) (USD/share)
          ──────────  ──────────────────────────
          2025-01-27                     $142.62
          2025-01-28                     $118.42
          """),
      .init("lag([1, 2, 3, 4], -1)", yields: "[2, 3, 4]"),
    ],
    details: """
      Like pandas' `shift(n)` without the empty start: the first `n` points have no earlier \
      value and are left out. `x - lag(x)` is `change(x)`, and `x / lag(x, 5) - 1` the five-day \
      return. A negative `n` looks ahead instead.
      """,
    seeAlso: ["change", "prev", "rolling"]
  ) { arguments, call throws(EvalError) in
    let points = try points(arguments, 0, call, function: "lag")
    var n = 1
    if arguments.count > 1 {
      let written = try quantity(arguments, 1, call).value
      guard written == written.rounded(), Swift.abs(written) < 1e12 else {
        throw EvalError.notAWholeNumber(.atLeastOne, at: call.argumentSpan(1))
      }
      n = Int(written)
    }
    guard Swift.abs(n) < points.count else {
      throw EvalError.timeSeries(.lagTooLong(lag: n, count: points.count), at: call.argumentSpan(1))
    }
    let shift = Swift.abs(n)
    let days = n >= 0 ? points.days.dropFirst(shift) : points.days.dropLast(shift)
    let values = n >= 0 ? points.values.dropLast(shift) : points.values.dropFirst(shift)
    guard !points.isList else {
      return points.result(
        name: "", days: ContiguousArray(days), values: ContiguousArray(values), unit: points.series.unit,
        format: points.series.format)
    }
    var series = points.series
    series.name = "lag(\(series.name), \(n))"
    series.days = ContiguousArray(days)
    series.values = ContiguousArray(values)
    return .series(series)
  }

  /// `value` (a series or a list) marked as holding returns of `measure`'s kind.
  static func markedAs(_ measure: Series.Measure, _ value: Value) -> Value {
    guard case .series(var series) = value else { return value }
    series.measure = measure
    return .series(series)
  }
}

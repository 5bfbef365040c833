import TapeCore

/// The points a series function works on: a series, or a list of quantities read as one whose
/// dates are positions. Each function is written once, over the two contiguous columns, and
/// `result` hands its answer back in the kind the caller passed (a series stays a series, a list
/// stays a list).
struct Points {
  /// For a list: `days` are the positions 0, 1, 2..., the unit and format are the first item's.
  var series: Series
  var isList: Bool

  var count: Int { series.count }
  var days: ContiguousArray<Int32> { series.days }
  var values: ContiguousArray<Double> { series.values }
  var provenance: Provenance { series.provenance }

  /// Which it is, as errors carry it.
  var name: EvalError.Points { isList ? .list : .series(series.name) }

  /// How messages name it: "`nvda.close`" or "the list".
  var described: String { name.description }

  /// Where point `index` is, as errors carry it: "on 2025-01-27" or "at position 3".
  func place(_ index: Int) -> EvalError.Place {
    isList ? .position(index) : .date(TapeDate(daysSinceEpoch: Int(days[index])))
  }

  /// Which point `index` is, as a value: its date, or its position in a list.
  func key(_ index: Int) -> Value {
    isList ? .number(Double(index)) : .date(TapeDate(daysSinceEpoch: Int(days[index])))
  }

  /// A computed column on some of these dates, as a series named `name` or as a list.
  func result(
    name: String, days: ContiguousArray<Int32>, values: ContiguousArray<Double>, unit: Unit, format: DisplayFormat,
    provenance: Provenance? = nil
  ) -> Value {
    let provenance = provenance ?? series.provenance
    guard isList else {
      return .series(Series(name: name, days: days, values: values, unit: unit, format: format, provenance: provenance))
    }
    var items: [Value] = []
    items.reserveCapacity(values.count)
    for value in values { items.append(.quantity(Quantity(value, unit, format: format, provenance: provenance))) }
    return .list(items)
  }

  /// One figure computed from these points, with their provenance.
  func quantity(_ value: Double, unit: Unit? = nil, format: DisplayFormat? = nil) -> Quantity {
    Quantity(value, unit ?? series.unit, format: format ?? series.format, provenance: series.provenance)
  }
}

extension Builtins {
  /// Argument `index` (declared `seriesOrList`) as points: a series, or a list of quantities in
  /// one dimension. `minimum` is how many points the function needs; fewer is an error naming the
  /// function, never a crash.
  static func points(
    _ arguments: [Value], _ index: Int, _ call: CallContext, function: String, minimum: Int = 1
  ) throws(EvalError) -> Points {
    let points: Points
    switch arguments[index] {
    case .series(let series):
      points = Points(series: series, isList: false)
    case .list:
      let items = try quantities(arguments, index, call)
      var values = ContiguousArray<Double>()
      values.reserveCapacity(items.count)
      var provenance = Provenance.none
      for item in items {
        values.append(item.value)
        provenance = provenance.union(item.provenance)
      }
      let days = ContiguousArray((0..<Int32(items.count)).map { $0 })
      let first = items.first
      points = Points(
        series: Series(
          name: "list", days: days, values: values, unit: first?.unit ?? .none, format: first?.format ?? .automatic,
          provenance: provenance),
        isList: true)
    default:
      throw undeclared(index, call)
    }
    guard points.count >= minimum else {
      throw EvalError.tooFewPoints(
        function: function, minimum: minimum, found: points.count, in: points.name, at: call.argumentSpan(index))
    }
    return points
  }

  /// Argument `index`, declared `.series`.
  static func series(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Series {
    guard case .series(let series) = arguments[index] else { throw undeclared(index, call) }
    return series
  }

  /// Two columns side by side: series on the dates both have, lists position by position. The
  /// values stay in each argument's own unit.
  static func aligned(_ a: Points, _ b: Points, _ call: CallContext, secondIndex: Int = 1) throws(EvalError)
    -> (days: ContiguousArray<Int32>, a: ContiguousArray<Double>, b: ContiguousArray<Double>)
  {
    switch (a.isList, b.isList) {
    case (true, true):
      guard a.count == b.count else {
        throw EvalError.lengthsDiffer(left: a.count, right: b.count, at: call.argumentSpan(secondIndex))
      }
      return (a.days, a.values, b.values)
    case (false, false):
      var days = ContiguousArray<Int32>()
      var left = ContiguousArray<Double>()
      var right = ContiguousArray<Double>()
      var i = 0
      var j = 0
      while i < a.count && j < b.count {
        let (x, y) = (a.days[i], b.days[j])
        if x == y {
          days.append(x)
          left.append(a.values[i])
          right.append(b.values[j])
          i += 1
          j += 1
        } else if x < y {
          i += 1
        } else {
          j += 1
        }
      }
      return (days, left, right)
    case (false, true), (true, false):
      throw EvalError.listAndSeries(firstIsList: a.isList, at: call.argumentSpan(secondIndex))
    }
  }

  /// Neumaier's compensated sum of a column, rounded to the working precision like any other sum.
  ///
  /// Four running sums over interleaved points, added together at the end the same compensated
  /// way (`CompensatedSum.Lanes`): one sum waits on each addition before the next, four run side
  /// by side in vector registers (in one AVX2 register where the processor has it, through the C
  /// kernel, with the same result). Each keeps its own compensation, so the result is as exact as
  /// with one.
  static func compensatedSum(_ values: ContiguousArray<Double>) -> Double {
    let total = values.withUnsafeBufferPointer { CompensatedSum.Lanes(adding: $0).total }
    return DecimalRounding.significant(total)
  }
}

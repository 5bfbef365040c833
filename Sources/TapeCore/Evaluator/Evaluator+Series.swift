/// Dated values: a point by date, a range of dates, and arithmetic that aligns on dates.
extension Evaluator {
  /// `nvda.close[2025-01-27]` or `nvda[2025-01-27]` (a row as a record).
  func point(of container: Value, baseSpan: Span, on date: TapeDate, _ span: Span) throws(EvalError) -> Value {
    switch container {
    case .series(let series):
      guard let index = series.index(of: date) else { throw TradingDays.noData(on: date, in: series.days, name: series.name, provenance: series.provenance, at: span) }
      return .quantity(series.quantity(at: index))
    case .table(let table):
      guard let row = table.row(on: date) else { throw TradingDays.noData(on: date, in: table.days, name: table.name, provenance: table.provenance, at: span) }
      return .record(row)
    default:
      throw EvalError.unexpectedKind(expected: .seriesOrTableToIndexByDate, found: container.kind, at: baseSpan)
    }
  }

  /// `nvda.close[-1]`, `nvda[0]`: the point (or row) at a position, counted from the end when
  /// negative, as for lists.
  func point(of container: Value, baseSpan: Span, atPosition index: Value, _ span: Span) throws(EvalError) -> Value {
    let days: ContiguousArray<Int32>
    switch container {
    case .series(let series): days = series.days
    case .table(let table): days = table.days
    default: throw EvalError.unexpectedKind(expected: .listToIndex, found: container.kind, at: baseSpan)
    }
    guard let position = try wholeNumber(index) else {
      throw EvalError.unexpectedKind(expected: .datePositionOrOpen, found: index.kind, at: span)
    }
    let resolved = position < 0 ? days.count + position : position
    guard days.indices.contains(resolved) else {
      throw EvalError.indexOutOfRange(index: position, count: days.count, at: span)
    }
    return try point(of: container, baseSpan: baseSpan, on: TapeDate(daysSinceEpoch: Int(days[resolved])), span)
  }

  /// The whole number `value` holds, nil when it is not a plain whole number.
  private func wholeNumber(_ value: Value) throws(EvalError) -> Int? {
    guard case .quantity(let quantity) = value, quantity.unit.isNone, quantity.value == quantity.value.rounded(),
      abs(quantity.value) < 1e15
    else { return nil }
    return Int(quantity.value)
  }

  /// `nvda[2025-01-20..2025-01-31]`, `r[-20..]`, `r[..2025-01-24]`: each end is a date, a
  /// position (negative from the end) or open; both ends are included. A list takes positions
  /// only (`Evaluator+ListSlice`).
  func slice(_ container: Value, baseSpan: Span, from: (Value, Span)?, through: (Value, Span)?) throws(EvalError)
    -> Value
  {
    if case .list(let items) = container { return try listSlice(items, from: from, through: through) }
    let days: ContiguousArray<Int32>
    switch container {
    case .series(let series): days = series.days
    case .table(let table): days = table.days
    default:
      throw EvalError.unexpectedKind(expected: .seriesOrTableToSliceByDates, found: container.kind, at: baseSpan)
    }
    // Positions of the first and last point in the range; `last < first` is an empty range.
    func bound(_ end: (Value, Span)?, isStart: Bool) throws(EvalError) -> Int {
      guard let (value, span) = end else { return isStart ? 0 : days.count - 1 }
      if case .date(let date) = value {
        let day = Int32(clamping: date.daysSinceEpoch)
        return isStart
          ? TradingDays.firstPosition(in: days, atOrAfter: day) : TradingDays.firstPosition(in: days, after: day) - 1
      }
      guard let position = try wholeNumber(value) else {
        throw EvalError.unexpectedKind(expected: .datePositionOrOpen, found: value.kind, at: span)
      }
      let resolved = position < 0 ? days.count + position : position
      guard days.indices.contains(resolved) else {
        throw EvalError.indexOutOfRange(index: position, count: days.count, at: span)
      }
      return resolved
    }
    if let from, let through, case .date(let start) = from.0, case .date(let end) = through.0, start > end {
      throw EvalError.rangeReversed(byDates: true, at: from.1.through(through.1))
    }
    let first = try bound(from, isStart: true)
    let last = try bound(through, isStart: false)
    if let from, let through, case .quantity = from.0, case .quantity = through.0, first > last {
      throw EvalError.rangeReversed(byDates: false, at: from.1.through(through.1))
    }
    let range = first..<Swift.max(first, last + 1)
    switch container {
    case .series(var series):
      series.days = ContiguousArray(series.days[range])
      series.values = ContiguousArray(series.values[range])
      return .series(series)
    case .table(var table):
      table.days = ContiguousArray(table.days[range])
      table.columns = table.columns.map { Table.Column(name: $0.name, values: ContiguousArray($0.values[range]), unit: $0.unit, format: $0.format) }
      return .table(table)
    default:
      throw EvalError.unexpectedKind(expected: .seriesOrTableToSliceByDates, found: container.kind, at: baseSpan)
    }
  }

  /// Series with series (aligned on the dates both have), or with a single quantity. Units and
  /// dimension errors are decided once, on one point, then the loop runs over the raw columns.
  func seriesArithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, _ spans: OperatorSpans) throws(EvalError)
    -> Value
  {
    func sample(_ value: Value) -> Quantity? {
      switch value {
      case .series(let series): Quantity(1, series.unit, format: series.format, provenance: series.provenance)
      case .quantity(let quantity): quantity
      default: nil
      }
    }
    guard let leftSample = sample(left), let rightSample = sample(right) else {
      throw EvalError.unexpectedOperands(
        expected: .seriesAndNumber, left: left.kind, right: right.kind, at: spans.operatorSpan)
    }
    guard [.add, .subtract, .multiply, .divide].contains(op) else {
      throw EvalError.unexpectedOperator(expected: .seriesOperator, found: op.rawValue, at: spans.operatorSpan)
    }
    // One point decides the result's unit and the factor that brings the right side's unit in.
    let unitProbe = try arithmetic(op, Quantity(1, leftSample.unit), Quantity(1, rightSample.unit), spans)
    let rightFactor: Double =
      op == .add || op == .subtract ? rightSample.unit.factor / leftSample.unit.factor : 1
    let unitScale: Double =
      switch op {
      case .multiply: unitProbe.value
      case .divide: unitProbe.value
      default: 1
      }
    let format: DisplayFormat = unitProbe.unit.isNone && (leftSample.isPercent || rightSample.isPercent) ? .percent : .automatic
    let provenance = leftSample.provenance.union(rightSample.provenance)

    var days: ContiguousArray<Int32> = []
    var values: ContiguousArray<Double> = []
    func combine(_ a: Double, _ b: Double, on day: Int32) throws(EvalError) {
      let result: Double
      switch op {
      case .add: result = DecimalRounding.sum(a + b * rightFactor, of: a, b * rightFactor)
      case .subtract: result = DecimalRounding.sum(a - b * rightFactor, of: a, b * rightFactor)
      case .multiply: result = a * b * unitScale
      default:
        guard b != 0 else { throw EvalError.divisionByZero(at: spans.operatorSpan, divisor: spans.right) }
        result = a / b * unitScale
      }
      days.append(day)
      values.append(result)
    }
    switch (left, right) {
    case (.series(let a), .series(let b)) where a.days == b.days:
      // The same dates (`nvda.close - nvda.open`): every point pairs with the one at its index.
      days = a.days
      values = try Evaluator.combined(a.values, b.values, op, rightFactor: rightFactor, unitScale: unitScale, spans)
    case (.series(let a), .series(let b)):
      var i = 0
      var j = 0
      while i < a.count && j < b.count {
        if a.days[i] == b.days[j] {
          try combine(a.values[i], b.values[j], on: a.days[i])
          i += 1
          j += 1
        } else if a.days[i] < b.days[j] {
          i += 1
        } else {
          j += 1
        }
      }
    case (.series(let a), .quantity(let b)):
      // One number with every point: the dates stay the same (shared, not copied) and the
      // values come from one loop per operator, with no call or append per point.
      days = a.days
      values = try Evaluator.combined(a.values, with: b.value, op, rightFactor: rightFactor, unitScale: unitScale, spans)
    case (.quantity(let a), .series(let b)):
      days = b.days
      values = try Evaluator.combined(a.value, with: b.values, op, rightFactor: rightFactor, unitScale: unitScale, spans)
    default:
      // The caller sends only a series with a series or a number; anything else is an error
      // here rather than a crash.
      throw EvalError.unexpectedOperands(
        expected: .seriesAndNumber, left: left.kind, right: right.kind, at: spans.operatorSpan)
    }
    let resultName = Evaluator.describe(op, left, right)
    // Returns stay returns when scaled, or combined with returns (an excess return); anything
    // else is a level.
    let measures = [left, right].compactMap { (value: Value) -> Series.Measure? in
      if case .series(let series) = value { series.measure } else { nil }
    }
    let scalesReturns = op == .multiply || op == .divide || measures.count == 2
    let measure = scalesReturns && Set(measures).count == 1 ? measures[0] : .levels
    return .series(
      Series(
        name: resultName, days: days, values: values, unit: unitProbe.unit, format: format, provenance: provenance,
        measure: measure))
  }

  /// `points op number`, point by point, as `combine` in `seriesArithmetic` computes it.
  static func combined(
    _ points: ContiguousArray<Double>, with number: Double, _ op: BinaryOperator, rightFactor: Double, unitScale: Double,
    _ spans: OperatorSpans
  ) throws(EvalError) -> ContiguousArray<Double> {
    let right = number * rightFactor
    switch op {
    case .add: return points.mapValues { DecimalRounding.sum($0 + right, of: $0, right) }
    case .subtract: return points.mapValues { DecimalRounding.sum($0 - right, of: $0, right) }
    case .multiply: return points.mapValues { $0 * number * unitScale }
    default:
      guard number != 0 || points.isEmpty else {
        throw EvalError.divisionByZero(at: spans.operatorSpan, divisor: spans.right)
      }
      return points.mapValues { $0 / number * unitScale }
    }
  }

  /// `left op right` for two columns of the same length, point by point.
  static func combined(
    _ left: ContiguousArray<Double>, _ right: ContiguousArray<Double>, _ op: BinaryOperator, rightFactor: Double,
    unitScale: Double, _ spans: OperatorSpans
  ) throws(EvalError) -> ContiguousArray<Double> {
    if op == .divide, right.contains(0) {
      throw EvalError.divisionByZero(at: spans.operatorSpan, divisor: spans.right)
    }
    return ContiguousArray(unsafeUninitializedCapacity: left.count) { buffer, initialized in
      left.withUnsafeBufferPointer { a in
        right.withUnsafeBufferPointer { b in
          for index in a.indices {
            let x = a[index]
            let y = b[index]
            buffer[index] =
              switch op {
              case .add: DecimalRounding.sum(x + y * rightFactor, of: x, y * rightFactor)
              case .subtract: DecimalRounding.sum(x - y * rightFactor, of: x, y * rightFactor)
              case .multiply: x * y * unitScale
              default: x / y * unitScale
              }
          }
        }
      }
      initialized = left.count
    }
  }

  /// `number op points`, point by point.
  static func combined(
    _ number: Double, with points: ContiguousArray<Double>, _ op: BinaryOperator, rightFactor: Double, unitScale: Double,
    _ spans: OperatorSpans
  ) throws(EvalError) -> ContiguousArray<Double> {
    switch op {
    case .add: return points.mapValues { DecimalRounding.sum(number + $0 * rightFactor, of: number, $0 * rightFactor) }
    case .subtract: return points.mapValues { DecimalRounding.sum(number - $0 * rightFactor, of: number, $0 * rightFactor) }
    case .multiply: return points.mapValues { number * $0 * unitScale }
    default:
      guard !points.contains(0) else { throw EvalError.divisionByZero(at: spans.operatorSpan, divisor: spans.right) }
      return points.mapValues { number / $0 * unitScale }
    }
  }
}

extension ContiguousArray<Double> {
  /// `map` into a buffer of the final size, written in place.
  func mapValues(_ transform: (Double) -> Double) -> ContiguousArray<Double> {
    ContiguousArray(unsafeUninitializedCapacity: count) { buffer, initialized in
      withUnsafeBufferPointer { source in
        for index in source.indices { buffer[index] = transform(source[index]) }
      }
      initialized = count
    }
  }
}

extension Evaluator {
  /// The name of `left op right` for a series: the expression that made it, as
  /// `nvda.close * 1,200 shares + amd.close * 800 shares`, so a chart or a table header says what
  /// it shows. A side that is itself a sum is bracketed where the operator binds tighter.
  static func describe(_ op: BinaryOperator, _ left: Value, _ right: Value) -> String {
    func text(_ value: Value, isRight: Bool) -> String {
      let written: String
      switch value {
      case .series(let series): written = series.name
      default: written = value.display
      }
      let isSum = hasTopLevel(written, [" + ", " - "])
      let isProduct = hasTopLevel(written, [" * ", " / "])
      let needsBrackets =
        switch op {
        case .multiply: isSum
        case .divide: isSum || (isRight && isProduct)
        case .subtract: isRight && isSum
        default: false
        }
      return needsBrackets ? "(\(written))" : written
    }
    return "\(text(left, isRight: false)) \(op.rawValue) \(text(right, isRight: true))"
  }

  /// Whether one of `operators` occurs in `text` outside brackets and quotes.
  private static func hasTopLevel(_ text: String, _ operators: [String]) -> Bool {
    guard operators.contains(where: { text.contains($0) }) else { return false }
    var depth = 0
    var inQuotes = false
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      switch character {
      case "\"": inQuotes.toggle()
      case "(", "[": if !inQuotes { depth += 1 }
      case ")", "]": if !inQuotes { depth -= 1 }
      default:
        guard depth == 0, !inQuotes, index + 2 < characters.count, character == " ", characters[index + 2] == " "
        else { continue }
        if operators.contains(String(characters[index...(index + 2)])) { return true }
      }
    }
    return false
  }
}

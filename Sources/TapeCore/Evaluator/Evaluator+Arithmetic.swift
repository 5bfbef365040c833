#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Operators on values: dimensions checked, units combined, percent display carried where it
/// keeps its meaning, lists element-wise, dates as days.
extension Evaluator {
  func unary(_ op: UnaryOperator, _ value: Value, _ spans: OperatorSpans) throws(EvalError) -> Value {
    switch (op, value) {
    case (.not, .bool(let flag)): return .bool(!flag)
    case (.not, _):
      throw EvalError.unexpectedKind(expected: .booleanAfterNot, found: value.kind, at: spans.right)
    case (.plus, .quantity), (.plus, .list): return value
    case (.negate, .quantity(var quantity)):
      quantity.value = -quantity.value
      return .quantity(quantity)
    case (.negate, .series(var series)):
      for index in series.values.indices { series.values[index] = -series.values[index] }
      return .series(series)
    case (.plus, .series), (.plus, .record), (.plus, .table): return value
    case (.negate, .record(let record)):
      var values: [Value] = []
      for item in record.values { values.append(try unary(.negate, item, spans)) }
      return .record(Record(names: record.names, values: values))
    case (.negate, .table(var table)):
      for index in table.columns.indices { table.columns[index].values = table.columns[index].values.mapValues { -$0 } }
      return .table(table)
    case (.negate, .list):
      var walk = ValueWalk()
      return try negated(value, spans, &walk, depth: 0)
    default:
      throw EvalError.unexpectedKind(expected: .numberAfter(operator: op.rawValue), found: value.kind, at: spans.right)
    }
  }

  func binary(_ op: BinaryOperator, _ left: Value, _ right: Value, _ spans: OperatorSpans) throws(EvalError) -> Value {
    switch (left, right) {
    case (.series(let a), .series(let b)) where op == .equal || op == .notEqual:
      return .bool(try seriesEqual(a, b, spans) == (op == .equal))
    case (.table(let a), .table(let b)) where op == .equal || op == .notEqual:
      return .bool(try tablesEqual(a, b, spans) == (op == .equal))
    case (.series, .series), (.series, .quantity), (.quantity, .series):
      return try seriesArithmetic(op, left, right, spans)
    case (.record, .record), (.record, .quantity), (.quantity, .record), (.record, .series), (.series, .record):
      return try recordArithmetic(op, left, right, spans)
    case (.table, .table), (.table, .quantity), (.quantity, .table), (.table, .series), (.series, .table), (.table, .record),
      (.record, .table):
      return try tableArithmetic(op, left, right, spans)
    case (.quantity(let a), .quantity(let b)):
      switch op {
      case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
        return .bool(try compare(op, a, b, spans))
      default:
        return .quantity(try arithmetic(op, a, b, spans))
      }
    case (.list, .list), (.list, _), (_, .list):
      var walk = ValueWalk()
      return try elementwise(op, left, right, spans, &walk, depth: 0)
    case (.date(let a), .date(let b)):
      switch op {
      case .subtract: return .quantity(Quantity(Double(a.daysSinceEpoch - b.daysSinceEpoch), Unit(BuiltinUnits.day)))
      case .equal: return .bool(a == b)
      case .notEqual: return .bool(a != b)
      case .less: return .bool(a < b)
      case .lessEqual: return .bool(a <= b)
      case .greater: return .bool(a > b)
      case .greaterEqual: return .bool(a >= b)
      default:
        throw EvalError.dateArithmetic(.twoDates(operator: op), at: spans.operatorSpan)
      }
    case (.date(let date), .quantity(let amount)) where op == .add || op == .subtract:
      return .date(try shifted(date, by: amount, subtracting: op == .subtract, spans))
    case (.quantity(let amount), .date(let date)) where op == .add:
      return .date(try shifted(date, by: amount, subtracting: false, spans))
    case (.bool(let a), .bool(let b)) where op == .equal || op == .notEqual:
      return .bool((a == b) == (op == .equal))
    case (.string(let a), .string(let b)) where op == .equal || op == .notEqual:
      return .bool((a == b) == (op == .equal))
    default:
      throw EvalError.unexpectedOperands(
        expected: .operandsFor(operator: op.rawValue), left: left.kind, right: right.kind, at: spans.operatorSpan)
    }
  }

  /// `a op b` for two plain numbers (no unit, no source, not percentages), the same value
  /// `arithmetic` gives without its unit and format bookkeeping; nil for anything else, and for
  /// a result that is not finite, so `arithmetic` reports it.
  static func plainArithmetic(_ op: BinaryOperator, _ a: Quantity, _ b: Quantity) -> Double? {
    guard a.isPlain, b.isPlain else { return nil }
    return plainArithmetic(op, a.value, b.value)
  }

  /// `plainArithmetic` on the values of two plain numbers.
  @inline(__always)
  static func plainArithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Double? {
    let value: Double
    switch op {
    case .add: value = DecimalRounding.sum(a + b, of: a, b)
    case .subtract: value = DecimalRounding.sum(a - b, of: a, b)
    case .multiply: value = a * b
    case .divide:
      guard b != 0 else { return nil }
      value = a / b
    default: return nil
    }
    return value.isFinite ? value : nil
  }

  func arithmetic(_ op: BinaryOperator, _ a: Quantity, _ b: Quantity, _ spans: OperatorSpans) throws(EvalError)
    -> Quantity
  {
    var result: Quantity
    switch op {
    case .add, .subtract:
      let right = try sameUnit(op, a, b, spans)
      let exact = op == .add ? a.value + right : a.value - right
      let value = DecimalRounding.sum(exact, of: a.value, right)
      result = Quantity(value, annotatedAs: a, format: a.isPercent && b.isPercent ? .percent : .automatic)
    case .multiply:
      let (unit, scale) = a.unit.multiplied(by: b.unit)
      let format: DisplayFormat = unit.isNone && (a.isPercent || b.isPercent) ? .percent : .automatic
      result = Quantity(a.value * b.value * scale, unit, format: format)
    case .divide:
      guard b.value != 0 else { throw EvalError.divisionByZero(at: spans.operatorSpan, divisor: spans.right) }
      let (unit, scale) = a.unit.multiplied(by: b.unit.inverted)
      let format: DisplayFormat = unit.isNone && a.isPercent && !b.isPercent ? .percent : .automatic
      result = Quantity(a.value / b.value * scale, unit, format: format)
    case .power:
      guard b.unit.isNone else {
        throw EvalError.unexpectedKind(expected: .plainExponent, found: .quantity(b.unit), at: spans.right)
      }
      if a.unit.isNone {
        guard !(a.value == 0 && b.value < 0) else {
          throw EvalError.divisionByZero(at: spans.operatorSpan, divisor: spans.left)
        }
        result = Quantity(pow(a.value, b.value))
      } else {
        guard b.value == b.value.rounded(), abs(b.value) <= 64 else {
          throw EvalError.unitExponentNotWhole(unit: a.unit, at: spans.right)
        }
        let exponent = Int(b.value)
        result = Quantity(integerPower(a.value, exponent), a.unit.raised(to: exponent))
      }
    default:
      // Comparisons and logic are the caller's; an error here, not a crash, if one arrives.
      throw EvalError.unexpectedOperator(expected: .arithmeticOperator, found: op.rawValue, at: spans.operatorSpan)
    }
    result.provenance = a.provenance.union(b.provenance)
    guard result.value.isFinite else {
      if result.value.isNaN { throw EvalError.notARealNumber(at: spans.operatorSpan) }
      throw EvalError.notFinite(at: spans.operatorSpan)
    }
    return result
  }

  /// `b`'s magnitude in `a`'s unit, or the error for adding or comparing different dimensions.
  func sameUnit(_ op: BinaryOperator, _ a: Quantity, _ b: Quantity, _ spans: OperatorSpans) throws(EvalError) -> Double {
    if (a.unit.isNone && b.unit.isNone) || a.unit == b.unit { return b.value }
    if a.dimension == b.dimension { return b.converted(to: a.unit).value }
    if (op == .add || op == .subtract) && (a.isPercent != b.isPercent) && (a.unit.isNone || b.unit.isNone) {
      let amount = a.isPercent ? b : a
      throw EvalError.percentAddedToAmount(
        op: op, amount: ValueKind(of: .quantity(amount)), percentOnLeft: a.isPercent, spans: spans.data)
    }
    throw EvalError.mismatchedUnits(
      op: op, left: ValueKind(of: .quantity(a)), right: ValueKind(of: .quantity(b)), spans: spans.data)
  }

  /// Numbers compare equal when they agree to 12 significant digits, so `0.1 + 0.2 == 0.3`.
  func compare(_ op: BinaryOperator, _ a: Quantity, _ b: Quantity, _ spans: OperatorSpans) throws(EvalError) -> Bool {
    let right = try sameUnit(op, a, b, spans)
    guard let holds = Evaluator.compare(op, a.value, right) else {
      throw EvalError.unexpectedOperator(expected: .comparison, found: op.rawValue, at: spans.operatorSpan)
    }
    return holds
  }

  /// Two magnitudes in the same unit compared, or nil for an operator that is not a comparison.
  @inline(__always)
  static func compare(_ op: BinaryOperator, _ left: Double, _ right: Double) -> Bool? {
    let tolerance = 1e-12 * max(abs(left), abs(right))
    let isEqual = abs(left - right) <= tolerance
    switch op {
    case .equal: return isEqual
    case .notEqual: return !isEqual
    case .less: return left < right && !isEqual
    case .lessEqual: return left < right || isEqual
    case .greater: return left > right && !isEqual
    case .greaterEqual: return left > right || isEqual
    default: return nil
    }
  }

  /// `x in %`, `x in B`, `x in full`, `x in USD/share`.
  func convert(_ value: Value, to target: ResolvedTarget, _ spans: OperatorSpans) throws(EvalError) -> Value {
    var walk = ValueWalk()
    return try convert(value, to: target, spans, &walk, depth: 0)
  }

  private func convert(
    _ value: Value, to target: ResolvedTarget, _ spans: OperatorSpans, _ walk: inout ValueWalk, depth: Int
  ) throws(EvalError) -> Value {
    switch value {
    case .list(let items):
      try enter(depth, &walk, spans.left, spans)
      var result: [Value] = []
      for item in items { result.append(try convert(item, to: target, spans, &walk, depth: depth + 1)) }
      return .list(result)
    case .record(let record):
      try enter(depth, &walk, spans.left, spans)
      var values: [Value] = []
      for item in record.values { values.append(try convert(item, to: target, spans, &walk, depth: depth + 1)) }
      return .record(Record(names: record.names, values: values))
    case .series(var series):
      // Convert one point to learn the unit and scale, then apply them to the whole column.
      guard case .quantity(let probe) = try convert(.quantity(Quantity(1, series.unit)), to: target, spans) else {
        return .series(series)
      }
      if probe.unit != series.unit {
        let factor = probe.value
        for index in series.values.indices { series.values[index] *= factor }
        series.unit = probe.unit
      }
      series.format = probe.format
      return .series(series)
    case .table(var table):
      // Every column as a series: `pct_change(closes) in %`, `closes in EUR/share` (same dimension).
      for index in table.columns.indices {
        guard case .series(let converted) = try convert(.series(table.series(of: table.columns[index])), to: target, spans, &walk, depth: depth + 1)
        else { continue }
        table.columns[index].values = converted.values
        table.columns[index].unit = converted.unit
        table.columns[index].format = converted.format
      }
      return .table(table)
    case .quantity(var quantity):
      switch target {
      case .percent:
        guard quantity.unit.isNone else {
          throw EvalError.percentOfQuantity(unit: quantity.unit, at: spans.left)
        }
        quantity.format = .percent
      case .full: quantity.format = .full
      case .scaled(let scale): quantity.format = .scaled(scale)
      case .unit(let unit):
        guard quantity.dimension == unit.dimension else {
          let isCurrency = quantity.unit.currency != nil && unit.currency != nil
          throw EvalError.cannotConvert(
            from: ValueKind(of: .quantity(quantity)), to: unit, at: spans.operatorSpan,
            isCurrency: isCurrency)
        }
        quantity = Quantity(quantity.converted(to: unit).value, unit, provenance: quantity.provenance)
      }
      return .quantity(quantity)
    default:
      throw EvalError.unexpectedKind(expected: .numberToConvert, found: value.kind, at: spans.left)
    }
  }
}

/// The walks of `unary`, `binary` and `convert` into lists and records: each level counts
/// against `ValueWalk.depthLimit` and each item is a step that may see Ctrl-C.
extension Evaluator {
  /// Throws when the walk is about to go past the nesting limit or Ctrl-C was pressed.
  @inline(__always)
  func enter(_ depth: Int, _ walk: inout ValueWalk, _ span: Span, _ spans: OperatorSpans) throws(EvalError) {
    guard depth < ValueWalk.depthLimit else {
      throw EvalError.valueNestedTooDeeply(limit: ValueWalk.depthLimit, at: span)
    }
    if walk.stepIsInterrupted() { throw EvalError.interrupted(at: spans.operatorSpan) }
  }

  func negated(_ value: Value, _ spans: OperatorSpans, _ walk: inout ValueWalk, depth: Int) throws(EvalError) -> Value {
    guard case .list(let items) = value else { return try unary(.negate, value, spans) }
    try enter(depth, &walk, spans.right, spans)
    var result: [Value] = []
    result.reserveCapacity(items.count)
    for item in items { result.append(try negated(item, spans, &walk, depth: depth + 1)) }
    return .list(result)
  }

  /// `left op right` where either side is a list: `==` and `!=` of two lists give one boolean
  /// (the same items), every other operator works element by element.
  func elementwise(
    _ op: BinaryOperator, _ left: Value, _ right: Value, _ spans: OperatorSpans, _ walk: inout ValueWalk, depth: Int
  ) throws(EvalError) -> Value {
    switch (left, right) {
    case (.list(let items), .list(let others)) where op == .equal || op == .notEqual:
      try enter(depth, &walk, spans.operatorSpan, spans)
      // Two lists are equal when they have the same items; the answer is one boolean.
      guard items.count == others.count else { return .bool(op == .notEqual) }
      for (item, other) in zip(items, others) {
        if walk.stepIsInterrupted() { throw EvalError.interrupted(at: spans.operatorSpan) }
        guard case .bool(true) = try elementwise(.equal, item, other, spans, &walk, depth: depth + 1) else {
          return .bool(op == .notEqual)
        }
      }
      return .bool(op == .equal)
    case (.list(let items), .list(let others)):
      try enter(depth, &walk, spans.operatorSpan, spans)
      guard items.count == others.count else {
        throw EvalError.lengthsDiffer(left: items.count, right: others.count, at: spans.operatorSpan)
      }
      var result: [Value] = []
      result.reserveCapacity(items.count)
      for (item, other) in zip(items, others) {
        if walk.stepIsInterrupted() { throw EvalError.interrupted(at: spans.operatorSpan) }
        result.append(try elementwise(op, item, other, spans, &walk, depth: depth + 1))
      }
      return .list(result)
    case (.list(let items), _):
      try enter(depth, &walk, spans.left, spans)
      var result: [Value] = []
      result.reserveCapacity(items.count)
      for item in items {
        if walk.stepIsInterrupted() { throw EvalError.interrupted(at: spans.operatorSpan) }
        result.append(try elementwise(op, item, right, spans, &walk, depth: depth + 1))
      }
      return .list(result)
    case (_, .list(let items)):
      try enter(depth, &walk, spans.right, spans)
      var result: [Value] = []
      result.reserveCapacity(items.count)
      for item in items {
        if walk.stepIsInterrupted() { throw EvalError.interrupted(at: spans.operatorSpan) }
        result.append(try elementwise(op, left, item, spans, &walk, depth: depth + 1))
      }
      return .list(result)
    default:
      return try binary(op, left, right, spans)
    }
  }
}

/// Labelled values: records combine key by key, tables column by column (each column a series,
/// so dates align as series do), and both are read by key (`r.nvda`, `r["nvda"]`, `t[["a", "b"]]`).
extension Evaluator {
  /// `closes[2025-01-27] / closes[2025-01-24] - 1`: two records key by key (the same keys,
  /// in the left one's order), or a record with one value, field by field.
  func recordArithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, _ spans: OperatorSpans) throws(EvalError)
    -> Value
  {
    switch (left, right) {
    case (.record(let a), .record(let b)):
      try Evaluator.requireSameKeys(a.names, b.names, tables: false, at: spans.operatorSpan)
      if op == .equal || op == .notEqual {
        // Two records are equal when every key holds equal values: one boolean, as for lists.
        for (name, value) in zip(a.names, a.values) {
          guard let other = b[name], case .bool(true) = try binary(.equal, value, other, spans) else {
            return .bool(op == .notEqual)
          }
        }
        return .bool(op == .equal)
      }
      var values: [Value] = []
      values.reserveCapacity(a.values.count)
      for (name, value) in zip(a.names, a.values) {
        guard let other = b[name] else { continue }
        values.append(try binary(op, value, other, spans))
      }
      return .record(Record(names: a.names, values: values))
    case (.record(let a), _):
      var values: [Value] = []
      values.reserveCapacity(a.values.count)
      for value in a.values { values.append(try binary(op, value, right, spans)) }
      return .record(Record(names: a.names, values: values))
    case (_, .record(let b)):
      var values: [Value] = []
      values.reserveCapacity(b.values.count)
      for value in b.values { values.append(try binary(op, left, value, spans)) }
      return .record(Record(names: b.names, values: values))
    default:
      throw EvalError.unexpectedOperands(
        expected: .operandsFor(operator: op.rawValue), left: left.kind, right: right.kind, at: spans.operatorSpan)
    }
  }

  /// A table with a number, a series or another table: every column as a series, so dates align
  /// as series do and each column is one loop over its stored values.
  func tableArithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, _ spans: OperatorSpans) throws(EvalError)
    -> Value
  {
    func columnwise(_ table: Table, _ combine: (Series, Table.Column) throws(EvalError) -> Value) throws(EvalError)
      -> Value
    {
      var columns: [Table.Column] = []
      columns.reserveCapacity(table.columns.count)
      var days = table.days
      var provenance = table.provenance
      for column in table.columns {
        guard case .series(let result) = try combine(table.series(of: column), column) else {
          throw EvalError.unexpectedOperands(
            expected: .seriesAndNumber, left: left.kind, right: right.kind, at: spans.operatorSpan)
        }
        // Every column is aligned against the same dates, so all results share one date column.
        days = result.days
        provenance = provenance.union(result.provenance)
        columns.append(Table.Column(name: column.name, values: result.values, unit: result.unit, format: result.format))
      }
      return .table(Table(name: table.name, days: days, columns: columns, provenance: provenance))
    }
    switch (left, right) {
    case (.table(let a), .table(let b)):
      try Evaluator.requireSameKeys(a.columns.map(\.name), b.columns.map(\.name), tables: true, at: spans.operatorSpan)
      return try columnwise(a) { (series, column) throws(EvalError) in
        guard let other = b.series(column.name) else { preconditionFailure("the keys were checked to match") }
        return try seriesArithmetic(op, .series(series), .series(other), spans)
      }
    case (.table(let a), .record(let b)), (.record(let b), .table(let a)):
      // `closes / closes[2025-01-24]`: each column with its key's value.
      try Evaluator.requireSameKeys(a.columns.map(\.name), b.names, tables: true, at: spans.operatorSpan)
      let tableOnLeft = if case .table = left { true } else { false }
      return try columnwise(a) { (series, column) throws(EvalError) in
        guard let value = b[column.name] else { preconditionFailure("the keys were checked to match") }
        return tableOnLeft
          ? try seriesArithmetic(op, .series(series), value, spans) : try seriesArithmetic(op, value, .series(series), spans)
      }
    case (.table(let a), .series), (.table(let a), .quantity):
      return try columnwise(a) { (series, _) throws(EvalError) in try seriesArithmetic(op, .series(series), right, spans) }
    case (.series, .table(let b)), (.quantity, .table(let b)):
      return try columnwise(b) { (series, _) throws(EvalError) in try seriesArithmetic(op, left, .series(series), spans) }
    default:
      throw EvalError.unexpectedOperands(
        expected: .seriesAndNumber, left: left.kind, right: right.kind, at: spans.operatorSpan)
    }
  }

  /// Two sets of keys that must be the same; the error names the ones on one side only.
  static func requireSameKeys(_ left: [String], _ right: [String], tables: Bool, at span: Span) throws(EvalError) {
    guard left != right else { return }
    let onlyLeft = left.filter { !right.contains($0) }
    let onlyRight = right.filter { !left.contains($0) }
    guard onlyLeft.isEmpty && onlyRight.isEmpty else {
      throw EvalError.labels(.keysDiffer(onlyLeft: onlyLeft, onlyRight: onlyRight, tables: tables), at: span)
    }
  }

  /// `r["nvda"]`, `t["close"]`, `r[["nvda", "amd"]]`, `t[["nvda", "amd"]]`; nil when the base
  /// is not a record or table indexed by a string or a list of them.
  func labelled(_ base: Value, baseSpan: Span, at key: Value, _ span: Span) throws(EvalError) -> Value? {
    switch (base, key) {
    case (.record(let record), .string(let name)):
      guard let value = record[name] else {
        throw EvalError.labels(.noSuchKey(name, available: record.names), at: span)
      }
      return value
    case (.table, .string(let name)):
      return try field(name, of: base, baseSpan: baseSpan, nameSpan: span)
    case (.record, .list(let names)), (.table, .list(let names)):
      var chosen: [String] = []
      for name in names {
        guard case .string(let text) = name else {
          throw EvalError.unexpectedKind(expected: .keyNames, found: name.kind, at: span)
        }
        chosen.append(text)
      }
      return try base.selecting(chosen, at: span)
    default:
      return nil
    }
  }

  /// `moves.change` on a list of records: the field of every record, as a list.
  func fieldOfEvery(_ name: String, in items: ValueList, baseSpan: Span, nameSpan: Span) throws(EvalError) -> Value {
    // A field of a loaded file's rows is its column, shared.
    if let column = items.columns?.column(named: name) { return .list(ValueList(column)) }
    var values: [Value] = []
    values.reserveCapacity(items.count)
    for item in items { values.append(try field(name, of: item, baseSpan: baseSpan, nameSpan: nameSpan)) }
    return .list(values)
  }
}

extension Value {
  /// The keys (of a record) or columns (of a table) named in `names`, in that order.
  public func selecting(_ names: [String], at span: Span) throws(EvalError) -> Value {
    switch self {
    case .record(let record):
      var values: [Value] = []
      for name in names {
        guard let value = record[name] else { throw EvalError.labels(.noSuchKey(name, available: record.names), at: span) }
        values.append(value)
      }
      return .record(Record(names: names, values: values))
    case .table(var table):
      guard !names.isEmpty else { throw EvalError.labels(.noColumns, at: span) }
      var columns: [Table.Column] = []
      for name in names {
        guard let column = table.columns.first(where: { $0.name == name }) else {
          throw EvalError.labels(.noSuchKey(name, available: table.columns.map(\.name)), at: span)
        }
        columns.append(column)
      }
      table.columns = columns
      return .table(table)
    default:
      throw EvalError.unexpectedKind(expected: .recordOrTable, found: kind, at: span)
    }
  }

}

import TapeCore

/// Series functions over labelled values: a table column by column (each column a series that
/// shares the table's stored values, so no cell is boxed), a record of figures as one list whose
/// result keeps the keys, a record of series or tables value by value.
extension Builtin {
  /// How a function declared `overColumns` hands back a labelled argument's results.
  public enum ColumnUse: Sendable, Equatable {
    /// Not over columns: a table or record is refused by the declared types.
    case none
    /// Results keep their labels: a table of series, a record of figures.
    case values
    /// The result is a position (`argmin`, `argmax`): for a record, its key.
    case positions
    /// Results keep their labels, and a table alone gives its first or last row (`last(nvda)`),
    /// the same record as `nvda[-1]`, with its date.
    case endRow(last: Bool)
  }

  /// The declared signature with `table | record` added to the first parameter, for help.
  static func labelledSignature(_ signature: Signature) -> Signature {
    var parameters = signature.parameters
    guard let first = parameters.first else { return signature }
    let alternatives: [ParameterType] =
      if case .oneOf(let types) = first.type { types } else { [first.type] }
    parameters[0] = Signature.Parameter(first.name, .oneOf(alternatives + [.table, .record]))
    return Signature(
      signature.function, parameters, optionalCount: signature.optionalCount, repeatsLast: signature.repeatsLast,
      returns: signature.returns)
  }

  /// The result for a table or record as the first argument, or nil for anything else (the
  /// function then runs as declared).
  static func overLabels(
    _ arguments: [Value], _ call: CallContext, function: String, use: ColumnUse,
    _ run: ([Value]) throws(EvalError) -> Value
  ) throws(EvalError) -> Value? {
    switch arguments.first {
    case .table(let table):
      if case .endRow(let last) = use, arguments.count == 1, !table.days.isEmpty {
        return .record(table.row(at: last ? table.days.count - 1 : 0))
      }
      var results: [Value] = []
      results.reserveCapacity(table.columns.count)
      var withColumn = arguments
      for column in table.columns {
        withColumn[0] = .series(table.series(of: column))
        results.append(try run(withColumn))
      }
      return try assembled(results, keys: table.columns.map(\.name), name: "\(function)(\(table.name))", function: function, call)
    case .record(let record):
      if record.values.allSatisfy({ if case .quantity = $0 { true } else { false } }) {
        var asList = arguments
        asList[0] = .list(record.values)
        let result = try run(asList)
        switch (use, result) {
        case (.positions, .quantity(let position)):
          let index = Int(position.value)
          return record.names.indices.contains(index) ? .string(record.names[index]) : result
        case (_, .list(let items)) where items.count == record.names.count:
          return .record(Record(names: record.names, values: items.values))
        default:
          return result
        }
      }
      var results: [Value] = []
      results.reserveCapacity(record.values.count)
      var withValue = arguments
      for value in record.values {
        withValue[0] = value
        if let labelled = try overLabels(withValue, call, function: function, use: use, run) {
          results.append(labelled)
        } else {
          results.append(try run(withValue))
        }
      }
      return .record(Record(names: record.names, values: results))
    default:
      return nil
    }
  }

  /// Per-column results as one value: series on the same dates make a table, figures a record.
  static func assembled(_ results: [Value], keys: [String], name: String, function: String, _ call: CallContext)
    throws(EvalError) -> Value
  {
    var columns: [Table.Column] = []
    columns.reserveCapacity(results.count)
    var days: ContiguousArray<Int32>? = nil
    var provenance = Provenance.none
    for (key, result) in zip(keys, results) {
      guard case .series(let series) = result else { break }
      if let days, days != series.days { break }
      days = series.days
      provenance = provenance.union(series.provenance)
      columns.append(Table.Column(name: key, values: series.values, unit: series.unit, format: series.format))
    }
    if columns.count == results.count, let days {
      return .table(Table(name: name, days: days, columns: columns, provenance: provenance))
    }
    for (key, result) in zip(keys, results) {
      switch result {
      case .quantity, .series, .date, .string, .bool: continue
      default: throw EvalError.labels(.columnResult(function: function, column: key, found: result.kind), at: call.span)
      }
    }
    return .record(Record(names: keys, values: results))
  }
}

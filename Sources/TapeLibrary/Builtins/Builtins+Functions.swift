import TapeCore

extension Builtins {
  static let functions: [Builtin] = [map, filter]

  static let map = Builtin(
    name: "map", topic: .lists,
    parameters: [
      .init("values", .oneOf([.list(of: .any), .series, .record])),
      .init("function", .function, "of one value, such as `x => x * 2`"),
    ],
    callsFunctions: true, returns: .oneOf([.list(of: .any), .series, .record]),
    resultNote: "a series on the same dates; a record with the same keys",
    summary: "Applies `function` to every item of a list, every point of a series or every value of a record.",
    examples: [
      .init("map([1, 2, 3], x => x * 10)", yields: "[10, 20, 30]"),
      .init("map([$142.62, $118.42], p => round(p))", yields: "[$143.00, $118.00]"),
      .init("map({a: 1, b: 2}, x => x * 10).b", yields: "20"),
    ],
    details: """
      On a series the function sees each point as a quantity in the series' unit, and must \
      return quantities in one unit; the result keeps the series' dates and sources. On a \
      record the function sees each value and the result is a record with the same keys, so \
      `map(stocks, t => pct_change(t.close)[2025-01-27])` is a labelled record that sorts.
      """,
    seeAlso: ["filter"]
  ) { arguments, call throws(EvalError) in
    let apply = try applier(arguments, call)
    switch arguments[0] {
    case .list(let items):
      var results: [Value] = []
      results.reserveCapacity(items.count)
      for item in items { results.append(try apply(arguments[1], [item])) }
      return .list(results)
    case .record(let record):
      var results: [Value] = []
      results.reserveCapacity(record.values.count)
      for value in record.values { results.append(try apply(arguments[1], [value])) }
      return .record(Record(names: record.names, values: results))
    case .series(let series):
      var values = ContiguousArray<Double>()
      values.reserveCapacity(series.count)
      var unit: Unit? = nil
      var provenance = series.provenance
      for index in 0..<series.count {
        let returned = try apply(arguments[1], [.quantity(series.quantity(at: index))])
        guard case .quantity(let result) = returned else {
          throw EvalError.badArgument(.mapNeedsNumber(found: returned.kind), at: call.argumentSpan(1))
        }
        let target = unit ?? result.unit
        guard result.dimension == target.dimension else {
          throw EvalError.badArgument(.mapChangedUnit(first: target, found: result.unit), at: call.argumentSpan(1))
        }
        unit = target
        values.append(result.converted(to: target).value)
        provenance = provenance.union(result.provenance)
      }
      return .series(
        Series(name: series.name, days: series.days, values: values, unit: unit ?? series.unit, provenance: provenance))
    default:
      throw undeclared(0, call)
    }
  }

  static let filter = Builtin(
    name: "filter", topic: .lists,
    parameters: [
      .init("values", .oneOf([.list(of: .any), .series, .table, .record])),
      .init("keep", .function, "of one value, returning true or false"),
    ],
    callsFunctions: true, returns: .oneOf([.list(of: .any), .series, .table, .record]),
    resultNote: "the items, points, rows or keys for which `keep` is true",
    summary: "Keeps the items of a list, the points of a series, the rows of a table or the values of a record for which `keep` returns true.",
    examples: [
      .init("filter([-3%, 17%, 8.9%], r => r > 5%)", yields: "[17.00%, 8.90%]"),
      .init("len(filter([$142.62, $118.42, $128.99], p => p < $130))", yields: "2"),
      .init("filter({nvda: -16.97%, amd: -6.37%, avgo: -17.40%}, c => c < -10%)", yields: """
        key     value
        ────  ───────
        nvda  -16.97%
        avgo  -17.40%
        """),
    ],
    details: """
      `filter(nvda.close, p => p < $120/share)` keeps the days the close was under $120, with \
      their dates. On a table the function sees each row as a record keyed by column, and the \
      rows it keeps stay a table: `filter(nvda, row => row.close > $120/share)`. On a record it \
      sees each value, and the values kept keep their keys. The function must return a boolean \
      for every item.
      """,
    seeAlso: ["map"]
  ) { arguments, call throws(EvalError) in
    let apply = try applier(arguments, call)
    func keeps(_ value: Value) throws(EvalError) -> Bool {
      let returned = try apply(arguments[1], [value])
      guard case .bool(let keep) = returned else {
        if case .record = value { throw EvalError.labels(.conditionNotBoolean(found: returned.kind), at: call.argumentSpan(1)) }
        throw EvalError.badArgument(.filterNeedsBoolean(found: returned.kind), at: call.argumentSpan(1))
      }
      return keep
    }
    switch arguments[0] {
    case .list(let items):
      var kept: [Value] = []
      for item in items where try keeps(item) { kept.append(item) }
      return .list(kept)
    case .series(let series):
      var days = ContiguousArray<Int32>()
      var values = ContiguousArray<Double>()
      for index in 0..<series.count where try keeps(.quantity(series.quantity(at: index))) {
        days.append(series.days[index])
        values.append(series.values[index])
      }
      var result = series
      (result.days, result.values) = (days, values)
      return .series(result)
    case .table(let table):
      var kept: [Int] = []
      for index in 0..<table.count where try keeps(.record(table.row(at: index))) { kept.append(index) }
      return .table(table.rows(at: kept))
    case .record(let record):
      var names: [String] = []
      var values: [Value] = []
      for (name, value) in zip(record.names, record.values) where try keeps(value) {
        names.append(name)
        values.append(value)
      }
      return .record(Record(names: names, values: values))
    default:
      throw undeclared(0, call)
    }
  }

  /// The evaluator's way to call the function in argument 1 (declared `.function`), present for
  /// builtins declared `callsFunctions`.
  static func applier(_ arguments: [Value], _ call: CallContext) throws(EvalError)
    -> @Sendable (Value, [Value]) throws(EvalError) -> Value
  {
    guard let apply = call.apply else {
      throw EvalError.badArgument(.cannotCallFunctions, at: call.span)
    }
    return apply
  }
}

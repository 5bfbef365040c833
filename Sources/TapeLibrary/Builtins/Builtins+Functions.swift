import TapeCore

extension Builtins {
  static let functions: [Builtin] = [map, filter]

  static let map = Builtin(
    name: "map", topic: .lists,
    parameters: [
      .init("values", .oneOf([.list(of: .any), .series])),
      .init("function", .function, "of one value, such as `x => x * 2`"),
    ],
    callsFunctions: true, returns: .oneOf([.list(of: .any), .series]), resultNote: "a series on the same dates",
    summary: "Applies `function` to every item of a list or every point of a series.",
    examples: [
      .init("map([1, 2, 3], x => x * 10)", yields: "[10, 20, 30]"),
      .init("map([$142.62, $118.42], p => round(p))", yields: "[$143.00, $118.00]"),
    ],
    details: """
      On a series the function sees each point as a quantity in the series' unit, and must \
      return quantities in one unit; the result keeps the series' dates and sources.
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
      .init("values", .oneOf([.list(of: .any), .series])),
      .init("keep", .function, "of one value, returning true or false"),
    ],
    callsFunctions: true, returns: .oneOf([.list(of: .any), .series]),
    resultNote: "the items or points for which `keep` is true",
    summary: "Keeps the items of a list, or the points of a series, for which `keep` returns true.",
    examples: [
      .init("filter([-3%, 17%, 8.9%], r => r > 5%)", yields: "[17.00%, 8.90%]"),
      .init("len(filter([$142.62, $118.42, $128.99], p => p < $130))", yields: "2"),
    ],
    details: """
      `filter(nvda.close, p => p < $120/share)` keeps the days the close was under $120, with \
      their dates. The function must return a boolean for every item.
      """,
    seeAlso: ["map"]
  ) { arguments, call throws(EvalError) in
    let apply = try applier(arguments, call)
    func keeps(_ value: Value) throws(EvalError) -> Bool {
      let returned = try apply(arguments[1], [value])
      guard case .bool(let keep) = returned else {
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

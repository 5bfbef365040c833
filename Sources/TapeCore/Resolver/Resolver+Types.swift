/// A `fn`'s type annotations, as `ParameterType`s: `fn pe(price: quantity, eps: price) -> number`.
/// The words a type may be: each names a `ParameterType` of its own. Built once: a generic
/// type cannot hold a stored static, and building the table for each annotation was 0.7 M of
/// start-up's 13.6 M instructions (the stdlib's signatures are resolved when it loads).
enum TypeWords {
  static let table: [String: ParameterType] = [
    "number": .number, "quantity": .quantity, "money": .money, "percent": .percent, "duration": .duration,
    "date": .date, "string": .string, "bool": .boolean, "boolean": .boolean, "list": .list(of: .any),
    "series": .series, "table": .table, "record": .record, "function": .function, "chart": .chart, "any": .any,
  ]
}

extension Resolver where Builder: Emitter {
  /// The words a type may be (`TypeWords.table`).
  static var typeWords: [String: ParameterType] { TypeWords.table }

  /// The signature `name` declares, or nil when neither a parameter nor the result has a type,
  /// so that calling it checks nothing. A parameter without a type takes anything.
  func signature(
    _ name: String, _ parameters: [Stmt.Parameter], returns: TypeAnnotation?, in environment: Environment
  ) throws(ResolveError) -> Signature? {
    guard returns != nil || parameters.contains(where: { $0.type != nil }) else { return nil }
    let names = parameters.map(\.name)
    var typed: [Signature.Parameter] = []
    for (index, parameter) in parameters.enumerated() {
      let type = try parameter.type.map { (annotation) throws(ResolveError) in
        try parameterType(annotation, earlier: Array(names[..<index]), in: environment)
      }
      typed.append(.init(parameter.name, type ?? .any))
    }
    let result = try returns.map { (annotation) throws(ResolveError) in
      try parameterType(annotation, earlier: names, in: environment)
    }
    return Signature(name, typed, returns: result)
  }

  /// One annotation: each alternative a type word, the name of an `earlier` parameter (a
  /// quantity of the same dimension as that argument) or a unit expression.
  func parameterType(
    _ annotation: TypeAnnotation, earlier: [String], in environment: Environment
  ) throws(ResolveError) -> ParameterType {
    var alternatives: [ParameterType] = []
    for expr in annotation.alternatives {
      if case .name(let name) = expr.kind {
        if let word = Self.typeWords[name] {
          alternatives.append(word)
          continue
        }
        if let index = earlier.lastIndex(of: name) {
          alternatives.append(.sameDimension(as: index))
          continue
        }
        guard environment.units[name] != nil else {
          let candidates = Array(Self.typeWords.keys) + earlier + Array(environment.units.keys)
          throw ResolveError.unknownType(name, at: expr.span, suggestion: Suggestion.closest(to: name, among: candidates))
        }
      }
      let unit = try resolveUnit(expr, in: environment)
      alternatives.append(unit.isNone ? .number : .dimension(of: unit))
    }
    return alternatives.count == 1 ? alternatives[0] : .oneOf(alternatives)
  }
}

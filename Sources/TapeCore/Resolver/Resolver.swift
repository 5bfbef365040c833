/// Resolves the names of an expression against the session in one pass, as it builds the code
/// that computes it (jlox's `Resolver`, fused with the compile step as clox's compiler does):
/// variables become slots, parameters frame positions, units and built-ins constants, calls to
/// built-ins direct calls with their argument count checked. When asked (`inputs`), it also
/// notes what the entry reads, for `why`.
///
/// The session's `Environment` is handed to each call rather than kept: it is read, never
/// changed, and a copy of it held for every entry cost a retain and a release of each of its
/// tables.
///
/// The type itself asks nothing of `Builder`; its methods do (`where Builder: Emitter`): a
/// requirement on the type made the runtime look the conformance up, by scanning every
/// conformance of the program, the first time a resolver was made (0.15 M instructions of
/// start-up).
struct Resolver<Builder> {
  var emitter: Builder
  /// The names of the frame's values, by index: a function's parameters, then each enclosing
  /// lambda's. A name is found from the end, so a lambda's parameter hides an outer one of the
  /// same name. (A few names: a scan is cheaper than hashing, and an empty list costs nothing.)
  var parameters: [String] = []
  /// A function's own name while its body is resolved, so it can call itself.
  var functionBeingDefined: (name: String, slot: Int)? = nil
  /// The globals, datasets and dataset reads noted so far; nil when nobody asks.
  var inputs: EntryInputs? = nil
  /// True inside a dataset read already noted, whose inner chain is part of it.
  var isInsideDatasetRead = false
  /// How many parameters have been read so far: a dataset read that reads one (`d => nvda.close[d]`)
  /// has a value per call, not one `why` could show.
  var parameterReads = 0
  /// True while resolving code that runs once, right away, against the globals as they are now:
  /// a top-level entry, but not the lambdas in it, which may run later.
  var readsGlobalsNow = false

  init(emitter: Builder) {
    self.emitter = emitter
  }
}

extension Resolver where Builder: Emitter {
  mutating func resolve(_ expr: Expr, in environment: Environment) throws(ResolveError) -> Builder.Code {
    switch expr.kind {
    case .number(let value): return emitter.constant(.number(value), expr.span)
    case .percent(let value): return emitter.constant(.quantity(Quantity(value, format: .percent)), expr.span)
    case .money(let amount, let currency):
      guard let unit = environment.units[currency] else {
        return emitter.constant(.number(amount), expr.span)  // Lexer currencies are all built in.
      }
      return emitter.constant(.quantity(Quantity(amount, Unit(unit))), expr.span)
    case .date(let date): return emitter.constant(.date(date), expr.span)
    case .string(let text): return emitter.constant(.string(text), expr.span)
    case .bool(let value): return emitter.constant(.bool(value), expr.span)
    case .name(let name):
      // Two statements: with the lookup inside the call, the resolver was copied for each name
      // (the call reads it while the lookup changes it).
      let meaning = try meaning(of: name, at: expr.span, in: environment)
      return code(for: meaning, name, expr.span, in: environment)
    case .unary(let op, let operand, let operatorSpan):
      let code = try resolve(operand, in: environment)
      return emitter.unary(op, code, OperatorSpans(operatorSpan: operatorSpan, left: operatorSpan, right: operand.span))
    case .binary(let op, let left, let right, let operatorSpan):
      let leftCode = try resolve(left, in: environment)
      let rightCode = try resolve(right, in: environment)
      return emitter.binary(
        op, leftCode, rightCode, OperatorSpans(operatorSpan: operatorSpan, left: left.span, right: right.span))
    case .withUnit(let value, let unitExpr):
      // `24.4B shares`: the value times one of the unit.
      let unit = try resolveUnit(unitExpr, in: environment)
      let unitValue = emitter.constant(.quantity(Quantity(1, unit)), unitExpr.span)
      let spans = OperatorSpans(operatorSpan: unitExpr.span, left: value.span, right: unitExpr.span)
      return emitter.binary(.multiply, try resolve(value, in: environment), unitValue, spans)
    case .call(let callee, let arguments):
      return try resolveCall(callee, arguments, span: expr.span, in: environment)
    case .field, .index, .slice:
      guard inputs != nil, !isInsideDatasetRead, let dataset = datasetRoot(of: expr, in: environment) else { return try resolvePart(expr, in: environment) }
      isInsideDatasetRead = true
      defer { isInsideDatasetRead = false }
      let parameterReadsBefore = parameterReads
      let code = try resolvePart(expr, in: environment)
      guard parameterReads == parameterReadsBefore else {
        inputs?.reads.append(DatasetRead(span: expr.span, dataset: dataset, keepsValue: false))
        return code
      }
      let number = inputs?.reads.count ?? 0
      inputs?.reads.append(DatasetRead(span: expr.span, dataset: dataset, keepsValue: true))
      return emitter.datasetRead(code, number: number)
    case .list(let items):
      var codes: [Builder.Code] = []
      codes.reserveCapacity(items.count)
      for item in items { codes.append(try resolve(item, in: environment)) }
      return emitter.list(codes, expr.span)
    case .record(let fields):
      var names: [String] = []
      var values: [Builder.Code] = []
      for field in fields {
        if names.contains(field.name) { throw ResolveError.duplicateField(field.name, at: field.nameSpan) }
        names.append(field.name)
        values.append(try resolve(field.value, in: environment))
      }
      return emitter.record(names: names, values: values, expr.span)
    case .ifThenElse(let condition, let whenTrue, let whenFalse):
      if case .binary(let op, let left, let right, let operatorSpan) = condition.kind, op.isComparison {
        let leftCode = try resolve(left, in: environment)
        let rightCode = try resolve(right, in: environment)
        let trueCode = try resolve(whenTrue, in: environment)
        let falseCode = try resolve(whenFalse, in: environment)
        let spans = OperatorSpans(operatorSpan: operatorSpan, left: left.span, right: right.span)
        return emitter.ifThenElse(
          comparing: op, leftCode, rightCode, spans, then: trueCode, else: falseCode, conditionSpan: condition.span)
      }
      let conditionCode = try resolve(condition, in: environment)
      let trueCode = try resolve(whenTrue, in: environment)
      let falseCode = try resolve(whenFalse, in: environment)
      return emitter.ifThenElse(conditionCode, trueCode, falseCode, conditionSpan: condition.span)
    case .lambda(let lambdaParameters, let body):
      // The lambda's frame is the enclosing frame, captured, followed by its own arguments.
      let (enclosing, readsGlobals) = (parameters, readsGlobalsNow)
      defer { (parameters, readsGlobalsNow) = (enclosing, readsGlobals) }
      readsGlobalsNow = false
      let captureCount = enclosing.count
      for (offset, parameter) in lambdaParameters.enumerated() {
        if lambdaParameters[..<offset].contains(where: { $0.name == parameter.name }) {
          throw ResolveError.duplicateParameter(parameter.name, at: parameter.span)
        }
        parameters.append(parameter.name)
      }
      let bodyCode = try resolve(body, in: environment)
      return emitter.lambda(
        parameters: lambdaParameters.map(\.name), captureCount: captureCount, body: bodyCode, expr.span)
    case .conversion(let value, let target):
      let spans = OperatorSpans(operatorSpan: target.span, left: value.span, right: target.span)
      let code = try resolve(value, in: environment)
      let resolved = try resolveTarget(target, in: environment)
      guard let date = target.date else { return emitter.conversion(code, resolved, spans) }
      return try datedConversion(code, value, resolved, target, date: date, in: environment)
    }
  }

  /// A field, an index or a slice, without noting it as a dataset read.
  private mutating func resolvePart(_ expr: Expr, in environment: Environment) throws(ResolveError) -> Builder.Code {
    switch expr.kind {
    case .field(let base, let name, let nameSpan):
      let code = try resolve(base, in: environment)
      return emitter.field(code, name: name, baseSpan: Resolver.errorSpan(of: base), nameSpan: nameSpan)
    case .index(let base, let index):
      let baseCode = try resolve(base, in: environment)
      let indexCode = try resolve(index, in: environment)
      return emitter.index(
        baseCode, indexCode, baseSpan: Resolver.errorSpan(of: base), indexSpan: Resolver.errorSpan(of: index),
        expr.span)
    case .slice(let base, let from, let through):
      let baseCode = try resolve(base, in: environment)
      let fromCode = try from.map { (end) throws(ResolveError) in try resolve(end, in: environment) }
      let throughCode = try through.map { (end) throws(ResolveError) in try resolve(end, in: environment) }
      // `if let` rather than `map(Resolver.errorSpan(of:))`: a closure naming the generic type
      // captures its metatype, which Swift 6 warns is not Sendable.
      let fromSpan = if let from { Resolver.errorSpan(of: from) } else { expr.span }
      let throughSpan = if let through { Resolver.errorSpan(of: through) } else { expr.span }
      return emitter.slice(
        baseCode, from: fromCode, through: throughCode, baseSpan: Resolver.errorSpan(of: base),
        fromSpan: fromSpan, throughSpan: throughSpan, expr.span)
    default:
      return try resolve(expr, in: environment)
    }
  }

  /// The span an error about the value of `expr` points at: the expression's own, except that an
  /// operator's covers its operands but not brackets around the whole, `(a + b)` underlined as
  /// `a + b`, as the messages have always shown it.
  static func errorSpan(of expr: Expr) -> Span {
    switch expr.kind {
    case .unary(_, let operand, let operatorSpan): operatorSpan.through(operand.span)
    case .binary(_, let left, let right, _): left.span.through(right.span)
    case .withUnit(let value, let unit): value.span.through(unit.span)
    case .conversion(let value, let target): value.span.through(target.date?.span ?? target.span)
    case .field(let base, _, let nameSpan): errorSpan(of: base).through(nameSpan)
    case .ifThenElse(let condition, _, let whenFalse): errorSpan(of: condition).through(errorSpan(of: whenFalse))
    case .number, .percent, .money, .date, .string, .bool, .name, .call, .index, .slice, .list, .record, .lambda:
      expr.span
    }
  }

  /// The dataset a chain of fields, indexes and slices starts at, if its first name means one.
  func datasetRoot(of expr: Expr, in environment: Environment) -> String? {
    switch expr.kind {
    case .name(let name): isDataset(name, in: environment) ? name : nil
    case .field(let base, _, _), .index(let base, _), .slice(let base, _, _): datasetRoot(of: base, in: environment)
    default: nil
    }
  }

  /// Whether `name` resolves to a built-in dataset (no parameter, global, unit or built-in
  /// function of that name comes first).
  func isDataset(_ name: String, in environment: Environment) -> Bool {
    guard environment.datasets[name] != nil, !parameters.contains(name), functionBeingDefined?.name != name else {
      return false
    }
    if environment.isBound(name) { return false }
    return environment.units[name] == nil && environment.natives[name] == nil
  }
}

/// The define-time check of a function body's dimensions: `fn f(x: USD, n: shares) = x + n` is
/// refused when it is defined, at its `+`, instead of failing at every call.
///
/// It reasons only with what is sure: a literal, and a parameter whose annotation admits only
/// quantities of one dimension (`USD/share`, `number`, `percent`, `duration`). Anything else (an
/// unannotated parameter, a global, a dataset, a call, a field, a conditional whose branches
/// differ) is unknown, and an operation with an unknown side is accepted as it always was. So a
/// refusal means the operation fails for every argument the parameters accept. Lambda bodies are
/// not looked into: they may never run.
struct DimensionCheck {
  let function: String
  let parameters: [String]
  /// What each parameter is sure to be, by position; nil when its annotation leaves it open.
  let parameterTypes: [StaticQuantity?]
  let signature: Signature?
  /// The `-> TYPE` annotation's span, where a result that cannot match is blamed too.
  let resultSpan: Span?
  /// What resolved the body, and the session it resolved it in: for the units after a number
  /// or after `in`, and the currencies of money.
  let resolver: Resolver<Compiler>
  let environment: Environment

  init(
    function: String, parameters: [String], signature: Signature?, resultSpan: Span?, resolver: Resolver<Compiler>,
    environment: Environment
  ) {
    self.function = function
    self.parameters = parameters
    self.signature = signature
    self.resultSpan = resultSpan
    self.resolver = resolver
    self.environment = environment
    var types: [StaticQuantity?] = []
    for parameter in signature?.parameters ?? [] {
      types.append(StaticQuantity(sureOf: parameter.type, arguments: types))
    }
    parameterTypes = parameters.indices.map { types.indices.contains($0) ? types[$0] : nil }
  }

  /// A unit after a number or after `in`; nil when it does not resolve (the resolver has said so).
  func unit(_ expr: Expr) -> Unit? { try? resolver.resolveUnit(expr, in: environment) }

  /// The unit of a currency written as money (`$5`).
  func currency(_ code: String) -> Unit? { environment.units[code].map { Unit($0) } }

  /// Refuses `body` when an operation in it, or its result against the declared one, cannot work.
  func check(_ body: Expr) throws(ResolveError) {
    let found = try type(of: body)
    guard let found, let returns = signature?.returns else { return }
    let declared = StaticQuantity(sureOf: returns, arguments: parameterTypes)
    guard let declared, declared.dimension != found.dimension else { return }
    throw conflict(
      .result(expected: returns, parameters: parameters, found: found.kind), at: Resolver<Compiler>.errorSpan(of: body),
      operands: resultSpan.map { [.init(span: $0, kind: declared.kind)] } ?? [], involving: [body])
  }

  /// What `expr` is sure to be, nil when that is not known; throws for an operation inside it
  /// that cannot work.
  func type(of expr: Expr) throws(ResolveError) -> StaticQuantity? {
    switch expr.kind {
    case .number: return StaticQuantity(unit: .none, isPercent: false)
    case .percent: return StaticQuantity(unit: .none, isPercent: true)
    case .money(_, let code): return currency(code).map { StaticQuantity(unit: $0, isPercent: false) }
    case .date, .string, .bool, .lambda: return nil
    case .name(let name):
      guard let index = parameters.lastIndex(of: name) else { return nil }
      return parameterTypes[index]
    case .unary(let op, let operand, _):
      let inner = try type(of: operand)
      return op == .not ? nil : inner
    case .binary(let op, let left, let right, let operatorSpan):
      let (leftType, rightType) = (try type(of: left), try type(of: right))
      guard let leftType, let rightType else { return nil }
      let spans = OperatorSpansData(operatorSpan: operatorSpan, left: left.span, right: right.span)
      return try combined(op, leftType, rightType, spans, left, right)
    case .withUnit(let value, let unitExpr):
      guard let valueType = try type(of: value), let unit = unit(unitExpr) else { return nil }
      return StaticQuantity(unit: valueType.unit.multiplied(by: unit).unit, isPercent: false)
    case .call(let callee, let arguments):
      if case .name(let name) = callee.kind, name == function, !parameters.contains(name), let returns = signature?.returns {
        // The function calling itself returns what it declares, or the call fails there.
        var argumentTypes: [StaticQuantity?] = []
        for argument in arguments { argumentTypes.append(try type(of: argument)) }
        return StaticQuantity(sureOf: returns, arguments: argumentTypes)
      }
      for argument in arguments { _ = try type(of: argument) }
      _ = try type(of: callee)
      return nil
    case .field(let base, _, _):
      _ = try type(of: base)
      return nil
    case .index(let base, let index):
      _ = try type(of: base)
      _ = try type(of: index)
      return nil
    case .slice(let base, let from, let through):
      _ = try type(of: base)
      if let from { _ = try type(of: from) }
      if let through { _ = try type(of: through) }
      return nil
    case .list(let items):
      for item in items { _ = try type(of: item) }
      return nil
    case .record(let fields):
      for field in fields { _ = try type(of: field.value) }
      return nil
    case .ifThenElse(let condition, let whenTrue, let whenFalse):
      _ = try type(of: condition)
      let (trueType, falseType) = (try type(of: whenTrue), try type(of: whenFalse))
      guard let trueType, let falseType, trueType.dimension == falseType.dimension else { return nil }
      return trueType
    case .conversion(let value, let target):
      guard let valueType = try type(of: value) else { return nil }
      return try converted(valueType, value, target)
    }
  }

  /// `left op right` for two sure quantities, as the evaluator's arithmetic would find it.
  func combined(
    _ op: BinaryOperator, _ left: StaticQuantity, _ right: StaticQuantity, _ spans: OperatorSpansData,
    _ leftExpr: Expr, _ rightExpr: Expr
  ) throws(ResolveError) -> StaticQuantity? {
    // Made only when refusing: most operations work.
    func mismatch() -> ResolveError {
      conflict(
        .operands(op, left: left.kind, right: right.kind), at: spans.operatorSpan,
        operands: [.init(span: spans.left, kind: left.kind), .init(span: spans.right, kind: right.kind)],
        involving: [leftExpr, rightExpr])
    }
    switch op {
    case .add, .subtract:
      guard left.unit == right.unit || left.dimension == right.dimension else { throw mismatch() }
      return StaticQuantity(unit: left.unit, isPercent: left.isPercent && right.isPercent)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      guard left.unit == right.unit || left.dimension == right.dimension else { throw mismatch() }
      return nil
    case .multiply:
      let unit = left.unit.multiplied(by: right.unit).unit
      return StaticQuantity(unit: unit, isPercent: unit.isNone && (left.isPercent || right.isPercent))
    case .divide:
      let unit = left.unit.multiplied(by: right.unit.inverted).unit
      return StaticQuantity(unit: unit, isPercent: unit.isNone && left.isPercent && !right.isPercent)
    case .power:
      guard right.unit.isNone else {
        throw conflict(
          .exponentWithUnit(right.kind), at: spans.right, operands: [.init(span: spans.left, kind: left.kind)],
          involving: [rightExpr])
      }
      if left.unit.isNone { return StaticQuantity(unit: .none, isPercent: false) }
      guard let exponent = Self.wholeNumber(rightExpr) else { return nil }
      return StaticQuantity(unit: left.unit.raised(to: exponent), isPercent: false)
    case .and, .or:
      return nil
    }
  }

  /// `value in target` for a sure quantity.
  func converted(_ value: StaticQuantity, _ valueExpr: Expr, _ target: ConversionTarget) throws(ResolveError)
    -> StaticQuantity?
  {
    var targetUnit: Unit? = nil
    switch target.kind {
    case .percent: break
    case .unit(let expr):
      if case .name(let name) = expr.kind {
        if name == "full" || Scale(rawValue: name) != nil { return value }
        if name == "percent" { break }
      }
      guard let unit = unit(expr) else { return nil }
      targetUnit = unit
    }
    guard let targetUnit else {
      guard value.unit.isNone else {
        throw conflict(.percentOf(value.unit), at: valueExpr.span, operands: [], involving: [valueExpr])
      }
      return StaticQuantity(unit: .none, isPercent: true)
    }
    guard value.dimension == targetUnit.dimension else {
      throw conflict(
        .conversion(from: value.kind, to: targetUnit), at: target.span,
        operands: [.init(span: valueExpr.span, kind: value.kind)], involving: [valueExpr])
    }
    return StaticQuantity(unit: targetUnit, isPercent: false)
  }

  /// The refusal, naming the annotated parameters that `involving` reads.
  func conflict(
    _ problem: DimensionConflict.Problem, at span: Span, operands: [DimensionConflict.Operand], involving: [Expr]
  ) -> ResolveError {
    var read: [Int] = []
    for expr in involving { collectParameters(in: expr, into: &read) }
    let declared = read.compactMap { index -> DimensionConflict.Declared? in
      guard let signature, signature.parameters.indices.contains(index), parameterTypes[index] != nil else { return nil }
      return .init(
        parameter: signature.parameters[index].name,
        type: signature.parameters[index].type.notation(parameters: signature.parameterNames))
    }
    return .impossibleDimensions(
      DimensionConflict(function: function, problem: problem, at: span, operands: operands, declared: declared))
  }

  /// The parameters `expr` reads outside lambdas, in the order met, each once.
  func collectParameters(in expr: Expr, into read: inout [Int]) {
    switch expr.kind {
    case .name(let name):
      if let index = parameters.lastIndex(of: name), !read.contains(index) { read.append(index) }
    case .number, .percent, .money, .date, .string, .bool, .lambda: break
    case .unary(_, let operand, _): collectParameters(in: operand, into: &read)
    case .binary(_, let left, let right, _):
      collectParameters(in: left, into: &read)
      collectParameters(in: right, into: &read)
    case .withUnit(let value, _), .conversion(let value, _), .field(let value, _, _):
      collectParameters(in: value, into: &read)
    case .call(let callee, let arguments):
      collectParameters(in: callee, into: &read)
      for argument in arguments { collectParameters(in: argument, into: &read) }
    case .index(let base, let index):
      collectParameters(in: base, into: &read)
      collectParameters(in: index, into: &read)
    case .slice(let base, let from, let through):
      for part in [base, from, through].compactMap({ $0 }) { collectParameters(in: part, into: &read) }
    case .list(let items): for item in items { collectParameters(in: item, into: &read) }
    case .record(let fields): for field in fields { collectParameters(in: field.value, into: &read) }
    case .ifThenElse(let condition, let whenTrue, let whenFalse):
      for part in [condition, whenTrue, whenFalse] { collectParameters(in: part, into: &read) }
    }
  }

  /// A whole-number exponent written out (`x^2`, `x^-1`), as the evaluator takes for a quantity
  /// with a unit; nil for anything else.
  static func wholeNumber(_ expr: Expr) -> Int? {
    switch expr.kind {
    case .number(let value) where value == value.rounded() && abs(value) <= 64: Int(value)
    case .unary(.negate, let inner, _): wholeNumber(inner).map { -$0 }
    case .unary(.plus, let inner, _): wholeNumber(inner)
    default: nil
    }
  }
}

/// A quantity a body's expression is sure to be: its unit (standing for its dimension) and
/// whether it reads as a percentage, which only changes how messages word it.
struct StaticQuantity: Equatable {
  var unit: Unit
  var isPercent: Bool

  var dimension: Dimension { unit.dimension }

  var kind: ValueKind { unit.isNone ? (isPercent ? .percentage : .plainNumber) : .quantity(unit) }

  init(unit: Unit, isPercent: Bool) {
    self.unit = unit
    self.isPercent = isPercent
  }

  /// What a value of `type` is sure to be, where the type admits quantities of one dimension
  /// only; `arguments` are what the earlier parameters are sure to be, for `sameDimension`.
  init?(sureOf type: ParameterType, arguments: [StaticQuantity?]) {
    switch type {
    case .number: self.init(unit: .none, isPercent: false)
    case .percent: self.init(unit: .none, isPercent: true)
    case .dimension(let unit): self.init(unit: unit, isPercent: false)
    case .duration: self.init(unit: Unit(BuiltinUnits.day), isPercent: false)
    case .sameDimension(let index):
      guard arguments.indices.contains(index), let reference = arguments[index] else { return nil }
      self.init(unit: reference.unit, isPercent: false)
    case .quantity, .money, .date, .string, .boolean, .list, .series, .table, .record, .function, .chart, .any, .oneOf:
      return nil
    }
  }
}

extension Interpreter {
  /// Refuses a function's `body` whose dimensions cannot work (`DimensionCheck`), with units
  /// resolved as `resolver` resolved the body's. Out of line: only a `fn` statement runs it.
  @inline(never)
  func checkDimensions(
    of body: Expr, _ name: String, _ parameters: [Stmt.Parameter], _ signature: Signature?, _ returns: TypeAnnotation?,
    _ resolver: Resolver<Compiler>
  ) throws(StatementError) {
    let check = DimensionCheck(
      function: name, parameters: parameters.map(\.name), signature: signature, resultSpan: returns?.span,
      resolver: resolver, environment: environment)
    do throws(ResolveError) {
      try check.check(body)
    } catch {
      throw .resolve(error)
    }
  }
}

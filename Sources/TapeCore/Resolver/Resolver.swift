/// Resolves names in a parsed statement against the environment, so the evaluator never looks a
/// name up: variables become slots, units become constants, calls to built-ins bind directly.
struct Resolver {
  let environment: Environment
  /// Parameter names of the function being checked, by frame index.
  var parameters: [String: Int] = [:]
  /// A function's own name while its body is checked, so it can call itself.
  var functionBeingDefined: (name: String, slot: Int)? = nil
  /// Collects the globals and datasets the expression reads, for `why`; nil when nobody asks.
  var inputs: InputRecorder? = nil
  init(environment: Environment) {
    self.environment = environment
  }

  func bind(_ expr: Expr) throws(ResolveError) -> BoundExpr {
    switch expr.kind {
    case .number(let value): return .constant(.number(value), expr.span)
    case .percent(let value): return .constant(.quantity(Quantity(value, format: .percent)), expr.span)
    case .money(let amount, let currency):
      guard let unit = environment.units[currency] else {
        return .constant(.number(amount), expr.span)  // Lexer currencies are all built in.
      }
      return .constant(.quantity(Quantity(amount, Unit(unit))), expr.span)
    case .date(let date): return .constant(.date(date), expr.span)
    case .string(let text): return .constant(.string(text), expr.span)
    case .bool(let value): return .constant(.bool(value), expr.span)
    case .name(let name): return try bindName(name, at: expr.span)
    case .unary(let op, let operand, let operatorSpan):
      let bound = try bind(operand)
      return .unary(op, bound, OperatorSpans(operatorSpan: operatorSpan, left: operatorSpan, right: operand.span))
    case .binary(let op, let left, let right, let operatorSpan):
      return .binary(
        op, try bind(left), try bind(right), OperatorSpans(operatorSpan: operatorSpan, left: left.span, right: right.span))
    case .withUnit(let value, let unitExpr):
      let unit = try resolveUnit(unitExpr)
      let unitValue = BoundExpr.constant(.quantity(Quantity(1, unit)), unitExpr.span)
      let spans = OperatorSpans(operatorSpan: unitExpr.span, left: value.span, right: unitExpr.span)
      return .binary(.multiply, try bind(value), unitValue, spans)
    case .call(let callee, let arguments):
      return try bindCall(callee, arguments, span: expr.span)
    case .field(let base, let name, let nameSpan):
      return .field(try bind(base), name: name, nameSpan: nameSpan)
    case .index(let base, let index):
      return .index(try bind(base), try bind(index), expr.span)
    case .slice(let base, let from, let through):
      return .slice(try bind(base), from: try bind(from), through: try bind(through), expr.span)
    case .list(let items):
      var bound: [BoundExpr] = []
      for item in items { bound.append(try bind(item)) }
      return .list(bound, expr.span)
    case .record(let fields):
      var names: [String] = []
      var values: [BoundExpr] = []
      for field in fields {
        if names.contains(field.name) { throw ResolveError.duplicateField(field.name, at: field.nameSpan) }
        names.append(field.name)
        values.append(try bind(field.value))
      }
      return .record(names: names, values: values, expr.span)
    case .ifThenElse(let condition, let whenTrue, let whenFalse):
      return .ifThenElse(try bind(condition), try bind(whenTrue), try bind(whenFalse), conditionSpan: condition.span)
    case .lambda(let lambdaParameters, let body):
      // The lambda's frame is the enclosing frame, captured, followed by its own arguments.
      var inner = self
      let captureCount = parameters.count
      for (offset, parameter) in lambdaParameters.enumerated() {
        if lambdaParameters[..<offset].contains(where: { $0.name == parameter.name }) {
          throw ResolveError.duplicateParameter(parameter.name, at: parameter.span)
        }
        inner.parameters[parameter.name] = captureCount + offset
      }
      return .lambda(
        parameters: lambdaParameters.map(\.name), captureCount: captureCount, body: try inner.bind(body), expr.span)
    case .conversion(let value, let target):
      let spans = OperatorSpans(operatorSpan: target.span, left: value.span, right: target.span)
      return .conversion(try bind(value), try resolveTarget(target), spans)
    }
  }

  func bindName(_ name: String, at span: Span) throws(ResolveError) -> BoundExpr {
    if let index = parameters[name] { return .local(index, span) }
    if let function = functionBeingDefined, function.name == name {
      return .global(slot: function.slot, name: name, span)
    }
    if let slot = environment.slots[name], environment.globals[slot] != nil {
      if let inputs, name != "ans" { inputs.record(name, at: span, isDataset: false) }
      return .global(slot: slot, name: name, span)
    }
    if let unit = environment.units[name] { return .constant(.quantity(Quantity(1, Unit(unit))), span) }
    if let native = environment.natives[name] { return .constant(.function(.native(native)), span) }
    if let dataset = environment.datasets[name] {
      inputs?.record(name, at: span, isDataset: true)
      return .constant(dataset.load(), span)
    }
    if name == "ans" { throw ResolveError.noResultYet(at: span) }
    throw ResolveError.unknownName(name, at: span, suggestion: suggestion(for: name))
  }

  func suggestion(for name: String) -> String? {
    var candidates = environment.allNames.filter { environment.slots[$0] == nil || environment.value(of: $0) != nil }
    candidates += parameters.keys
    return Suggestion.closest(to: name, among: candidates)
  }

  func bindCall(_ callee: Expr, _ arguments: [Expr], span: Span) throws(ResolveError) -> BoundExpr {
    var boundArguments: [BoundExpr] = []
    for argument in arguments { boundArguments.append(try bind(argument)) }
    let call = CallContext(span: span, argumentSpans: arguments.map(\.span))
    let boundCallee = try bind(callee)
    switch boundCallee {
    case .constant(.function(.native(let native)), _):
      guard native.arity.contains(arguments.count) else {
        throw ResolveError.wrongArgumentCount(
          function: native.name, signature: native.signature, expected: native.arity, found: arguments.count, at: span)
      }
      return .callNative(native, boundArguments, call)
    case .global(let slot, let name, _):
      if let known = environment.functionSignatures[slot], known.parameters.count != arguments.count, functionBeingDefined?.slot != slot {
        let count = known.parameters.count
        throw ResolveError.wrongArgumentCount(
          function: name, signature: "\(name)(\(known.parameters.joined(separator: ", ")))", expected: count...count,
          found: arguments.count, at: span)
      }
      return .callValue(boundCallee, boundArguments, call)
    default:
      return .callValue(boundCallee, boundArguments, call)
    }
  }

  /// A unit written after a number or after `in`: names of units joined by `*`, `/`, `^`.
  func resolveUnit(_ expr: Expr) throws(ResolveError) -> Unit {
    switch expr.kind {
    case .name(let name):
      if let unit = environment.units[name] { return Unit(unit) }
      if environment.slots[name] != nil || environment.natives[name] != nil || parameters[name] != nil
        || environment.datasets[name] != nil
      {
        throw ResolveError.notAUnit(name, at: expr.span)
      }
      throw ResolveError.unknownUnit(
        name, at: expr.span, suggestion: Suggestion.closest(to: name, among: environment.units.keys))
    case .number(1):
      return .none
    case .binary(.multiply, let left, let right, _):
      return try resolveUnit(left).multiplied(by: try resolveUnit(right)).unit
    case .binary(.divide, let left, let right, _):
      return try resolveUnit(left).multiplied(by: try resolveUnit(right).inverted).unit
    case .binary(.power, let base, let exponent, _):
      guard let power = wholeNumber(exponent) else { throw ResolveError.unitExponentNotWhole(at: exponent.span) }
      return try resolveUnit(base).raised(to: power)
    default:
      throw ResolveError.unknownUnit("?", at: expr.span, suggestion: nil)
    }
  }

  func wholeNumber(_ expr: Expr) -> Int? {
    switch expr.kind {
    case .number(let value) where value == value.rounded() && abs(value) < 100: Int(value)
    case .unary(.negate, let inner, _): wholeNumber(inner).map { -$0 }
    default: nil
    }
  }

  func resolveTarget(_ target: ConversionTarget) throws(ResolveError) -> ResolvedTarget {
    switch target.kind {
    case .percent: return .percent
    case .unit(let expr):
      if case .name(let name) = expr.kind {
        if name == "full" { return .full }
        if name == "percent" { return .percent }
        if let scale = Scale(rawValue: name) { return .scaled(scale) }
      }
      return .unit(try resolveUnit(expr))
    }
  }
}

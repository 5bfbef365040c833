/// What a name means where it is written, calls, and the units after a number or after `in`.
extension Resolver where Builder: Emitter {
  /// Parameters first, then the function being defined, the session's globals, units, built-in
  /// functions and datasets. Notes the globals and datasets read when `inputs` is set.
  mutating func meaning(of name: String, at span: Span, in environment: Environment) throws(ResolveError) -> NameMeaning {
    if !parameters.isEmpty, let index = parameters.lastIndex(of: name) {
      parameterReads += 1
      return .local(index)
    }
    if let function = functionBeingDefined, function.name == name { return .global(slot: function.slot) }
    let slot = environment.slots[name]
    if let slot, environment.globals[slot] != nil {
      if inputs != nil, !environment.isAnswer(slot) { inputs?.uses.append((name, span.start)) }
      return .global(slot: slot)
    }
    // Bound on first use (a stdlib function): the interpreter binds it and resolves the entry again.
    if let slot, environment.isDeferred(slot) { throw ResolveError.deferredName(name, at: span) }
    if let unit = environment.units[name] { return .constant(.quantity(Quantity(1, Unit(unit)))) }
    if let native = environment.natives[name] { return .native(native) }
    if let dataset = environment.datasets[name] {
      if inputs != nil {
        inputs?.uses.append((name, span.start))
        if !isInsideDatasetRead { inputs?.reads.append(DatasetRead(span: span, dataset: name, keepsValue: false)) }
      }
      return .constant(dataset.load())
    }
    if name == "ans" { throw ResolveError.noResultYet(at: span) }
    throw ResolveError.unknownName(name, at: span, suggestion: suggestion(for: name, in: environment))
  }

  func code(for meaning: NameMeaning, _ name: String, _ span: Span, in environment: Environment) -> Builder.Code {
    switch meaning {
    case .local(let index): emitter.local(index, span)
    case .global(let slot):
      emitter.global(slot: slot, name: name, now: readsGlobalsNow ? environment.globals[slot] : nil, span)
    case .constant(let value): emitter.constant(value, span)
    case .native(let native): emitter.constant(.function(.native(native)), span)
    }
  }

  func suggestion(for name: String, in environment: Environment) -> String? {
    var candidates = environment.allNames.filter { environment.slots[$0] == nil || environment.isBound($0) }
    candidates += parameters
    return Suggestion.closest(to: name, among: candidates)
  }

  /// Arguments first, then the callee. A built-in, or a user function whose parameters are known
  /// now, must be given as many arguments as it takes.
  mutating func resolveCall(
    _ callee: Expr, _ arguments: [Expr], span: Span, in environment: Environment
  ) throws(ResolveError) -> Builder.Code {
    var argumentCodes: [Builder.Code] = []
    argumentCodes.reserveCapacity(arguments.count)
    for argument in arguments { argumentCodes.append(try resolve(argument, in: environment)) }
    let call = CallContext(span: span, argumentSpans: arguments.map(\.span))
    guard case .name(let name) = callee.kind else {
      return emitter.callValue(try resolve(callee, in: environment), argumentCodes, call)
    }
    let meaning = try meaning(of: name, at: callee.span, in: environment)
    switch meaning {
    case .native(let native):
      guard native.arity.contains(arguments.count) else {
        throw ResolveError.wrongArgumentCount(
          function: native.name, signature: native.signature, expected: native.arity, found: arguments.count, at: span)
      }
      return emitter.callNative(native, argumentCodes, call)
    case .global(let slot):
      if let known = environment.functionSignatures[slot], known.parameters.count != arguments.count,
        functionBeingDefined?.slot != slot
      {
        let count = known.parameters.count
        throw ResolveError.wrongArgumentCount(
          function: name, signature: "\(name)(\(known.parameters.joined(separator: ", ")))", expected: count...count,
          found: arguments.count, at: span)
      }
      return emitter.callValue(code(for: meaning, name, callee.span, in: environment), argumentCodes, call)
    case .local, .constant:
      return emitter.callValue(code(for: meaning, name, callee.span, in: environment), argumentCodes, call)
    }
  }

  /// A unit written after a number or after `in`: names of units joined by `*`, `/`, `^`.
  func resolveUnit(_ expr: Expr, in environment: Environment) throws(ResolveError) -> Unit {
    switch expr.kind {
    case .name(let name):
      if let unit = environment.units[name] { return Unit(unit) }
      if environment.slots[name] != nil || environment.natives[name] != nil || parameters.contains(name)
        || environment.datasets[name] != nil
      {
        throw ResolveError.notAUnit(name, at: expr.span)
      }
      throw ResolveError.unknownUnit(
        name, at: expr.span, suggestion: Suggestion.closest(to: name, among: environment.units.keys))
    case .number(1):
      return .none
    case .binary(.multiply, let left, let right, _):
      return try resolveUnit(left, in: environment).multiplied(by: try resolveUnit(right, in: environment)).unit
    case .binary(.divide, let left, let right, _):
      return try resolveUnit(left, in: environment).multiplied(by: try resolveUnit(right, in: environment).inverted).unit
    case .binary(.power, let base, let exponent, _):
      guard let power = wholeNumber(exponent) else { throw ResolveError.unitExponentNotWhole(at: exponent.span) }
      return try resolveUnit(base, in: environment).raised(to: power)
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

  func resolveTarget(_ target: ConversionTarget, in environment: Environment) throws(ResolveError) -> ResolvedTarget {
    switch target.kind {
    case .percent: return .percent
    case .unit(let expr):
      if case .name(let name) = expr.kind {
        if name == "full" { return .full }
        if name == "percent" { return .percent }
        if let scale = Scale(rawValue: name) { return .scaled(scale) }
      }
      return .unit(try resolveUnit(expr, in: environment))
    }
  }
}

/// What a name stands for where it is written, as the resolver found it. (Outside `Resolver`,
/// whose emitter type it does not depend on: nested, it was generic over it, and each copy went
/// through the type's value witnesses.)
enum NameMeaning {
  case local(Int)
  case global(slot: Int)
  /// A unit (`share` is one share), a dataset (its table).
  case constant(Value)
  case native(NativeFunction)
}

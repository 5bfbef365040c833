import TapeCore

/// Reading arguments inside builtin bodies. Each builtin declares its parameters' types and its
/// arguments are checked against them before the body runs (see `Builtin.init`), so these only
/// unwrap: the error they can throw, `undeclared`, means a declaration and its body disagree,
/// and `BuiltinDeclarationTests` calls every builtin with every kind of argument to keep it so.
extension Builtins {
  /// A parameter declared `.quantity` (or narrower).
  static func quantity(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Quantity {
    guard case .quantity(let quantity) = arguments[index] else { throw undeclared(index, call) }
    return quantity
  }

  /// A parameter declared `.number`.
  static func plainNumber(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Double {
    let value = try quantity(arguments, index, call)
    guard value.unit.isNone else { throw undeclared(index, call) }
    return value.value
  }

  /// A parameter declared `.list(of: ...)`.
  static func list(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> ValueList {
    guard case .list(let items) = arguments[index] else { throw undeclared(index, call) }
    return items
  }

  /// The items of a parameter declared `.list(of: .quantity)`, all in the first item's unit.
  static func quantities(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> [Quantity] {
    let items = try list(arguments, index, call)
    return try inOneUnit(items, at: call.argumentSpan(index)) { (_: Value) throws(EvalError) -> Never in
      throw undeclared(index, call)
    }
  }

  /// `items`, all quantities, in the first one's unit. Items of different dimensions are an
  /// error at `span`; an item that is not a quantity calls `notAQuantity`.
  static func inOneUnit(
    _ items: some Collection<Value>, at span: Span, notAQuantity: (Value) throws(EvalError) -> Never
  ) throws(EvalError) -> [Quantity] {
    var result: [Quantity] = []
    result.reserveCapacity(items.count)
    for item in items {
      guard case .quantity(let quantity) = item else { try notAQuantity(item) }
      if let first = result.first, quantity.dimension != first.dimension {
        throw EvalError.mixedUnits(first: first.unit, found: quantity.unit, at: span)
      }
      result.append(result.first.map { quantity.converted(to: $0.unit) } ?? quantity)
    }
    return result
  }

  /// A parameter declared `.date`.
  static func date(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> TapeDate {
    guard case .date(let date) = arguments[index] else { throw undeclared(index, call) }
    return date
  }

  /// A whole number of at least 1, such as a count of points, from a parameter declared `.number`.
  static func count(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Int {
    let value = try plainNumber(arguments, index, call)
    guard value >= 1, value == value.rounded(), value <= Double(Int32.max) else {
      throw EvalError.notAWholeNumber(.atLeastOne, at: call.argumentSpan(index))
    }
    return Int(value)
  }

  /// The error for an argument the declared types let through but the body cannot take.
  static func undeclared(_ index: Int, _ call: CallContext) -> EvalError {
    .undeclaredArgument(at: call.argumentSpan(index))
  }

  /// A finished result, or an error when it overflowed or is undefined.
  static func finite(_ quantity: Quantity, _ call: CallContext) throws(EvalError) -> Value {
    guard quantity.value.isFinite else { throw EvalError.notFinite(at: call.span) }
    return .quantity(quantity)
  }
}

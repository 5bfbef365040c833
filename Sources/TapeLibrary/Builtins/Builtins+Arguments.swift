import TapeCore

/// Argument checks shared by builtins, each pointing its error at the offending argument.
extension Builtins {
  static func quantity(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Quantity {
    guard case .quantity(let quantity) = arguments[index] else {
      throw EvalError.wrongType(
        expected: "a number or quantity", found: arguments[index].kindDescription, at: call.argumentSpan(index))
    }
    return quantity
  }

  static func plainNumber(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Double {
    let value = try quantity(arguments, index, call)
    guard value.unit.isNone else {
      throw EvalError.wrongType(
        expected: "a plain number", found: "`\(value.unit.described(plural: true))`", at: call.argumentSpan(index))
    }
    return value.value
  }

  static func list(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> [Value] {
    guard case .list(let items) = arguments[index] else {
      throw EvalError.wrongType(expected: "a list", found: arguments[index].kindDescription, at: call.argumentSpan(index))
    }
    return items
  }

  /// The items of a list of quantities, all in the first item's unit.
  static func quantities(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> [Quantity] {
    let items = try list(arguments, index, call)
    var result: [Quantity] = []
    result.reserveCapacity(items.count)
    for item in items {
      guard case .quantity(let quantity) = item else {
        throw EvalError.wrongType(
          expected: "a list of numbers", found: "a list holding \(item.kindDescription)", at: call.argumentSpan(index))
      }
      if let first = result.first, quantity.dimension != first.dimension {
        throw EvalError.wrongType(
          expected: "a list in one unit (`\(first.unit.described(plural: true))`)",
          found: "`\(quantity.unit.described(plural: true))` among them", at: call.argumentSpan(index))
      }
      result.append(result.first.map { quantity.converted(to: $0.unit) } ?? quantity)
    }
    return result
  }

  /// A finished result, or an error when it overflowed or is undefined.
  static func finite(_ quantity: Quantity, _ call: CallContext) throws(EvalError) -> Value {
    guard quantity.value.isFinite else { throw EvalError.notFinite(at: call.span) }
    return .quantity(quantity)
  }
}

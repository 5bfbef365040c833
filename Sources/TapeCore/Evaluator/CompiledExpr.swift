/// A function body turned into nested closures, once, when the function is made: each call then
/// runs the closures instead of walking the tree, so a node's children and spans are not copied
/// out of the tree (with their reference counts) on every call. The hot shapes of a recursive
/// or numeric function are compiled; every other node runs through `Evaluator.evaluate`, so the
/// two paths give the same values and the same errors.
typealias CompiledExpr = @Sendable (inout Evaluator) throws(EvalError) -> Value

extension BoundExpr {
  func compiled() -> CompiledExpr {
    switch self {
    case .constant(let value, _):
      return { _ throws(EvalError) in value }
    case .local(let index, _):
      return { evaluator throws(EvalError) in evaluator.locals[evaluator.frameBase + index] }
    case .global(let slot, let name, let span):
      return { evaluator throws(EvalError) in
        guard let value = evaluator.globals[slot] else { throw EvalError.notYetDefined(name, at: span) }
        return value
      }
    case .binary(let op, let left, let right, let spans) where op != .and && op != .or:
      let (leftOperand, rightOperand) = (Operand(left), Operand(right))
      return { evaluator throws(EvalError) in
        let leftValue = try leftOperand.value(&evaluator)
        let rightValue = try rightOperand.value(&evaluator)
        return try evaluator.binary(op, leftValue, rightValue, spans)
      }
    case .ifThenElse(let test, let whenTrue, let whenFalse, let conditionSpan):
      let (testCode, trueCode, falseCode) = (test.compiled(), whenTrue.compiled(), whenFalse.compiled())
      return { evaluator throws(EvalError) in
        try evaluator.condition(try testCode(&evaluator), at: conditionSpan)
          ? try trueCode(&evaluator) : try falseCode(&evaluator)
      }
    case .callValue(let callee, let arguments, let call):
      let calleeCode = callee.compiled()
      let argumentCodes = arguments.map { $0.compiled() }
      return { evaluator throws(EvalError) in
        let function = try calleeCode(&evaluator)
        let start = evaluator.locals.count
        defer { evaluator.popLocals(to: start) }
        if case .function(.user(let user)) = function, !user.captured.isEmpty {
          evaluator.locals.append(contentsOf: user.captured)
        }
        for code in argumentCodes { evaluator.locals.append(try code(&evaluator)) }
        guard case .function(.user(let user)) = function else {
          return try evaluator.call(function, Array(evaluator.locals[start...]), call)
        }
        return try evaluator.callUser(user, frameFrom: start, argumentCount: argumentCodes.count, call)
      }
    default:
      return { evaluator throws(EvalError) in try evaluator.evaluate(self) }
    }
  }
}

/// An operator's operand: a constant or a parameter is read in place (`n - 1`, `n < 2`), without
/// a closure call of its own.
enum Operand: Sendable {
  case constant(Value)
  case local(Int)
  case code(CompiledExpr)

  init(_ expr: BoundExpr) {
    switch expr {
    case .constant(let value, _): self = .constant(value)
    case .local(let index, _): self = .local(index)
    default: self = .code(expr.compiled())
    }
  }

  @inline(__always)
  func value(_ evaluator: inout Evaluator) throws(EvalError) -> Value {
    switch self {
    case .constant(let value): value
    case .local(let index): evaluator.locals[evaluator.frameBase + index]
    case .code(let code): try code(&evaluator)
    }
  }
}

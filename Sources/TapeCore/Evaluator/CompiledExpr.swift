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
        // A parameter or constant that holds a plain number is read in place (`n - 1`).
        if let a = leftOperand.plainNumber(evaluator), let b = rightOperand.plainNumber(evaluator),
          let plain = Evaluator.plainArithmetic(op, a, b)
        {
          return .number(plain)
        }
        let leftValue = try leftOperand.value(&evaluator)
        let rightValue = try rightOperand.value(&evaluator)
        // Two plain numbers (results of calls, `fib(n - 1) + fib(n - 2)`) without the general
        // dispatch. `binary` tests the same first, but handing it the values costs their copies:
        // without this test fib(25) took 576 M instructions instead of 288 M.
        if case .quantity(let a) = leftValue, case .quantity(let b) = rightValue,
          let plain = Evaluator.plainArithmetic(op, a, b)
        {
          return .number(plain)
        }
        return try evaluator.binary(op, leftValue, rightValue, spans)
      }
    case .ifThenElse(.binary(let op, let left, let right, let spans), let whenTrue, let whenFalse, let conditionSpan)
    where op.isComparison:
      // `if n < 2 then ...`: two numbers compared straight to a choice, without a boolean value
      // made and taken apart in between; other operands go through `binary` as before.
      let (leftOperand, rightOperand) = (Operand(left), Operand(right))
      let (trueCode, falseCode) = (whenTrue.compiled(), whenFalse.compiled())
      return { evaluator throws(EvalError) in
        if let a = leftOperand.plainNumber(evaluator), let b = rightOperand.plainNumber(evaluator),
          let holds = Evaluator.compare(op, a, b)
        {
          return holds ? try trueCode(&evaluator) : try falseCode(&evaluator)
        }
        let leftValue = try leftOperand.value(&evaluator)
        let rightValue = try rightOperand.value(&evaluator)
        let holds: Bool
        if case .quantity(let a) = leftValue, case .quantity(let b) = rightValue {
          holds = try evaluator.compare(op, a, b, spans)
        } else {
          holds = try evaluator.condition(try evaluator.binary(op, leftValue, rightValue, spans), at: conditionSpan)
        }
        return holds ? try trueCode(&evaluator) : try falseCode(&evaluator)
      }
    case .ifThenElse(let test, let whenTrue, let whenFalse, let conditionSpan):
      let (testCode, trueCode, falseCode) = (test.compiled(), whenTrue.compiled(), whenFalse.compiled())
      return { evaluator throws(EvalError) in
        try evaluator.condition(try testCode(&evaluator), at: conditionSpan)
          ? try trueCode(&evaluator) : try falseCode(&evaluator)
      }
    case .callValue(let callee, let arguments, let call):
      let calleeOperand = Operand(callee)
      let argumentOperands = arguments.map(Operand.init)
      return { evaluator throws(EvalError) in
        let function = try calleeOperand.value(&evaluator)
        let start = evaluator.locals.count
        defer { evaluator.popLocals(to: start) }
        guard case .function(.user(let user)) = function else {
          for operand in argumentOperands { evaluator.locals.append(try operand.value(&evaluator)) }
          return try evaluator.call(function, Array(evaluator.locals[start...]), call)
        }
        if !user.captured.isEmpty { evaluator.locals.append(contentsOf: user.captured) }
        for operand in argumentOperands { evaluator.locals.append(try operand.value(&evaluator)) }
        return try evaluator.callUser(user, frameFrom: start, argumentCount: argumentOperands.count, call)
      }
    default:
      return { evaluator throws(EvalError) in try evaluator.evaluate(self) }
    }
  }
}

/// An operand, argument or callee: a constant, a parameter or a global is read in place (`n - 1`,
/// `n < 2`, `fib(...)`), without a closure call of its own.
enum Operand: Sendable {
  case constant(Value)
  case local(Int)
  case global(slot: Int, name: String, span: Span)
  case code(CompiledExpr)

  init(_ expr: BoundExpr) {
    switch expr {
    case .constant(let value, _): self = .constant(value)
    case .local(let index, _): self = .local(index)
    case .global(let slot, let name, let span): self = .global(slot: slot, name: name, span: span)
    default: self = .code(expr.compiled())
    }
  }

  /// The value of a parameter or a constant that is a plain number, looked at where it is; nil
  /// for anything else (the caller then takes `value`). Only reads: no code runs, so asking
  /// first and then evaluating computes nothing twice.
  @inline(__always)
  func plainNumber(_ evaluator: borrowing Evaluator) -> Double? {
    switch self {
    case .constant(.quantity(let quantity)) where quantity.isPlain: return quantity.value
    case .local(let index):
      guard case .quantity(let quantity) = evaluator.locals[evaluator.frameBase + index], quantity.isPlain else {
        return nil
      }
      return quantity.value
    default: return nil
    }
  }

  @inline(__always)
  func value(_ evaluator: inout Evaluator) throws(EvalError) -> Value {
    switch self {
    case .constant(let value): return value
    case .local(let index): return evaluator.locals[evaluator.frameBase + index]
    case .global(let slot, let name, let span):
      guard let value = evaluator.globals[slot] else { throw EvalError.notYetDefined(name, at: span) }
      return value
    case .code(let code): return try code(&evaluator)
    }
  }
}

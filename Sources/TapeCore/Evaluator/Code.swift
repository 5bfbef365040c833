/// An entry or a function body ready to run, made once by the `Compiler` as the resolver resolves
/// it: a constant, a parameter or a global is read where it lies (`n - 1`, `v1 * 1.07`,
/// `fib(...)`), anything else is a closure that holds its operands' code the same way. Running it
/// walks no tree and looks no name up.
enum Code: Sendable {
  case constant(Value)
  /// The frame's `index`th value.
  case local(Int)
  /// A global's slot, and where it is named for the rare error. (The name and span in place
  /// also keep `Code` wide enough to be handled where it lies: at 18 bytes it shared its tag with
  /// `Value`'s and was passed in registers, and fib(25) took 30 ms instead of 27 for the same
  /// instructions, from branches the processor mispredicted.)
  case global(slot: Int, name: String, span: Span)
  case closure(CompiledExpr)

  @inline(__always)
  func run(_ evaluator: inout Evaluator) throws(EvalError) -> Value {
    switch self {
    case .constant(let value): return value
    case .local(let index): return evaluator.locals[evaluator.frameBase + index]
    case .global(let slot, _, _):
      if let value = evaluator.globals[slot] { return value }
      // The name and span only for the error: binding them on every read copied the name.
      guard case .global(_, let name, let span) = self else { preconditionFailure("this case is .global") }
      throw EvalError.notYetDefined(name, at: span)
    case .closure(let code): return try code(&evaluator)
    }
  }

  /// This code as one closure: a function's body, and an operator's operand that is not a plain
  /// number, then run without a look at which case it is.
  var closure: CompiledExpr {
    switch self {
    case .closure(let code): return code
    case .constant(let value): return { _ throws(EvalError) in value }
    case .local(let index): return { evaluator throws(EvalError) in evaluator.locals[evaluator.frameBase + index] }
    case .global: return { [self] evaluator throws(EvalError) in try self.run(&evaluator) }
    }
  }

  /// The value of a parameter or a constant that is a plain number, looked at where it is; nil
  /// for anything else (the caller then runs the code). Only reads: no code runs, so asking
  /// first and then running computes nothing twice.
  @inline(__always)
  func plainNumber(_ evaluator: borrowing Evaluator) -> Double? {
    // Each case tests its value where it lies: binding the quantity outside the `switch` made
    // the compiler copy it, a retain and a release on every read of a parameter.
    switch self {
    case .constant(.quantity(let quantity)): return quantity.isPlain ? quantity.value : nil
    case .local(let index):
      guard case .quantity(let quantity) = evaluator.locals[evaluator.frameBase + index], quantity.isPlain else { return nil }
      return quantity.value
    case .constant, .global, .closure: return nil
    }
  }
}

/// A closure the compiler made for one node: it runs the node's operands' code and combines their
/// values with the evaluator's operators.
typealias CompiledExpr = @Sendable (inout Evaluator) throws(EvalError) -> Value

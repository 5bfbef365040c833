/// Builds `Code` for the resolver: each node becomes one closure, made once, that holds its
/// operands' code (a constant, a parameter or a global read in place, or another closure), so
/// running an entry copies no node out of a tree and looks no name up. Every entry runs this way,
/// top level and function bodies alike.
struct Compiler: Emitter {
  /// Where the entry's dataset reads leave their values; made at the first one.
  private(set) var readLog: ReadLog? = nil

  func constant(_ value: Value, _ span: Span) -> Code { .constant(value) }

  func global(slot: Int, name: String, now: Value?, _ span: Span) -> Code {
    if let now { return .constant(now) }
    return .global(slot: slot, name: name, span: span)
  }

  func local(_ index: Int, _ span: Span) -> Code { .local(index) }

  func unary(_ op: UnaryOperator, _ operand: Code, _ spans: OperatorSpans) -> Code {
    if case .constant(let value) = operand, Compiler.isFoldable(value),
      let folded = Compiler.folded({ (evaluator) throws(EvalError) in try evaluator.unary(op, value, spans) })
    {
      return folded
    }
    return .closure { evaluator throws(EvalError) in try evaluator.unary(op, try operand.run(&evaluator), spans) }
  }

  func binary(_ op: BinaryOperator, _ left: Code, _ right: Code, _ spans: OperatorSpans) -> Code {
    switch op {
    case .and:
      return .closure { evaluator throws(EvalError) in
        guard try evaluator.condition(try left.run(&evaluator), at: spans.left) else { return .bool(false) }
        return .bool(try evaluator.condition(try right.run(&evaluator), at: spans.right))
      }
    case .or:
      return .closure { evaluator throws(EvalError) in
        if try evaluator.condition(try left.run(&evaluator), at: spans.left) { return .bool(true) }
        return .bool(try evaluator.condition(try right.run(&evaluator), at: spans.right))
      }
    case .add, .subtract, .multiply, .divide, .power, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      // Two plain numbers as the arithmetic below combines them; other constants as `binary` does.
      if case .constant(.quantity(let x)) = left, case .constant(.quantity(let y)) = right,
        let plain = Evaluator.plainArithmetic(op, x, y)
      {
        return .constant(.number(plain))
      }
      if case .constant(let a) = left, case .constant(let b) = right, Compiler.isFoldable(a), Compiler.isFoldable(b) {
        if let folded = Compiler.folded({ (evaluator) throws(EvalError) in try evaluator.binary(op, a, b, spans) }) {
          return folded
        }
      }
      return op.isComparison ? comparison(op, left, right, spans) : arithmetic(op, left, right, spans)
    }
  }

  /// `+ - * / ^`. Two plain numbers are combined where they lie (`n - 1`), or as results
  /// (`fib(n - 1) + fib(n - 2)`), without the general dispatch: `binary` gives the same through
  /// its switch, but handing it the values costs their copies (fib(25) once took 576 M
  /// instructions that way instead of 288 M).
  private func arithmetic(_ op: BinaryOperator, _ left: Code, _ right: Code, _ spans: OperatorSpans) -> Code {
    // The operands as closures too, called straight when they are not plain numbers: running
    // a `Code` there took a jump through a table the processor mispredicted on every fib call.
    let (runLeft, runRight) = (left.closure, right.closure)
    return .closure { evaluator throws(EvalError) in
      if let a = left.plainNumber(evaluator), let b = right.plainNumber(evaluator),
        let plain = Evaluator.plainArithmetic(op, a, b)
      {
        return .number(plain)
      }
      let leftValue = try runLeft(&evaluator)
      let rightValue = try runRight(&evaluator)
      if case .quantity(let a) = leftValue, case .quantity(let b) = rightValue,
        let plain = Evaluator.plainArithmetic(op, a, b)
      {
        return .number(plain)
      }
      return try evaluator.binary(op, leftValue, rightValue, spans)
    }
  }

  /// `== != < <= > >=`, through `binary`. (A choice on a comparison, `if n < 2`, compares in
  /// place: `ifThenElse(comparing:)`.)
  private func comparison(_ op: BinaryOperator, _ left: Code, _ right: Code, _ spans: OperatorSpans) -> Code {
    .closure { evaluator throws(EvalError) in
      let leftValue = try left.run(&evaluator)
      let rightValue = try right.run(&evaluator)
      return try evaluator.binary(op, leftValue, rightValue, spans)
    }
  }

  /// Whether an operation on this constant is worth doing as the code is made: a single figure,
  /// date, flag or text costs a few instructions, where a list or a series could cost as much
  /// as a loop over it in a branch that never runs.
  static func isFoldable(_ value: Value) -> Bool {
    switch value {
    case .quantity, .date, .bool, .string: true
    case .list, .record, .function, .series, .table, .figure: false
    }
  }

  /// The value of an operation on constants (`2 * 3`, `-5`, `24.4B shares`, `10 in %`, and in a
  /// top-level entry `v1 * 1.07`, whose globals are constants there), computed once as the code
  /// is made; nil when it fails, leaving the error to the code that runs, in its turn, as it
  /// always came.
  static func folded(_ compute: (Evaluator) throws(EvalError) -> Value) -> Code? {
    let evaluator = Evaluator(globals: [], files: nil)
    do throws(EvalError) {
      return .constant(try compute(evaluator))
    } catch {
      return nil
    }
  }

  func callNative(_ native: NativeFunction, _ arguments: [Code], _ call: CallContext) -> Code {
    .closure { evaluator throws(EvalError) in
      var values: [Value] = []
      values.reserveCapacity(arguments.count)
      for argument in arguments { values.append(try argument.run(&evaluator)) }
      guard native.callsFunctions || native.readsFiles else { return try native.body(values, call) }
      return try native.body(values, evaluator.context(for: native, call))
    }
  }

  func callValue(_ callee: Code, _ arguments: [Code], _ call: CallContext) -> Code {
    .closure { evaluator throws(EvalError) in
      let function = try callee.run(&evaluator)
      // The arguments go on the evaluator's one stack of locals, the callee's frame.
      let start = evaluator.locals.count
      defer { evaluator.popLocals(to: start) }
      guard case .function(.user(let user)) = function else {
        for argument in arguments { evaluator.locals.append(try argument.run(&evaluator)) }
        return try evaluator.call(function, Array(evaluator.locals[start...]), call)
      }
      if !user.captured.isEmpty { evaluator.locals.append(contentsOf: user.captured) }
      for argument in arguments { evaluator.locals.append(try argument.run(&evaluator)) }
      return try evaluator.callUser(user, frameFrom: start, argumentCount: arguments.count, call)
    }
  }

  func field(_ base: Code, name: String, baseSpan: Span, nameSpan: Span) -> Code {
    .closure { evaluator throws(EvalError) in
      try evaluator.field(name, of: try base.run(&evaluator), baseSpan: baseSpan, nameSpan: nameSpan)
    }
  }

  func index(_ base: Code, _ index: Code, baseSpan: Span, indexSpan: Span, _ span: Span) -> Code {
    .closure { evaluator throws(EvalError) in
      let container = try base.run(&evaluator)
      let key = try index.run(&evaluator)
      if case .date(let date) = key { return try evaluator.point(of: container, baseSpan: baseSpan, on: date, indexSpan) }
      return try evaluator.element(of: container, baseSpan: baseSpan, at: key, indexSpan)
    }
  }

  func slice(
    _ base: Code, from: Code?, through: Code?, baseSpan: Span, fromSpan: Span, throughSpan: Span, _ span: Span
  ) -> Code {
    .closure { evaluator throws(EvalError) in
      let container = try base.run(&evaluator)
      let start = try from.map { (end) throws(EvalError) in (try end.run(&evaluator), fromSpan) }
      let end = try through.map { (end) throws(EvalError) in (try end.run(&evaluator), throughSpan) }
      return try evaluator.slice(container, baseSpan: baseSpan, from: start, through: end)
    }
  }

  func list(_ items: [Code], _ span: Span) -> Code {
    .closure { evaluator throws(EvalError) in
      var values: [Value] = []
      values.reserveCapacity(items.count)
      for item in items { values.append(try item.run(&evaluator)) }
      return .list(values)
    }
  }

  func record(names: [String], values: [Code], _ span: Span) -> Code {
    .closure { evaluator throws(EvalError) in
      var fields: [Value] = []
      fields.reserveCapacity(values.count)
      for value in values { fields.append(try value.run(&evaluator)) }
      return .record(Record(names: names, values: fields))
    }
  }

  func ifThenElse(_ condition: Code, _ whenTrue: Code, _ whenFalse: Code, conditionSpan: Span) -> Code {
    .closure { evaluator throws(EvalError) in
      try evaluator.condition(try condition.run(&evaluator), at: conditionSpan)
        ? try whenTrue.run(&evaluator) : try whenFalse.run(&evaluator)
    }
  }

  func ifThenElse(
    comparing op: BinaryOperator, _ left: Code, _ right: Code, _ spans: OperatorSpans, then whenTrue: Code,
    else whenFalse: Code, conditionSpan: Span
  ) -> Code {
    // The branches as closures: running one then needs no look at which case of `Code` it is.
    let (trueCode, falseCode) = (whenTrue.closure, whenFalse.closure)
    let (runLeft, runRight) = (left.closure, right.closure)
    return .closure { evaluator throws(EvalError) in
      let holds: Bool
      if let a = left.plainNumber(evaluator), let b = right.plainNumber(evaluator), let plain = Evaluator.compare(op, a, b) {
        holds = plain
      } else {
        let leftValue = try runLeft(&evaluator)
        let rightValue = try runRight(&evaluator)
        if case .quantity(let a) = leftValue, case .quantity(let b) = rightValue {
          holds = try evaluator.compare(op, a, b, spans)
        } else {
          holds = try evaluator.condition(try evaluator.binary(op, leftValue, rightValue, spans), at: conditionSpan)
        }
      }
      return holds ? try trueCode(&evaluator) : try falseCode(&evaluator)
    }
  }

  func conversion(_ value: Code, _ target: ResolvedTarget, _ spans: OperatorSpans) -> Code {
    if case .constant(let constant) = value, Compiler.isFoldable(constant),
      let folded = Compiler.folded({ (evaluator) throws(EvalError) in try evaluator.convert(constant, to: target, spans) })
    {
      return folded
    }
    return .closure { evaluator throws(EvalError) in try evaluator.convert(try value.run(&evaluator), to: target, spans) }
  }

  func lambda(parameters: [String], captureCount: Int, body: Code, _ span: Span) -> Code {
    .closure { evaluator throws(EvalError) in
      let base = evaluator.frameBase
      let captured = Array(evaluator.locals[base..<min(base + captureCount, evaluator.locals.count)])
      return .function(.user(UserFunction(name: "lambda", parameters: parameters, body: body, span: span, captured: captured)))
    }
  }

  mutating func datasetRead(_ code: Code, number: Int) -> Code {
    let log = readLog ?? ReadLog()
    readLog = log
    return .closure { evaluator throws(EvalError) in
      let value = try code.run(&evaluator)
      log.note(value, number: number)
      return value
    }
  }
}

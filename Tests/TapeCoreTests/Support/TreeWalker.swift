@testable import TapeCore

// The test oracle: the resolver builds a tree instead of closures (`TreeEmitter`), and a plain
// recursive walk (`Evaluator.walk`) computes its value, as Tape's evaluator did before every entry
// was compiled. `DifferentialTests` runs entries both ways and wants the same values, errors and
// `why` records. The tree keeps its own spans (`BoundExpr.span`), so the resolver's
// `errorSpan` is checked too.

/// An expression with every name resolved: variables to slots, units to constants, functions to
/// their implementation.
indirect enum BoundExpr: Sendable {
  case constant(Value, Span)
  case global(slot: Int, name: String, Span)
  case local(Int, Span)
  case unary(UnaryOperator, BoundExpr, OperatorSpans)
  case binary(BinaryOperator, BoundExpr, BoundExpr, OperatorSpans)
  case callNative(NativeFunction, [BoundExpr], CallContext)
  case callValue(BoundExpr, [BoundExpr], CallContext)
  case field(BoundExpr, name: String, nameSpan: Span)
  case index(BoundExpr, BoundExpr, Span)
  case slice(BoundExpr, from: BoundExpr?, through: BoundExpr?, Span)
  case list([BoundExpr], Span)
  case record(names: [String], values: [BoundExpr], Span)
  case ifThenElse(BoundExpr, BoundExpr, BoundExpr, conditionSpan: Span)
  case conversion(BoundExpr, ResolvedTarget, OperatorSpans)
  /// Makes a lambda, capturing the first `captureCount` slots of the current frame.
  case lambda(parameters: [String], captureCount: Int, body: BoundExpr, Span)
  case datasetRead(BoundExpr, number: Int, log: ReadLog)

  var span: Span {
    switch self {
    case .constant(_, let span), .global(_, _, let span), .local(_, let span), .index(_, _, let span),
      .slice(_, _, _, let span), .lambda(_, _, _, let span),
      .list(_, let span), .record(_, _, let span):
      span
    case .unary(_, _, let spans), .binary(_, _, _, let spans), .conversion(_, _, let spans): spans.whole
    case .callNative(_, _, let call), .callValue(_, _, let call): call.span
    case .field(let base, _, let nameSpan): base.span.through(nameSpan)
    case .ifThenElse(let condition, _, let otherwise, _): condition.span.through(otherwise.span)
    case .datasetRead(let inner, _, _): inner.span
    }
  }
}

/// Builds `BoundExpr` for the resolver.
struct TreeEmitter: Emitter {
  private(set) var readLog: ReadLog? = nil

  func constant(_ value: Value, _ span: Span) -> BoundExpr { .constant(value, span) }
  /// Always the slot, read as the tree is walked: the compiled code's constant must agree.
  func global(slot: Int, name: String, now: Value?, _ span: Span) -> BoundExpr { .global(slot: slot, name: name, span) }
  func local(_ index: Int, _ span: Span) -> BoundExpr { .local(index, span) }
  func unary(_ op: UnaryOperator, _ operand: BoundExpr, _ spans: OperatorSpans) -> BoundExpr {
    .unary(op, operand, spans)
  }
  func binary(_ op: BinaryOperator, _ left: BoundExpr, _ right: BoundExpr, _ spans: OperatorSpans) -> BoundExpr {
    .binary(op, left, right, spans)
  }
  func callNative(_ native: NativeFunction, _ arguments: [BoundExpr], _ call: CallContext) -> BoundExpr {
    .callNative(native, arguments, call)
  }
  func callValue(_ callee: BoundExpr, _ arguments: [BoundExpr], _ call: CallContext) -> BoundExpr {
    .callValue(callee, arguments, call)
  }
  func field(_ base: BoundExpr, name: String, baseSpan: Span, nameSpan: Span) -> BoundExpr {
    .field(base, name: name, nameSpan: nameSpan)
  }
  func index(_ base: BoundExpr, _ index: BoundExpr, baseSpan: Span, indexSpan: Span, _ span: Span) -> BoundExpr {
    .index(base, index, span)
  }
  func slice(
    _ base: BoundExpr, from: BoundExpr?, through: BoundExpr?, baseSpan: Span, fromSpan: Span, throughSpan: Span,
    _ span: Span
  ) -> BoundExpr {
    .slice(base, from: from, through: through, span)
  }
  func list(_ items: [BoundExpr], _ span: Span) -> BoundExpr { .list(items, span) }
  func record(names: [String], values: [BoundExpr], _ span: Span) -> BoundExpr {
    .record(names: names, values: values, span)
  }
  func ifThenElse(_ condition: BoundExpr, _ whenTrue: BoundExpr, _ whenFalse: BoundExpr, conditionSpan: Span)
    -> BoundExpr
  {
    .ifThenElse(condition, whenTrue, whenFalse, conditionSpan: conditionSpan)
  }
  func ifThenElse(
    comparing op: BinaryOperator, _ left: BoundExpr, _ right: BoundExpr, _ spans: OperatorSpans,
    then whenTrue: BoundExpr, else whenFalse: BoundExpr, conditionSpan: Span
  ) -> BoundExpr {
    .ifThenElse(.binary(op, left, right, spans), whenTrue, whenFalse, conditionSpan: conditionSpan)
  }
  func conversion(_ value: BoundExpr, _ target: ResolvedTarget, _ spans: OperatorSpans) -> BoundExpr {
    .conversion(value, target, spans)
  }
  func lambda(parameters: [String], captureCount: Int, body: BoundExpr, _ span: Span) -> BoundExpr {
    .lambda(parameters: parameters, captureCount: captureCount, body: body, span)
  }
  mutating func datasetRead(_ code: BoundExpr, number: Int) -> BoundExpr {
    let log = readLog ?? ReadLog()
    readLog = log
    return .datasetRead(code, number: number, log: log)
  }
}

extension Evaluator {
  /// The value of `expr`, by walking it. A lambda made here runs its body by walking it too; a
  /// function defined with `fn` runs its compiled body, as in a session.
  mutating func walk(_ expr: BoundExpr) throws(EvalError) -> Value {
    switch expr {
    case .constant(let value, _):
      return value
    case .global(let slot, let name, let span):
      guard let value = globals[slot] else { throw EvalError.notYetDefined(name, at: span) }
      return value
    case .local(let index, _):
      return locals[frameBase + index]
    case .unary(let op, let operand, let spans):
      return try unary(op, try walk(operand), spans)
    case .binary(.and, let left, let right, let spans):
      guard try condition(try walk(left), at: spans.left) else { return .bool(false) }
      return .bool(try condition(try walk(right), at: spans.right))
    case .binary(.or, let left, let right, let spans):
      if try condition(try walk(left), at: spans.left) { return .bool(true) }
      return .bool(try condition(try walk(right), at: spans.right))
    case .binary(let op, let left, let right, let spans):
      let leftValue = try walk(left)
      let rightValue = try walk(right)
      return try binary(op, leftValue, rightValue, spans)
    case .callNative(let native, let arguments, let call):
      var values: [Value] = []
      for argument in arguments { values.append(try walk(argument)) }
      guard native.callsFunctions || native.readsFiles else { return try native.body(values, call) }
      return try native.body(values, context(for: native, call))
    case .callValue(let callee, let arguments, let call):
      let function = try walk(callee)
      let start = locals.count
      defer { popLocals(to: start) }
      if case .function(.user(let user)) = function, !user.captured.isEmpty { locals.append(contentsOf: user.captured) }
      for argument in arguments { locals.append(try walk(argument)) }
      guard case .function(.user(let user)) = function else {
        return try self.call(function, Array(locals[start...]), call)
      }
      return try callUser(user, frameFrom: start, argumentCount: arguments.count, call)
    case .field(let base, let name, let nameSpan):
      return try field(name, of: try walk(base), baseSpan: base.span, nameSpan: nameSpan)
    case .index(let base, let index, _):
      let container = try walk(base)
      let key = try walk(index)
      if case .date(let date) = key { return try point(of: container, baseSpan: base.span, on: date, index.span) }
      return try element(of: container, baseSpan: base.span, at: key, index.span)
    case .slice(let base, let from, let through, _):
      let start = try from.map { (end) throws(EvalError) in (try walk(end), end.span) }
      let end = try through.map { (end) throws(EvalError) in (try walk(end), end.span) }
      return try slice(try walk(base), baseSpan: base.span, from: start, through: end)
    case .list(let items, _):
      var values: [Value] = []
      for item in items { values.append(try walk(item)) }
      return .list(values)
    case .record(let names, let items, _):
      var values: [Value] = []
      for item in items { values.append(try walk(item)) }
      return .record(Record(names: names, values: values))
    case .ifThenElse(let test, let whenTrue, let whenFalse, let conditionSpan):
      let chosen = try condition(try walk(test), at: conditionSpan) ? whenTrue : whenFalse
      return try walk(chosen)
    case .conversion(let value, let target, let spans):
      return try convert(try walk(value), to: target, spans)
    case .lambda(let parameters, let captureCount, let body, let span):
      let captured = Array(locals[frameBase..<min(frameBase + captureCount, locals.count)])
      let walked = Code.closure { evaluator throws(EvalError) in try evaluator.walk(body) }
      return .function(.user(UserFunction(name: "lambda", parameters: parameters, body: walked, span: span, captured: captured)))
    case .datasetRead(let inner, let number, let log):
      let value = try walk(inner)
      log.note(value, number: number)
      return value
    }
  }
}

/// Most entries of a calculator session are arithmetic on numbers, money, units and names
/// (`v2 = v1 * 1.07 - 106.67`, `24.4B shares * $118.42/share in B`). For those, resolving the
/// tree into a `BoundExpr` and then walking that cost more than the arithmetic: this walks the parsed tree once, resolving names
/// as it goes, with the evaluator's own operators. Anything else (calls, datasets, lists, `if`,
/// `and`, an unknown name) or any error sends the entry down the full path, resolver then
/// evaluator, which gives the value or the error it always gave: the shapes taken here have no
/// side effects, so starting again costs only time.
extension Interpreter {
  /// The value of `expr`, or nil when the full path must compute it; the globals it read are
  /// added to `inputs` (when not nil) for `why`, and nothing is added when it returns nil.
  func directValue(of expr: Expr, recording inputs: inout RecordedInputs?) -> Value? {
    // No call is taken here, so nothing reads a file.
    let evaluator = Evaluator(globals: environment.globals, files: nil)
    let recordedBefore = inputs?.uses.count ?? 0
    do {
      return try directValue(of: expr, evaluator, &inputs)
    } catch {
      if inputs != nil { inputs?.uses.removeSubrange(recordedBefore...) }
      return nil
    }
  }

  /// Throws `LeaveForFullPath` for a shape it does not take, and the evaluator's errors.
  private func directValue(of expr: Expr, _ evaluator: Evaluator, _ inputs: inout RecordedInputs?) throws -> Value {
    switch expr.kind {
    case .number(let value):
      return .number(value)
    case .percent(let value):
      return .quantity(Quantity(value, format: .percent))
    case .money(let amount, let currency):
      guard let unit = environment.units[currency] else { throw LeaveForFullPath() }
      return .quantity(Quantity(amount, Unit(unit)))
    case .name(let name):
      if let slot = environment.slots[name], let value = environment.globals[slot] {
        // `ans` is read, not recorded: it changes with every entry.
        if inputs != nil, !environment.isAnswer(slot) { inputs?.uses.append((name, expr.span.start)) }
        return value
      }
      if environment.slots[name] == nil, let unit = environment.units[name] { return .quantity(Quantity(1, Unit(unit))) }
      throw LeaveForFullPath()
    case .unary(let op, let operand, let operatorSpan):
      let value = try directValue(of: operand, evaluator, &inputs)
      return try evaluator.unary(op, value, OperatorSpans(operatorSpan: operatorSpan, left: operatorSpan, right: operand.span))
    case .binary(let op, let left, let right, let operatorSpan) where op != .and && op != .or:
      let leftValue = try directValue(of: left, evaluator, &inputs)
      let rightValue = try directValue(of: right, evaluator, &inputs)
      return try evaluator.binary(
        op, leftValue, rightValue, OperatorSpans(operatorSpan: operatorSpan, left: left.span, right: right.span))
    case .withUnit(let value, let unitExpr):
      // `24.4B shares`: as the resolver makes it, the value times one of the unit.
      let unit = try Resolver(environment: environment).resolveUnit(unitExpr)
      let amount = try directValue(of: value, evaluator, &inputs)
      let spans = OperatorSpans(operatorSpan: unitExpr.span, left: value.span, right: unitExpr.span)
      return try evaluator.binary(.multiply, amount, .quantity(Quantity(1, unit)), spans)
    case .conversion(let value, let target):
      let resolved = try Resolver(environment: environment).resolveTarget(target)
      let converted = try directValue(of: value, evaluator, &inputs)
      return try evaluator.convert(
        converted, to: resolved, OperatorSpans(operatorSpan: target.span, left: value.span, right: target.span))
    default:
      throw LeaveForFullPath()
    }
  }
}

/// An entry the direct path does not take.
private struct LeaveForFullPath: Error {}

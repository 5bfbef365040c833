/// An expression with every name resolved: variables to slots, units to constants, functions to
/// their implementation. The evaluator walks this tree with no name lookups.
enum BoundExpr: Sendable {
  case constant(Value, Span)
  case global(slot: Int, name: String, Span)
  case local(Int, Span)
  indirect case unary(UnaryOperator, BoundExpr, OperatorSpans)
  indirect case binary(BinaryOperator, BoundExpr, BoundExpr, OperatorSpans)
  indirect case callNative(NativeFunction, [BoundExpr], CallContext)
  indirect case callValue(BoundExpr, [BoundExpr], CallContext)
  indirect case field(BoundExpr, name: String, nameSpan: Span)
  indirect case index(BoundExpr, BoundExpr, Span)
  indirect case slice(BoundExpr, from: BoundExpr, through: BoundExpr, Span)
  case list([BoundExpr], Span)
  case record(names: [String], values: [BoundExpr], Span)
  indirect case ifThenElse(BoundExpr, BoundExpr, BoundExpr, conditionSpan: Span)
  indirect case conversion(BoundExpr, ResolvedTarget, OperatorSpans)
  /// Makes a lambda, capturing the first `captureCount` slots of the current frame.
  indirect case lambda(parameters: [String], captureCount: Int, body: BoundExpr, Span)

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
    }
  }
}

/// Where an operator and its operands sit, for errors that point at the operator and underline
/// both sides.
struct OperatorSpans: Sendable {
  var operatorSpan: Span
  var left: Span
  var right: Span
  var whole: Span { left.through(right) }
}

/// What `in` converts to, once resolved.
enum ResolvedTarget: Sendable {
  case percent
  case full
  case scaled(Scale)
  case unit(Unit)
}

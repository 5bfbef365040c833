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

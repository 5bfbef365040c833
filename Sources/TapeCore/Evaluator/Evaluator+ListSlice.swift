/// `flows[1..3]`: the items of a list from one position through another, both included, as a
/// date range includes both its dates. Negative positions count from the end, as in indexing; an
/// open end (`xs[-3..]`, `xs[..2]`) is the list's first or last item.
extension Evaluator {
  func listSlice(_ items: ValueList, from: (Value, Span)?, through: (Value, Span)?) throws(EvalError) -> Value {
    if items.isEmpty && from == nil && through == nil { return .list([]) }
    let start = try from.map { (end) throws(EvalError) in try position(end.0, in: items, at: end.1) } ?? 0
    let end = try through.map { (end) throws(EvalError) in try position(end.0, in: items, at: end.1) } ?? items.count - 1
    guard start <= end else {
      // Only two written ends can cross.
      if let from, let through { throw EvalError.rangeReversed(byDates: false, at: from.1.through(through.1)) }
      return .list([])
    }
    // A slice of a loaded file's rows shares its columns.
    return .list(items.items(start..<(end + 1)))
  }

  /// A whole-number position inside `items`, resolved from the end when negative.
  private func position(_ value: Value, in items: ValueList, at span: Span) throws(EvalError) -> Int {
    guard case .quantity(let quantity) = value, quantity.unit.isNone, quantity.value == quantity.value.rounded(),
      abs(quantity.value) < 1e15
    else {
      throw EvalError.unexpectedKind(expected: .wholeNumberPosition, found: value.kind, at: span)
    }
    let written = Int(quantity.value)
    let resolved = written < 0 ? items.count + written : written
    guard items.indices.contains(resolved) else {
      throw EvalError.indexOutOfRange(index: written, count: items.count, at: span)
    }
    return resolved
  }
}

extension Value {
  /// `provenance` for `why`: the same union, walked with `ValueWalk`'s depth limit and Ctrl-C.
  /// A list built by recursion can be nested 900,000 deep or hold 2^36 numbers in lists of two;
  /// the plain walk would overflow the stack or run for hours.
  func citedProvenance(at span: Span) throws(EvalError) -> Provenance {
    var walk = ValueWalk()
    return try citedProvenance(depth: 0, walk: &walk, span: span)
  }

  private func citedProvenance(depth: Int, walk: inout ValueWalk, span: Span) throws(EvalError) -> Provenance {
    let items: ValueList
    switch self {
    // A loaded file's rows share one set of sources per column.
    case .list(let values) where values.columns != nil: return provenance
    case .list(let values): items = values
    case .record(let record): items = ValueList(record.values)
    default: return provenance
    }
    guard depth < ValueWalk.depthLimit else {
      throw EvalError.valueNestedTooDeeply(limit: ValueWalk.depthLimit, at: span)
    }
    var result = Provenance.none
    for item in items {
      if walk.stepIsInterrupted() { throw EvalError.interrupted(at: span) }
      result = result.union(try item.citedProvenance(depth: depth + 1, walk: &walk, span: span))
    }
    return result
  }
}

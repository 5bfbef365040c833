extension Value {
  /// Why a walk over a value stopped before its end.
  public enum WalkStop: Error, Sendable {
    /// Lists or records nested deeper than `ValueWalk.depthLimit`.
    case nestedTooDeeply
    /// Ctrl-C.
    case interrupted
  }

  /// The citations behind this value, for `why`: the union of its figures' sources, walked with
  /// `ValueWalk`'s depth limit and Ctrl-C. A list built by recursion can be nested 900,000 deep
  /// or hold 2^36 numbers in lists of two; a plain walk would overflow the stack or run for hours.
  /// A loaded file's rows answer from their columns, one set of sources each.
  public func provenance() throws(WalkStop) -> Provenance {
    var walk = ValueWalk()
    return try provenance(depth: 0, walk: &walk)
  }

  /// `provenance()`, its stops as errors at `span`.
  func citedProvenance(at span: Span) throws(EvalError) -> Provenance {
    do {
      return try provenance()
    } catch {
      switch error {
      case .nestedTooDeeply: throw EvalError.valueNestedTooDeeply(limit: ValueWalk.depthLimit, at: span)
      case .interrupted: throw EvalError.interrupted(at: span)
      }
    }
  }

  private func provenance(depth: Int, walk: inout ValueWalk) throws(WalkStop) -> Provenance {
    let items: ValueList
    switch self {
    case .quantity(let quantity): return quantity.provenance
    case .series(let series): return series.provenance
    case .table(let table):
      guard let attributes = table.attributes else { return table.provenance }
      return table.provenance.union(try Value.record(attributes).provenance(depth: depth, walk: &walk))
    case .bool, .date, .string, .function, .figure: return .none
    case .list(let values):
      if let columns = values.columns { return columns.provenance }
      items = values
    case .record(let record): items = ValueList(record.values)
    }
    guard depth < ValueWalk.depthLimit else { throw .nestedTooDeeply }
    var result = Provenance.none
    for item in items {
      if walk.stepIsInterrupted() { throw .interrupted }
      result = result.union(try item.provenance(depth: depth + 1, walk: &walk))
    }
    return result
  }
}

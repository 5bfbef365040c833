/// `==` and `!=` between two series or two tables: one answer for the whole value, as for two
/// lists (`[1, 2] == [1, 2]` is `true`), so a notebook can check that two ways of computing a
/// series agree. Equal means the same dates and, date by date, equal numbers (to 12 significant
/// digits, as for two quantities); amounts in units of one dimension are compared after conversion,
/// and amounts of different dimensions are an error, as `$1 == 1 share` is.
extension Evaluator {
  func seriesEqual(_ left: Series, _ right: Series, _ spans: OperatorSpans) throws(EvalError) -> Bool {
    try columnsEqual(
      left.days, left.values, sample(left.unit, left.format), right.days, right.values, sample(right.unit, right.format),
      spans)
  }

  /// Tables are equal when they have the same columns, by name and in order, and each is equal.
  func tablesEqual(_ left: Table, _ right: Table, _ spans: OperatorSpans) throws(EvalError) -> Bool {
    guard left.columns.map(\.name) == right.columns.map(\.name) else { return false }
    for (a, b) in zip(left.columns, right.columns) {
      let equal = try columnsEqual(
        left.days, a.values, sample(a.unit, a.format), right.days, b.values, sample(b.unit, b.format), spans)
      if !equal { return false }
    }
    return true
  }

  private func sample(_ unit: Unit, _ format: DisplayFormat) -> Quantity { Quantity(1, unit, format: format) }

  private func columnsEqual(
    _ leftDays: ContiguousArray<Int32>, _ leftValues: ContiguousArray<Double>, _ leftUnit: Quantity,
    _ rightDays: ContiguousArray<Int32>, _ rightValues: ContiguousArray<Double>, _ rightUnit: Quantity,
    _ spans: OperatorSpans
  ) throws(EvalError) -> Bool {
    // The units first, so `nvda.close == nvda.volume` is an error whatever the dates.
    let factor = try sameUnit(.equal, leftUnit, rightUnit, spans)
    guard leftDays == rightDays else { return false }
    for index in leftValues.indices {
      guard Evaluator.compare(.equal, leftValues[index], rightValues[index] * factor) == true else { return false }
    }
    return true
  }
}

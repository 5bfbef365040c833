import TapeCore

/// Several series side by side in one table.
extension Builtins {
  static let compare = Builtin(
    name: "compare", topic: .market,
    parameters: [
      .init("a", .oneOf([.series, .table]), "a price table gives its close"), .init("b", .oneOf([.series, .table])),
      .init("more", .oneOf([.series, .table])),
    ],
    optionalCount: 1, repeatsLast: true, returns: .table, resultNote: "one column per argument",
    summary: "Several series side by side in one table, on the dates they all have.",
    examples: [
      .init(
        "compare(dated([2025-01-24, 2025-01-27], [$142.62, $118.42], \"close\"), "
          + "dated([2025-01-27, 2025-01-28], [-$24.20, $10.57], \"change\"))",
        yields: """
          date        close (USD)  change (USD)
          ──────────  ───────────  ────────────
          2025-01-27      $118.42       -$24.20
          """)
    ],
    details: """
      Each argument becomes one column, named after the series (`nvda.close`) and keeping its \
      unit; a price table (`nvda`) contributes its `close` column under the table's name. Only \
      the dates every argument has are kept, so take slices first to choose the window: \
      `compare(nvda[2025-01-24..2025-01-31], amd[2025-01-24..2025-01-31])`. The table cites the \
      sources of every column. Up to 12 series.
      """,
    seeAlso: ["dated", "ratio", "at"]
  ) { arguments, call throws(EvalError) in
    var columns: [Series] = []
    for index in arguments.indices {
      switch arguments[index] {
      case .series(let series): columns.append(series)
      case .table(let table):
        guard var close = table.series("close") else {
          throw EvalError.noSuchField("close", available: table.columns.map(\.name), at: call.argumentSpan(index))
        }
        close.name = table.name
        columns.append(close)
      default:
        throw undeclared(index, call)
      }
    }
    // The dates every column has: intersect one column at a time (each pass is a merge).
    var days = columns[0].days
    for column in columns.dropFirst() {
      var kept = ContiguousArray<Int32>()
      var j = 0
      for day in days {
        while j < column.days.count && column.days[j] < day { j += 1 }
        if j < column.days.count && column.days[j] == day { kept.append(day) }
      }
      days = kept
    }
    guard !days.isEmpty else {
      throw EvalError.badArgument(.noSharedDates, at: call.span)
    }
    var tableColumns: [Table.Column] = []
    var provenance = Provenance.none
    var usedNames: Set<String> = []
    for column in columns {
      var values = ContiguousArray<Double>()
      values.reserveCapacity(days.count)
      var j = 0
      for day in days {
        while column.days[j] < day { j += 1 }
        values.append(column.values[j])
      }
      var name = column.name
      var copy = 2
      while usedNames.contains(name) {
        name = "\(column.name) \(copy)"
        copy += 1
      }
      usedNames.insert(name)
      tableColumns.append(Table.Column(name: name, values: values, unit: column.unit))
      provenance = provenance.union(column.provenance)
    }
    return .table(Table(name: "compare", days: days, columns: tableColumns, provenance: provenance))
  }
}

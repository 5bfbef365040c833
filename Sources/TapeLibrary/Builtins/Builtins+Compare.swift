import TapeCore

/// Several series side by side in one table.
extension Builtins {
  static let compare = Builtin(
    name: "compare", topic: .market,
    parameters: [
      .init("a", .oneOf([.series, .table, .record]), "a price table gives its close; a record, one column per key"),
      .init("b", .oneOf([.series, .table])), .init("more", .oneOf([.series, .table])),
    ],
    optionalCount: 2, repeatsLast: true, returns: .table, resultNote: "one column per argument",
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
      sources of every column. Up to 12 series. A record of series or price tables gives one \
      column per key, named by the key, with no limit: `compare({nvda: nvda, amd: amd})`, \
      `compare(stocks)`.
      """,
    seeAlso: ["dated", "ratio", "at"]
  ) { arguments, call throws(EvalError) in
    var columns: [Series] = []
    var values = arguments
    if case .record(let record) = arguments[0] {
      guard arguments.count == 1 else {
        throw EvalError.wrongArgumentCount(function: "compare", expected: 1, found: arguments.count, at: call.span)
      }
      guard !record.names.isEmpty else { throw EvalError.labels(.noColumns, at: call.argumentSpan(0)) }
      for (name, value) in zip(record.names, record.values) {
        switch value {
        case .series(var series):
          series.name = name
          columns.append(series)
        case .table(let table):
          guard var close = table.series("close") else {
            throw EvalError.noSuchField("close", available: table.columns.map(\.name), at: call.argumentSpan(0))
          }
          close.name = name
          columns.append(close)
        default:
          throw EvalError.labels(.notAColumn(key: name, found: value.kind), at: call.argumentSpan(0))
        }
      }
      values = []
    } else if arguments.count < 2 {
      throw EvalError.wrongArgumentCount(function: "compare", expected: 2, found: 1, at: call.span)
    }
    for index in values.indices {
      switch values[index] {
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
      tableColumns.append(Table.Column(name: name, values: values, unit: column.unit, format: column.format))
      provenance = provenance.union(column.provenance)
    }
    return .table(Table(name: "compare", days: days, columns: tableColumns, provenance: provenance))
  }
}

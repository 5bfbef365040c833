/// Labelled values shown as tables: a record of figures in one unit as a column beside its keys,
/// a list of records with the same keys as one row per record, and big values (tables, series,
/// charts) inside lists and records as one summary line each.
extension Value {
  /// The record as a table, or nil when it reads better inline (`{price: $118.42/share, shares: …}`).
  static func labelledTable(_ record: Record, depth: Int) -> String? {
    guard record.names.count >= 2 || record.values.contains(where: \.isBig) else { return nil }
    let keys = record.names
    if let unit = Value.sharedUnit(record.values) {
      let header = unit.unit.isNone ? "value" : "value (\(unit.unit.described(plural: true)))"
      // Only the rows shown are formatted: a ranking of 500 keys formats a dozen cells.
      return TableText.rendered(
        headers: ["key", header], rowCount: keys.count,
        row: { index in
          guard case .quantity(let quantity) = record.values[index] else {
            return [keys[index], record.values[index].display(depth: depth)]
          }
          return [keys[index], Quantity.cell(quantity.value, quantity.unit, format: quantity.format)]
        },
        rightAligned: [false, true], maximumRows: TableText.maximumLabelledRows)
    }
    if record.values.allSatisfy(\.isBig) {
      return TableText.rendered(
        headers: ["key", "value"], rowCount: keys.count, row: { [keys[$0], record.values[$0].summary] },
        rightAligned: [false, false], maximumRows: TableText.maximumLabelledRows)
    }
    if case .record(let first) = record.values.first,
      record.values.allSatisfy({ if case .record(let row) = $0 { row.names == first.names && row.isFlat } else { false } })
    {
      let rows = record.values.map { value -> Record in if case .record(let row) = value { row } else { first } }
      return rowsTable(rows, labels: ("key", keys), depth: depth)
    }
    return nil
  }

  /// A list of records that share their keys (and hold no lists or records) as a table; nil otherwise.
  static func recordsTable(_ items: [Value], depth: Int) -> String? {
    guard case .record(let first) = items.first, first.isFlat, !first.names.isEmpty else { return nil }
    var rows: [Record] = []
    rows.reserveCapacity(items.count)
    for item in items {
      guard case .record(let row) = item, row.names == first.names, row.isFlat else { return nil }
      rows.append(row)
    }
    return rowsTable(rows, labels: nil, depth: depth)
  }

  /// Records as rows under their shared keys; a column of one unit has it in its header.
  static func rowsTable(_ rows: [Record], labels: (header: String, keys: [String])?, depth: Int) -> String {
    let names = rows.first?.names ?? []
    let units: [Quantity?] = names.indices.map { column in Value.sharedUnit(rows.map { $0.values[column] }) }
    var headers = names.indices.map { column in
      units[column].map { $0.unit.isNone ? names[column] : "\(names[column]) (\($0.unit.described(plural: true)))" }
        ?? names[column]
    }
    var rightAligned = names.indices.map { column in
      rows.allSatisfy { if case .quantity = $0.values[column] { true } else { false } }
    }
    if let labels {
      headers.insert(labels.header, at: 0)
      rightAligned.insert(false, at: 0)
    }
    return TableText.rendered(
      headers: headers, rowCount: rows.count,
      row: { index in
        let cells = rows[index].values.enumerated().map { column, value -> String in
          if units[column] != nil, case .quantity(let quantity) = value {
            return Quantity.cell(quantity.value, quantity.unit, format: quantity.format)
          }
          if case .string(let text) = value { return text }
          return value.display(depth: depth)
        }
        return labels.map { [$0.keys[index]] + cells } ?? cells
      }, rightAligned: rightAligned, maximumRows: TableText.maximumLabelledRows)
  }

  /// The one quantity whose unit every value has (all quantities, one unit, one format), if any.
  static func sharedUnit(_ values: [Value]) -> Quantity? {
    guard case .quantity(let first) = values.first else { return nil }
    for value in values {
      guard case .quantity(let quantity) = value, quantity.unit == first.unit,
        quantity.isPercent == first.isPercent
      else { return nil }
    }
    return first
  }

  /// Whether it is a record or a list (which may show as a table).
  var isLabelled: Bool {
    switch self {
    case .record, .list: true
    default: false
    }
  }

  /// Whether it shows on many lines: a table, a series, a chart.
  public var isBig: Bool {
    switch self {
    case .table, .series, .figure: true
    case .quantity, .bool, .date, .string, .list, .record, .function: false
    }
  }

  /// One line that says what a big value is: `table nvda: 6 columns × 501 days, 2024-01-02 to 2025-12-31`.
  public var summary: String {
    func span(_ days: ContiguousArray<Int32>) -> String {
      guard let first = days.first, let last = days.last else { return "no days" }
      let count = "\(Value.grouped(days.count)) day\(days.count == 1 ? "" : "s")"
      return "\(count), \(TapeDate(daysSinceEpoch: Int(first)).iso) to \(TapeDate(daysSinceEpoch: Int(last)).iso)"
    }
    switch self {
    case .table(let table):
      let columns = table.columns.map(\.name)
      let shown = columns.prefix(6).joined(separator: ", ") + (columns.count > 6 ? ", …" : "")
      return "table `\(table.name.escapingControlCharacters)` (\(shown.escapingControlCharacters)): \(span(table.days))"
    case .series(let series):
      let unit = series.unit.isNone ? "" : " in \(series.unit.described(plural: true))"
      return "series `\(series.name.escapingControlCharacters)`\(unit): \(span(series.days))"
    case .figure: return "a chart"
    default: return display
    }
  }
}

extension Record {
  /// Whether every field is one figure, date, text or boolean: a record that fits a table row
  /// (and a CSV row).
  public var isFlat: Bool {
    values.allSatisfy {
      switch $0 {
      case .quantity, .date, .string, .bool: true
      case .list, .record, .function, .series, .table, .figure: false
      }
    }
  }
}

/// Labelled values shown as tables: a record of figures in one unit as a column beside its keys,
/// a list of records with the same keys as one row per record, and big values (tables, series,
/// charts) inside lists and records as one summary line each.
extension Value {
  /// The record as a table, or nil when it reads better inline (`{price: $118.42/share, shares: …}`).
  static func labelledTable(_ record: Record, depth: Int, settings: DisplaySettings = .standard) -> String? {
    guard record.names.count >= 2 || record.values.contains(where: \.isBig) else { return nil }
    let keys = record.names
    if let unit = Value.sharedUnit(record.values) {
      let header = unit.unit.isNone ? "value" : "value (\(unit.unit.described(plural: true)))"
      // Only the rows shown are formatted: a ranking of 500 keys formats a dozen cells.
      return TableText.rendered(
        headers: ["key", header], rowCount: keys.count,
        row: { index in
          guard case .quantity(let quantity) = record.values[index] else {
            return [keys[index], record.values[index].display(depth: depth, settings: settings)]
          }
          return [keys[index], Quantity.cell(quantity.value, quantity.unit, format: quantity.format, settings)]
        },
        rightAligned: [false, true], maximumRows: TableText.maximumLabelledRows,
        decimalSeparator: settings.decimalSeparator)
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
      return rowsTable(rows, labels: ("key", keys), depth: depth, settings: settings)
    }
    return wideRecordTable(record, depth: depth, settings: settings)
  }

  /// Past this many characters a flat record reads better as a column beside its keys than as
  /// one line (`ai_costs`, a row of `nvda`): a terminal's width, about.
  static let inlineRecordWidth = 100

  /// A flat record of figures in different units, too wide for a line, as keys beside values
  /// (pandas shows a row so); the value column is headed by the row's date when it has one.
  static func wideRecordTable(_ record: Record, depth: Int, settings: DisplaySettings) -> String? {
    guard record.isFlat else { return nil }
    let shown = record.values.map { $0.display(depth: depth, settings: settings) }
    let inline = shown.indices.reduce(2) { $0 + record.names[$1].count + 2 + shown[$1].count + 2 }
    // In a column, as in `rowsTable`, a text is its characters, without the quotes of a line.
    let cells = record.values.indices.map { index in
      if case .string(let text) = record.values[index] { text } else { shown[index] }
    }
    guard inline > inlineRecordWidth else { return nil }
    let numbers = record.values.allSatisfy { if case .quantity = $0 { true } else { false } }
    return TableText.rendered(
      headers: ["key", record.rowDate?.iso ?? "value"], rowCount: record.names.count,
      row: { [record.names[$0], cells[$0]] },
      rightAligned: [false, numbers], maximumRows: TableText.maximumLabelledRows, alignsDecimals: false)
  }

  /// A list of records (holding no lists or records) as a table, one column per key any of them
  /// has, a blank where a record lacks it; nil otherwise.
  static func recordsTable(_ items: ValueList, depth: Int, settings: DisplaySettings = .standard) -> String? {
    if let columns = items.columns { return columnsTable(columns, settings: settings) }
    guard case .record(let first) = items.first, !first.names.isEmpty else { return nil }
    var rows: [Record] = []
    rows.reserveCapacity(items.count)
    var names = first.names
    for item in items {
      guard case .record(let row) = item, row.isFlat else { return nil }
      if row.names != first.names {
        for name in row.names where !names.contains(name) { names.append(name) }
      }
      rows.append(row)
    }
    // Table rows keep their dates as the first column (`[nvda[-1], amd[-1]]`).
    let dates = rows.compactMap { $0.rowDate?.iso }
    let labels = dates.count == rows.count ? (header: "date", keys: dates) : nil
    return rowsTable(rows, names: names, labels: labels, depth: depth, settings: settings)
  }

  /// Records as rows under `names`; a column of one unit has it in its header.
  static func rowsTable(
    _ rows: [Record], names: [String]? = nil, labels: (header: String, keys: [String])?, depth: Int,
    settings: DisplaySettings = .standard
  ) -> String {
    let names = names ?? rows.first?.names ?? []
    // Each row's fields in the order of `names`: by position when the row has exactly those keys.
    func cells(_ row: Record) -> [Value?] { row.names == names ? row.values : names.map { row[$0] } }
    let columns = rows.map(cells)
    let units: [Quantity?] = names.indices.map { column in Value.sharedUnit(columns.compactMap { $0[column] }) }
    var headers = names.indices.map { column in
      units[column].map { $0.unit.isNone ? names[column] : "\(names[column]) (\($0.unit.described(plural: true)))" }
        ?? names[column]
    }
    var rightAligned = names.indices.map { column in
      columns.allSatisfy { if case .quantity? = $0[column] { true } else { $0[column] == nil } }
    }
    if let labels {
      headers.insert(labels.header, at: 0)
      rightAligned.insert(false, at: 0)
    }
    return TableText.rendered(
      headers: headers, rowCount: rows.count,
      row: { index in
        let shown = columns[index].enumerated().map { column, value -> String in
          switch value {
          case nil: return ""
          case .quantity(let quantity)? where units[column] != nil:
            return Quantity.cell(quantity.value, quantity.unit, format: quantity.format, settings)
          case .string(let text)?: return text
          case let value?: return value.display(depth: depth, settings: settings)
          }
        }
        return labels.map { [$0.keys[index]] + shown } ?? shown
      }, rightAligned: rightAligned, maximumRows: TableText.maximumLabelledRows,
      decimalSeparator: settings.decimalSeparator)
  }

  /// A loaded file's rows as the same table `rowsTable` makes of them as records, reading only
  /// the rows shown: every row has every column, and a column of numbers shares one unit.
  static func columnsTable(_ rows: RecordColumns, settings: DisplaySettings) -> String? {
    guard rows.rowsAreRecords, rows.count > 0, !rows.names.isEmpty else { return nil }
    let headers = zip(rows.names, rows.columns).map { name, column in
      guard case .amounts(_, let prototype) = column, !prototype.unit.isNone else { return name }
      return "\(name) (\(prototype.unit.described(plural: true)))"
    }
    let rightAligned = rows.columns.map { column in if case .amounts = column { true } else { false } }
    return TableText.rendered(
      headers: headers, rowCount: rows.count,
      row: { index in
        rows.columns.indices.map { column in
          switch rows.cell(column: column, row: index) {
          case .quantity(let quantity): Quantity.cell(quantity.value, quantity.unit, format: quantity.format, settings)
          case .string(let text): text
          case let value: value.display(depth: 1, settings: settings)
          }
        }
      }, rightAligned: rightAligned, maximumRows: TableText.maximumLabelledRows,
      decimalSeparator: settings.decimalSeparator)
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

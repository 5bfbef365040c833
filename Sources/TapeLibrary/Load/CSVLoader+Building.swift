import TapeCore

/// Turning parsed columns into a table by date or a list of records.
extension CSVLoader {
  // MARK: Building

  /// Each column's type, after the header's names are checked; the first problem, column by
  /// column.
  static func columnTypes(_ parsed: Parsed, path: String) throws(LoadProblem) -> [ColumnType] {
    let headers = parsed.headers
    for (index, header) in headers.enumerated() {
      if header.name.isEmpty {
        throw .headerWithoutName(path: path, line: Int(parsed.lines[0]) - 1, column: index + 1, written: header.written)
      }
      if let earlier = headers[..<index].firstIndex(where: { $0.name == header.name }) {
        throw .duplicateColumnName(
          path: path, line: Int(parsed.lines[0]) - 1, first: earlier + 1, second: index + 1, name: header.name)
      }
    }
    var types: [ColumnType] = []
    for (index, column) in parsed.columns.enumerated() {
      types.append(try columnType(column, header: headers[index], lines: parsed.lines, path: path))
    }
    return types
  }

  /// The table or the records; `parsed` gives its columns' values up to them.
  static func build(
    _ parsed: inout Parsed, types: [ColumnType], path: String, document: String
  ) throws(LoadProblem) -> Value {
    let headers = parsed.headers
    var notes: [String] = []
    let unknown = headers.compactMap { header in header.unknownUnit.map { "`\($0)` (column `\(header.name)`)" } }
    if !unknown.isEmpty {
      notes.append("Units Tape does not know, read as plain numbers: \(unknown.joined(separator: ", ")).")
    }
    func described(_ index: Int) -> String {
      switch types[index] {
      case .quantity(let unit, let percent):
        percent ? "\(headers[index].name) (%)" : unit.isNone
          ? headers[index].name : "\(headers[index].name) (\(unit.described(plural: true)))"
      case .date: headers[index].name
      case .text: "\(headers[index].name) (text)"
      }
    }
    let rows = parsed.lines.count
    if let dateIndex = types.firstIndex(of: .date) {
      let kept = types.indices.filter { if case .quantity = types[$0] { true } else { false } }
      let dropped = types.indices.filter { $0 != dateIndex && !kept.contains($0) }
      if !dropped.isEmpty {
        notes.append(
          "Left out of the table (not numbers): \(dropped.map { "`\(headers[$0].name)`" }.joined(separator: ", ")).")
      }
      if kept.contains(where: { if case .quantity(_, true) = types[$0] { true } else { false } }) {
        notes.append("Percentage columns hold fractions: 12.5% is 0.125.")
      }
      let citation = Citation(
        key: "load:\(path)",
        what: "\(path), \(rows) row\(rows == 1 ? "" : "s"), columns \(([dateIndex] + kept).map(described).joined(separator: ", "))",
        documents: [document], note: notes.isEmpty ? nil : notes.joined(separator: " "))
      var days = parsed.columns[dateIndex].takeDays()
      checkComplete(days.count, rows: rows)
      let order = try dateOrder(days, lines: parsed.lines, path: path, column: headers[dateIndex].name)
      var tableColumns: [Table.Column] = []
      for index in kept {
        let unit: TapeCore.Unit = if case .quantity(let unit, _) = types[index] { unit } else { .none }
        let isPercent = if case .quantity(_, true) = types[index] { true } else { false }
        let values = parsed.columns[index].takeAmounts()
        checkComplete(values.count, rows: rows)
        tableColumns.append(
          Table.Column(name: headers[index].name, values: values, unit: unit, format: isPercent ? .percent : .automatic))
      }
      if order == .descending {
        days.reverse()
        for index in tableColumns.indices { tableColumns[index].values.reverse() }
      }
      return .table(
        Table(name: tableName(path), days: days, columns: tableColumns, provenance: Provenance(citation)))
    }
    let citation = Citation(
      key: "load:\(path)",
      what: "\(path), \(rows) row\(rows == 1 ? "" : "s"), columns \(types.indices.map(described).joined(separator: ", "))",
      documents: [document], note: notes.isEmpty ? nil : notes.joined(separator: " "))
    let provenance = Provenance(citation)
    // The rows are the parsed columns, handed over rather than copied into a record per row:
    // 10 million records of five cells peaked at 3.30 GB as records, with the columns beside them.
    var columns: [RecordColumns.Column] = []
    for (index, type) in types.enumerated() {
      let column: RecordColumns.Column
      switch type {
      case .text: column = .texts(parsed.columns[index].takeTexts())
      case .date: column = .days(parsed.columns[index].takeDays())
      case .quantity(let unit, let percent):
        // One quantity per numeric column whose unit and sources every cell of it shares.
        let prototype = Quantity(0, unit, format: percent ? .percent : .automatic, provenance: provenance)
        column = .amounts(parsed.columns[index].takeAmounts(), prototype: prototype)
      }
      checkComplete(column.count, rows: rows)
      columns.append(column)
    }
    return .list(ValueList(RecordColumns(names: headers.map(\.name), columns: columns, count: rows)))
  }

  /// A column of a type holds a value for every row: a cell that does not fit is an error before
  /// the column is used, and a text column of records comes from a reading that kept every cell.
  static func checkComplete(_ count: Int, rows: Int) {
    guard count == rows else { preconditionFailure("a column of \(rows) rows holds \(count) values") }
  }

  enum DateOrder { case ascending, descending }

  /// Whether the dates ascend or descend strictly; repeated or unordered dates are errors.
  static func dateOrder(
    _ days: ContiguousArray<Int32>, lines: CSVRowLines, path: String, column: String
  ) throws(LoadProblem) -> DateOrder {
    var order: DateOrder? = nil
    for index in days.indices.dropFirst() {
      let (previous, current) = (days[index - 1], days[index])
      if previous == current {
        throw .repeatedDate(
          path: path, line: Int(lines[index]), column: column, date: TapeDate(daysSinceEpoch: Int(current)),
          otherLine: Int(lines[index - 1]))
      }
      let step: DateOrder = current > previous ? .ascending : .descending
      if order == nil { order = step }
      if step != order {
        throw .dateOutOfOrder(
          path: path, line: Int(lines[index]), column: column, date: TapeDate(daysSinceEpoch: Int(current)),
          previousLine: Int(lines[index - 1]), previousDate: TapeDate(daysSinceEpoch: Int(previous)))
      }
    }
    return order ?? .ascending
  }

  /// `prices.csv` → `prices`, for the names of the table's series (`prices.close`).
  static func tableName(_ path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    let base = file.split(separator: ".").first.map(String.init) ?? file
    let name = identifier(base)
    return name.isEmpty ? "data" : name
  }
}

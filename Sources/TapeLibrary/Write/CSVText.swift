import TapeCore

/// A table, a record or a list of records as CSV text that `load` reads back to equal values:
/// units go in the headers (`close (USD/share)`), cells hold plain numbers with every digit
/// they need, percentages end in `%`, dates are ISO, text is quoted when it must be.
enum CSVText {
  /// The text, or nil for a value that has no CSV form.
  static func rendered(_ value: Value) -> String? {
    switch value {
    case .table(let table): return rendered(table)
    case .record(let record) where record.isFlat: return rendered([record])
    case .list(let items):
      // A loaded file's rows are written from its columns, a row at a time, never all as records.
      if let columns = items.columns, columns.rowsAreRecords, columns.count > 0 {
        return rendered((0..<columns.count).lazy.map { row in
          guard case .record(let record) = columns.row(row) else { preconditionFailure("rows of records are records") }
          return record
        })
      }
      var rows: [Record] = []
      for item in items {
        guard case .record(let row) = item, row.isFlat, row.names == rows.first?.names ?? row.names else {
          return nil
        }
        rows.append(row)
      }
      guard !rows.isEmpty else { return nil }
      return rendered(rows)
    case .series(let series):
      return rendered(
        Table(
          name: series.name, days: series.days,
          columns: [Table.Column(name: "value", values: series.values, unit: series.unit, format: series.format)]))
    default: return nil
    }
  }

  static func rendered(_ table: Table) -> String {
    var lines = [(["date"] + table.columns.map { header($0.name, unit: $0.unit) }).map(field).joined(separator: ",")]
    lines.reserveCapacity(table.count + 1)
    for index in 0..<table.count {
      var line = TapeDate(daysSinceEpoch: Int(table.days[index])).iso
      for column in table.columns {
        line += ","
        line += number(column.values[index], percent: column.format == .percent && column.unit.isNone)
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func rendered(_ rows: some Collection<Record>) -> String {
    guard let names = rows.first?.names else { return "" }
    // A column whose cells share one unit has it in the header; others write each cell whole.
    let units: [Unit?] = names.indices.map { column in
      var unit: Unit? = nil
      for row in rows {
        guard case .quantity(let quantity) = row.values[column] else { return nil }
        if let unit, unit != quantity.unit { return nil }
        unit = quantity.unit
      }
      return unit
    }
    var lines = [names.indices.map { field(header(names[$0], unit: units[$0] ?? .none)) }.joined(separator: ",")]
    for row in rows {
      lines.append(
        row.values.enumerated().map { column, value in
          switch value {
          case .quantity(let quantity):
            units[column] != nil ? number(quantity.value, percent: quantity.isPercent) : field(quantity.display(.fullPrecision))
          case .date(let date): date.iso
          case .string(let text): field(text)
          case .bool(let flag): flag ? "true" : "false"
          default: field(value.display(.fullPrecision))
          }
        }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func header(_ name: String, unit: Unit) -> String {
    unit.isNone ? name : "\(name) (\(unit.described(plural: true)))"
  }

  /// The shortest digits that read back as the same `Double`; a percentage as its number of
  /// percent with `%`.
  static func number(_ value: Double, percent: Bool) -> String {
    guard value.isFinite else { return "" }
    if percent { return plain(value * 100) + "%" }
    return plain(value)
  }

  static func plain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let text = "\(value)"
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
      return text
    }
    // `load` reads plain decimals: `1.5e-07` is written `0.00000015`.
    let mantissa = text[..<e]
    let negative = mantissa.hasPrefix("-")
    let digitsText = mantissa.filter(\.isNumber)
    let pointAt = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count)
      - (negative ? 1 : 0) + exponent
    var digits = String(digitsText)
    let result: String
    if pointAt <= 0 {
      result = "0." + String(repeating: "0", count: -pointAt) + digits
    } else if pointAt >= digits.count {
      result = digits + String(repeating: "0", count: pointAt - digits.count)
    } else {
      digits.insert(".", at: digits.index(digits.startIndex, offsetBy: pointAt))
      result = digits
    }
    return (negative ? "-" : "") + result
  }

  /// A cell quoted when it holds a comma, a quote or a line break.
  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}

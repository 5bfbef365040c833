import TapeCore

/// A table or a series as an HTML `<table>`, for front ends that show HTML beside text (the
/// Jupyter kernel, the `.ipynb` export): the same header, cells and elided rows as the text
/// table (`tableText`), with numbers right-aligned.
public enum TableHTML {
  /// The `<table>` for `value`, or nil for a value that is not a table or a series.
  public static func html(_ value: Value) -> String? {
    switch value {
    case .table(let table):
      let headers = ["date"] + table.columns.map { header($0.name, $0.unit) }
      var html = rendered(
        headers: headers, rowCount: table.count,
        row: { index in
          [TapeDate(daysSinceEpoch: Int(table.days[index])).iso]
            + table.columns.map { cell($0.values[index], $0.unit, format: .automatic) }
        })
      if let attributes = table.attributes, !attributes.names.isEmpty {
        html += "<p>also: " + attributes.names.map { "<code>." + escaped($0) + "</code>" }.joined(separator: ", ") + "</p>"
      }
      return html
    case .series(let series):
      return rendered(
        headers: ["date", header(series.name, series.unit)], rowCount: series.count,
        row: { index in
          [TapeDate(daysSinceEpoch: Int(series.days[index])).iso, cell(series.values[index], series.unit, format: series.format)]
        })
    case .quantity, .bool, .date, .string, .list, .record, .function, .figure:
      return nil
    }
  }

  /// `close (USD/share)`, as the text table heads a column.
  static func header(_ name: String, _ unit: Unit) -> String {
    unit.isNone ? name : "\(name) (\(unit.described(plural: true)))"
  }

  /// A cell as the text table shows it: the number without the unit the header gives, money
  /// with its symbol.
  static func cell(_ value: Double, _ unit: Unit, format: DisplayFormat) -> String {
    if let currency = unit.currency { return Quantity(value, Unit(currency), format: format).display }
    return Quantity(value, .none, format: format).display
  }

  /// Rows past `TableText.maximumRows` are left out in the middle, as in the text table.
  static func rendered(headers: [String], rowCount: Int, row: (Int) -> [String]) -> String {
    var html = "<table class=\"tape-table\">\n<thead><tr>"
    html += headers.enumerated().map { "<th style=\"text-align: \($0.offset == 0 ? "left" : "right")\">\(escaped($0.element))</th>" }
      .joined()
    html += "</tr></thead>\n<tbody>\n"
    func line(_ cells: [String]) -> String {
      "<tr>"
        + cells.enumerated().map { "<td style=\"text-align: \($0.offset == 0 ? "left" : "right")\">\(escaped($0.element))</td>" }
        .joined() + "</tr>\n"
    }
    let maximum = TableText.maximumRows
    if rowCount > maximum {
      let keep = maximum / 2 - 1
      for index in 0..<keep { html += line(row(index)) }
      html += line(headers.map { _ in "…" })
      for index in (rowCount - keep)..<rowCount { html += line(row(index)) }
      html += "</tbody>\n</table>\n<p>(\(rowCount) rows; \(rowCount - 2 * keep) not shown)</p>"
    } else {
      for index in 0..<rowCount { html += line(row(index)) }
      html += "</tbody>\n</table>"
    }
    return html
  }

  static func escaped(_ text: String) -> String { HTMLDocument.escaped(text.escapingControlCharacters) }
}

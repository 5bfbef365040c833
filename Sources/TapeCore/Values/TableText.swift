/// Lays out rows of text as an aligned table: a header, a rule, rows; numbers aligned right.
/// Long tables show their first and last rows with a count between them.
public enum TableText {
  /// Rows beyond this many are elided in the middle.
  public static let maximumRows = 12
  /// The same for labelled rankings (a record, a list of records): a ranking is read whole, so
  /// forty companies show before any is elided.
  public static let maximumLabelledRows = 40

  public static func rendered(
    headers: [String], rows: [[String]], rightAligned: [Bool], decimalSeparator: String = "."
  ) -> String {
    rendered(
      headers: headers, rowCount: rows.count, row: { rows[$0] }, rightAligned: rightAligned,
      decimalSeparator: decimalSeparator)
  }

  /// The same for rows made on demand: only the rows shown are made, so showing a million-row
  /// table formats a dozen rows, not a million.
  /// Headers and cells are shown with control characters escaped (a name or a text cell can
  /// come from a CSV file), before the columns are measured, so they still line up.
  /// `alignsDecimals` false leaves right-aligned cells as they are: a column of figures in
  /// different units (a record's values) has no decimals to share.
  public static func rendered(
    headers: [String], rowCount: Int, row: (Int) -> [String], rightAligned: [Bool], maximumRows: Int = maximumRows,
    decimalSeparator: String = ".", alignsDecimals: Bool = true
  ) -> String {
    let headers = headers.map(\.escapingControlCharacters)
    func shownRow(_ index: Int) -> [String] { row(index).map(\.escapingControlCharacters) }
    var shown: [[String]]
    var elided = 0
    if rowCount > maximumRows {
      let keep = maximumRows / 2 - 1
      elided = rowCount - 2 * keep
      shown = (0..<keep).map(shownRow) + [headers.map { _ in "…" }] + ((rowCount - keep)..<rowCount).map(shownRow)
    } else {
      shown = (0..<rowCount).map(shownRow)
    }
    for column in rightAligned.indices where rightAligned[column] && alignsDecimals {
      alignDecimals(column: column, of: &shown, decimalSeparator: decimalSeparator)
    }
    let widths = headers.indices.map { column in
      ([headers[column]] + shown.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (column, width) in widths.enumerated() {
        let cell = column < cells.count ? cells[column] : ""
        let padding = String(repeating: " ", count: max(0, width - cell.count))
        parts.append(rightAligned.indices.contains(column) && rightAligned[column] ? padding + cell : cell + padding)
      }
      var text = parts.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text
    }
    var out = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
    out += shown.map(line)
    if elided > 0 { out.append("(\(rowCount) rows; \(elided) not shown)") }
    return out.joined(separator: "\n")
  }
}

extension TableText {
  /// The numbers of a column, shown with one number of decimals so their digits line up
  /// (`19,575.40` above `19,255.43`). Numbers with different suffixes (`M`, `B`, `%`) are counted
  /// apart. Plain numbers take the decimals their largest member shows at the column's
  /// significant digits, and at least two significant digits of each smaller one, as pandas
  /// does: `0.169682` above `-0.000551` rather than `-0.000551192` padding the rest with zeros
  /// that were never measured. Otherwise only zeros are added.
  static func alignDecimals(column: Int, of rows: inout [[String]], decimalSeparator: String) {
    var widest: [String: Int] = [:]
    var parsed: [(row: Int, decimals: Int, suffix: String)] = []
    var plain: [(row: Int, digits: PlainDigits)] = []
    for index in rows.indices where column < rows[index].count {
      let cell = rows[index][column]
      guard let shape = numberShape(cell, decimalSeparator: decimalSeparator) else { continue }
      parsed.append((index, shape.decimals, shape.suffix))
      widest[shape.suffix] = max(widest[shape.suffix] ?? 0, shape.decimals)
      if shape.suffix.isEmpty, let digits = PlainDigits(cell, decimalSeparator: decimalSeparator) {
        plain.append((index, digits))
      }
    }
    // A column of plain numbers, all of them plain: their shared decimals, rounding the longer.
    let plainCount = parsed.count { $0.suffix.isEmpty }
    if plainCount > 1, plain.count == plainCount, let wanted = PlainDigits.sharedDecimals(plain.map(\.digits)) {
      widest[""] = wanted
      for (row, digits) in plain where digits.fraction.count > wanted {
        if let rounded = digits.rounded(toDecimals: wanted, original: rows[row][column], decimalSeparator: decimalSeparator) {
          rows[row][column] = rounded
        }
      }
    }
    for (index, _, suffix) in parsed {
      guard let shape = numberShape(rows[index][column], decimalSeparator: decimalSeparator) else { continue }
      let decimals = shape.decimals
      let wanted = widest[suffix] ?? decimals
      guard wanted > decimals else { continue }
      var cell = rows[index][column]
      cell.removeLast(suffix.count)
      if decimals == 0 { cell += decimalSeparator }
      cell += String(repeating: "0", count: wanted - decimals) + suffix
      rows[index][column] = cell
    }
  }

  /// The decimals and suffix of a shown number (`-$1,234.5M`: 1 and `M`), or nil for any other text.
  static func numberShape(_ cell: String, decimalSeparator: String) -> (decimals: Int, suffix: String)? {
    var body = Substring(cell)
    var suffix = ""
    if let last = body.last, "kMBT%".contains(last) {
      suffix = String(last)
      body = body.dropLast()
    }
    // A sign and a currency symbol in front.
    while let first = body.first, first == "-" || first == "$" || first == "€" || first == "£" || first == "¥" {
      body = body.dropFirst()
    }
    guard let first = body.first, first.isASCII, first.isNumber, let last = body.last, last.isASCII, last.isNumber
    else { return nil }
    let parts = body.split(separator: decimalSeparator, omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    // The whole part holds digits and group separators; the fraction only digits.
    guard parts[0].allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." || $0 == " " || $0 == "'" })
    else { return nil }
    guard parts.count == 2 else { return (0, suffix) }
    guard parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return (parts[1].count, suffix)
  }
}

extension Series {
  /// `date  close (USD/share)` and one row per point.
  public var tableText: String { tableText(.standard) }

  /// The same under `settings`.
  public func tableText(_ settings: DisplaySettings) -> String {
    let header = unit.isNone ? name : "\(name) (\(unit.described(plural: true)))"
    return TableText.rendered(
      headers: ["date", header], rowCount: count,
      row: { index in
        [TapeDate(daysSinceEpoch: Int(days[index])).iso, Quantity.cell(values[index], unit, format: format, settings)]
      }, rightAligned: [false, true], decimalSeparator: settings.decimalSeparator)
  }
}

extension Table {
  /// One row per date, one column per field, units in the header.
  public var tableText: String { tableText(.standard) }

  /// The same under `settings`.
  public func tableText(_ settings: DisplaySettings) -> String {
    let headers = ["date"] + columns.map { $0.unit.isNone ? $0.name : "\($0.name) (\($0.unit.described(plural: true)))" }
    var text = TableText.rendered(
      headers: headers, rowCount: days.count,
      row: { index in
        [TapeDate(daysSinceEpoch: Int(days[index])).iso]
          + columns.map { Quantity.cell($0.values[index], $0.unit, format: $0.format, settings) }
      }, rightAligned: [false] + columns.map { _ in true }, decimalSeparator: settings.decimalSeparator)
    if let attributes, !attributes.names.isEmpty {
      text += "\nalso: " + attributes.names.map { "`.\($0.escapingControlCharacters)`" }.joined(separator: ", ")
    }
    return text
  }
}

extension Quantity {
  /// A table cell: the number in the column's unit without repeating the unit (it is in the
  /// header), money with its symbol.
  static func cell(_ value: Double, _ unit: Unit, format: DisplayFormat, _ settings: DisplaySettings = .standard) -> String {
    if let currency = unit.currency {
      return Quantity(value, Unit(currency), format: format).display(settings)
    }
    return Quantity(value, .none, format: format).display(settings)
  }
}

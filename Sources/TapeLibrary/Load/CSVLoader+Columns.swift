import TapeCore

/// Column types: what a header says and what the cells hold.
extension CSVLoader {
  // MARK: Columns

  /// What the header says about a column: its name, and a unit or percentage written in it.
  struct HeaderInfo {
    var written: String
    var name: String
    var unit: TapeCore.Unit?
    var percent: Bool
    /// A unit in the header Tape does not know, for the citation's note.
    var unknownUnit: String?
  }

  static let knownUnits = Environment().units

  static func headerInfo(_ written: String) -> HeaderInfo {
    var name = written.trimmingSpacesAndTabs
    var unitText: String? = nil
    if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
      unitText = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        .trimmingSpacesAndTabs
      name = String(name[..<open]).trimmingSpacesAndTabs
    }
    var info = HeaderInfo(written: written, name: identifier(name), unit: nil, percent: false, unknownUnit: nil)
    if let unitText {
      if ["%", "percent", "pct"].contains(unitText.lowercased()) {
        info.percent = true
      } else if let unit = parseUnit(unitText) {
        info.unit = unit
      } else {
        info.unknownUnit = unitText
      }
    } else if let underscore = name.lastIndex(of: "_") {
      let suffix = String(name[name.index(after: underscore)...])
      if ["pct", "percent"].contains(suffix.lowercased()) {
        info.percent = true
      } else if let definition = knownUnits[suffix.uppercased()], definition.isCurrency {
        info.unit = TapeCore.Unit(definition)
      }
    }
    return info
  }

  /// `USD/share`, `USD per share`, `shares`, `GBP`: names of units a session starts with,
  /// multiplied with `*` and divided with one `/`.
  static func parseUnit(_ text: String) -> TapeCore.Unit? {
    let parts = text.replacingEvery(" per ", with: "/").split(separator: "/", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return nil }
    var result = TapeCore.Unit.none
    for (position, part) in parts.enumerated() {
      let names = part.split(whereSeparator: { $0 == "*" || $0 == " " || $0 == "·" })
      guard !names.isEmpty else { return nil }
      for name in names {
        guard let definition = knownUnits[String(name)] ?? knownUnits[String(name).uppercased()].flatMap({
          $0.isCurrency ? $0 : nil
        })
        else { return nil }
        let unit = position == 0 ? TapeCore.Unit(definition) : TapeCore.Unit(definition).inverted
        let (product, scale) = result.multiplied(by: unit)
        guard scale == 1 else { return nil }
        result = product
      }
    }
    return result.isNone ? nil : result
  }

  /// A header name usable after `.`: runs of anything but letters, digits and `_` become `_`.
  static func identifier(_ name: String) -> String {
    var result = ""
    var pendingUnderscore = false
    for character in name {
      if character.isLetter || character.isNumber || character == "_" {
        if pendingUnderscore && !result.isEmpty { result.append("_") }
        pendingUnderscore = false
        result.append(character)
      } else {
        pendingUnderscore = true
      }
    }
    if let first = result.first, first.isNumber { result = "_" + result }
    return result
  }

  /// The kind of one cell, as parsed.
  enum CellKind: UInt8, CaseIterable {
    case empty, date, number, money, percent, text
  }

  static let currencySymbols: [(symbol: String, code: String)] = [("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")]

  /// A cell's kind and value: `2025-01-27`, `-1,234.5`, `$118.42`, `-$5`, `12.5%`.
  static func parseCell(_ cell: String) -> (CellKind, Double, String?) {
    var cell = cell
    return cell.withUTF8 { parseCell($0) }
  }

  /// A cell's kind and value from its bytes (days since 1970 for a date, a fraction for a
  /// percentage), with the currency of money. Spaces around it are ignored.
  static func parseCell(_ cell: UnsafeBufferPointer<UInt8>) -> (CellKind, Double, String?) {
    // Most cells of a price file are a bare number or date: a digit first and last means no
    // spaces, sign, currency or percent to take off, so the checks below would all fail.
    if let first = cell.first, let last = cell.last, isASCIIDigit(first), isASCIIDigit(last) {
      if let value = ExactDecimal.value(of: cell) { return (.number, value, nil) }
      if let days = parseDate(cell[...]) { return (.date, Double(days), nil) }
      guard let magnitude = parseDecimal(cell[...]) else { return (.text, 0, nil) }
      return (.number, magnitude, nil)
    }
    var text = cell[...]
    while text.first == space { text.removeFirst() }
    while text.last == space { text.removeLast() }
    if text.isEmpty { return (.empty, 0, nil) }
    if let days = parseDate(text) { return (.date, Double(days), nil) }
    var negative = false
    if text.first == minus || text.first == plus {
      negative = text.first == minus
      text.removeFirst()
    }
    var currency: String? = nil
    for (symbol, code) in currencySymbols where text.starts(with: symbol.utf8) {
      currency = code
      text.removeFirst(symbol.utf8.count)
      break
    }
    if currency != nil, text.first == minus || text.first == plus {
      guard !negative else { return (.text, 0, nil) }
      negative = text.first == minus
      text.removeFirst()
    }
    var percent = false
    if text.last == UInt8(ascii: "%") {
      guard currency == nil else { return (.text, 0, nil) }
      percent = true
      text.removeLast()
    }
    guard let magnitude = parseDecimal(text) else { return (.text, 0, nil) }
    let value = negative ? -magnitude : magnitude
    if percent { return (.percent, value / 100, nil) }
    if let currency { return (.money, value, currency) }
    return (.number, value, nil)
  }

  private static let space = UInt8(ascii: " ")
  private static let minus = UInt8(ascii: "-")
  private static let plus = UInt8(ascii: "+")

  static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// `1,234.5`, `1_234.5`, `0.5`, `.5`, `1e6`: digits with `,` or `_` between digit groups.
  static func parseDecimal(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
    let count = text.count
    guard count > 0, count <= 64 else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { cleaned -> Double? in
      var length = 0
      var previousWasDigit = false
      var seenDigit = false
      var seenPoint = false
      var seenExponent = false
      var pendingSeparator = false
      var previous: UInt8 = 0
      for byte in text {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
          previousWasDigit = true
          seenDigit = true
          pendingSeparator = false
        case UInt8(ascii: ","), UInt8(ascii: "_"):
          guard previousWasDigit, !seenPoint, !seenExponent else { return nil }
          previousWasDigit = false
          pendingSeparator = true
          previous = byte
          continue
        case UInt8(ascii: "."):
          guard !seenPoint, !seenExponent, !pendingSeparator else { return nil }
          seenPoint = true
          previousWasDigit = false
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
          guard seenDigit, !seenExponent, !pendingSeparator else { return nil }
          seenExponent = true
          previousWasDigit = false
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
          guard previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return nil }
        default:
          return nil
        }
        cleaned[length] = byte
        length += 1
        previous = byte
      }
      guard seenDigit, !pendingSeparator, length > 0 else { return nil }
      let last = cleaned[length - 1]
      guard (last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9")) || last == UInt8(ascii: ".") else { return nil }
      let digits = String(decoding: UnsafeBufferPointer(rebasing: cleaned[0..<length]), as: UTF8.self)
      guard let value = Double(digits), value.isFinite else { return nil }
      return value
    }
  }

  /// Days since 1970-01-01 of `YYYY-MM-DD`, or nil.
  static func parseDate(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    guard bytes.count == 10 else { return nil }
    var digits = (0, 0, 0)
    for (index, byte) in bytes.enumerated() {
      if index == 4 || index == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        let digit = Int(byte - UInt8(ascii: "0"))
        switch index {
        case 0..<4: digits.0 = digits.0 * 10 + digit
        case 5..<7: digits.1 = digits.1 * 10 + digit
        default: digits.2 = digits.2 * 10 + digit
        }
      }
    }
    let (year, month, day) = digits
    return TapeDate(year: year, month: month, day: day)?.daysSinceEpoch
  }

  /// What a column became.
  enum ColumnType: Equatable {
    case text
    case date
    /// Numbers in `unit`; `percent` when they are fractions shown as percentages.
    case quantity(TapeCore.Unit, percent: Bool)
  }

  /// The column's type, or the problem with the first cell that does not fit it.
  static func columnType(
    _ column: CSVColumnBuilder, header: HeaderInfo, lines: CSVRowLines, path: String
  ) throws(LoadProblem) -> ColumnType {
    func count(_ kind: CellKind) -> Int { column.count(kind) }
    let nonEmpty = column.rows - count(.empty)
    if nonEmpty == 0 { return .text }
    func problem(_ cell: CSVColumnBuilder.FirstCell, _ expected: LoadProblem.ExpectedCell) -> LoadProblem {
      .cellMismatch(path: path, line: Int(lines[cell.row]), column: header.name, text: cell.text, expected: expected)
    }
    func emptyProblem(_ row: Int) -> LoadProblem {
      .emptyCell(path: path, line: Int(lines[row]), column: header.name)
    }
    /// The first cell of a kind other than `kinds`, an empty one being a problem of its own.
    func firstOther(than kinds: [CellKind]) -> (CellKind, CSVColumnBuilder.FirstCell)? {
      column.firstCell(of: CellKind.allCases.filter { !kinds.contains($0) })
    }
    // A column is of a type when at least half its filled cells are; the other cells are then
    // errors (`n/a` among prices) rather than turning the column into text. A unit in the
    // header makes it numeric whatever its cells hold.
    let declared = header.unit != nil || header.percent
    if !declared, count(.date) * 2 >= nonEmpty {
      if let (kind, cell) = firstOther(than: [.date]) {
        if kind == .empty { throw emptyProblem(cell.row) }
        throw problem(cell, .date)
      }
      return .date
    }
    let amounts = count(.number) + count(.money)
    let percents = count(.percent)
    guard declared || (amounts + percents) * 2 >= nonEmpty else { return .text }
    if header.percent {
      // `yield (%)`: `4.5` and `4.5%` both mean 4.5% (the column divided the bare numbers).
      if let (kind, cell) = firstOther(than: [.percent, .number]) {
        if kind == .empty { throw emptyProblem(cell.row) }
        throw problem(cell, .percentage(fromHeader: true))
      }
      return .quantity(.none, percent: true)
    }
    if percents > amounts {
      if let (kind, cell) = firstOther(than: [.percent]) {
        if kind == .empty { throw emptyProblem(cell.row) }
        throw problem(cell, .percentage(fromHeader: false))
      }
      return .quantity(.none, percent: true)
    }
    if let (kind, cell) = firstOther(than: [.number, .money]) {
      if kind == .empty { throw emptyProblem(cell.row) }
      throw problem(cell, kind == .percent ? .amountNotPercentage : .number)
    }
    if let cell = column.otherCurrencyCell {
      throw problem(cell, .currency(column.currency ?? ""))
    }
    let cellUnit = column.currency.flatMap { knownUnits[$0] }.map(TapeCore.Unit.init)
    if let headerUnit = header.unit {
      if let cellUnit, headerUnit.currency != cellUnit.currency, let (_, cell) = column.firstCell(of: [.money]) {
        throw problem(cell, .headerUnit(headerUnit))
      }
      return .quantity(headerUnit, percent: false)
    }
    return .quantity(cellUnit ?? .none, percent: false)
  }
}

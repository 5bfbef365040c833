import CSV
import Foundation
import TapeCore

extension Builtins {
  static let data: [Builtin] = [load]

  static let load = Builtin(
    name: "load", topic: .data, parameters: [.init("path", "a string: the path of a CSV file with a header row")],
    returns: "a table (with a date column) or a list of records",
    summary: "Reads a CSV file: a table by date when it has a date column, otherwise a list of records.",
    examples: [
      .init(#"load("tape:prices/NVDA.csv").close[2025-01-27]"#, yields: "118.42"),
      .init(#"load("tape:macro/gdp.csv")[0].gdp_current_usd"#, yields: "$631.1B"),
    ],
    details: """
      The first row names the columns. Each column's type is inferred from its cells: dates \
      (`2025-01-27`), numbers (`-1,234.5` in quotes, `1_234.5`), money (`$118.42`, `€5`, `£5`, \
      `¥500`), percentages (`12.5%`) or text. A unit may be written in the header: \
      `close (USD/share)`, `volume (shares)`, `close_usd`. With a date column the result is a \
      table by date (a file in descending date order is reversed; text columns are left out); \
      without one, a list of records. Every figure cites the file, with its absolute path and \
      size. A cell that does not fit its column, a row with the wrong number of fields or a \
      missing file is an error naming the file, the line and the column. Relative paths are read \
      from the directory Tape was started in; `tape:` followed by a path inside \
      `Datasets/Data` (`tape:prices/NVDA.csv`) reads Tape's own copy of a built-in data file, \
      as the examples do. See docs/load.md.
      """,
    seeAlso: ["dated", "records", "dates"]
  ) { arguments, call throws(EvalError) in
    guard case .string(let path) = arguments[0] else {
      throw EvalError.wrongType(
        expected: "a string (the path of a CSV file)", found: arguments[0].kindDescription,
        at: call.argumentSpan(0))
    }
    do throws(CSVLoader.LoadProblem) {
      return try CSVLoader.load(path)
    } catch {
      throw EvalError.invalidArgument(error.message, at: call.argumentSpan(0), help: error.help)
    }
  }
}

/// `load(path)`: reads a CSV file into a table by date or a list of records, inferring each
/// column's type. CSV.swift splits the rows; this checks them, infers the types and builds the
/// columns. Every problem is a `LoadProblem` with the path, line and column in its message.
enum CSVLoader {
  struct LoadProblem: Error, Equatable {
    var message: String
    var help: String?
  }

  /// The prefix that names Tape's own copy of a built-in data file instead of a file on disk.
  static let embeddedPrefix = "tape:"

  static func load(_ path: String) throws(LoadProblem) -> Value {
    let (bytes, document) = try read(path)
    let text = try decode(bytes, path: path)
    let parsed = try parse(text, path: path)
    return try build(parsed, path: path, document: document)
  }

  // MARK: Reading

  /// The bytes of the file and the document line of its citation: its absolute path and size.
  static func read(_ path: String) throws(LoadProblem) -> (Data, String) {
    if path.hasPrefix(embeddedPrefix) {
      let inside = String(path.dropFirst(embeddedPrefix.count))
      guard let text = EmbeddedData.files[inside] else {
        throw LoadProblem(
          message: "Tape has no built-in file `\(inside)`",
          help: "`tape:` reads the files of Datasets/Data, such as `tape:prices/NVDA.csv`; drop `tape:` for a file on disk")
      }
      let data = Data(text.utf8)
      return (data, "Tape's built-in Datasets/Data/\(inside) (read \(data.count) bytes)")
    }
    guard !path.isEmpty else {
      throw LoadProblem(message: "the path is empty", help: "give the path of a CSV file: `load(\"prices.csv\")`")
    }
    let expanded = path == "~" || path.hasPrefix("~/") ? NSString(string: path).expandingTildeInPath : path
    let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    let url = URL(fileURLWithPath: expanded, relativeTo: directory).standardizedFileURL
    let absolute = url.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
      throw LoadProblem(
        message: "cannot read `\(path)`: no such file",
        help: "a relative path is read from the directory Tape was started in")
    }
    guard !isDirectory.boolValue else {
      throw LoadProblem(message: "cannot read `\(path)`: it is a directory", help: "give the path of a CSV file in it")
    }
    guard FileManager.default.isReadableFile(atPath: absolute) else {
      throw LoadProblem(message: "cannot read `\(path)`: permission denied", help: "check the file's permissions")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw LoadProblem(message: "cannot read `\(path)`: \(error.localizedDescription)", help: nil)
    }
    return (data, "\(absolute) (read \(data.count) bytes)")
  }

  /// The text of `bytes`, which must be UTF-8; a byte-order mark at the start is dropped.
  static func decode(_ bytes: Data, path: String) throws(LoadProblem) -> String {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      throw LoadProblem(
        message: "`\(path)` is empty", help: "a CSV file for `load` starts with a header row naming its columns")
    }
    if let text = String(validating: body, as: UTF8.self) { return text }
    let (offset, line) = invalidUTF8Position(body) ?? (body.endIndex, 1)
    throw LoadProblem(
      message: "\(path):\(line): not UTF-8 text (invalid byte at offset \(offset))",
      help: "save the file as UTF-8 (in Excel: \"CSV UTF-8\")")
  }

  /// Byte offset (from the start of the file, counting a byte-order mark) and line of the first
  /// byte that is not UTF-8.
  static func invalidUTF8Position(_ body: Data.SubSequence) -> (offset: Int, line: Int)? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = body.makeIterator()
    var offset = body.startIndex
    var line = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        if encoded.count == 1, encoded.first == 0x0A { line += 1 }
        offset += encoded.count
      case .error:
        return (offset, line)
      case .emptyInput:
        return nil
      }
    }
  }

  // MARK: Parsing

  /// The header and the cells by column, with the line each row starts on.
  struct Parsed {
    var header: [String]
    var cells: [ContiguousArray<String>]
    var lines: ContiguousArray<Int32>
  }

  static func parse(_ text: String, path: String) throws(LoadProblem) -> Parsed {
    let reader: CSVReader
    do {
      reader = try CSVReader(string: text, hasHeaderRow: false)
    } catch {
      throw LoadProblem(message: "`\(path)` is not CSV text: \(error)", help: nil)
    }
    var line = 1
    var header: [String]? = nil
    // Skip blank lines before the header.
    while let row = reader.next() {
      let rowLine = line
      line += 1 + newlines(in: row)
      if row == [""] { continue }
      header = row
      _ = rowLine
      break
    }
    guard let header else {
      throw LoadProblem(
        message: "`\(path)` is empty", help: "a CSV file for `load` starts with a header row naming its columns")
    }
    let headerLine = line - 1 - newlines(in: header)
    for (index, name) in header.enumerated() where name.trimmingCharacters(in: .whitespaces).isEmpty {
      throw LoadProblem(
        message: "\(path):\(headerLine): column \(index + 1) of the header has no name",
        help: "the first row must name every column")
    }
    var cells = Array(repeating: ContiguousArray<String>(), count: header.count)
    var lines = ContiguousArray<Int32>()
    // The line of the last row when it holds a line break: see the check after the loop.
    var lastQuotedBreak: Int? = nil
    while let row = reader.next() {
      let rowLine = line
      let breaks = newlines(in: row)
      line += 1 + breaks
      if row == [""] { continue }
      if breaks > 0 { lastQuotedBreak = rowLine } else { lastQuotedBreak = nil }
      guard row.count == header.count else {
        throw LoadProblem(
          message: "\(path):\(rowLine): \(row.count) field\(row.count == 1 ? "" : "s") where the header has \(header.count)",
          help: "a field holding a comma must be in double quotes: \"1,234\"")
      }
      for index in row.indices { cells[index].append(row[index]) }
      lines.append(Int32(clamping: rowLine))
    }
    // CSV.swift reads a quote that is never closed to the end of the file as one field: the
    // last row then holds a line break and the file an odd number of quotes.
    if let lastQuotedBreak, text.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 1 {
      throw LoadProblem(
        message: "\(path):\(lastQuotedBreak): a quoted field is never closed",
        help: "end the field with `\"`, and write a quote inside a quoted field as `\"\"`")
    }
    if let error = reader.error {
      throw LoadProblem(message: "\(path):\(line): unreadable text: \(error)", help: nil)
    }
    guard !lines.isEmpty else {
      throw LoadProblem(
        message: "`\(path)` has a header but no rows", help: "add rows below the header, one per line")
    }
    return Parsed(header: header, cells: cells, lines: lines)
  }

  /// Line breaks inside the quoted fields of a row, so lines after it are counted right.
  static func newlines(in row: [String]) -> Int {
    var count = 0
    for field in row where field.utf8.contains(0x0A) { count += field.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    return count
  }

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
    var name = written.trimmingCharacters(in: .whitespaces)
    var unitText: String? = nil
    if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
      unitText = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        .trimmingCharacters(in: .whitespaces)
      name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
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
    let parts = text.replacingOccurrences(of: " per ", with: "/").split(separator: "/", omittingEmptySubsequences: false)
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
  enum CellKind: UInt8 {
    case empty, date, number, money, percent, text
  }

  /// One column's cells parsed: a value (days since 1970 for a date, a fraction for a
  /// percentage) and a kind per cell, with the currency of its money cells.
  struct ParsedColumn {
    var values: ContiguousArray<Double>
    var kinds: ContiguousArray<CellKind>
    var counts: [Int]
    /// The first money cell's currency, and the first row whose currency differs from it.
    var currency: String?
    var otherCurrencyRow: Int?
  }

  static let currencySymbols: [(symbol: String, code: String)] = [("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")]

  static func parseColumn(_ cells: ContiguousArray<String>) -> ParsedColumn {
    var column = ParsedColumn(
      values: ContiguousArray(repeating: 0, count: cells.count),
      kinds: ContiguousArray(repeating: .empty, count: cells.count), counts: Array(repeating: 0, count: 6))
    for (row, cell) in cells.enumerated() {
      let (kind, value, currency) = parseCell(cell)
      column.values[row] = value
      column.kinds[row] = kind
      column.counts[Int(kind.rawValue)] += 1
      if let currency {
        if column.currency == nil {
          column.currency = currency
        } else if column.currency != currency, column.otherCurrencyRow == nil {
          column.otherCurrencyRow = row
        }
      }
    }
    return column
  }

  /// A cell's kind and value: `2025-01-27`, `-1,234.5`, `$118.42`, `-$5`, `12.5%`.
  static func parseCell(_ cell: String) -> (CellKind, Double, String?) {
    var text = Substring(cell)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    if text.isEmpty { return (.empty, 0, nil) }
    if let days = parseDate(text) { return (.date, Double(days), nil) }
    var negative = false
    if text.first == "-" || text.first == "+" {
      negative = text.first == "-"
      text.removeFirst()
    }
    var currency: String? = nil
    for (symbol, code) in currencySymbols where text.hasPrefix(symbol) {
      currency = code
      text = text.dropFirst(symbol.count)
      break
    }
    if currency != nil, text.first == "-" || text.first == "+" {
      guard !negative else { return (.text, 0, nil) }
      negative = text.first == "-"
      text.removeFirst()
    }
    var percent = false
    if text.last == "%" {
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

  /// `1,234.5`, `1_234.5`, `0.5`, `.5`, `1e6`: digits with `,` or `_` between digit groups.
  static func parseDecimal(_ text: Substring) -> Double? {
    let count = text.utf8.count
    guard count > 0, count <= 64 else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { cleaned -> Double? in
      var length = 0
      var previousWasDigit = false
      var seenDigit = false
      var seenPoint = false
      var seenExponent = false
      var pendingSeparator = false
      var previous: UInt8 = 0
      for byte in text.utf8 {
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
  static func parseDate(_ text: Substring) -> Int? {
    let bytes = text.utf8
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
    _ column: ParsedColumn, header: HeaderInfo, cells: ContiguousArray<String>, lines: ContiguousArray<Int32>,
    path: String
  ) throws(LoadProblem) -> ColumnType {
    func count(_ kind: CellKind) -> Int { column.counts[Int(kind.rawValue)] }
    let nonEmpty = cells.count - count(.empty)
    if nonEmpty == 0 { return .text }
    func problem(_ row: Int, _ expected: String, help: String) -> LoadProblem {
      LoadProblem(
        message: "\(path):\(lines[row]): column `\(header.name)` has `\(cells[row])`, not \(expected)", help: help)
    }
    func emptyProblem(_ row: Int) -> LoadProblem {
      LoadProblem(
        message: "\(path):\(lines[row]): column `\(header.name)` is empty",
        help: "fill in the value or delete the row; `load` does not guess missing figures")
    }
    // A column is of a type when at least half its filled cells are; the other cells are then
    // errors (`n/a` among prices) rather than turning the column into text. A unit in the
    // header makes it numeric whatever its cells hold.
    let declared = header.unit != nil || header.percent
    if !declared, count(.date) * 2 >= nonEmpty {
      if let row = column.kinds.firstIndex(where: { $0 != .date }) {
        if column.kinds[row] == .empty { throw emptyProblem(row) }
        throw problem(row, "a date", help: "the rest of the column are dates, written YYYY-MM-DD")
      }
      return .date
    }
    let amounts = count(.number) + count(.money)
    let percents = count(.percent)
    guard declared || (amounts + percents) * 2 >= nonEmpty else { return .text }
    if header.percent {
      // `yield (%)`: `4.5` and `4.5%` both mean 4.5%.
      if let row = column.kinds.firstIndex(where: { $0 != .percent && $0 != .number }) {
        if column.kinds[row] == .empty { throw emptyProblem(row) }
        throw problem(row, "a percentage", help: "the header says the column holds percentages, such as `12.5`")
      }
      return .quantity(.none, percent: true)
    }
    if percents > amounts {
      if let row = column.kinds.firstIndex(where: { $0 != .percent }) {
        if column.kinds[row] == .empty { throw emptyProblem(row) }
        throw problem(row, "a percentage", help: "the rest of the column are percentages, such as `12.5%`")
      }
      return .quantity(.none, percent: true)
    }
    if let row = column.kinds.firstIndex(where: { $0 != .number && $0 != .money }) {
      if column.kinds[row] == .empty { throw emptyProblem(row) }
      throw problem(
        row, column.kinds[row] == .percent ? "an amount (it is a percentage)" : "a number",
        help: "the rest of the column are numbers; fix the cell or delete the row")
    }
    if let row = column.otherCurrencyRow {
      throw problem(
        row, "an amount in \(column.currency ?? "")",
        help: "a column holds one currency; Tape never converts between currencies on its own")
    }
    let cellUnit = column.currency.flatMap { knownUnits[$0] }.map(TapeCore.Unit.init)
    if let headerUnit = header.unit {
      if let cellUnit, headerUnit.currency != cellUnit.currency,
        let row = column.kinds.firstIndex(of: .money)
      {
        throw problem(
          row, "an amount in `\(headerUnit.described(plural: true))` as the header says",
          help: "make the header's unit and the cells' currency symbol agree")
      }
      return .quantity(headerUnit, percent: false)
    }
    return .quantity(cellUnit ?? .none, percent: false)
  }

  // MARK: Building

  static func build(_ parsed: Parsed, path: String, document: String) throws(LoadProblem) -> Value {
    let headers = parsed.header.map(headerInfo)
    for (index, header) in headers.enumerated() {
      if header.name.isEmpty {
        throw LoadProblem(
          message: "\(path):\(parsed.lines[0] - 1): column \(index + 1) of the header, `\(header.written)`, has no name",
          help: "name every column with letters or digits")
      }
      if let earlier = headers[..<index].firstIndex(where: { $0.name == header.name }) {
        throw LoadProblem(
          message: "\(path):\(parsed.lines[0] - 1): columns \(earlier + 1) and \(index + 1) are both named `\(header.name)`",
          help: "give every column its own name")
      }
    }
    var columns: [ParsedColumn] = []
    var types: [ColumnType] = []
    for (index, cells) in parsed.cells.enumerated() {
      var column = parseColumn(cells)
      let type = try columnType(column, header: headers[index], cells: cells, lines: parsed.lines, path: path)
      if case .quantity(_, let percent) = type, percent, headers[index].percent {
        // A `(%)` header with cells written without `%`: 12.5 means 12.5%.
        for row in column.values.indices where column.kinds[row] == .number { column.values[row] /= 100 }
      }
      columns.append(column)
      types.append(type)
    }
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
      var days = ContiguousArray<Int32>()
      days.reserveCapacity(rows)
      for value in columns[dateIndex].values { days.append(Int32(value)) }
      let order = try dateOrder(days, lines: parsed.lines, path: path, column: headers[dateIndex].name)
      var tableColumns = kept.map { index -> Table.Column in
        let unit: TapeCore.Unit = if case .quantity(let unit, _) = types[index] { unit } else { .none }
        return Table.Column(name: headers[index].name, values: columns[index].values, unit: unit)
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
    let names = headers.map(\.name)
    var records: [Value] = []
    records.reserveCapacity(rows)
    for row in 0..<rows {
      var values: [Value] = []
      values.reserveCapacity(names.count)
      for index in types.indices {
        switch types[index] {
        case .text: values.append(.string(parsed.cells[index][row]))
        case .date: values.append(.date(TapeDate(daysSinceEpoch: Int(columns[index].values[row]))))
        case .quantity(let unit, let percent):
          values.append(
            .quantity(
              Quantity(columns[index].values[row], unit, format: percent ? .percent : .automatic, provenance: provenance)))
        }
      }
      records.append(.record(Record(names: names, values: values)))
    }
    return .list(records)
  }

  enum DateOrder { case ascending, descending }

  /// Whether the dates ascend or descend strictly; repeated or unordered dates are errors.
  static func dateOrder(
    _ days: ContiguousArray<Int32>, lines: ContiguousArray<Int32>, path: String, column: String
  ) throws(LoadProblem) -> DateOrder {
    var order: DateOrder? = nil
    for index in days.indices.dropFirst() {
      let (previous, current) = (days[index - 1], days[index])
      if previous == current {
        throw LoadProblem(
          message: "\(path):\(lines[index]): the date \(TapeDate(daysSinceEpoch: Int(current)).iso) in column `\(column)` is also on line \(lines[index - 1])",
          help: "a table has one row per date; delete or merge the repeated row")
      }
      let step: DateOrder = current > previous ? .ascending : .descending
      if order == nil { order = step }
      if step != order {
        throw LoadProblem(
          message: "\(path):\(lines[index]): the date \(TapeDate(daysSinceEpoch: Int(current)).iso) in column `\(column)` is out of order (line \(lines[index - 1]) has \(TapeDate(daysSinceEpoch: Int(previous)).iso))",
          help: "sort the rows by date, oldest or newest first")
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

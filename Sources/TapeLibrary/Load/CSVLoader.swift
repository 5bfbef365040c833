#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import TapeCore

/// `load(path)`: reads a CSV file into a table by date or a list of records, inferring each
/// column's type. `CSVTextCheck` reads the file once to check its text; `CSVChunkedRows` then
/// splits its rows a chunk at a time, and each cell goes straight into its column
/// (`CSVColumnBuilder`); this checks the rows, infers the types and builds the result. Every
/// problem is a `LoadProblem` with the path, line and column.
enum CSVLoader {
  /// The prefix that names Tape's own copy of a built-in data file instead of a file on disk.
  static let embeddedPrefix = "tape:"

  /// Bytes read at a time. A file is read twice this way (its text checked, then its rows) and
  /// never held whole: the text and a string per cell were most of a large load's memory.
  static let chunkSize = 1 << 20

  /// Reads the CSV file at `path` under `policy` (nil: only Tape's own `tape:` files), and hands `onRead` what was read (a file on
  /// disk, not one of Tape's own) once the value is built.
  static func load(
    _ path: String, under policy: FileReadPolicy? = .workingDirectory, chunkSize: Int = chunkSize,
    onRead: (FileRead) -> Void = { _ in }
  ) throws(LoadProblem) -> Value {
    let (source, origin, file) = try open(path, under: policy)
    let check = try CSVTextCheck.checked(source, chunkSize: chunkSize)
    var parsed = try parse(source, check: check, keepingTextsOf: [], chunkSize: chunkSize)
    var types = try columnTypes(parsed, path: path)
    if !types.contains(.date), types.contains(.text) {
      // A list of records shows its text columns, whose cells the first reading did not keep
      // (a table leaves them out): the rows are read again, keeping the text of those columns
      // only (every column's was 480 MB more at 10 million rows of three numbers and two
      // texts), with the first reading let go before (it was 240 MB more).
      var textColumns = Set(types.indices.filter { types[$0] == .text })
      while true {
        parsed = Parsed(headers: [], columns: [], lines: CSVRowLines())
        parsed = try parse(source, check: check, keepingTextsOf: textColumns, chunkSize: chunkSize)
        types = try columnTypes(parsed, path: path)
        let nowText = Set(types.indices.filter { types[$0] == .text })
        // The file changed between the readings and a column became text: read again.
        if nowText.isSubset(of: textColumns) { break }
        textColumns.formUnion(nowText)
      }
    }
    let value = try build(&parsed, types: types, path: path, document: "\(origin) (read \(check.byteCount) bytes)")
    if let file {
      onRead(
        FileRead(
          path: path, relativePath: file.relativePath, absolutePath: file.absolutePath, byteCount: check.byteCount))
    }
    return value
  }

  // MARK: Reading

  /// The source of `path`, the start of its citation's document line, and the file on disk:
  /// Tape's own file (no file on disk), or the file named from the base folder when it lies
  /// inside it (`portfolio.csv`, so the citation reads the same wherever the folder moves) and
  /// by its absolute path otherwise.
  static func open(_ path: String, under policy: FileReadPolicy?) throws(LoadProblem) -> (CSVSource, String, ReadableFile?) {
    if path.hasPrefix(embeddedPrefix) {
      let inside = String(path.dropFirst(embeddedPrefix.count))
      guard let text = EmbeddedData.files[inside] else {
        throw .noBuiltinFile(name: inside)
      }
      return (CSVSource(text: text, path: path), "Tape's built-in Datasets/Data/\(inside)", nil)
    }
    guard let policy else {
      throw .cannotRead(path: path, reason: .noDiskReads)
    }
    let file = try ReadableFile.resolved(path, under: policy)
    let source = try CSVSource(openingFile: file.realPath, path: path)
    return (source, file.relativePath ?? file.absolutePath, file)
  }

  /// `~` or `~/rest` with the user's home folder for `~`, the folder `NSString`'s
  /// `expandingTildeInPath` used (the user database's, as `FileManager` reads it).
  static func expandingTilde(_ path: String) -> String {
    FileManager.default.homeDirectoryForCurrentUser.path + path.dropFirst()
  }

  // MARK: Parsing

  /// The header and the columns, with the line each row starts on.
  struct Parsed {
    var headers: [HeaderInfo]
    var columns: [CSVColumnBuilder]
    var lines: CSVRowLines
  }

  /// Reads the rows of `source`, each cell parsed into its column as it is split; for the
  /// columns at `textColumns`, every cell's text too.
  static func parse(
    _ source: CSVSource, check: CSVTextCheck, keepingTextsOf textColumns: Set<Int>, chunkSize: Int
  ) throws(LoadProblem) -> Parsed {
    let path = source.path
    var rows = CSVChunkedRows(source, chunkSize: chunkSize)
    var line = 1
    var header: [String]? = nil
    // Skip blank lines before the header.
    while try rows.next() {
      line += 1 + rows.lineBreaksInRow
      if rows.isBlankRow { continue }
      header = rows.fields
      break
    }
    guard let header else {
      throw .empty(path: path)
    }
    let headerLine = line - 1 - rows.lineBreaksInRow
    for (index, name) in header.enumerated() where name.trimmingSpacesAndTabs.isEmpty {
      throw .unnamedHeaderColumn(path: path, line: headerLine, column: index + 1)
    }
    let headers = header.map(headerInfo)
    // Room for every row at once: growing a million-row column by doubling copied it 20 times,
    // holding the old copy and the new one together each time.
    var columns = headers.indices.map { index in
      CSVColumnBuilder(
        percent: headers[index].percent, capacity: check.rowCapacity, keepsTexts: textColumns.contains(index))
    }
    var lines = CSVRowLines()
    // The line of the last row when it holds a line break: see the check after the loop.
    var lastQuotedBreak: Int? = nil
    while try rows.next() {
      let rowLine = line
      let breaks = rows.lineBreaksInRow
      line += 1 + breaks
      if rows.isBlankRow { continue }
      if breaks > 0 { lastQuotedBreak = rowLine } else { lastQuotedBreak = nil }
      guard rows.fieldCount == header.count else {
        throw .fieldCount(path: path, line: rowLine, found: rows.fieldCount, expected: header.count)
      }
      for index in columns.indices { rows.withField(index) { columns[index].add($0) } }
      lines.append(Int32(clamping: rowLine))
    }
    // A quote that is never closed runs to the end of the file as one field (`CSVRowScanner`):
    // the last row then holds a line break and the file an odd number of quotes.
    if let lastQuotedBreak, check.quotes % 2 == 1 {
      throw .unclosedQuote(path: path, line: lastQuotedBreak)
    }
    guard !lines.isEmpty else {
      throw .noRows(path: path)
    }
    return Parsed(headers: headers, columns: columns, lines: lines)
  }
}

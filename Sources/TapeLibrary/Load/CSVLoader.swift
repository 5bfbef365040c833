#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import TapeCore


/// `load(path)`: reads a CSV file into a table by date or a list of records, inferring each
/// column's type. `CSVRows` splits the rows; this checks them, infers the types and builds the
/// columns. Every problem is a `LoadProblem` with the path, line and column in its message.
enum CSVLoader {
  struct LoadProblem: Error, Equatable {
    var message: String
    var help: String?
  }

  /// The prefix that names Tape's own copy of a built-in data file instead of a file on disk.
  static let embeddedPrefix = "tape:"

  static func load(_ path: String) throws(LoadProblem) -> Value {
    let (text, document) = try readText(path)
    let parsed = try parse(text, path: path)
    return try build(parsed, path: path, document: document)
  }

  /// The checked text and the citation's document line. The bytes as read go when this returns,
  /// so a large file is not held as bytes and as text while it is parsed.
  static func readText(_ path: String) throws(LoadProblem) -> (String, String) {
    let (bytes, document) = try read(path)
    return (try decode(bytes, path: path), document)
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
    let expanded = path == "~" || path.hasPrefix("~/") ? expandingTilde(path) : path
    let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    let url = URL(fileURLWithPath: expanded, relativeTo: directory).standardizedFileURL
    let absolute = url.path
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
      throw LoadProblem(
        message: "cannot read `\(path)`: no such file",
        help: "a relative path is read from the directory Tape was started in")
    }
    guard !isDirectory else {
      throw LoadProblem(message: "cannot read `\(path)`: it is a directory", help: "give the path of a CSV file in it")
    }
    // A device or a pipe may never end (`/dev/zero`) or never start (a FIFO nobody writes to);
    // Foundation refuses them with a misleading "You don’t have permission".
    let type = (try? FileManager.default.attributesOfItem(atPath: absolute))?[.type] as? FileAttributeType
    guard type == .typeRegular else {
      throw LoadProblem(
        message: "cannot read `\(path)`: it is not a regular file (a device, a pipe or a socket)",
        help: "save the data to a CSV file and load that")
    }
    guard FileManager.default.isReadableFile(atPath: absolute) else {
      throw LoadProblem(message: "cannot read `\(path)`: permission denied", help: "check the file's permissions")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw LoadProblem(message: "cannot read `\(path)`: \(FileErrorReason.text(for: error))", help: nil)
    }
    return (data, "\(absolute) (read \(data.count) bytes)")
  }

  /// `~` or `~/rest` with the user's home folder for `~`, the folder `NSString`'s
  /// `expandingTildeInPath` used (the user database's, as `FileManager` reads it).
  static func expandingTilde(_ path: String) -> String {
    FileManager.default.homeDirectoryForCurrentUser.path + path.dropFirst()
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
    var reader = CSVRows(text)
    var line = 1
    var header: [String]? = nil
    // Skip blank lines before the header.
    while let row = reader.next() {
      let rowLine = line
      line += 1 + reader.lineFeedsInRow
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
    for (index, name) in header.enumerated() where name.trimmingSpacesAndTabs.isEmpty {
      throw LoadProblem(
        message: "\(path):\(headerLine): column \(index + 1) of the header has no name",
        help: "the first row must name every column")
    }
    var cells = Array(repeating: ContiguousArray<String>(), count: header.count)
    var lines = ContiguousArray<Int32>()
    // Room for every row at once: growing a million-row column by doubling copied it 20 times.
    let capacity = reader.rowCapacity
    for index in cells.indices { cells[index].reserveCapacity(capacity) }
    lines.reserveCapacity(capacity)
    // The line of the last row when it holds a line break: see the check after the loop.
    var lastQuotedBreak: Int? = nil
    while let row = reader.next() {
      let rowLine = line
      let breaks = reader.lineFeedsInRow
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
    // A quote that is never closed runs to the end of the file as one field (`CSVRows`): the
    // last row then holds a line break and the file an odd number of quotes.
    if let lastQuotedBreak, text.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }) % 2 == 1 {
      throw LoadProblem(
        message: "\(path):\(lastQuotedBreak): a quoted field is never closed",
        help: "end the field with `\"`, and write a quote inside a quoted field as `\"\"`")
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
}

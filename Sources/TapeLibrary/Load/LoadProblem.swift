#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import TapeCore

/// Why `load(path)` could not read or understand a file, as data: the path as the user wrote
/// it, the line and column, what was found. Every case's words are here, in `message` and
/// `help`; `load` hands the problem to the evaluator as a `LibraryProblem`.
enum LoadProblem: Error, Equatable, LibraryProblem {
  /// Ctrl-C, seen between two chunks: `load` ends with the evaluator's `interrupted`.
  case interrupted
  /// `load("")`.
  case emptyPath
  /// `tape:name` where Datasets/Data has no file `name`.
  case noBuiltinFile(name: String)
  /// The file at `path` could not be opened or read, for `reason`.
  case cannotRead(path: String, reason: FileReason)
  /// The file holds nothing but blank space.
  case empty(path: String)
  /// A line longer than `maximumBytes` (a binary file, or a file without line breaks).
  case lineTooLong(path: String, line: Int, maximumBytes: Int)
  /// A file in a text encoding other than UTF-8 that `load` can name.
  case otherEncoding(path: String, encoding: CSVTextCheck.OtherEncoding)
  /// A byte that is not UTF-8, at `offset` from the start of the file.
  case notUTF8(path: String, line: Int, offset: Int)
  /// Column `column` (from 1) of the header is blank.
  case unnamedHeaderColumn(path: String, line: Int, column: Int)
  /// Column `column` of the header, `written`, has no letter or digit to name it by.
  case headerWithoutName(path: String, line: Int, column: Int, written: String)
  /// Columns `first` and `second` (from 1) have the same name.
  case duplicateColumnName(path: String, line: Int, first: Int, second: Int, name: String)
  /// A row of `found` fields where the header has `expected`.
  case fieldCount(path: String, line: Int, found: Int, expected: Int)
  /// A quote opened on `line` runs to the end of the file.
  case unclosedQuote(path: String, line: Int)
  /// A header and nothing below it.
  case noRows(path: String)
  /// An empty cell in a column of dates or numbers.
  case emptyCell(path: String, line: Int, column: String)
  /// A cell, `text`, that does not fit its column, which holds `expected`.
  case cellMismatch(path: String, line: Int, column: String, text: String, expected: ExpectedCell)
  /// The date column has `date` on `line` and on `otherLine`.
  case repeatedDate(path: String, line: Int, column: String, date: TapeDate, otherLine: Int)
  /// The dates change direction at `line`: `previousLine` has `previousDate`.
  case dateOutOfOrder(path: String, line: Int, column: String, date: TapeDate, previousLine: Int, previousDate: TapeDate)

  /// Why a file could not be read.
  enum FileReason: Equatable, Sendable {
    /// The session reads no file on disk (only Tape's own `tape:` files).
    case noDiskReads
    /// The path holds a NUL byte.
    case nulInPath
    /// `~` in a confined session, which reads inside `baseFolder` (and `hasAllowed` places).
    case homeFolderConfined(baseFolder: String, hasAllowed: Bool)
    /// Outside what a confined session reads; `linkTarget` when the path is a link leading
    /// there, `resolved` the file to allow.
    case outsideAllowed(linkTarget: String?, resolved: String, baseFolder: String, hasAllowed: Bool)
    /// No file at the path, read from `baseFolder`.
    case missing(baseFolder: String)
    /// A folder on the path may not be searched.
    case folderPermissionDenied
    /// The file may not be read.
    case permissionDenied
    case directory
    /// A device, a pipe or a socket.
    case notRegularFile
    /// A file that blocks for data (/proc/kmsg).
    case waitsForData
    /// Any other failure, with the system's `errno`.
    case system(code: Int32)
  }

  /// What the column a cell did not fit holds.
  enum ExpectedCell: Equatable, Sendable {
    case date
    /// Percentages; `fromHeader` when the header says so (`yield (%)`), rather than the cells.
    case percentage(fromHeader: Bool)
    case number
    /// Numbers, where the cell is a percentage.
    case amountNotPercentage
    /// Amounts in the column's one currency.
    case currency(String)
    /// Amounts in the unit the header names.
    case headerUnit(TapeCore.Unit)
  }

  /// Throws `interrupted` once Ctrl-C was pressed; looked at once a chunk (a millisecond or so).
  static func checkInterrupt() throws(LoadProblem) {
    if Interrupt.consume() { throw .interrupted }
  }

  var isInterruption: Bool { self == .interrupted }

  var message: String {
    switch self {
    case .interrupted: "interrupted"
    case .emptyPath: "the path is empty"
    case .noBuiltinFile(let name): "Tape has no built-in file `\(name)`"
    case .cannotRead(let path, .nulInPath): "cannot read `\(path.replacing("\u{0}", with: "\\0"))`: \(FileReason.nulInPath.message)"
    case .cannotRead(let path, .outsideAllowed(let linkTarget, _, let baseFolder, let hasAllowed)):
      // Through a link: name where it leads, which is what must be allowed.
      "cannot read `\(path)`\(linkTarget.map { " (a link to `\($0)`)" } ?? ""): "
        + FileReason.onlyInside(baseFolder, hasAllowed: hasAllowed)
    case .cannotRead(let path, let reason): "cannot read `\(path)`: \(reason.message)"
    case .empty(let path): "`\(path)` is empty"
    case .lineTooLong(let path, let line, let maximumBytes):
      "\(path):\(line): a line longer than \(maximumBytes >> 20) MiB: this is not a CSV file with a row on each line"
    case .otherEncoding(let path, let encoding): "`\(path)` is \(encoding.description), not UTF-8"
    case .notUTF8(let path, let line, let offset): "\(path):\(line): not UTF-8 text (invalid byte at offset \(offset))"
    case .unnamedHeaderColumn(let path, let line, let column): "\(path):\(line): column \(column) of the header has no name"
    case .headerWithoutName(let path, let line, let column, let written):
      "\(path):\(line): column \(column) of the header, `\(written)`, has no name"
    case .duplicateColumnName(let path, let line, let first, let second, let name):
      "\(path):\(line): columns \(first) and \(second) are both named `\(name)`"
    case .fieldCount(let path, let line, let found, let expected):
      "\(path):\(line): \(found) field\(found == 1 ? "" : "s") where the header has \(expected)"
    case .unclosedQuote(let path, let line): "\(path):\(line): a quoted field is never closed"
    case .noRows(let path): "`\(path)` has a header but no rows"
    case .emptyCell(let path, let line, let column): "\(path):\(line): column `\(column)` is empty"
    case .cellMismatch(let path, let line, let column, let text, let expected):
      "\(path):\(line): column `\(column)` has `\(text)`, not \(expected.words)"
    case .repeatedDate(let path, let line, let column, let date, let otherLine):
      "\(path):\(line): the date \(date.iso) in column `\(column)` is also on line \(otherLine)"
    case .dateOutOfOrder(let path, let line, let column, let date, let previousLine, let previousDate):
      "\(path):\(line): the date \(date.iso) in column `\(column)` is out of order (line \(previousLine) has \(previousDate.iso))"
    }
  }

  var help: String? {
    switch self {
    case .interrupted: nil
    case .emptyPath: "give the path of a CSV file: `load(\"prices.csv\")`"
    case .noBuiltinFile:
      "`tape:` reads the files of Datasets/Data, such as `tape:prices/NVDA.csv`; drop `tape:` for a file on disk"
    case .cannotRead(_, let reason): reason.help
    case .empty: "a CSV file for `load` starts with a header row naming its columns"
    case .lineTooLong: "`load` reads text with a header row and a row per line, ending in \\n, \\r\\n or \\r"
    case .otherEncoding(let path, let encoding):
      "convert it to UTF-8, for example with `iconv -f \(encoding.iconvName) -t UTF-8 \(ReadableFile.shellWord(path)) > converted.csv`, or save it from Excel as \"CSV UTF-8\""
    case .notUTF8: "save the file as UTF-8 (in Excel: \"CSV UTF-8\")"
    case .unnamedHeaderColumn: "the first row must name every column"
    case .headerWithoutName: "name every column with letters or digits"
    case .duplicateColumnName: "give every column its own name"
    case .fieldCount: "a field holding a comma must be in double quotes: \"1,234\""
    case .unclosedQuote: "end the field with `\"`, and write a quote inside a quoted field as `\"\"`"
    case .noRows: "add rows below the header, one per line"
    case .emptyCell: "fill in the value or delete the row; `load` does not guess missing figures"
    case .cellMismatch(_, _, _, _, let expected): expected.help
    case .repeatedDate: "a table has one row per date; delete or merge the repeated row"
    case .dateOutOfOrder: "sort the rows by date, oldest or newest first"
    }
  }
}

extension LoadProblem.FileReason {
  /// The reason after "cannot read `path`: ".
  var message: String {
    switch self {
    case .noDiskReads: "no file on disk may be read here"
    case .nulInPath: "a path cannot hold a NUL character"
    case .homeFolderConfined(let baseFolder, let hasAllowed): Self.onlyInside(baseFolder, hasAllowed: hasAllowed)
    case .outsideAllowed(_, _, let baseFolder, let hasAllowed): Self.onlyInside(baseFolder, hasAllowed: hasAllowed)
    case .missing: "no such file"
    case .folderPermissionDenied, .permissionDenied: "permission denied"
    case .directory: "it is a directory"
    case .notRegularFile: "it is not a regular file (a device, a pipe or a socket)"
    case .waitsForData: "it is a special file that waits for data, not a file of data"
    case .system(let code): String(cString: strerror(code))
    }
  }

  var help: String? {
    switch self {
    case .noDiskReads, .system: nil
    case .nulInPath: "remove the `\\0` from the path"
    case .homeFolderConfined(let baseFolder, _):
      "`~` (a home folder) is not read here; copy the file into \(baseFolder), or allow its folder with `--allow-read` and write its full path"
    case .outsideAllowed(_, let resolved, _, _):
      "allow it with `--allow-read \(ReadableFile.shellWord(resolved))` (or a folder holding it)"
    case .missing(let baseFolder): "a relative path is read from \(baseFolder)"
    case .folderPermissionDenied: "check the permissions of the folders on its path"
    case .permissionDenied: "check the file's permissions"
    case .directory: "give the path of a CSV file in it"
    case .notRegularFile, .waitsForData: "save the data to a CSV file and load that"
    }
  }

  /// "only files inside FOLDER may be read", with the places allowed with `--allow-read` when
  /// there are any.
  static func onlyInside(_ baseFolder: String, hasAllowed: Bool) -> String {
    "only files inside \(baseFolder)\(hasAllowed ? " or the places allowed with `--allow-read`" : "") may be read"
  }
}

extension LoadProblem.ExpectedCell {
  /// What the cell is not: "column `close` has `n/a`, not a number".
  var words: String {
    switch self {
    case .date: "a date"
    case .percentage: "a percentage"
    case .number: "a number"
    case .amountNotPercentage: "an amount (it is a percentage)"
    case .currency(let code): "an amount in \(code)"
    case .headerUnit(let unit): "an amount in `\(unit.described(plural: true))` as the header says"
    }
  }

  var help: String {
    switch self {
    case .date: "the rest of the column are dates, written YYYY-MM-DD"
    case .percentage(fromHeader: true): "the header says the column holds percentages, such as `12.5`"
    case .percentage(fromHeader: false): "the rest of the column are percentages, such as `12.5%`"
    case .number, .amountNotPercentage: "the rest of the column are numbers; fix the cell or delete the row"
    case .currency: "a column holds one currency; Tape never converts between currencies on its own"
    case .headerUnit: "make the header's unit and the cells' currency symbol agree"
    }
  }
}

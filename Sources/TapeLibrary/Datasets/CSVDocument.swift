/// A CSV text split into a header and rows of fields by `CSVRows`, the splitter `load` uses
/// (docs/datasets.md says why Tape has its own). Fields are kept as written: quotes removed, `""`
/// read as `"`, nothing trimmed; a quoted field may hold commas (events.csv does).
struct CSVDocument: Sendable {
  /// Where the text came from, for errors: `prices/NVDA.csv`.
  let path: String
  let header: [String]
  /// Every row after the header, each with exactly `header.count` fields.
  let rows: [[String]]

  /// A problem with the text: the file, the row's line (1 is the header, assuming no field holds
  /// a line break) and what is wrong.
  struct Problem: Error, Sendable, Equatable {
    let path: String
    let line: Int
    let message: String
  }

  init(text: String, path: String) throws(Problem) {
    self.path = path
    var reader = CSVRows(text)
    guard let header = reader.next(), header != [""] else {
      throw Problem(path: path, line: 1, message: "no header row")
    }
    var rows: [[String]] = []
    var line = 1
    while let row = reader.next() {
      line += 1
      guard row.count == header.count else {
        throw Problem(
          path: path, line: line, message: "\(row.count) fields where the header has \(header.count)")
      }
      rows.append(row)
    }
    self.header = header
    self.rows = rows
  }

  /// The embedded file at `path` (inside `Datasets/Data`), parsed. The embedded files are checked
  /// by `EmbeddedDataTests`, so a failure here is a broken build, not a user's mistake.
  static func embedded(_ path: String) -> CSVDocument {
    guard let text = EmbeddedData.files[path] else {
      preconditionFailure("`\(path)` is not embedded; run `make data` after adding it to Datasets/Data")
    }
    do {
      return try CSVDocument(text: text, path: path)
    } catch {
      preconditionFailure("embedded \(path):\(error.line): \(error.message)")
    }
  }

  /// Position of a column, by name.
  func column(_ name: String) -> Int {
    guard let index = header.firstIndex(of: name) else {
      preconditionFailure("\(path) has no column `\(name)`; its header is \(header.joined(separator: ","))")
    }
    return index
  }

  /// The rows as dictionaries from column name to field.
  var records: [[String: String]] {
    rows.map { row in Dictionary(uniqueKeysWithValues: zip(header, row)) }
  }
}

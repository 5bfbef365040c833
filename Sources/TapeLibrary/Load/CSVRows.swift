/// The rows of a whole CSV text as strings, split by `CSVRowScanner` (its comment has the rules).
/// `load` reads files through the scanner itself, a chunk at a time and without a string per
/// cell; this is for texts already in memory, such as the built-in data files.
struct CSVRows {
  private var text: String
  private var position = 0
  private var scanner = CSVRowScanner()
  /// Line breaks inside the quoted fields of the row `next` returned last, so a caller can
  /// count the file's lines without searching every field.
  var lineBreaksInRow: Int { scanner.lineBreaksInRow }

  init(_ text: String) {
    self.text = text
    self.text.makeContiguousUTF8()
  }

  mutating func next() -> [String]? {
    // Taken out of `self` while `text` lends its bytes, and put back after.
    var scanner = CSVRowScanner()
    swap(&scanner, &self.scanner)
    let position = self.position
    let row = text.withUTF8 { bytes -> (fields: [String], next: Int)? in
      guard case .row(let next) = scanner.scanRow(bytes, from: position, isLast: true) else { return nil }
      let fields = scanner.fields.indices.map { index in
        scanner.withField(index, in: bytes) { String(decoding: $0, as: UTF8.self) }
      }
      return (fields, next)
    }
    self.scanner = scanner
    guard let row else { return nil }
    self.position = row.next
    return row.fields
  }
}

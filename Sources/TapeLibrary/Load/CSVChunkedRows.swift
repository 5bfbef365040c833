/// The rows of a `CSVSource`, read a chunk at a time and split by `CSVRowScanner`: a field is
/// handed out as the bytes in the buffer, so a cell costs no string. A byte-order mark at the
/// start is skipped.
struct CSVChunkedRows {
  private let source: CSVSource
  private var buffer: [UInt8]
  /// Bytes of `buffer` holding data.
  private var filled = 0
  /// Where the next row starts in `buffer`.
  private var start = 0
  /// The source's offset of the byte after `buffer[filled - 1]`.
  private var offset = 0
  private var reachedEnd = false
  private var hasStarted = false
  private var scanner = CSVRowScanner()

  init(_ source: CSVSource, chunkSize: Int) {
    self.source = source
    buffer = [UInt8](repeating: 0, count: max(chunkSize, 1))
  }

  /// Moves to the next row; false after the last.
  mutating func next() throws(LoadProblem) -> Bool {
    if !hasStarted {
      hasStarted = true
      try skipByteOrderMark()
    }
    while true {
      let outcome = buffer.withUnsafeBufferPointer { buffer in
        scanner.scanRow(UnsafeBufferPointer(rebasing: buffer[..<filled]), from: start, isLast: reachedEnd)
      }
      switch outcome {
      case .row(let next):
        start = next
        return true
      case .end:
        return false
      case .incomplete:
        try readMore()
      }
    }
  }

  var fieldCount: Int { scanner.fields.count }
  /// Line breaks inside the quoted fields of the current row.
  var lineBreaksInRow: Int { scanner.lineBreaksInRow }
  /// Whether the current row is a blank line: one empty field.
  var isBlankRow: Bool { scanner.isBlankRow }

  /// The bytes of field `index` of the current row.
  func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    buffer.withUnsafeBufferPointer { buffer in scanner.withField(index, in: buffer, body) }
  }

  /// The fields of the current row as strings.
  var fields: [String] {
    (0..<fieldCount).map { index in withField(index) { String(decoding: $0, as: UTF8.self) } }
  }

  /// Keeps the unfinished row, moved to the front, and reads the next chunk after it; a row
  /// longer than the buffer doubles it.
  private mutating func readMore() throws(LoadProblem) {
    try LoadProblem.checkInterrupt()
    if start > 0 {
      let unfinished = filled - start
      for index in 0..<unfinished { buffer[index] = buffer[start + index] }
      filled = unfinished
      start = 0
    }
    if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
    let count = try buffer.withUnsafeMutableBufferPointer { (buffer) throws(LoadProblem) -> Int in
      try source.read(at: offset, into: UnsafeMutableBufferPointer(rebasing: buffer[filled...]))
    }
    filled += count
    offset += count
    if count == 0 { reachedEnd = true }
  }

  private mutating func skipByteOrderMark() throws(LoadProblem) {
    while filled < 3 && !reachedEnd { try readMore() }
    if buffer[..<filled].starts(with: CSVTextCheck.byteOrderMark) { start = 3 }
  }
}

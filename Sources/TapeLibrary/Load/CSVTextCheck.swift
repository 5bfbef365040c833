/// `load`'s first pass over a file, a chunk at a time: that it is UTF-8 and not blank (problems
/// reported before any about its rows, as when the file was read whole and decoded first), and
/// the counts the second pass needs before it starts: how many rows there can be, so every
/// column is sized once, and how many quotes.
struct CSVTextCheck {
  /// Bytes read, a byte-order mark included, for the citation.
  private(set) var byteCount = 0
  /// Line feeds and carriage returns: a row ends at each `\n`, `\r\n` or lone `\r`.
  private(set) var lineFeeds = 0
  private(set) var carriageReturns = 0
  /// Quote characters, to tell a quote never closed from a line break inside quotes.
  private(set) var quotes = 0

  /// How many rows there are, or near it: one per line break, and one more. Exact for a file
  /// whose lines all end alike (`\n`, `\r\n` or `\r`, the last old Macs' and some exports');
  /// a file that mixes them has a few rows more, and a column then grows once.
  var rowCapacity: Int { max(lineFeeds, carriageReturns) + 1 }

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The longest line `load` reads. A file without line breaks (a binary file, a one-line JSON
  /// dump) is refused at this point of the first pass instead of being held whole: a 512 MB file
  /// without a newline took 60 s and 2.2 GB to be called "a header but no rows".
  static let maximumLineBytes = 16 << 20
  /// Bytes since the last line break, across chunks.
  private var bytesSinceLineBreak = 0

  /// Reads all of `source`; the problem when it is blank or not UTF-8.
  static func checked(_ source: CSVSource, chunkSize: Int) throws(LoadProblem) -> CSVTextCheck {
    var check = CSVTextCheck()
    // A character cut by the end of a chunk is kept back and checked with the next one: the
    // buffer holds a chunk after up to three such bytes. A chunk of at least four bytes sees a
    // byte-order mark whole.
    var buffer = [UInt8](repeating: 0, count: max(chunkSize, 4) + 3)
    var isBlank = true
    var kept = 0
    // Seen in the first chunk: the file is UTF-16 or UTF-32, which the error names.
    var foreign: OtherEncoding? = nil
    reading: while true {
      try LoadProblem.checkInterrupt()
      let start = check.byteCount - kept
      let count = try buffer.withUnsafeMutableBufferPointer { (buffer) throws(LoadProblem) -> Int in
        try source.read(at: check.byteCount, into: UnsafeMutableBufferPointer(rebasing: buffer[kept...]))
      }
      if count == 0 && kept == 0 { break reading }
      check.byteCount += count
      let breaksBefore = (check.lineFeeds, check.carriageReturns)
      let bytes = kept + count
      let outcome = buffer.withUnsafeBufferPointer { buffer -> UTF8Validation.Outcome in
        let whole = UnsafeBufferPointer(rebasing: buffer[..<bytes])
        var fresh = UnsafeBufferPointer(rebasing: whole[kept...])
        if start == 0, fresh.starts(with: byteOrderMark) { fresh = UnsafeBufferPointer(rebasing: fresh.dropFirst(3)) }
        if start == 0 { foreign = otherEncoding(fresh) }
        if isBlank { isBlank = fresh.allSatisfy(isWhitespace) }
        check.count(fresh)
        check.measureLines(fresh)
        return UTF8Validation.validated(whole, isLast: count == 0)
      }
      if check.bytesSinceLineBreak > maximumLineBytes {
        throw LoadProblem.lineTooLong(
          path: source.path, line: max(breaksBefore.0, breaksBefore.1) + 1, maximumBytes: maximumLineBytes)
      }
      if let foreign {
        throw LoadProblem.otherEncoding(path: source.path, encoding: foreign)
      }
      switch outcome {
      case .valid(let end):
        if count == 0 { break reading }
        kept = bytes - end
        for index in 0..<kept { buffer[index] = buffer[end + index] }
      case .invalid(let position):
        let before = buffer[..<position]
        let lineFeeds = breaksBefore.0 + before.count(where: { $0 == CSVRowScanner.lineFeed })
        let carriageReturns = breaksBefore.1 + before.count(where: { $0 == CSVRowScanner.carriageReturn })
        let line = max(lineFeeds, carriageReturns) + 1
        throw LoadProblem.notUTF8(path: source.path, line: line, offset: start + position)
      }
    }
    if isBlank {
      throw LoadProblem.empty(path: source.path)
    }
    return check
  }

  /// Follows the length of the line being read: past `maximumLineBytes`, `bytesSinceLineBreak`
  /// says so. A chunk is shorter than the limit, so only a line running across chunks can reach it.
  private mutating func measureLines(_ bytes: UnsafeBufferPointer<UInt8>) {
    let isBreak = { (byte: UInt8) in byte == CSVRowScanner.lineFeed || byte == CSVRowScanner.carriageReturn }
    guard let first = bytes.firstIndex(where: isBreak), let last = bytes.lastIndex(where: isBreak) else {
      bytesSinceLineBreak += bytes.count
      return
    }
    if bytesSinceLineBreak + first > CSVTextCheck.maximumLineBytes {
      bytesSinceLineBreak += first
      return
    }
    bytesSinceLineBreak = bytes.count - last - 1
  }

  private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
    var lineFeeds = 0
    var carriageReturns = 0
    var quotes = 0
    for byte in bytes {
      lineFeeds &+= byte == CSVRowScanner.lineFeed ? 1 : 0
      carriageReturns &+= byte == CSVRowScanner.carriageReturn ? 1 : 0
      quotes &+= byte == CSVRowScanner.quote ? 1 : 0
    }
    self.lineFeeds += lineFeeds
    self.carriageReturns += carriageReturns
    self.quotes += quotes
  }

  /// A text encoding `load` does not read but can name, from the first bytes of a file.
  enum OtherEncoding {
    case utf16, utf16LittleEndian, utf16BigEndian, utf32

    var description: String {
      switch self {
      case .utf16: "UTF-16 text (it starts with UTF-16's byte-order mark)"
      case .utf16LittleEndian: "UTF-16 text (little-endian: every other byte of its first characters is zero)"
      case .utf16BigEndian: "UTF-16 text (big-endian: every other byte of its first characters is zero)"
      case .utf32: "UTF-32 text (it starts with UTF-32's byte-order mark)"
      }
    }

    /// What `iconv -f` calls it.
    var iconvName: String {
      switch self {
      case .utf16: "UTF-16"
      case .utf16LittleEndian: "UTF-16LE"
      case .utf16BigEndian: "UTF-16BE"
      case .utf32: "UTF-32"
      }
    }
  }

  /// The encoding the start of a file shows when it is UTF-16 or UTF-32: a byte-order mark
  /// (Excel's "Unicode Text", PowerShell 5's default), or for UTF-16 without one a zero byte
  /// beside each of the first two ASCII characters (a CSV file never starts with a zero).
  /// Caught here so the error names the encoding: as UTF-8, FF FE is an invalid byte at offset
  /// 0, and UTF-16 without a mark is valid UTF-8 full of zero bytes.
  static func otherEncoding(_ start: UnsafeBufferPointer<UInt8>) -> OtherEncoding? {
    if start.starts(with: [0xFF, 0xFE, 0, 0]) || start.starts(with: [0, 0, 0xFE, 0xFF]) { return .utf32 }
    if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) { return .utf16 }
    guard start.count >= 4 else { return nil }
    if start[0] != 0, start[0] < 0x80, start[1] == 0, start[2] != 0, start[2] < 0x80, start[3] == 0 {
      return .utf16LittleEndian
    }
    if start[0] == 0, start[1] != 0, start[1] < 0x80, start[2] == 0, start[3] != 0, start[3] < 0x80 {
      return .utf16BigEndian
    }
    return nil
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

/// `load`'s first pass over a file, a chunk at a time: that it is UTF-8 and not blank (problems
/// reported before any about its rows, as when the file was read whole and decoded first), and
/// the counts the second pass needs before it starts: how many rows there can be, so every
/// column is sized once, and how many quotes.
struct CSVTextCheck {
  /// Bytes read, a byte-order mark included, for the citation.
  private(set) var byteCount = 0
  /// Line feeds: a row ends at each, so there are at most one more rows than these.
  private(set) var lineFeeds = 0
  /// Quote characters, to tell a quote never closed from a line break inside quotes.
  private(set) var quotes = 0

  /// How many rows there can be at most: one per line feed, and one more.
  var rowCapacity: Int { lineFeeds + 1 }

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Reads all of `source`; the problem when it is blank or not UTF-8.
  static func checked(_ source: CSVSource, chunkSize: Int) throws(CSVLoader.LoadProblem) -> CSVTextCheck {
    var check = CSVTextCheck()
    // A character cut by the end of a chunk is kept back and checked with the next one: the
    // buffer holds a chunk after up to three such bytes. A chunk of at least four bytes sees a
    // byte-order mark whole.
    var buffer = [UInt8](repeating: 0, count: max(chunkSize, 4) + 3)
    var isBlank = true
    var kept = 0
    reading: while true {
      let start = check.byteCount - kept
      let count = try buffer.withUnsafeMutableBufferPointer { (buffer) throws(CSVLoader.LoadProblem) -> Int in
        try source.read(at: check.byteCount, into: UnsafeMutableBufferPointer(rebasing: buffer[kept...]))
      }
      if count == 0 && kept == 0 { break reading }
      check.byteCount += count
      let lineFeedsBefore = check.lineFeeds
      let bytes = kept + count
      let outcome = buffer.withUnsafeBufferPointer { buffer -> UTF8Validation.Outcome in
        let whole = UnsafeBufferPointer(rebasing: buffer[..<bytes])
        var fresh = UnsafeBufferPointer(rebasing: whole[kept...])
        if start == 0, fresh.starts(with: byteOrderMark) { fresh = UnsafeBufferPointer(rebasing: fresh.dropFirst(3)) }
        if isBlank { isBlank = fresh.allSatisfy(isWhitespace) }
        check.count(fresh)
        return UTF8Validation.validated(whole, isLast: count == 0)
      }
      switch outcome {
      case .valid(let end):
        if count == 0 { break reading }
        kept = bytes - end
        for index in 0..<kept { buffer[index] = buffer[end + index] }
      case .invalid(let position):
        let line = lineFeedsBefore + buffer[..<position].count(where: { $0 == CSVRowScanner.lineFeed }) + 1
        throw CSVLoader.LoadProblem(
          message: "\(source.path):\(line): not UTF-8 text (invalid byte at offset \(start + position))",
          help: "save the file as UTF-8 (in Excel: \"CSV UTF-8\")")
      }
    }
    if isBlank {
      throw CSVLoader.LoadProblem(
        message: "`\(source.path)` is empty", help: "a CSV file for `load` starts with a header row naming its columns")
    }
    return check
  }

  private mutating func count(_ bytes: UnsafeBufferPointer<UInt8>) {
    var lineFeeds = 0
    var quotes = 0
    for byte in bytes {
      lineFeeds &+= byte == CSVRowScanner.lineFeed ? 1 : 0
      quotes &+= byte == CSVRowScanner.quote ? 1 : 0
    }
    self.lineFeeds += lineFeeds
    self.quotes += quotes
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

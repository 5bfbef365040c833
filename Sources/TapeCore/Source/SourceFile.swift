#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One named piece of Tape text: a REPL entry, a `-e` argument, a file.
public struct SourceFile: Sendable {
  public let id: SourceID
  /// A human name used in diagnostics: `<input>`, `<input:12>`, `deepseek.session`.
  public let name: String
  /// UTF-8 bytes of the text; spans index into these. The text itself is not kept beside them:
  /// every entry of a session stays in its `SourceMap`, and a second copy of each was a third of
  /// what a long pipe held.
  public let bytes: [UInt8]

  public var text: String { String(decoding: bytes, as: UTF8.self) }
  /// Byte offset where each line starts; line 1 starts at 0.
  let lineStarts: [Int]
  /// The line number of this file's first line, for text cut out of a larger file.
  public let firstLine: Int

  public init(id: SourceID, name: String, text: String, firstLine: Int = 1) {
    self.id = id
    self.name = name
    self.bytes = Array(text.utf8)
    self.firstLine = firstLine
    self.lineStarts = SourceFile.lineStarts(of: bytes)
  }

  private static let firstLineOnly = [0]

  /// Where each line of `bytes` starts. The newlines are found with `memchr`: a session starts
  /// by taking in the standard library's 21 KB of source, and a loop over its bytes was a
  /// twentieth of `echo 1+1 | tape` (docs/performance.md).
  static func lineStarts(of bytes: [UInt8]) -> [Int] {
    bytes.withUnsafeBufferPointer { buffer -> [Int] in
      guard let base = buffer.baseAddress, var next = SourceFile.newline(in: base, count: buffer.count) else {
        // Most sources are one line: they share one array instead of allocating their own.
        return firstLineOnly
      }
      var starts = [0]
      while true {
        let start = next - base + 1
        starts.append(start)
        guard let found = SourceFile.newline(in: next + 1, count: buffer.count - start) else { return starts }
        next = found
      }
    }
  }

  /// The first `\n` of the `count` bytes at `start`.
  static func newline(in start: UnsafePointer<UInt8>, count: Int) -> UnsafePointer<UInt8>? {
    guard count > 0 else { return nil }
    #if canImport(Glibc) || canImport(Darwin)
      return memchr(start, Int32(UInt8(ascii: "\n")), count).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) }
    #else
      let bytes = UnsafeBufferPointer(start: start, count: count)
      return bytes.firstIndex(of: UInt8(ascii: "\n")).map { start + $0 }
    #endif
  }

  /// 1-based line and column of a byte offset. Columns count Characters, so a caret lines up
  /// under `€` or `¥` the way a terminal shows them.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    let clamped = min(max(offset, 0), bytes.count)
    let lineIndex = lineIndex(containing: clamped)
    let lineStart = lineStarts[lineIndex]
    let column = characterCount(from: lineStart, to: clamped) + 1
    return (lineIndex + firstLine, column)
  }

  /// The text of the (0-based) line containing `offset`, without its newline.
  public func lineText(containing offset: Int) -> String {
    let index = lineIndex(containing: min(max(offset, 0), bytes.count))
    let start = lineStarts[index]
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
  }

  /// The source text a span covers.
  public func text(of span: Span) -> String {
    let start = min(max(span.start, 0), bytes.count)
    let end = min(max(span.end, start), bytes.count)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  func characterCount(from start: Int, to end: Int) -> Int {
    guard end > start else { return 0 }
    return String(decoding: bytes[start..<end], as: UTF8.self).count
  }

  func lineIndex(containing offset: Int) -> Int {
    // Binary search for the last line start <= offset.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  func lineStart(ofIndex index: Int) -> Int { lineStarts[index] }
}

/// Every source an interpreter has seen, so a diagnostic from a function defined in an earlier
/// REPL entry still shows its own line.
public struct SourceMap: Sendable {
  public private(set) var files: [SourceFile] = []

  public init() {}

  /// Adds a source and returns it with its new ID.
  public mutating func add(name: String, text: String, firstLine: Int = 1) -> SourceFile {
    let file = SourceFile(id: nextID, name: name, text: text, firstLine: firstLine)
    files.append(file)
    return file
  }

  /// The ID the next source added will get.
  var nextID: SourceID { SourceID(files.count) }

  /// Adds a source made with `nextID`.
  mutating func add(_ file: SourceFile) {
    precondition(file.id == nextID, "a source is added with the ID it was made for")
    files.append(file)
  }

  public subscript(id: SourceID) -> SourceFile? {
    files.indices.contains(id.rawValue) ? files[id.rawValue] : nil
  }
}

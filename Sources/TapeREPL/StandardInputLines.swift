#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lines of a file descriptor, read in large chunks: `readLine` made a call into stdio and a
/// string per line. Lines end at `\n`, `\r\n` or a lone `\r` (a file from an old Mac editor),
/// which are dropped; bytes that are not UTF-8 become replacement characters, as in `readLine`.
struct StandardInputLines {
  let fileDescriptor: Int32
  /// Runs before each `read`, which may wait: the moment to flush output for what came before.
  let beforeRead: () -> Void
  private var buffer: [UInt8] = []
  /// Where the next line starts in `buffer`.
  private var start = 0
  private var reachedEnd = false
  static let chunkSize = 64 << 10

  init(fileDescriptor: Int32 = 0, beforeRead: @escaping () -> Void = {}) {
    self.fileDescriptor = fileDescriptor
    self.beforeRead = beforeRead
  }

  mutating func next() -> String? {
    var searchFrom = start
    while true {
      if let end = buffer[searchFrom...].firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
        if buffer[end] == UInt8(ascii: "\r") {
          // A `\r` at the end of what was read may be the first half of a `\r\n`.
          if end + 1 == buffer.count, !reachedEnd {
            searchFrom = end
            buffer.removeSubrange(0..<start)
            searchFrom -= start
            start = 0
            readChunk()
            continue
          }
          let line = String(decoding: buffer[start..<end], as: UTF8.self)
          start = end + 1 < buffer.count && buffer[end + 1] == UInt8(ascii: "\n") ? end + 2 : end + 1
          return line
        }
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        start = end + 1
        return line
      }
      if reachedEnd {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
      }
      // Keep the unfinished line, then read more after it.
      buffer.removeSubrange(0..<start)
      start = 0
      if buffer.count > StandardInputLines.maximumLineBytes { return droppingRestOfLine() }
      searchFrom = buffer.count
      readChunk()
    }
  }

  /// A line is cut after this many bytes: one more than `BatchSession.maximumEntryBytes`, so
  /// the caller sees that it is too long and reports it, while a 1 GB line is never held whole.
  static let maximumLineBytes = BatchSession.maximumEntryBytes + 1

  /// The start of an overlong line; the rest of it is read and dropped.
  private mutating func droppingRestOfLine() -> String {
    let kept = String(decoding: buffer[..<StandardInputLines.maximumLineBytes], as: UTF8.self)
    buffer.removeAll(keepingCapacity: true)
    while !reachedEnd {
      readChunk()
      if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        buffer.removeSubrange(...newline)
        return kept
      }
      buffer.removeAll(keepingCapacity: true)
    }
    return kept
  }

  /// Reads into memory the bytes have not touched yet and keeps what came: growing `buffer` by a
  /// chunk of zeros first wrote all 64 KB, 16 page faults, for the 4 bytes of `echo 1+1 | tape`
  /// (docs/performance.md).
  private mutating func readChunk() {
    beforeRead()
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: StandardInputLines.chunkSize, alignment: 1)
    defer { chunk.deallocate() }
    var count = -1
    repeat {
      count = read(fileDescriptor, chunk.baseAddress, StandardInputLines.chunkSize)
    } while count < 0 && errno == EINTR
    if count > 0 { buffer.append(contentsOf: chunk[..<count]) }
    if count <= 0 { reachedEnd = true }
  }
}

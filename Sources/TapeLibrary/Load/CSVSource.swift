#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where `load` reads bytes from: an open file, read at any offset, or a text in memory (Tape's
/// built-in data files). `load` reads a file a chunk at a time, more than once, and never holds
/// it whole: holding the file and its cells was most of a large load's memory.
final class CSVSource {
  private enum Origin {
    case file(descriptor: Int32)
    case text(String)
  }

  private var origin: Origin
  /// The path as the user wrote it, for errors.
  let path: String

  /// Opens the file at `absolutePath`, or says why it cannot (the system's reason).
  init(openingFile absolutePath: String, path: String) throws(CSVLoader.LoadProblem) {
    let descriptor = open(absolutePath, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw CSVLoader.LoadProblem(message: "cannot read `\(path)`: \(CSVSource.systemError())", help: nil)
    }
    origin = .file(descriptor: descriptor)
    self.path = path
  }

  init(text: String, path: String) {
    var text = text
    text.makeContiguousUTF8()
    origin = .text(text)
    self.path = path
  }

  deinit {
    if case .file(let descriptor) = origin { close(descriptor) }
  }

  /// Fills `buffer` with the bytes from `offset` on, as far as there are any; the count read,
  /// 0 at the end.
  func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) throws(CSVLoader.LoadProblem) -> Int {
    guard !buffer.isEmpty else { return 0 }
    switch origin {
    case .file(let descriptor):
      var total = 0
      while total < buffer.count {
        let count = pread(descriptor, buffer.baseAddress.map { $0 + total }, buffer.count - total, off_t(offset + total))
        if count < 0 {
          if errno == EINTR { continue }
          throw CSVLoader.LoadProblem(message: "cannot read `\(path)`: \(CSVSource.systemError())", help: nil)
        }
        if count == 0 { break }
        total += count
      }
      return total
    case .text(var text):
      return text.withUTF8 { bytes in
        guard offset < bytes.count else { return 0 }
        let count = min(buffer.count, bytes.count - offset)
        _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<count]).initialize(
          fromContentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)]))
        return count
      }
    }
  }

  private static func systemError() -> String { String(cString: strerror(errno)) }
}

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

  /// Opens the regular file at `absolutePath`, or says why it cannot (the system's reason).
  /// `load` passes the real path it checked, so a link found there now was put there since,
  /// and is not followed (`O_NOFOLLOW`). Opened without blocking: a file in /proc such as
  /// /proc/kmsg is a "regular file" whose reads wait for the kernel to write, and `tape check`
  /// hung on it; opened so, a read that would wait fails at once (`EAGAIN`), and on an
  /// ordinary file the flag changes nothing.
  init(openingFile absolutePath: String, path: String) throws(LoadProblem) {
    let descriptor = open(absolutePath, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
    guard descriptor >= 0 else { throw LoadProblem.cannotRead(path: path, reason: .system(code: errno)) }
    // The path was checked before it was opened; what was opened is checked again, in case the
    // file was swapped for a pipe or a device in between.
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw LoadProblem.cannotRead(path: path, reason: .notRegularFile)
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
  func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) throws(LoadProblem) -> Int {
    guard !buffer.isEmpty else { return 0 }
    switch origin {
    case .file(let descriptor):
      var total = 0
      while total < buffer.count {
        let count = pread(descriptor, buffer.baseAddress.map { $0 + total }, buffer.count - total, off_t(offset + total))
        if count < 0 {
          if errno == EINTR { continue }
          if errno == EAGAIN || errno == EWOULDBLOCK {
            throw LoadProblem.cannotRead(path: path, reason: .waitsForData)
          }
          throw LoadProblem.cannotRead(path: path, reason: .system(code: errno))
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
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The SHA-256 of a file's bytes, read a megabyte at a time, so a notebook can pin each file it
/// read (`Interpreter.takeFilesRead()`) and `tape check` can tell when one changed.
public enum FileChecksum {
  /// Why a file's checksum could not be computed.
  public enum Problem: Error, Equatable, Sendable {
    /// The file could not be opened or read; `code` is the system's `errno`.
    case cannotRead(path: String, code: Int32)
    /// A directory, a pipe, a device or a socket.
    case notRegularFile(path: String)

    public var message: String {
      switch self {
      case .cannotRead(let path, let code): "cannot read `\(path)`: \(String(cString: strerror(code)))"
      case .notRegularFile(let path): "cannot read `\(path)`: it is not a regular file"
      }
    }
  }

  /// Bytes read at a time.
  public static let chunkSize = 1 << 20

  /// The SHA-256 of the regular file at `path` (absolute, or from the current directory), in
  /// lowercase hexadecimal as `sha256sum` prints it. A pipe, a device or a file that waits for
  /// data (/proc/kmsg) is a problem rather than a wait.
  public static func sha256(ofFileAt path: String, chunkSize: Int = chunkSize) throws(Problem) -> String {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw .cannotRead(path: path, code: errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw .notRegularFile(path: path)
    }
    var hash = SHA256()
    var buffer = [UInt8](repeating: 0, count: max(chunkSize, 1))
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotRead(path: path, code: errno)
      }
      if count == 0 { break }
      buffer.withUnsafeBytes { hash.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
    return SHA256.hexadecimal(hash.finalized())
  }
}

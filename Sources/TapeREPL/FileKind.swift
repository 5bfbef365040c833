#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a path cannot be read as a text file, in the words a user needs: a folder, a device or a
/// pipe (which may never end, as `/dev/zero`, or never start, as a FIFO nobody writes to) are
/// refused before anything is read. Foundation called them all "permission denied", even as root.
enum FileKind {
  /// nil when `path` is a regular file the process may read.
  static func reasonNotReadable(_ path: String) -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else {
      return errno == ENOENT || errno == ENOTDIR ? "no such file" : String(cString: strerror(errno))
    }
    return reason(mode: status.st_mode) ?? (access(path, R_OK) == 0 ? nil : "permission denied")
  }

  /// nil when the descriptor is a regular file, a pipe or a terminal: what standard input may be.
  static func reasonNotInput(fileDescriptor: Int32) -> String? {
    var status = stat()
    guard fstat(fileDescriptor, &status) == 0 else { return String(cString: strerror(errno)) }
    return (status.st_mode & S_IFMT) == S_IFDIR ? "it is a folder" : nil
  }

  static func reason(mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "it is a folder"
    default: "it is not a regular file (a device, a pipe or a socket)"
    }
  }
}

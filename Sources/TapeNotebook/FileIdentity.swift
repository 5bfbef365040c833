#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which file a path names on disk: its device and inode, after following symbolic links. Two
/// paths with the same identity are one file, however differently they are spelled (`a.session`,
/// `./a.session`, a link to it, a hard link).
public struct FileIdentity: Equatable, Sendable {
  let device: UInt64
  let inode: UInt64

  /// The identity of the file at `path`, or nil when there is none (nothing there, or a folder
  /// on the way cannot be searched).
  public init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }
}

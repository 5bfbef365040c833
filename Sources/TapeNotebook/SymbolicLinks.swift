#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Following a chain of symbolic links by hand, so a save can replace the file a link points at
/// instead of the link itself. `realpath` cannot do it: it fails when the final target does not
/// exist yet, and it rewrites every folder on the way, which a save has no need to touch.
enum SymbolicLinks {
  /// The most links followed before giving up, as Linux does (`ELOOP`).
  static let maximumDepth = 40

  /// The path at the end of the chain of links starting at `path`: `path` itself when it is not
  /// a link. A link's relative target counts from the link's own folder. A link to a name that
  /// does not exist ends the chain at that name, so a write creates it. Nil for a loop.
  static func finalTarget(of path: String) -> String? {
    var current = path
    for _ in 0...maximumDepth {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      // Not a link (EINVAL) or not there (ENOENT): this is the file. Any other failure shows up,
      // with its reason, when the write opens or renames at this path.
      guard count > 0 else { return current }
      let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      let folder = PathComponents.folder(of: current)
      if target.hasPrefix("/") || folder.isEmpty {
        current = target
      } else {
        current = folder.hasSuffix("/") ? folder + target : folder + "/" + target
      }
    }
    return nil
  }
}

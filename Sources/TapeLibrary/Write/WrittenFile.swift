#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import TapeCore

/// A file `write_csv` writes: found as `load` finds files (a relative path from the session's
/// folder; a confined session, as a notebook's is, writes only inside its own folder, links
/// followed and `..` taken out), written atomically (a temporary file beside it, renamed over
/// it), never replacing a file that holds other data unless asked. Writing the same text again
/// changes nothing, so a notebook that writes a file replays.
enum WrittenFile {
  enum Outcome: Equatable {
    case created, replaced, unchanged
  }

  static func write(_ text: String, to path: String, under policy: FileReadPolicy, replacing: Bool) throws(FileWriteProblem)
    -> Outcome
  {
    guard !path.isEmpty else { throw .emptyPath }
    // The system would stop at a NUL and write a file other than the one named.
    guard !path.utf8.contains(0) else {
      throw .failed(path: path.replacing("\u{0}", with: "\\0"), reason: "a path cannot hold a NUL character")
    }
    guard !path.hasPrefix("tape:") else { throw .builtInData(path: path) }
    guard path.lowercased().hasSuffix(".csv") else { throw .notCSV(path: path) }
    let startsWithTilde = path == "~" || path.hasPrefix("~/")
    if startsWithTilde && policy.isConfined { throw .outsideFolder(path: path, folderName: policy.baseFolderName) }
    let expanded = startsWithTilde ? CSVLoader.expandingTilde(path) : path
    let base = ReadableFile.absolute(policy.baseFolder, from: FileManager.default.currentDirectoryPath)
    let absolute = ReadableFile.absolute(expanded, from: base)
    let target = ReadableFile.realPath(absolute) ?? ReadableFile.realPathOfMissing(absolute)
    if policy.isConfined {
      let folder = ReadableFile.realPath(base) ?? base
      guard ReadableFile.isInside(target, folder) else { throw .outsideFolder(path: path, folderName: policy.baseFolderName) }
    }
    var info = stat()
    let exists = stat(target, &info) == 0
    if exists {
      guard info.st_mode & S_IFMT != S_IFDIR else { throw .isDirectory(path: path) }
      guard info.st_mode & S_IFMT == S_IFREG else { throw .failed(path: path, reason: "it is not a regular file") }
      if let current = FileManager.default.contents(atPath: target), current == Data(text.utf8) { return .unchanged }
      guard replacing else { throw .exists(path: path) }
    }
    try atomicallyWrite(text, to: target, shownAs: path)
    return exists ? .replaced : .created
  }

  /// The text to a new temporary file beside `target`, flushed, then renamed over it.
  private static func atomicallyWrite(_ text: String, to target: String, shownAs path: String) throws(FileWriteProblem) {
    let slash = target.lastIndex(of: "/") ?? target.startIndex
    let folder = String(target[..<slash])
    let name = String(target[target.index(after: slash)...])
    let temporary = folder + "/.\(name).tape-\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
    var bytes = Array(text.utf8)
    var written = 0
    let ok = bytes.withUnsafeMutableBytes { buffer -> Bool in
      while written < buffer.count {
        let count = systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += count
      }
      return fsync(descriptor) == 0
    }
    let reason = String(cString: strerror(errno))
    close(descriptor)
    guard ok, rename(temporary, target) == 0 else {
      let failure = ok ? String(cString: strerror(errno)) : reason
      unlink(temporary)
      throw .failed(path: path, reason: failure)
    }
  }
}

/// `write(2)`, named apart from `WrittenFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}

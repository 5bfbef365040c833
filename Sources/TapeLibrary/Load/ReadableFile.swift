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

/// A path given to `load`, found on disk under the session's `FileReadPolicy`: a relative path
/// is taken from the policy's base folder, and a confined policy lets it reach only files whose
/// real path (every link followed, `..` taken out) lies inside the base folder or a path the
/// user allowed. Checking the real path is what stops `../x.csv` and a link inside the folder
/// that points out of it; checking it before asking whether the file exists keeps a confined
/// notebook from learning which files exist outside.
struct ReadableFile {
  /// The path as the user wrote it.
  let path: String
  /// The absolute path, `..` and `.` taken out, links not followed: what a citation shows for
  /// a file outside the base folder.
  let absolutePath: String
  /// The path with every link followed: the file that is opened.
  let realPath: String
  /// The path from the base folder when the file is inside it: what a citation shows.
  let relativePath: String?

  /// Finds `path` under `policy`; the problem when it is outside what the policy allows, does
  /// not exist, or is not a regular file the user can read.
  static func resolved(_ path: String, under policy: FileReadPolicy) throws(LoadProblem) -> ReadableFile {
    guard !path.isEmpty else {
      throw LoadProblem.emptyPath
    }
    // The system would read the path only up to a NUL, a file other than the one named.
    guard !path.utf8.contains(0) else {
      throw LoadProblem.cannotRead(path: path, reason: .nulInPath)
    }
    let startsWithTilde = path == "~" || path.hasPrefix("~/")
    if startsWithTilde && policy.isConfined {
      // `~` is another folder than the notebook's: a notebook that names it was written for
      // someone else's disk, or to read their keys.
      throw LoadProblem.cannotRead(
        path: path, reason: .homeFolderConfined(baseFolder: policy.baseFolderName, hasAllowed: !policy.allowedPaths.isEmpty))
    }
    let expanded = startsWithTilde ? CSVLoader.expandingTilde(path) : path
    let base = absolute(policy.baseFolder, from: FileManager.default.currentDirectoryPath)
    let absolutePath = absolute(expanded, from: base)
    let real = realPath(absolutePath)
    let realError = errno
    let realOrIntended = real ?? realPathOfMissing(absolutePath)
    if policy.isConfined {
      let readable = policy.readablePaths.map { absolute($0, from: base) }.map { realPath($0) ?? $0 }
      guard readable.contains(where: { isInside(realOrIntended, $0) }) else {
        // Through a link: name where it leads, which is what must be allowed.
        throw LoadProblem.cannotRead(
          path: path,
          reason: .outsideAllowed(
            linkTarget: realOrIntended == absolutePath ? nil : realOrIntended, resolved: realOrIntended,
            baseFolder: policy.baseFolderName, hasAllowed: !policy.allowedPaths.isEmpty))
      }
    }
    guard let real else {
      throw LoadProblem.cannotRead(
        path: path, reason: realError == EACCES ? .folderPermissionDenied : .missing(baseFolder: policy.baseFolderName))
    }
    try checkRegularReadableFile(real, path: path)
    let relative: String? =
      if isInside(absolutePath, base) {
        relativePath(absolutePath, inside: base)
      } else if let realBase = realPath(base), isInside(real, realBase) {
        relativePath(real, inside: realBase)
      } else {
        nil
      }
    return ReadableFile(path: path, absolutePath: absolutePath, realPath: real, relativePath: relative)
  }

  /// That `real` is a regular file the user may read; the problem otherwise.
  private static func checkRegularReadableFile(_ real: String, path: String) throws(LoadProblem) {
    var info = stat()
    guard stat(real, &info) == 0 else {
      throw LoadProblem.cannotRead(path: path, reason: .system(code: errno))
    }
    let type = info.st_mode & S_IFMT
    guard type != S_IFDIR else {
      throw LoadProblem.cannotRead(path: path, reason: .directory)
    }
    // A device or a pipe may never end (`/dev/zero`) or never start (a FIFO nobody writes to);
    // opening some devices does something (a tape drive rewinds), so they are not even opened.
    guard type == S_IFREG else {
      throw LoadProblem.cannotRead(path: path, reason: .notRegularFile)
    }
    guard access(real, R_OK) == 0 else {
      throw LoadProblem.cannotRead(path: path, reason: .permissionDenied)
    }
  }

  // MARK: Paths

  /// `path` made absolute from `folder` (itself absolute), with `.` and `..` taken out; links
  /// are not followed.
  static func absolute(_ path: String, from folder: String) -> String {
    URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL.path
  }

  /// The path with every link followed, or nil when it does not exist (`errno` says why).
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Where a path that does not exist would be: the real path of its nearest existing folder
  /// with the rest of it after. `absolutePath` holds no `..`, so the rest cannot climb out.
  static func realPathOfMissing(_ absolutePath: String) -> String {
    var existing = absolutePath
    var rest: [Substring] = []
    while existing != "/" {
      guard let slash = existing.lastIndex(of: "/") else { break }
      rest.insert(existing[existing.index(after: slash)...], at: 0)
      existing = slash == existing.startIndex ? "/" : String(existing[..<slash])
      if let real = realPath(existing) {
        return ([real == "/" ? "" : real] + rest.map(String.init)).joined(separator: "/")
      }
    }
    return absolutePath
  }

  /// Whether `path` is `folder` or lies under it; both absolute, without `..`.
  static func isInside(_ path: String, _ folder: String) -> Bool {
    if folder == "/" { return path.hasPrefix("/") }
    return path == folder || path.hasPrefix(folder + "/")
  }

  /// `path` from `folder`, which holds it.
  static func relativePath(_ path: String, inside folder: String) -> String {
    String(path.dropFirst(folder == "/" ? 1 : folder.count + 1))
  }

  /// `path` as one word for a shell: as it is when it has only safe characters, else in single
  /// quotes, so the suggested `--allow-read` can be pasted.
  static func shellWord(_ path: String) -> String {
    let safe = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+,:@%".contains($0)) }
    return safe ? path : "'" + path.replacing("'", with: #"'\''"#) + "'"
  }
}

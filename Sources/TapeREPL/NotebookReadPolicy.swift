#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import TapeCore

/// What a notebook, a library or a lesson read from a file may `load`: files inside its own
/// folder (a relative path starts there), and those the user allowed with `--allow-read`.
/// Anything else (an absolute path, `..` out of the folder, `~`, a device) is refused, so a
/// downloaded notebook cannot read the user's keys into an export.
enum NotebookReadPolicy {
  enum Kind: String {
    case notebook, library, lesson
  }

  /// The policy for running the file at `path`.
  static func policy(forFileAt path: String, kind: Kind, allowing allowedPaths: [String]) -> FileReadPolicy {
    .confined(
      to: folder(of: path), named: "the \(kind.rawValue)'s folder", allowing: allowedPaths.map(absolute))
  }

  /// The absolute folder holding `path`.
  static func folder(of path: String) -> String {
    URL(fileURLWithPath: absolute(path)).deletingLastPathComponent().standardizedFileURL.path
  }

  /// `path` made absolute against the working directory, `.` and `..` taken out.
  static func absolute(_ path: String) -> String {
    let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    return URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL.path
  }
}

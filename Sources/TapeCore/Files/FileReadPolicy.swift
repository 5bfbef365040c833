/// Which files `load` may read in a session and where a relative path starts. The REPL, a pipe
/// and `-e` read whatever the user can, from the working directory (`workingDirectory`); a
/// notebook from somewhere else may read only inside its own folder and the places the user
/// allowed (`confined(to:named:allowing:)`), so opening it cannot put `~/.ssh/id_ed25519` into
/// an export. TapeCore only carries the rules; TapeLibrary resolves paths and reads files.
public struct FileReadPolicy: Sendable, Equatable {
  /// The folder a relative path is read from: an absolute path. A relative one (the default's
  /// `.`) is taken from the process's current directory when a file is read, as before there
  /// was a policy.
  public var baseFolder: String
  /// How messages name `baseFolder`: "the notebook's folder", "the library's folder".
  public var baseFolderName: String
  /// Whether reads must stay inside `readablePaths`. When not confined, any file the user can
  /// read is read, and `~` is the home folder.
  public var isConfined: Bool
  /// Files and folders the user allowed besides `baseFolder` (`--allow-read`), as absolute
  /// paths; a folder allows every file under it. A relative one is taken from `baseFolder`.
  /// Used only when confined.
  public var allowedPaths: [String]

  public init(baseFolder: String, baseFolderName: String, isConfined: Bool, allowedPaths: [String] = []) {
    self.baseFolder = baseFolder
    self.baseFolderName = baseFolderName
    self.isConfined = isConfined
    self.allowedPaths = allowedPaths
  }

  /// Where a confined read may go: the base folder, then the allowed paths.
  public var readablePaths: [String] { [baseFolder] + allowedPaths }

  /// The default: any file the user can read, a relative path from the process's current
  /// directory.
  public static let workingDirectory = FileReadPolicy(
    baseFolder: ".", baseFolderName: "the directory Tape was started in", isConfined: false)

  /// Reads confined to `folder` (absolute) and `allowedPaths`; `name` is how messages call the
  /// folder ("the notebook's folder").
  public static func confined(to folder: String, named name: String, allowing allowedPaths: [String] = [])
    -> FileReadPolicy
  {
    FileReadPolicy(baseFolder: folder, baseFolderName: name, isConfined: true, allowedPaths: allowedPaths)
  }

  /// Any file the user can read, a relative path from `folder` (absolute); `name` is how
  /// messages call the folder.
  public static func unconfined(readingFrom folder: String, named name: String) -> FileReadPolicy {
    FileReadPolicy(baseFolder: folder, baseFolderName: name, isConfined: false)
  }
}

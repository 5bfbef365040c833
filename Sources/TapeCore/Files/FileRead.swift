/// One file a session read with `load`, for pinning its size and checksum in a notebook.
public struct FileRead: Sendable, Equatable {
  /// The path as the user wrote it: `portfolio.csv`, `../data/x.csv`, `/tmp/y.csv`.
  public var path: String
  /// The path from the policy's base folder when the file lies inside it (`data/x.csv`), else
  /// nil. This is how a citation names the file, so it reads the same wherever the folder moves.
  public var relativePath: String?
  /// The absolute path, `..` and `.` taken out (links are not followed).
  public var absolutePath: String
  /// The bytes read: the file's size when it was read.
  public var byteCount: Int

  public init(path: String, relativePath: String?, absolutePath: String, byteCount: Int) {
    self.path = path
    self.relativePath = relativePath
    self.absolutePath = absolutePath
    self.byteCount = byteCount
  }
}

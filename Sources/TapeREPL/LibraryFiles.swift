import TapeNotebook

/// Reading a `.tape` library from disk, with the message a user sees when that fails.
enum LibraryFiles {
  /// The library's text with `\n` line ends (`\r\n` and `\r` read as line ends, a byte-order
  /// mark skipped); a file that is not UTF-8 is refused with its line.
  static func read(_ path: String) -> Result<String, NotebookFiles.Problem> {
    NotebookFiles.text(of: path).map { LineEnding.normalized($0.text) }
  }
}

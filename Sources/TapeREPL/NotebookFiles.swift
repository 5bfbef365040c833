#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import TapeNotebook

/// Reading a notebook from disk, with the message a user sees when that fails.
enum NotebookFiles {
  struct Problem: Error {
    var message: String
  }

  /// Reads and parses a notebook. Bytes that are not UTF-8 read as U+FFFD, so a damaged file
  /// can still be checked; `forRewriting` refuses them instead, because writing the file back
  /// (`tape run --update`) would replace them for good.
  static func read(_ path: String, forRewriting: Bool = false) -> Result<SessionFile, Problem> {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
      return .failure(Problem(message: "error: cannot read \(path): \(reason)\n"))
    }
    if forRewriting, let line = firstLineNotUTF8(data) {
      return .failure(
        Problem(
          message: "\(path):\(line):1: error: this line is not valid UTF-8, and rewriting the file would replace its bytes\n"
            + "  = help: the file is left as it is; convert it to UTF-8 (for example with `iconv`), then run again\n"))
    }
    do {
      return .success(try SessionParser.parse(String(decoding: data, as: UTF8.self), file: path))
    } catch {
      return .failure(Problem(message: error.rendered))
    }
  }

  /// The 1-based number of the first line holding bytes that are not UTF-8, or nil.
  static func firstLineNotUTF8(_ data: Data) -> Int? {
    var line = 1
    for bytes in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      if String(validating: bytes, as: UTF8.self) == nil { return line }
      line += 1
    }
    return nil
  }
}

import Foundation
import TapeNotebook

/// Reading a notebook from disk, with the message a user sees when that fails.
enum NotebookFiles {
  struct Problem: Error {
    var message: String
  }

  static func read(_ path: String) -> Result<SessionFile, Problem> {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
      return .failure(Problem(message: "error: cannot read \(path): \(reason)\n"))
    }
    do {
      return .success(try SessionParser.parse(String(decoding: data, as: UTF8.self), file: path))
    } catch {
      return .failure(Problem(message: error.rendered))
    }
  }
}

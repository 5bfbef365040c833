#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading a `.tape` library from disk, with the message a user sees when that fails.
enum LibraryFiles {
  static func read(_ path: String) -> Result<String, NotebookFiles.Problem> {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isFolder = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      let reason = !exists ? "no such file" : isFolder ? "it is a folder" : "permission denied"
      return .failure(NotebookFiles.Problem(message: "error: cannot read \(path): \(reason)\n"))
    }
    return .success(String(decoding: data, as: UTF8.self))
  }
}

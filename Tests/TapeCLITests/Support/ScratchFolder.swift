import Foundation

/// A fresh folder under the system's temporary folder, named `tape-PREFIX-UUID`, for a test's
/// files; nil-safe, as a test that cannot make it fails on its first write.
enum ScratchFolder {
  static func make(_ prefix: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tape-\(prefix)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// A test suite whose files live in one scratch folder.
protocol WritesScratchFiles {
  var directory: URL { get }
}

extension WritesScratchFiles {
  /// Writes `text` to `name` in the folder; its path.
  func write(_ text: String, _ name: String) throws -> String {
    let path = directory.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}

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

  /// Reads and parses a notebook. A file that is not UTF-8 (UTF-16, Latin-1, binary) is refused
  /// with the line where that shows: reading it would put replacement characters where the
  /// user's bytes were, and `tape run --update` would then write them over the file.
  static func read(_ path: String) -> Result<SessionFile, Problem> {
    switch text(of: path) {
    case .failure(let problem): return .failure(problem)
    case .success(let decoded):
      do {
        var session = try SessionParser.parse(decoded.text, file: path)
        session.hasByteOrderMark = decoded.hasByteOrderMark
        return .success(session)
      } catch {
        return .failure(Problem(message: error.rendered))
      }
    }
  }

  /// Reads a journal that a crash may have damaged (a write cut short, garbage after a power
  /// loss): bytes that are not UTF-8 become U+FFFD, so every entry that can be read is recovered.
  static func readDamaged(_ path: String) -> Result<SessionFile, Problem> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(Problem(message: "error: cannot read \(path)\n"))
    }
    do {
      return .success(try SessionParser.parse(String(decoding: data, as: UTF8.self), file: path))
    } catch {
      return .failure(Problem(message: error.rendered))
    }
  }

  /// A text file's contents as UTF-8, a byte-order mark dropped (and reported).
  static func text(of path: String) -> Result<TextFileDecoding.Decoded, Problem> {
    if let reason = FileKind.reasonNotReadable(path) {
      return .failure(Problem(message: "error: cannot read \(path): \(reason)\n"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(Problem(message: "error: cannot read \(path): permission denied\n"))
    }
    do {
      return .success(try TextFileDecoding.decoded(data))
    } catch {
      return .failure(
        Problem(message: "\(path):\(error.line):1: error: \(error.message)\n  = help: \(error.help); the file is left as it is\n"))
    }
  }
}

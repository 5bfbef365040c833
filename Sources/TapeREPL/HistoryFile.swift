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
import TapeLibrary
import TapeNotebook

/// The REPL's persistent history: one entry per line (line breaks inside an entry escaped), under
/// `$XDG_STATE_HOME/tape/history`; Tape's own format, not libedit's `_HiStOrY_V2_`. Every entry
/// is appended as soon as it is entered, so a crash keeps it; appends and trims take a lock file,
/// so two REPLs can share the history safely. The file is created `rw-------`, because it holds
/// everything the user typed, and a trim keeps whatever mode it has.
public struct HistoryFile: Sendable {
  public static let maximumEntries = 2000

  public let path: String
  var lockPath: String { path + ".lock" }

  public init(path: String) { self.path = path }

  /// `$XDG_STATE_HOME/tape/history`, defaulting to `~/.local/state/tape/history`. A relative
  /// `XDG_STATE_HOME` is ignored, as the XDG spec says: it would put state in whatever folder
  /// Tape happens to start in.
  public static func standardPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/tape/history" }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.local/state/tape/history"
  }

  /// The stored entries, oldest first. A missing file is an empty history; undecodable bytes are
  /// repaired, never fatal. Lines may end in LF, CRLF or a lone CR (a file edited by a Windows or
  /// an old Mac tool); empty lines are skipped.
  public func load() -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    // Split the bytes, not the decoded text: Swift reads CRLF as one Character, which is not "\n".
    // Neither byte occurs inside a UTF-8 sequence.
    let lines = data.split { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    return lines.map { HistoryFile.decoded(String(decoding: $0, as: UTF8.self)) }
  }

  /// Appends one entry. Returns a message when the history cannot be written (the session goes on).
  @discardableResult
  public func append(_ entry: String) -> String? {
    withLock {
      let line = HistoryFile.encoded(entry) + "\n"
      let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT, 0o600)
      guard descriptor >= 0 else { return "cannot write history to \(path): \(String(cString: strerror(errno)))" }
      defer { close(descriptor) }
      // A file cut short mid-line (a crash, an editor) would glue this entry onto that line.
      var last = UInt8(ascii: "\n")
      let size = lseek(descriptor, 0, SEEK_END)
      if size > 0 { _ = pread(descriptor, &last, 1, size - 1) }
      let bytes = Array(((last == UInt8(ascii: "\n") ? "" : "\n") + line).utf8)
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      return written == bytes.count ? nil : "cannot write history to \(path): \(String(cString: strerror(errno)))"
    }
  }

  /// Keeps only the newest `maximumEntries`, rewriting the file atomically when it has grown past
  /// twice that (so trimming is rare).
  public func trimIfNeeded() {
    _ = withLock { () -> String? in
      let entries = load()
      guard entries.count > 2 * HistoryFile.maximumEntries else { return nil }
      let kept = entries.suffix(HistoryFile.maximumEntries).map(HistoryFile.encoded).joined(separator: "\n") + "\n"
      // A trim that fails leaves the whole history, which the next start tries again.
      return AtomicWrite.write(kept, to: path, newFile: .ownerOnly)
    }
  }

  func withLock(_ body: () -> String?) -> String? {
    let directory = PathComponents.folder(of: path)
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      return "cannot create \(directory): \(FileErrorReason.text(for: error))"
    }
    let lock = open(lockPath, O_WRONLY | O_CREAT, 0o600)
    guard lock >= 0 else { return body() }
    defer { close(lock) }
    flock(lock, LOCK_EX)
    defer { flock(lock, LOCK_UN) }
    return body()
  }

  static func encoded(_ entry: String) -> String {
    entry.replacingEvery("\\", with: "\\\\").replacingEvery("\n", with: "\\n").replacingEvery("\r", with: "\\r")
  }

  static func decoded(_ line: String) -> String {
    var result = ""
    var escaping = false
    for character in line {
      if escaping {
        result.append(character == "n" ? "\n" : character == "r" ? "\r" : character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}

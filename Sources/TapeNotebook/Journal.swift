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

/// The REPL's autosave: every entry is appended, as notebook input lines, before it is
/// evaluated, and flushed to disk, so even `kill -9` loses nothing typed. One file per REPL
/// process under `$XDG_STATE_HOME/tape/journals/`; `tape --recover` turns one back into a notebook.
/// A class because it owns an open file for the life of the session.
public final class Journal {
  public let path: String
  private let descriptor: Int32

  /// Opens a new journal in `directory`, or returns the reason it could not.
  public static func start(in directory: String, now: Date = Date()) -> Result<Journal, JournalError> {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      return .failure(JournalError(message: "cannot create \(directory): \(FileErrorReason.text(for: error))"))
    }
    let stamp = Journal.stamp(now)
    let path = "\(directory)/\(stamp)-\(getpid()).session"
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    guard descriptor >= 0 else {
      return .failure(JournalError(message: "cannot write \(path): \(String(cString: strerror(errno)))"))
    }
    let journal = Journal(path: path, descriptor: descriptor)
    _ = journal.append("# Tape session journal, started \(stamp)\n")
    return .success(journal)
  }

  init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Appends one entry (`# ...` comments as prose) and flushes it to disk.
  @discardableResult
  public func record(_ entry: String) -> JournalError? {
    let lines = entry.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let isProse = lines.allSatisfy { $0.trimmingSpacesAndTabs.hasPrefix("#") }
    let text = lines.enumerated().map { index, line in
      isProse ? line.trimmingSpacesAndTabs : (index == 0 ? "> " : "| ") + line
    }.joined(separator: "\n") + "\n"
    return append(text)
  }

  private func append(_ text: String) -> JournalError? {
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { buffer -> Int in
      guard let base = buffer.baseAddress else { return 0 }
      return write(descriptor, base, buffer.count)
    }
    guard written == bytes.count, fsync(descriptor) == 0 else {
      return JournalError(message: "cannot write the journal \(path): \(String(cString: strerror(errno)))")
    }
    return nil
  }

  /// `2025-01-27T14-30-05Z`: the time in UTC to the second (truncated), with no `:`, which some
  /// file systems refuse in names.
  static func stamp(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let secondOfDay = (seconds % 86_400 + 86_400) % 86_400
    let days = (seconds - secondOfDay) / 86_400
    let clock = [secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60]
      .map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: "-")
    return "\(TapeDate(daysSinceEpoch: days).iso)T\(clock)Z"
  }

  /// Journals in `directory`, newest first.
  public static func list(in directory: String) -> [JournalSummary] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".session") }.sorted(by: >).compactMap { name in
      let path = "\(directory)/\(name)"
      guard let data = FileManager.default.contents(atPath: path) else { return nil }
      let text = String(decoding: data, as: UTF8.self)
      let entries = text.split(separator: "\n").filter { $0.hasPrefix("> ") || $0 == ">" }.count
      let last = text.split(separator: "\n").last { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
      return JournalSummary(path: path, name: name, entries: entries, lastEntry: last)
    }
  }
}

public struct JournalSummary: Sendable {
  public var path: String
  public var name: String
  public var entries: Int
  public var lastEntry: String?
}

public struct JournalError: Error, Sendable {
  public var message: String
}

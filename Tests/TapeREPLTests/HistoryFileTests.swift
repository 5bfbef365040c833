import Foundation
import Testing
@testable import TapeREPL

struct HistoryFileTests {
  func temporaryHistory() -> HistoryFile {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tape-history-\(UUID().uuidString)")
    return HistoryFile(path: directory.appendingPathComponent("tape/history").path)
  }

  @Test func appendedEntriesLoadBackInOrderIncludingMultilineOnes() {
    let history = temporaryHistory()
    #expect(history.append("price = $118.42/share") == nil)
    #expect(history.append("fn f(x) =\n  x \\ 2") == nil)
    #expect(history.load() == ["price = $118.42/share", "fn f(x) =\n  x \\ 2"])
  }

  @Test func missingFileIsAnEmptyHistory() {
    #expect(temporaryHistory().load() == [])
  }

  @Test func standardPathFollowsXDGThenHome() {
    #expect(HistoryFile.standardPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/tape/history")
    #expect(HistoryFile.standardPath(environment: ["HOME": "/h"]) == "/h/.local/state/tape/history")
    #expect(HistoryFile.standardPath(environment: [:]) == nil)
  }

  @Test func trimmingKeepsTheNewestEntries() {
    let history = temporaryHistory()
    let count = 2 * HistoryFile.maximumEntries + 5
    let text = (0..<count).map { "\($0)" }.joined(separator: "\n") + "\n"
    try? FileManager.default.createDirectory(
      atPath: (history.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: history.path, contents: Data(text.utf8)))
    history.trimIfNeeded()
    let kept = history.load()
    #expect(kept.count == HistoryFile.maximumEntries)
    #expect(kept.last == "\(count - 1)")
  }

  /// A history of `count` numbered entries, written directly, with `mode`.
  func historyOnDisk(entries count: Int, mode: mode_t) throws -> HistoryFile {
    let history = temporaryHistory()
    try FileManager.default.createDirectory(
      atPath: (history.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let text = (0..<count).map { "\($0)" }.joined(separator: "\n") + "\n"
    #expect(FileManager.default.createFile(atPath: history.path, contents: Data(text.utf8)))
    #expect(chmod(history.path, mode) == 0)
    return history
  }

  func mode(_ path: String) -> mode_t {
    var status = stat()
    _ = lstat(path, &status)
    return status.st_mode & 0o7777
  }

  @Test(arguments: [0o600, 0o640] as [mode_t])
  func trimmingKeepsTheFilesMode(permissions: mode_t) throws {
    let history = try historyOnDisk(entries: 2 * HistoryFile.maximumEntries + 1, mode: permissions)
    history.trimIfNeeded()
    #expect(history.load().count == HistoryFile.maximumEntries)
    #expect(mode(history.path) == permissions)
  }

  @Test func trimmingALinkedHistoryRewritesItsTargetAndKeepsTheLink() throws {
    // Some people keep dot files in a repository and link them into place.
    let target = try historyOnDisk(entries: 2 * HistoryFile.maximumEntries + 1, mode: 0o600)
    let link = temporaryHistory()
    try FileManager.default.createDirectory(
      atPath: (link.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
    link.trimIfNeeded()
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    #expect(target.load().count == HistoryFile.maximumEntries)
  }

  @Test func aNewHistoryFileIsReadableOnlyByItsOwner() {
    let history = temporaryHistory()
    #expect(history.append("price = $118.42/share") == nil)
    #expect(mode(history.path) == 0o600)
  }

  @Test(arguments: [
    ("1 + 1\r\nprice = $118.42\r\n", ["1 + 1", "price = $118.42"]),
    ("1 + 1\rprice = $118.42\r", ["1 + 1", "price = $118.42"]),
    ("a\r\n\r\nb\nc\rd", ["a", "b", "c", "d"]),
    ("fn f(x) =\\n  x \\\\ 2\r\n€ 5\r\n", ["fn f(x) =\n  x \\ 2", "€ 5"]),
  ])
  func crlfAndLoneCRAlsoEndEntries(text: String, entries: [String]) throws {
    let history = temporaryHistory()
    try FileManager.default.createDirectory(
      atPath: (history.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: history.path, contents: Data(text.utf8)))
    #expect(history.load() == entries)
  }

  @Test func anEntryHoldingACarriageReturnStaysOneEntry() {
    let history = temporaryHistory()
    #expect(history.append("a\rb") == nil)
    #expect(history.append("c\r\nd") == nil)
    #expect(history.load() == ["a\rb", "c\r\nd"])
  }

  @Test func unwritableLocationReportsAProblemInsteadOfCrashing() {
    let history = HistoryFile(path: "/proc/tape-cannot-write-here/history")
    #expect(history.append("1 + 1") != nil)
  }

  @Test func concurrentAppendsLoseNothing() async {
    let history = temporaryHistory()
    await withTaskGroup(of: Void.self) { group in
      for writer in 0..<4 {
        group.addTask {
          for entry in 0..<50 { history.append("w\(writer)-\(entry)") }
        }
      }
    }
    #expect(Set(history.load()).count == 200)
  }
}

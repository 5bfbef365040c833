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
    FileManager.default.createFile(atPath: history.path, contents: Data(text.utf8))
    history.trimIfNeeded()
    let kept = history.load()
    #expect(kept.count == HistoryFile.maximumEntries)
    #expect(kept.last == "\(count - 1)")
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

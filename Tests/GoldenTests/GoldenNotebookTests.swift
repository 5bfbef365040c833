import Foundation
import TapeNotebook
import TapeREPL
import Testing

/// Every golden notebook, verified as `tape check` verifies it (`NotebookCommands.check`, that is
/// `Replayer` and `Verifier`): the error fixtures under Fixtures/errors/<stage>/ (one mistake
/// each, marked `# expect error`, grouped by the stage that catches it: lex, parse, check,
/// runtime), the language fixtures under Fixtures/language/, and every notebook under sessions/.
/// `TAPE_RECORD=1 swift test --filter GoldenTests` rewrites their records from what Tape prints
/// now (as `tape run --update` does), and fails, so a recording can never pass CI by accident.
struct GoldenNotebookTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let sessions = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("sessions")
  static let isRecording = ProcessInfo.processInfo.environment["TAPE_RECORD"] == "1"
  static let stages = ["lex", "parse", "check", "runtime"]

  /// The `.session` files under `directory`, by their paths from it, sorted.
  static func notebooks(under directory: URL) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: directory.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".session") { paths.append(path) }
    }
    return paths.sorted()
  }

  static func fixturePaths() -> [String] { notebooks(under: fixtures) }
  static func errorFixturePaths() -> [String] { fixturePaths().filter { $0.hasPrefix("errors/") } }
  static func sessionPaths() -> [String] { notebooks(under: sessions) }

  @Test func everyStageHasErrorFixtures() {
    let paths = Self.errorFixturePaths()
    for stage in Self.stages {
      #expect(paths.contains { $0.hasPrefix("errors/\(stage)/") }, "no fixtures for \(stage) errors")
    }
    let elsewhere = paths.filter { path in !Self.stages.contains { path.hasPrefix("errors/\($0)/") } }
    #expect(elsewhere.isEmpty, "error fixtures outside a stage's folder: \(elsewhere)")
  }

  @Test func everyNotebookUnderSessionsIsVerified() {
    #expect(Self.sessionPaths().contains("deepseek-shock.session"))
    #expect(Self.sessionPaths().contains { $0.hasPrefix("lessons/") })
  }

  /// One mistake per error fixture: exactly one entry is marked `# expect error` (the replay
  /// checks that it fails and that every other entry works).
  @Test(arguments: errorFixturePaths())
  func errorFixtureShowsOneMistake(_ path: String) throws {
    let text = try String(contentsOf: Self.fixtures.appendingPathComponent(path), encoding: .utf8)
    let notebook = try SessionParser.parse(text, file: path)
    let marked = notebook.entries.filter(\.expectsError)
    #expect(marked.count == 1, "\(path): \(marked.count) entries marked `# expect error`; a fixture shows one mistake")
  }

  @Test(arguments: fixturePaths())
  func fixtureReplaysExactly(_ path: String) {
    Self.verify(Self.fixtures.appendingPathComponent(path).path, named: "Fixtures/\(path)")
  }

  @Test(arguments: sessionPaths())
  func sessionReplaysExactly(_ path: String) {
    Self.verify(Self.sessions.appendingPathComponent(path).path, named: "sessions/\(path)")
  }

  /// `tape check FILE`, or in record mode `tape run --update FILE`, on a large stack as the
  /// `tape` command runs them, so deep recursion behaves the same.
  static func verify(_ file: String, named name: String) {
    let isRecording = Self.isRecording
    let (code, report) = LargeStack.run { () -> (Int32, String) in
      var report = ""
      let code =
        isRecording
        ? NotebookCommands.run(files: [file], update: true, output: { _ in }, errors: { report += $0 })
        : NotebookCommands.check(files: [file], output: { report += $0 }, errors: { report += $0 })
      return (code, report)
    }
    if isRecording {
      Issue.record("recorded \(name): \(report)rerun without TAPE_RECORD to verify")
      return
    }
    #expect(code == 0, "\(name) does not replay as recorded:\n\(report)")
  }
}

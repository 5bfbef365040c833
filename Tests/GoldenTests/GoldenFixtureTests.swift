import Foundation
import Testing

/// Replays every transcript under Fixtures/ (one mistake per error fixture, grouped by the stage
/// that catches it). `TAPE_RECORD=1 swift test --filter GoldenTests` rewrites the records from
/// what Tape prints now, and fails, so a recording can never pass CI by accident.
struct GoldenFixtureTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let isRecording = ProcessInfo.processInfo.environment["TAPE_RECORD"] == "1"

  static func fixturePaths() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: fixtures.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".transcript") { paths.append(path) }
    }
    return paths.sorted()
  }

  @Test func everyStageHasErrorFixtures() {
    let paths = Self.fixturePaths()
    for stage in ["lex", "parse", "check", "runtime"] {
      #expect(paths.contains { $0.hasPrefix("errors/\(stage)/") }, "no fixtures for \(stage) errors")
    }
  }

  @Test(arguments: fixturePaths())
  func fixtureReplaysExactly(_ path: String) throws {
    let url = Self.fixtures.appendingPathComponent(path)
    let text = try String(contentsOf: url, encoding: .utf8)
    let transcript = Transcript(parsing: text)
    let outputs = transcript.replayed()
    if Self.isRecording {
      try transcript.rendered(with: outputs).write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded \(path); rerun without TAPE_RECORD to verify")
      return
    }
    #expect(!transcript.entries.isEmpty)
    for (entry, actual) in zip(transcript.entries, outputs) {
      #expect(
        actual == entry.expected,
        "\(path):\(entry.line): `\(entry.input)`\nexpected:\n\(entry.expected.joined(separator: "\n"))\nactual:\n\(actual.joined(separator: "\n"))"
      )
    }
  }
}

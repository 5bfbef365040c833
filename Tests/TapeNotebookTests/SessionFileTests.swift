import Foundation
import Testing
import TapeCore
import TapeNotebook

struct SessionParserTests {
  static let notebook = """
    # NVIDIA on 27 January 2025
    #
    > before = $142.62/share
    before = $142.62/share
    > fn pe(price,
    |       eps) = price / eps
    fn pe(price, eps)

    > \\# not prose
    \\# an escaped output line
    """ + "\n"

  @Test func loadThenSaveGivesTheSameBytes() throws {
    let parsed = try SessionParser.parse(Self.notebook, file: "n.session")
    #expect(SessionPrinter.printed(parsed) == Self.notebook)
  }

  @Test func withoutAFinalNewlineRoundTripsToo() throws {
    let text = "# title\n> 1 + 1\n2"
    #expect(SessionPrinter.printed(try SessionParser.parse(text, file: "n.session")) == text)
  }

  @Test func blocksAreProseInputsWithOutputsAndBlanks() throws {
    let parsed = try SessionParser.parse(Self.notebook, file: "n.session")
    #expect(parsed.blocks.first == .prose("NVIDIA on 27 January 2025"))
    #expect(parsed.blocks[1] == .prose(""))
    #expect(parsed.entries.count == 3)
    #expect(parsed.entries[1].input == ["fn pe(price,", "      eps) = price / eps"])
    #expect(parsed.entries[1].output == ["fn pe(price, eps)"])
    #expect(parsed.entries[1].line == 5)
  }

  @Test func textBeforeAnyInputIsAnErrorWithItsLine() {
    #expect(throws: SessionError.self) { try SessionParser.parse("# ok\nstray text\n> 1\n", file: "n.session") }
    do {
      _ = try SessionParser.parse("# ok\nstray text\n", file: "n.session")
    } catch {
      #expect(error.line == 2)
      #expect(error.column == 1)
      #expect(error.rendered.hasPrefix("n.session:2:1: error: text outside an entry"))
    }
  }

  @Test func continuationWithoutInputIsAnError() {
    #expect(throws: SessionError.self) { try SessionParser.parse("| x\n", file: "n.session") }
    #expect(throws: SessionError.self) { try SessionParser.parse("> 1\n1\n| + 2\n", file: "n.session") }
  }

  @Test func outputLinesThatLookLikeMarkersAreEscaped() {
    #expect(SessionPrinter.outputLines("# x\n> y\n| z\nplain\n") == ["\\# x", "\\> y", "\\| z", "plain"])
  }
}

struct ReplayAndVerifyTests {
  func replay(_ text: String) throws -> (SessionFile, Replayer.Replay) {
    let recorded = try SessionParser.parse(text, file: "n.session")
    var interpreter = Interpreter()
    return (recorded, Replayer.replay(recorded, interpreter: &interpreter))
  }

  @Test func replayRecordsResultsAndErrorsWithTheFileLines() throws {
    let (_, replay) = try replay("# t\n> x = 2\n> x * $3\n> $5 + 3 shares\n")
    #expect(
      SessionPrinter.printed(replay.session)
        == "# t\n> x = 2\nx = 2\n> x * $3\n$6.00\n> $5 + 3 shares\n<notebook>:6:4: error: cannot add `USD` and `shares`\n"
        + "  |\n6 | $5 + 3 shares\n  | -- ^ -------- `USD` + `shares`\n")
  }

  @Test func anUpToDateNotebookPasses() throws {
    let (recorded, replayed) = try replay("> 118.42 - 142.62\n-24.2\n")
    #expect(Verifier.verify(recorded: recorded, replay: replayed, file: "n.session").passed)
  }

  @Test func anEditedOutputFailsWithAUnifiedDiffNamingTheLine() throws {
    let (recorded, replayed) = try replay("# t\n> 118.42 - 142.62\n-24.3\n")
    let report = Verifier.verify(recorded: recorded, replay: replayed, file: "n.session")
    #expect(report.mismatches == 1)
    #expect(report.diff == "--- n.session (recorded)\n+++ n.session (replayed)\n@@ -1,3 +1,3 @@\n # t\n > 118.42 - 142.62\n--24.3\n+-24.2\n")
  }
}

struct AtomicWriteTests {
  @Test func writesAndReplaces() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tape-\(UUID().uuidString).session").path
    #expect(AtomicWrite.write("one\n", to: path) == nil)
    #expect(AtomicWrite.write("two\n", to: path) == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two\n")
  }

  @Test func aFailedWriteSaysWhyAndLeavesNothingBehind() {
    let problem = AtomicWrite.write("x", to: "/nonexistent-folder-for-tape/n.session")
    #expect(problem?.hasPrefix("cannot write /nonexistent-folder-for-tape/n.session") == true)
  }
}

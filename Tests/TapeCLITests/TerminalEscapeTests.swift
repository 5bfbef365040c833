import Foundation
import Testing

/// Issue 14, "nothing raw to the terminal": a CSV cell or a string literal holding
/// `ESC ] 0;pwned BEL ESC [2J` retitled the terminal and cleared the screen. End to end, through
/// the built `tape`, no escape (0x1B) or bell (0x07) byte may reach standard output or error.
struct TerminalEscapeTests: WritesScratchFiles {
  static let payload = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
  static let shown = #"\e]0;pwned\u{7}\e[2J"#

  let directory = ScratchFolder.make("escape")

  func tape(_ arguments: [String], input: String? = nil) throws -> TapeCommandTests.Run {
    try TapeCommandTests().tape(arguments, input: input, in: directory)
  }

  /// Neither stream holds a byte a terminal would act on.
  func expectNothingRaw(_ run: TapeCommandTests.Run, sourceLocation: SourceLocation = #_sourceLocation) {
    for (name, text) in [("stdout", run.output), ("stderr", run.errors)] {
      #expect(!text.utf8.contains(0x1B), "ESC in \(name): \(text)", sourceLocation: sourceLocation)
      #expect(!text.utf8.contains(0x07), "BEL in \(name): \(text)", sourceLocation: sourceLocation)
    }
  }

  @Test func aStringLiteralWithAnEscapeIsShownEscaped() throws {
    let run = try tape(["-e", "\"\(Self.payload)\""])
    expectNothingRaw(run)
    #expect(run.output == "\"\(Self.shown)\"\n")
  }

  @Test func anErrorOnALineWithAnEscapeShowsTheLineEscaped() throws {
    let run = try tape(["-e", "\"\(Self.payload)\" + 1"])
    expectNothingRaw(run)
    #expect(run.status == 1)
    #expect(run.errors.contains("1 | \"\(Self.shown)\" + 1"))
  }

  @Test func aCSVTextCellWithAnEscapeIsShownEscaped() throws {
    _ = try write("name,note\nx,\"\(Self.payload)\"\n", "cells.csv")
    let run = try tape(["-e", "load(\"cells.csv\")"])
    expectNothingRaw(run)
    // A list of records shows as a table, its text cells escaped.
    #expect(run.output.hasPrefix("name  note"))
    #expect(run.output.hasSuffix("x     \(Self.shown)\n"))
  }

  @Test func aCSVCellQuotedInAnErrorIsShownEscaped() throws {
    _ = try write("date,close\n2025-01-27,\"\(Self.payload)\"\n2025-01-28,1\n2025-01-29,2\n", "bad.csv")
    let run = try tape(["-e", "load(\"bad.csv\")"])
    expectNothingRaw(run)
    #expect(run.errors.contains("column `close` has `\(Self.shown)`, not a number"))
  }

  @Test func aPipedLineWithAnEscapeIsShownEscaped() throws {
    let run = try tape([], input: "\"\(Self.payload)\"\nx = \"\(Self.payload)\"\n\"\(Self.payload)\" * 2\n")
    expectNothingRaw(run)
    #expect(run.output == "\"\(Self.shown)\"\nx = \"\(Self.shown)\"\n")
  }

  @Test func jsonOutputHasNoRawEscape() throws {
    let run = try tape(["--json", "-e", "\"\(Self.payload)\""])
    expectNothingRaw(run)
    #expect(run.output.contains(#""value": "\u001b]0;pwned\u0007\u001b[2J""#))
  }

  /// `tape check`'s diff quotes the notebook: its inputs and its recorded outputs.
  @Test func checkShowsTheDiffOfANotebookWithEscapesEscaped() throws {
    _ = try write("name,note\nx,\"\(Self.payload)\"\n", "cells.csv")
    let path = try write("# T\n> \"\(Self.payload)\"\n\"old \(Self.payload)\"\n> load(\"cells.csv\")\n", "n.session")
    let check = try tape(["check", path])
    expectNothingRaw(check)
    #expect(check.status == 1)
    #expect(check.output.contains(" > \"\(Self.shown)\"\n-\"old \(Self.shown)\"\n+\"\(Self.shown)\"\n"))
    #expect(check.output.contains("+x     \(Self.shown)\n"))
  }

  /// A recorded output is the escaped text, so a notebook of such data replays as recorded.
  @Test func aNotebookOfSuchDataRecordsTheEscapedTextAndChecksClean() throws {
    _ = try write("name,note\nx,\"\(Self.payload)\"\n", "cells.csv")
    let path = try write("# T\n> load(\"cells.csv\")\n", "n.session")
    let update = try tape(["run", "--update", path])
    expectNothingRaw(update)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("x     \(Self.shown)\n"))
    let check = try tape(["check", path])
    expectNothingRaw(check)
    #expect(check.status == 0)
    let run = try tape(["run", path])
    expectNothingRaw(run)
  }

  @Test func aLessonFromAFileShowsItsTextAndTheAnswersEscaped() throws {
    let path = try write(
      "# Esc\n# Prose \(Self.payload)\n# ## Exercise 1\n# Add.\(Self.payload)\n# Hint: one\(Self.payload)\n> 1 + 1\n2\n",
      "lesson.session")
    let run = try tape(["lesson", path], input: "\"\(Self.payload)\"\nhint\n2\n")
    expectNothingRaw(run)
    #expect(run.output.contains("Prose \(Self.shown)"))
    #expect(run.output.contains("answer> \"\(Self.shown)\"\n"))
    #expect(run.output.contains("hint: one\(Self.shown)"))
  }

  @Test func markdownExportToStandardOutputIsEscaped() throws {
    _ = try write("name,note\nx,\"\(Self.payload)\"\n", "cells.csv")
    let path = try write("# T \(Self.payload)\n> load(\"cells.csv\")\n", "n.session")
    let run = try tape(["export", path, "--format", "md"])
    expectNothingRaw(run)
    #expect(run.output.hasPrefix("# T \(Self.shown)\n"))
  }

  @Test func recoverListsAJournalsLastEntryEscaped() throws {
    let journals = directory.appendingPathComponent("state/tape/journals")
    try FileManager.default.createDirectory(at: journals, withIntermediateDirectories: true)
    try "# Tape session journal\n> \"\(Self.payload)\"\n".write(
      to: journals.appendingPathComponent("2026-01-01T00-00-00Z-1.session"), atomically: true, encoding: .utf8)
    let list = try TapeCommandTests().tape(
      ["--recover"], environment: ["XDG_STATE_HOME": directory.appendingPathComponent("state").path])
    expectNothingRaw(list)
    #expect(list.output.contains("(1 entries; last: \"\(Self.shown)\")"))
  }
}

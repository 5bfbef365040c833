import Foundation
import Testing

/// `tape lesson`: the list, a lesson played from a pipe, and the errors for a bad choice.
struct LessonCommandTests {
  @Test func withoutAnArgumentListsTheLessons() throws {
    let run = try TapeCommandTests().tape(["lesson"])
    #expect(run.status == 0)
    #expect(run.output.contains("   1  Market cap"))
    #expect(run.output.contains("`tape lesson 1` starts the first"))
  }

  @Test func aLessonPlaysFromAPipeAsATranscript() throws {
    let run = try TapeCommandTests().tape(["lesson", "1"], input: "2.889T\nhint\nnvda.close[2025-01-27] * nvda.shares\nanswer\nanswer\n")
    #expect(run.status == 0)
    #expect(run.output.contains("answer> 2.889T\n✗ Not yet: `2.889T`: the answer has a unit, `USD`; yours is a plain number\nhint: "))
    #expect(run.output.contains("answer> hint\nhint: multiply the close by `nvda.shares`"))
    #expect(run.output.contains("answer> nvda.close[2025-01-27] * nvda.shares\n✓ Right: $2.889T\ntape> cap_after = nvda.close[2025-01-27] * nvda.shares\ncap_after = $2.889T\n"))
    #expect(run.output.contains("You solved 1 of 3 exercises yourself."))
  }

  @Test func anAnswerContinuesOverLinesWhileABracketIsOpen() throws {
    let run = try TapeCommandTests().tape(["lesson", "1"], input: "(nvda.close[2025-01-27] *\n nvda.shares)\n")
    #expect(run.output.contains("answer> (nvda.close[2025-01-27] *\n  ...  nvda.shares)\n✓ Right: $2.889T\n"))
  }

  @Test func theEndOfInputStopsTheLesson() throws {
    let run = try TapeCommandTests().tape(["lesson", "1"], input: "")
    #expect(run.status == 0)
    #expect(run.output.contains("Stopped. `tape lesson` lists the lessons"))
  }

  @Test func anUnknownLessonIsAUsageError() throws {
    let run = try TapeCommandTests().tape(["lesson", "99"])
    #expect(run.status == 2)
    #expect(run.errors.hasPrefix("error: there is no lesson 99: choose 1 to "))
  }

  @Test func aFileThatIsNotALessonSaysWhere() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-\(UUID().uuidString).session").path
    try "# Title\n# Exercise 1\n# What?\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try TapeCommandTests().tape(["lesson", path])
    #expect(run.status == 1)
    #expect(run.errors.hasSuffix(":2:1: error: this exercise has no answer entry (`> ...`) after it\n"))
    #expect(try TapeCommandTests().tape(["lesson", "/no/such.session"]).errors == "error: cannot read /no/such.session: no such file\n")
  }
}

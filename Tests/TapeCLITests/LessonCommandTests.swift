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
    let run = try TapeCommandTests().tape(["lesson", "1"], input: "2.900T\nhint\nnvda.close[2025-01-27] * shares\nanswer\nanswer\n")
    #expect(run.status == 0)
    #expect(run.output.contains("answer> 2.900T\n✗ Not yet: `2.9T`: the answer has a unit, `USD`; yours is a plain number\nhint: "))
    #expect(run.output.contains("answer> hint\nhint: multiply the close by `shares`"))
    #expect(run.output.contains("answer> nvda.close[2025-01-27] * shares\n✓ Right: $2.900T\ntape> cap_after = nvda.close[2025-01-27] * shares\ncap_after = $2.900T\n"))
    #expect(run.output.contains("You solved 1 of 3 exercises yourself."))
  }

  @Test func thereAreAtLeastTwelveLessons() throws {
    let run = try TapeCommandTests().tape(["lesson"])
    #expect(run.output.contains("  12  Comparables across the peers"))
  }

  /// Each lesson added for issue 19, answered wrongly (a mistake the lesson names) and then rightly.
  @Test(arguments: [
    ("9", "ocf + capex", "capex is an outflow stored as a positive amount: subtract it", "ocf - capex", "$60.85B"),
    ("10", "beta(spy.close[2024-12-02..2025-01-24], nvda.close[2024-12-02..2025-01-24])",
     "you measured the market against NVIDIA", "beta(nvda.close[2024-12-02..2025-01-24], spy.close[2024-12-02..2025-01-24])",
     "1.8821"),
    ("11", "cap + cash - debt", "a buyer takes on the debt and gets the cash", "enterprise_value(cap, debt, cash)", "$2.865T"),
    ("12", "pe(peers.msft.close[2025-01-24], peers.msft.eps_diluted)", "the question asks for 28 February",
     "pe(peers.msft.close[2025-02-28], peers.msft.eps_diluted)", "33.6432"),
  ])
  func aNewLessonAnswersAMistakeThenTheRightAnswer(
    _ lesson: String, _ wrong: String, _ feedback: String, _ right: String, _ shown: String
  ) throws {
    let run = try TapeCommandTests().tape(["lesson", lesson], input: "\(wrong)\n\(right)\n")
    #expect(run.status == 0)
    #expect(run.output.contains("answer> \(wrong)\n✗ Not yet: "), "\(run.output)")
    #expect(run.output.contains(feedback), "\(run.output)")
    #expect(run.output.contains("answer> \(right)\n✓ Right: \(shown)\n"), "\(run.output)")
  }

  @Test func anAnswerContinuesOverLinesWhileABracketIsOpen() throws {
    let run = try TapeCommandTests().tape(["lesson", "1"], input: "(nvda.close[2025-01-27] *\n shares)\n")
    #expect(run.output.contains("answer> (nvda.close[2025-01-27] *\n  ...  shares)\n✓ Right: $2.900T\n"))
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

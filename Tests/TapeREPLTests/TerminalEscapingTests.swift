import Testing
import TapeCore
import TapeNotebook
import TapeREPL

/// What the REPL and `tape lesson` print comes from typed entries, files and data: control
/// characters in it are shown escaped, while Tape's own colour still works.
struct TerminalEscapingTests {
  static let payload = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
  static let shown = #"\e]0;pwned\u{7}\e[2J"#

  static func hasNoControls(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.isTerminalControl }
  }

  @Test func resultsAndErrorsOfTheREPLAreEscaped() {
    var session = REPLSession()
    #expect(session.handle("\"\(Self.payload)\"") == [.result("\"\(Self.shown)\"")])
    guard case .error(let text)? = session.handle("\"\(Self.payload)\" + 1").first else {
      Issue.record("expected an error")
      return
    }
    #expect(text.contains("1 | \"\(Self.shown)\" + 1"))
    #expect(Self.hasNoControls(text))
  }

  @Test func whyQuotesTheInputEscaped() {
    var session = REPLSession()
    let outputs = session.handle("why \"\(Self.payload)\"")
    #expect(outputs.contains { if case .text(let text) = $0 { text.contains(Self.shown) } else { false } })
    #expect(!outputs.contains { if case .text(let text) = $0 { !Self.hasNoControls(text) } else { false } })
  }

  @Test func anUnknownCommandIsQuotedEscaped() {
    var session = REPLSession()
    guard case .error(let text)? = session.handle(":x\(Self.payload)").first else {
      Issue.record("expected an error")
      return
    }
    #expect(text.hasPrefix("error: unknown command `:x\(Self.shown)`"))
  }

  @Test func historyListsEntriesEscaped() {
    var session = REPLSession()
    #expect(session.handle(":history", history: ["\"\(Self.payload)\""]) == [.text("1  \"\(Self.shown)\"\n")])
  }

  @Test func jsonEscapesEveryControlATerminalObeys() {
    let span = Span(source: SourceID(0), start: 0, end: 0)
    let json = JSONOutcome.encoded(.value(.string("a\u{1B}\u{7F}\u{9B}\u{202E}b"), span: span), sources: SourceMap())
    #expect(json == #"{"value": "a\u001b\u007f\u009b\u202eb", "display": "\"a\\e\\u{7F}\\u{9B}\\u{202E}b\""}"#)
  }

  static let lesson = """
    # Lesson 9: Esc\(payload)ape
    # Prose \(payload) here.
    > "in\(payload)put"
    "in\\e]0;pwned\\u{7}\\e[2J"
    # ## Exercise 1
    # What is 1 + 1?\(payload)
    # Hint: add\(payload).
    > 1 + 1
    2

    """

  @Test(arguments: [false, true])
  func aLessonShowsItsProseInputsHintsAndAnswersEscaped(usesColor: Bool) throws {
    let lesson = try Lesson(SessionParser.parse(Self.lesson, file: "l.session"), file: "l.session")
    var loop = LessonLoop(
      LessonWalkthrough(lesson, file: "l.session", interpreter: Interpreter()), usesColor: usesColor, next: nil)
    var answers = ["3", "hint", "\"\(Self.payload)\"", "answer"]
    var output = ""
    var errors = ""
    loop.run(
      readLine: { _ in answers.isEmpty ? .endOfInput : .line(answers.removeFirst()) }, output: { output += $0 },
      errors: { errors += $0 })
    #expect(output.contains("Prose \(Self.shown) here."))
    #expect(output.contains("tape> \"in\(Self.shown)put\"\n\"in\(Self.shown)put\"\n"))
    #expect(output.contains("What is 1 + 1?\(Self.shown)"))
    #expect(output.contains("add\(Self.shown)."))
    #expect(output.contains("`\"\(Self.shown)\"`"))
    // With colour on, Tape's own styling is all the escape sequences there are.
    let styling = /\u{1B}\[[0-9;]*m/
    #expect(Self.hasNoControls(output.replacing(styling, with: "")))
    #expect(Self.hasNoControls(errors))
    #expect(usesColor == output.contains("\u{1B}[1m"))
  }
}

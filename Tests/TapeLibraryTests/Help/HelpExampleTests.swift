import Testing
import TapeCore
import TapeLibrary

/// Every example of every help entry, and of the tour, runs and shows exactly what it promises.
/// The examples of one entry run in order in one fresh session, as `HelpEntry.Example` says.
struct HelpExampleTests {
  /// What Tape shows for one outcome, in the form `HelpEntry.Example.yields` uses: the short form
  /// of an error is its message and its help line, without the source line and carets.
  static func shown(_ outcome: Outcome) -> String {
    switch outcome {
    case .value(let value, _): value.display
    case .binding(let name, let value, _): "\(name) = \(value.display)"
    case .declaration(let text, _): text
    case .report(let text, _): text
    case .error(let diagnostic): "error: \(diagnostic.message)" + (diagnostic.help.map { "\nhelp: \($0)" } ?? "")
    }
  }

  /// Runs `examples` in one session and records every mismatch, naming `topic`.
  static func check(_ examples: [HelpEntry.Example], of topic: String) {
    var interpreter = Interpreter.standard()
    for example in examples {
      let outcomes = interpreter.run(example.input)
      let shown = outcomes.map(Self.shown).joined(separator: "\n")
      let unexpectedErrors = outcomes.compactMap { outcome -> String? in
        guard case .error(let diagnostic) = outcome, !example.yields.contains("error:") else { return nil }
        return interpreter.rendered(diagnostic)
      }
      #expect(
        shown == example.yields,
        "help \(topic): `\(example.input)` shows\n\(shown)\nbut the entry says\n\(example.yields)\n\(unexpectedErrors.joined(separator: "\n"))"
      )
    }
  }

  @Test(arguments: HelpIndex.standard.entries.map(\.name))
  func everyExampleShowsWhatItsEntrySays(_ name: String) throws {
    let entry = try #require(HelpIndex.standard.entry(named: name))
    Self.check(entry.examples, of: name)
  }

  @Test(arguments: HelpIndex.standard.entries.filter { $0.kind != .command }.map(\.name))
  func everyEntryButACommandHasAnExample(_ name: String) throws {
    let entry = try #require(HelpIndex.standard.entry(named: name))
    #expect(!entry.examples.isEmpty, "`help \(name)` has no example")
  }

  @Test func tourExamplesShowWhatTheTourSays() {
    #expect(HelpIndex.tourExamples.count >= 5)
    Self.check(HelpIndex.tourExamples, of: "(tour)")
  }

  @Test func anErrorShowsAsItsMessageAndHelpLine() {
    var interpreter = Interpreter(natives: BuiltinRegistry.natives)
    #expect(interpreter.run("$5 + 3 shares").map(Self.shown) == ["error: cannot add `USD` and `shares`"])
    #expect(
      interpreter.run("$100 + 10%").map(Self.shown) == [
        "error: cannot add a percentage to `USD`\nhelp: did you mean `$100 * (1 + 10%)`?"
      ])
  }
}

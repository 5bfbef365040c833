import TapeCore
import TapeLibrary
import Testing

/// Every dataset has a help entry written from its declaration, with tested examples.
struct DatasetHelpTests {
  static let index = HelpIndex.standard

  /// Help text with its line breaks undone, to search for phrases the wrapping may split.
  static func unwrapped(_ text: String) -> String {
    text.split(separator: "\n").map { $0.drop(while: { $0 == " " }) }.joined(separator: " ")
  }

  @Test(arguments: DatasetRegistry.all.map(\.name))
  func everyDatasetHasADatasetEntryWithExamples(_ name: String) throws {
    let entry = try #require(Self.index.entry(named: name), "`help \(name)` finds nothing")
    #expect(entry.kind == .dataset)
    #expect(entry.name == name)
    #expect(!entry.examples.isEmpty, "`help \(name)` has no example")
    #expect(entry.examples.contains { $0.input.contains(name) }, "no example of `help \(name)` uses it")
  }

  @Test(arguments: DatasetRegistry.all.map(\.name))
  func everyExampleShowsWhatItsEntrySays(_ name: String) throws {
    let entry = try #require(Self.index.entry(named: name))
    var interpreter = Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
    for example in entry.examples {
      let shown = interpreter.run(example.input).map { outcome -> String in
        switch outcome {
        case .value(let value, _): value.display
        case .binding(let name, let value, _): "\(name) = \(value.display)"
        case .declaration(let text, _), .report(let text, _): text
        case .error(let diagnostic): "error: \(diagnostic.message)"
        }
      }.joined(separator: "\n")
      #expect(
        shown == example.yields, "help \(name): `\(example.input)` shows \(shown), the entry says \(example.yields)")
    }
  }

  @Test func helpNvdaDescribesColumnsUnitsDatesAndSources() {
    let text = Self.unwrapped(Self.index.text(for: "nvda"))
    for expected in [
      "`close` (USD/share)", "`volume` (shares)", "`adj_close` (USD/share)", "2024-12-02 to 2025-02-28",
      "TP_TECH: GitHub feelfreeze-png/tech-prices", "read 2026-11-23", "split-adjusted but not", "`book_value` (USD)",
      "`shares` (shares)", "prices/NVDA.csv",
    ] {
      #expect(text.contains(expected), "`help nvda` does not say \(expected)")
    }
  }

  @Test func helpIxicSaysIndexPoints() {
    let text = Self.unwrapped(Self.index.text(for: "ixic"))
    #expect(text.contains("index points"))
    #expect(text.contains("`close` (plain number)"))
  }

  @Test func datasetsAreListedInTheTour() {
    #expect(Self.index.tour.contains("Datasets:"))
    #expect(Self.index.entry(named: "datasets")?.kind == .concept)
  }
}

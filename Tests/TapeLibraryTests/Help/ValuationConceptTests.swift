import Testing
import TapeLibrary

/// The valuation concepts of issue 7 ("Concepts in help"): each is found under the topic a student
/// types, several words included, and teaches with NVIDIA's numbers. `HelpExampleTests` runs
/// their examples; these tests check that they are there and reachable.
struct ValuationConceptTests {
  static let index = HelpIndex.standard

  static let topics = [
    "market cap", "price to earnings", "book value", "growth rate", "discounted cash flow",
    "percent vs points", "discount rate", "terminal value", "overreaction",
  ]

  func found(_ topic: String) -> String? {
    if case .entry(let entry) = Self.index.lookup(topic) { return entry.name }
    return nil
  }

  @Test(arguments: topics)
  func eachTopicIsAConcept(_ topic: String) throws {
    let entry = try #require(Self.index.entry(named: topic), "no entry `\(topic)`")
    #expect(entry.kind == .concept)
    #expect(found(topic) == topic)
  }

  @Test func aliasesFindTheirConcept() {
    #expect(found("p/e") == "price to earnings")
    #expect(found("pe ratio") == "price to earnings")
    #expect(found("compound growth") == "growth rate")
    #expect(found("dcf model") == "discounted cash flow")
    #expect(found("percentage points") == "percent vs points")
  }

  @Test func theFunctionsKeepTheirOwnEntries() {
    #expect(found("pe") == "pe")
    #expect(found("cagr") == "cagr")
    #expect(found("dcf") == "dcf")
    #expect(found("market_cap") == "market_cap")
  }

  @Test func multiWordTopicsForgiveCaseBackticksAndExtraSpaces() {
    #expect(found("Market Cap") == "market cap")
    #expect(found("  market   cap ") == "market cap")
    #expect(found("`terminal value`") == "terminal value")
    #expect(found("Percent vs\tPoints") == "percent vs points")
  }

  @Test func helpTextShowsTheEntry() {
    let text = Self.index.text(for: "market cap")
    #expect(text.hasPrefix("market cap — "))
    #expect(text.contains("market_cap(nvda, 2025-01-27)"))
  }

  /// What each entry must teach: the formula, a worked example on NVIDIA around 27 January 2025,
  /// and a common mistake.
  @Test(arguments: topics)
  func eachEntryHasAFormulaAnNvidiaExampleAndAMistake(_ topic: String) throws {
    let entry = try #require(Self.index.entry(named: topic))
    #expect(entry.explanation.contains("Formula"), "`help \(topic)` gives no formula")
    #expect(entry.explanation.contains("Common mistake:"), "`help \(topic)` names no common mistake")
    #expect(entry.examples.count >= 3, "`help \(topic)` has too few examples")
    let inputs = entry.examples.map(\.input).joined(separator: "\n")
    #expect(
      (entry.explanation + inputs).contains("NVIDIA") || inputs.contains("nvda"),
      "`help \(topic)` has no NVIDIA example")
  }

  @Test(arguments: topics)
  func seeAlsoNamesAreFound(_ topic: String) throws {
    let entry = try #require(Self.index.entry(named: topic))
    for name in entry.seeAlso { #expect(found(name) != nil, "`help \(topic)` sees also `\(name)`, which is not found") }
  }

  @Test func theTourListsTheConcepts() {
    for topic in Self.topics { #expect(Self.index.tour.contains(topic), "the tour does not list `\(topic)`") }
  }
}

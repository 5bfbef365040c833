import Testing
import TapeLibrary

struct HelpLookupTests {
  static let index = HelpIndex.standard

  func found(_ topic: String) -> String? {
    if case .entry(let entry) = Self.index.lookup(topic) { return entry.name }
    return nil
  }

  @Test func exactNames() {
    #expect(found("round") == "round")
    #expect(found("share") == "share")
    #expect(found("USD") == "USD")
    #expect(found("percent") == "percent")
    #expect(found(":vars") == ":vars")
    #expect(found("in") == "in")
  }

  @Test func aliases() {
    #expect(found("shares") == "share")
    #expect(found("days") == "day")
    #expect(found("$") == "USD")
    #expect(found("€") == "EUR")
    #expect(found("¥") == "JPY")
    #expect(found("%") == "percent")
    #expect(found(":q") == ":quit")
    #expect(found("conversions") == "in")
  }

  @Test func caseIsIgnoredWhenNothingMatchesExactly() {
    #expect(found("usd") == "USD")
    #expect(found("Round") == "round")
    #expect(found("SHARES") == "share")
    #expect(found("Money") == "money")
  }

  @Test func spacingBackticksParenthesesAndColonsAreForgiven() {
    #expect(found("  round ") == "round")
    #expect(found("`sqrt`") == "sqrt")
    #expect(found("round()") == "round")
    #expect(found("vars") == ":vars")
    #expect(found("history") == ":history")
  }

  @Test func aTypoGetsTheClosestNames() {
    guard case .notFound(let topic, let suggestions, _) = Self.index.lookup("sqr") else {
      Issue.record("`sqr` found an entry")
      return
    }
    #expect(topic == "sqr")
    #expect(suggestions.first == "sqrt")
  }

  @Test func suggestionsPreferTheEntrysOwnName() {
    guard case .notFound(_, let suggestions, _) = Self.index.lookup("sharez") else {
      Issue.record("`sharez` found an entry")
      return
    }
    #expect(suggestions.first == "shares" || suggestions.first == "share")
    #expect(suggestions.filter { $0.hasPrefix("share") }.count == 1)
  }

  @Test func aPrefixIsSuggested() {
    guard case .notFound(_, let suggestions, _) = Self.index.lookup("rou") else {
      Issue.record("`rou` found an entry")
      return
    }
    #expect(suggestions.contains("round"))
  }

  @Test func aWordThatIsNoTopicFindsTheEntriesThatMentionIt() {
    guard case .notFound(_, let suggestions, let apropos) = Self.index.lookup("percentage") else {
      Issue.record("`percentage` found an entry")
      return
    }
    #expect(suggestions.contains("percent"))
    let names = apropos.map(\.name)
    #expect(names.contains("percent"))
    #expect(names.contains("in"))
    #expect(names.first == "percent" || names.first == "in", "an entry whose summary says it comes first")
  }

  @Test func aproposNeedsEveryWord() {
    let names = Self.index.apropos("exchange rate").map(\.name)
    #expect(names.contains("money"))
    #expect(names.contains("USD"))
    #expect(!names.contains("round"))
    #expect(Self.index.apropos("x").isEmpty)
  }

  @Test func nonsenseFindsNothing() {
    guard case .notFound(_, let suggestions, let apropos) = Self.index.lookup("qqqqzzzz") else {
      Issue.record("found an entry")
      return
    }
    #expect(suggestions.isEmpty)
    #expect(apropos.isEmpty)
  }

  @Test func topicsHoldEveryNameAndAlias() {
    let topics = Self.index.topics
    for name in ["abs", "round", "share", "shares", "USD", "$", "money", "percent", "in", ":help", ":load"] {
      #expect(topics.contains(name), "`\(name)` missing from topics")
    }
    #expect(topics == topics.sorted())
    #expect(Set(topics).count == topics.count)
  }

  @Test func aCustomIndexFindsItsOwnEntries() {
    let entry = HelpEntry(name: "cagr", kind: .function, summary: "Compound annual growth rate.")
    let index = HelpIndex(entries: HelpIndex.standard.entries + [entry])
    if case .entry(let found) = index.lookup("CAGR") { #expect(found.name == "cagr") } else { Issue.record("not found") }
  }
}

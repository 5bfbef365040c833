import Testing

@testable import TapeCore

/// `s[a..]`, `s[..b]`, `s[..]` leave an end open; `3 trading days` is one unit (issue 18).
struct OpenRangeParserTests {
  private func tree(_ text: String) -> String {
    var parser = Parser(SourceFile(id: SourceID(0), name: "<test>", text: text))
    switch parser.nextStatement() {
    case .success(let statement)?: return statement.sexpr
    case .failure(let error)?: return "error: \(error.diagnostic.message)"
    case nil: return "(nothing)"
    }
  }

  @Test func eitherEndOfARangeMayBeOpen() {
    #expect(tree("s[-20..]").contains("(slice s (neg 20) _)"))
    #expect(tree("s[..2025-01-24]").contains("(slice s _ 2025-01-24)"))
    #expect(tree("s[..]").contains("(slice s _ _)"))
    #expect(tree("s[1..2]").contains("(slice s 1 2)"))
    #expect(tree("s[-1]").contains("(index s (neg 1))"))
    #expect(tree("s[1..").hasPrefix("error: "))
  }

  @Test func tradingDaysAreOneUnit() {
    #expect(tree("d + 3 trading days").contains("trading days"))
    #expect(tree("d + 1 trading day").contains("trading day"))
  }
}

import TapeCore
import TapeLibrary
import Testing

@testable import TapeNotebook

/// `--json` of a table or a record names its columns and their units.
struct JSONOutcomeLabelsTests {
  func encoded(_ source: String) -> String {
    var interpreter = Interpreter.standard()
    guard let outcome = interpreter.run(source).last else { return "" }
    return JSONOutcome.encoded(outcome, sources: interpreter.sources) ?? ""
  }

  @Test func aTableGivesItsColumnsAndUnits() {
    let text = encoded("pct_change(compare(nvda, amd))[2025-01-27..2025-01-28] * 1")
    #expect(text.contains(#""columns": ["nvda", "amd"]"#))
    #expect(text.contains(#""units": {"nvda": "%", "amd": "%"}"#))
    let closes = encoded("compare(nvda, amd)[2025-01-27..2025-01-27]")
    #expect(closes.contains(#""units": {"nvda": "USD/share", "amd": "USD/share"}"#))
    #expect(closes.contains(#""nvda": [118.42]"#))
  }

  @Test func aRecordGivesItsKeysAndUnits() {
    let text = encoded("{cap: $2.9T, shares: 24.4B shares, move: -16.97%, name: \"nvda\"}")
    #expect(text.contains(#""columns": ["cap", "shares", "move", "name"]"#))
    #expect(text.contains(#""units": {"cap": "USD", "shares": "share", "move": "%", "name": null}"#))
  }
}

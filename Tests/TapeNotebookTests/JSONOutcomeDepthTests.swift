import Testing
import TapeCore
@testable import TapeNotebook

/// `--json` stops at the display's nesting limit, as showing a value does.
struct JSONOutcomeDepthTests {
  @Test func aListNestedPastTheLimitIsEncodedWithItsDepthElided() {
    var value = Value.quantity(Quantity(1))
    for _ in 0..<1_000 { value = .list([value]) }  // deeper values overflow a test thread when freed
    let text = JSONOutcome.json(value)
    #expect(text == String(repeating: "[", count: Value.displayedDepthLimit) + "\"[…]\"" + String(repeating: "]", count: Value.displayedDepthLimit))
    #expect(JSONOutcome.json(.list([.quantity(Quantity(2))])) == "[2]")
  }
}

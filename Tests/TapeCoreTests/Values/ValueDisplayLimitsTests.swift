import Testing
import TapeCore

/// Showing a value never prints megabytes of text or walks past the parser's nesting limit.
struct ValueDisplayLimitsTests {
  @Test func aLongListShowsItsEndsAndItsLength() {
    let long = Value.list((1...1_000_000).map { .quantity(Quantity(Double($0))) })
    #expect(long.display == "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …, 999,998, 999,999, 1M] (1,000,000 items)")
    let short = Value.list((1...Value.displayedItemLimit).map { .quantity(Quantity(Double($0))) })
    #expect(!short.display.contains("…"), "a list of the limit's length is shown whole")
  }

  @Test func aListNestedPastTheLimitShowsItsDepthAsAnEllipsis() {
    var value = Value.quantity(Quantity(1))
    for _ in 0..<1_000 { value = .list([value]) }  // deeper values overflow a test thread when freed
    let text = value.display
    #expect(text.hasPrefix(String(repeating: "[", count: Value.displayedDepthLimit) + "[…]"))
    #expect(text.count == 2 * Value.displayedDepthLimit + 3)
  }
}

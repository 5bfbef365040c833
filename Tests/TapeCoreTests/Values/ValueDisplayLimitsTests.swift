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

  /// `fn dup(x, n) = if n == 0 then x else dup([x, x], n - 1)`: `dup(1, 36)` is 2^36 numbers in
  /// lists of two, under the item limit at every level; its text grew past 530 MB unbounded.
  static func dup(_ levels: Int) -> Value {
    var value = Value.quantity(Quantity(1))
    for _ in 0..<levels { value = .list([value, value]) }
    return value
  }

  @Test func aHugeValueInSmallListsShowsAtMostTheTextLimit() {
    let text = Self.dup(36).display
    #expect(text.utf8.count <= 2 * Value.displayedTextLimit, "\(text.utf8.count) bytes")
    #expect(text.hasPrefix(String(repeating: "[", count: 36) + "1, 1], [1, 1]]"))
    #expect(text.hasSuffix("…]"))
    let record = Value.record(Record(names: ["a", "b"], values: [Self.dup(30), Self.dup(30)]))
    #expect(record.display.utf8.count <= 2 * Value.displayedTextLimit)
  }

  // Ctrl-C during the display is tested through a terminal (TerminalSessionTests): the flag is
  // process-wide, and setting it here interrupted whatever other suite ran at the same moment.
}

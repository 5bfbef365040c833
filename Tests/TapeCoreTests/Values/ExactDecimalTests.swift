import Testing

@testable import TapeCore

// The fast path must give exactly what `Double(String)` (strtod) gives, or nothing.
@Suite struct ExactDecimalTests {
  @Test(arguments: ["0", "7", "007", "118.42", "0.1", "0.3", "142.62", "999999999999999", "99999999999999.9", "1.005",
    "24680000000", "0.00000000000001", "123456789.012345"])
  func agreesWithStrtod(_ text: String) {
    #expect(ExactDecimal.value(of: Array(text.utf8)) == Double(text))
  }

  @Test(arguments: ["", ".", "1e5", "-1", "+1", "1,000", "1_000", "1.2.3", "1234567890123456", "0.1234567890123456", "0.000000000000001", "12a"])
  func declinesWhatItDoesNotRead(_ text: String) {
    #expect(ExactDecimal.value(of: Array(text.utf8)) == nil)
  }

  @Test func agreesOnManyAmounts() {
    var state: UInt64 = 42
    for _ in 0..<100_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let whole = (state >> 20) % 10_000_000_000
      let decimals = Int((state >> 8) % 6)
      let fraction = (state >> 40) % 100_000
      let text = decimals == 0 ? "\(whole)" : "\(whole).\(String(String(fraction).prefix(decimals)))"
      #expect(ExactDecimal.value(of: Array(text.utf8)) == Double(text), "\(text)")
    }
  }
}

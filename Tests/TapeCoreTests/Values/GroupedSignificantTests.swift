import Testing

@testable import TapeCore

// `NumberText.groupedSignificant` writes the digits of a rounded number itself; it must give the
// text of the general path, `grouped(significant(value))`, for every value it takes.
@Suite struct GroupedSignificantTests {
  static func general(_ value: Double) -> String { NumberText.grouped(NumberText.significant(value)) }

  @Test(arguments: [
    1.0, -1.0, 24.2, 1234.5, 1244.8036427506, 98.4307770047737, 999_999.999_999_999_5, 0.1 + 0.2 + 1,
    123_456_789_012_345, 999_999_999_999_999, 9.999_999_999_999_999_6, 1e14, 1e15 - 0.5, 100, 1000, 1_000_000,
    -5_432.1, 590.41 - 492.47, 2.5, 10.000_000_000_000_1,
  ])
  func agreesWithTheGeneralPath(_ value: Double) {
    if let fast = NumberText.groupedSignificant(value) {
      #expect(fast == GroupedSignificantTests.general(value), "\(value)")
    }
  }

  @Test func agreesOnManySpreadValues() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var checked = 0
    for _ in 0..<300_000 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      // Magnitudes 1e-2 to 1e17, with short decimals (typed figures) and full-precision ones.
      let magnitude = Double(state % 1_000_000_007) / 1_000_000_007 * 19 - 2
      var value = Double.pow10(magnitude) * (state & 1 == 0 ? 1 : -1)
      if state & 2 == 0 { value = (value * 100).rounded() / 100 }
      guard let fast = NumberText.groupedSignificant(value) else { continue }
      checked += 1
      #expect(fast == GroupedSignificantTests.general(value), "\(value)")
    }
    #expect(checked > 200_000)
  }

  @Test func leavesSmallAndHugeNumbersToTheGeneralPath() {
    #expect(NumberText.groupedSignificant(0.5) == nil)
    #expect(NumberText.groupedSignificant(0) == nil)
    #expect(NumberText.groupedSignificant(1e15) == nil)
    #expect(NumberText.groupedSignificant(.infinity) == nil)
    #expect(NumberText.groupedSignificant(.nan) == nil)
  }
}

extension Double {
  fileprivate static func pow10(_ exponent: Double) -> Double {
    var result = 1.0
    let whole = Int(exponent.rounded(.down))
    for _ in 0..<abs(whole) { result = whole < 0 ? result / 10 : result * 10 }
    // 10^fraction through e^(fraction * ln 10), by its series: enough for spreading test values.
    let x = (exponent - Double(whole)) * 2.302_585_092_994_046
    var term = 1.0
    var sum = 1.0
    for n in 1..<30 {
      term *= x / Double(n)
      sum += term
    }
    return result * sum
  }
}

@Suite struct AppendDisplayTests {
  @Test(arguments: [
    Value.number(1244.8036427506), .number(999_999.5), .number(5_576_000), .number(589e9), .number(0.25), .number(-3),
    .quantity(Quantity(0.125, format: .percent)), .number(2.5e15), .bool(true),
  ])
  func appendsWhatDisplayShows(_ value: Value) {
    var text = "x = "
    value.appendDisplay(to: &text)
    #expect(text == "x = " + value.display)
  }
}

@Suite struct ResultLineTests {
  @Test(arguments: [
    Value.number(1244.8036427506), .number(-98.43), .number(999_999.5), .number(5_576_000), .number(0.25), .number(7),
    .quantity(Quantity(0.125, format: .percent)), .quantity(Quantity(3, format: .full)), .bool(false),
  ])
  func aBindingLineIsTheNameTheDisplayAndANewline(_ value: Value) {
    let span = Span(source: SourceID(0), start: 0, end: 0)
    #expect(OutcomeText.line(.binding(name: "v1", value: value, span: span)) == "v1 = \(value.display)\n")
    #expect(OutcomeText.line(.binding(name: "a_longer_name", value: value, span: span)) == "a_longer_name = \(value.display)\n")
    #expect(OutcomeText.line(.value(value, span: span)) == "\(value.display)\n")
  }
}

import Foundation
import Testing

@testable import TapeCore

/// `PrintfFormat` must write what `String(format:)` wrote before Tape stopped linking Foundation.
@Suite struct PrintfFormatTests {
  static let values: [Double] = [
    0, -0.0, 1, -1, 0.5, 1.005, 2.5, 9e15, 9_007_199_254_740_993, 1e16, 123_456_789_012_345_678, -1e20, 1e22, 1e23,
    1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e-30, 1.23456789e-25,
    6.02214076e23, 299_792_458, 0.1 + 0.2, Double.pi * 1e40, .infinity, -.infinity, .nan,
  ]
  static let formats = ["%.14e", "%.0e", "%.0f", "%.2f", "%.6f", "%.17e"]

  @Test(arguments: formats)
  func matchesFoundationsStringFormat(_ format: String) {
    var generator = SystemRandomNumberGenerator()
    let random = (0..<2000).map { _ in Double(bitPattern: generator.next()) }
    for value in Self.values + random {
      #expect(PrintfFormat.string(format, value) == String(format: format, value), "\(format) of \(value)")
    }
  }

  @Test func textLongerThanTheFirstBufferIsWhole() {
    let text = PrintfFormat.string("%.0f", 1e300)
    #expect(text.count == 301)
    #expect(text == String(format: "%.0f", 1e300))
  }
}

import Foundation
import Testing

@testable import TapeCore

// `DecimalRounding.decimalExponent` replaces `floor(log10(x))` on the hot path; it must agree with
// it everywhere, including the doubles next to each power of ten, where `log10` rounds.
@Suite struct DecimalExponentTests {
  static func reference(_ x: Double) -> Int { Int(Foundation.log10(x).rounded(.down)) }

  @Test func agreesNextToEveryPowerOfTen() {
    for exponent in -30...30 {
      let power = Foundation.pow(10.0, Double(exponent))
      var below = power
      var above = power
      for _ in 0..<64 {
        #expect(DecimalRounding.decimalExponent(below) == DecimalExponentTests.reference(below), "\(below)")
        #expect(DecimalRounding.decimalExponent(above) == DecimalExponentTests.reference(above), "\(above)")
        below = below.nextDown
        above = above.nextUp
      }
    }
  }

  @Test func agreesOnManySpreadValues() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<200_000 {
      // SplitMix64: deterministic, spread over magnitudes 1e-30 to 1e30.
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      let mantissa = 1 + Double(z >> 11) / Double(1 << 53) * 9
      let x = mantissa * Foundation.pow(10.0, Double(Int(z % 61) - 30))
      #expect(DecimalRounding.decimalExponent(x) == DecimalExponentTests.reference(x), "\(x)")
    }
  }

  @Test func agreesOnTheExtremes() {
    for x in [Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, 1e-300, 1e300, Double.greatestFiniteMagnitude] {
      #expect(DecimalRounding.decimalExponent(x) == DecimalExponentTests.reference(x))
    }
  }
}

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

// `DecimalRounding.sum` skips the rounding for whole numbers under 1e15; the rounding must have
// left those unchanged, and must still round whole numbers from 1e15 up.
@Suite struct WholeNumberSumTests {
  /// The rounding `sum` does, without its shortcut.
  static func rounded(_ result: Double, of a: Double, _ b: Double) -> Double {
    let exponent = DecimalRounding.decimalExponent(max(abs(a), abs(b)))
    let decimals = DecimalRounding.digits - 1 - exponent
    let power = NumberText.exp10(abs(decimals))
    return decimals > 0 ? (result * power).rounded() / power : (result / power).rounded() * power
  }

  @Test func wholeNumbersUnder1e15AreLeftAsTheRoundingWouldLeaveThem() {
    var state: UInt64 = 42
    for _ in 0..<100_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let digits = Int(state >> 60) + 1  // 1 to 16 digits
      let a = Double(Int64(bitPattern: state >> 4) % Int64(pow(10.0, Double(min(digits, 15)))))
      let b = Double(Int64(bitPattern: (state >> 8) & 0xFFFF_FFFF)) - 2_147_483_648
      guard max(abs(a), abs(b)) > 0 else { continue }
      #expect(DecimalRounding.sum(a + b, of: a, b) == WholeNumberSumTests.rounded(a + b, of: a, b), "\(a) + \(b)")
      #expect(DecimalRounding.sum(a - b, of: a, b) == WholeNumberSumTests.rounded(a - b, of: a, b), "\(a) - \(b)")
    }
  }

  @Test func wholeNumbersFrom1e15AreStillRounded() {
    // 16 digits: the 16th is below Tape's working precision and is rounded away.
    #expect(DecimalRounding.sum(1_234_567_890_123_456 + 1, of: 1_234_567_890_123_456, 1) == 1_234_567_890_123_460)
    #expect(DecimalRounding.sum(999_999_999_999_999 + 1, of: 999_999_999_999_999, 1) == 1e15)
  }
}

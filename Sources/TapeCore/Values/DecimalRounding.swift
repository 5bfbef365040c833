#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps binary floating point faithful to the decimal digits people type. Quantities are
/// `Double` (docs/number-representation.md); these roundings remove the representation error
/// that would otherwise surface, at Tape's working precision of 15 significant digits.
public enum DecimalRounding {
  /// Tape's working precision: every decimal number of up to 15 significant digits survives a
  /// round trip through `Double`.
  public static let digits = 15

  /// `value` rounded to `digits` significant digits.
  public static func significant(_ value: Double, digits: Int = DecimalRounding.digits) -> Double {
    guard value.isFinite, value != 0 else { return value }
    let exponent = decimalExponent(Swift.abs(value))
    let decimals = digits - 1 - exponent
    if decimals > 0 && decimals <= 22 {
      let power = NumberText.exp10(decimals)
      return (value * power).rounded() / power
    }
    if decimals <= 0 && -decimals <= 22 {
      let power = NumberText.exp10(-decimals)
      return (value / power).rounded() * power
    }
    // Far outside money's range: let the C library round through text.
    return Double(PrintfFormat.string("%.\(digits - 1)e", value)) ?? value
  }

  /// The result of `a + b` or `a - b` without digits below the 15th significant digit of the
  /// larger operand: those digits are representation error, not information, and they are what
  /// turns `590.41 - 492.47` into `97.93999999999994`.
  public static func sum(_ result: Double, of a: Double, _ b: Double) -> Double {
    let scale = Swift.max(Swift.abs(a), Swift.abs(b))
    guard result.isFinite, scale != 0, scale.isFinite else { return result }
    // Whole numbers under 1e15 add exactly, and rounding at or left of the units digit leaves
    // a whole number as it is: counters and recursion (`n - 1`) skip the rounding.
    if scale < 1e15, a == a.rounded(.towardZero), b == b.rounded(.towardZero) { return result }
    let exponent = decimalExponent(scale)
    let decimals = digits - 1 - exponent
    if decimals > 0 && decimals <= 22 {
      let power = NumberText.exp10(decimals)
      return (result * power).rounded() / power
    }
    if decimals <= 0 && -decimals <= 22 {
      let power = NumberText.exp10(-decimals)
      return (result / power).rounded() * power
    }
    return result
  }

  /// `floor(log10(x))` for a positive finite `x`, as the C library's `log10` gives it, without calling
  /// it in the common case: it ran on every `+` and `-`, and on every point of a series sum.
  /// Between two powers of ten the answer is decided by comparing with a table. Within a
  /// relative 2e-14 of a power of ten, where `log10` itself may round across the integer (a few
  /// units in the last place of the logarithm), the answer is `log10`'s, so the result is the
  /// same as before for every input.
  static func decimalExponent(_ x: Double) -> Int {
    // floor(log10(x)) is floor(e * log10(2)) or one more, where e is x's binary exponent.
    var estimate = Int((Double(Int(x.exponent)) * 0.301_029_995_663_981_2).rounded(.down))
    let offset = powersOfTen.count / 2
    guard estimate >= -offset, estimate + 2 <= offset else { return Int(log10(x).rounded(.down)) }
    if x >= powersOfTen[estimate + 1 + offset] { estimate += 1 }
    let lower = powersOfTen[estimate + offset]
    let upper = powersOfTen[estimate + 1 + offset]
    if x < lower * (1 + 2e-14) || x > upper * (1 - 2e-14) { return Int(log10(x).rounded(.down)) }
    return estimate
  }

  /// 1e-22 through 1e22; from 1e0 up every entry is exact.
  static let powersOfTen: [Double] = [
    1e-22, 1e-21, 1e-20, 1e-19, 1e-18, 1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-9, 1e-8, 1e-7,
    1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
    1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]
}

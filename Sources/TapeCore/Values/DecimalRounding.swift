import Foundation

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
    let exponent = Int(Foundation.log10(Swift.abs(value)).rounded(.down))
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
    return Double(String(format: "%.\(digits - 1)e", value)) ?? value
  }

  /// The result of `a + b` or `a - b` without digits below the 15th significant digit of the
  /// larger operand: those digits are representation error, not information, and they are what
  /// turns `590.41 - 492.47` into `97.93999999999994`.
  public static func sum(_ result: Double, of a: Double, _ b: Double) -> Double {
    let scale = Swift.max(Swift.abs(a), Swift.abs(b))
    guard result.isFinite, scale != 0, scale.isFinite else { return result }
    let exponent = Int(Foundation.log10(scale).rounded(.down))
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
}

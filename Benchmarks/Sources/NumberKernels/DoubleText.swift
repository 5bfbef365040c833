import Foundation

/// Display text for a `Double`, by Tape's rules.
///
/// A copy of `Sources/TapeCore/Values/NumberText.swift` (`significant`, `fixed`, `tidy`, `exp10`),
/// which is internal to TapeCore: the benchmarks must time exactly what Tape does. If NumberText
/// changes, copy it again.
public enum DoubleText {
  /// `value` rounded to `digits` significant digits, trailing zeros dropped: 24.200000000000003 -> "24.2".
  @inlinable
  public static func significant(_ value: Double, digits: Int = 15) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-infinity" : "infinity") }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    let exponent = Int(log10(magnitude).rounded(.down))
    let decimals = digits - 1 - exponent
    let rounded: Double
    if decimals > 0 && decimals <= 22 {
      let power = exp10(decimals)
      rounded = (value * power).rounded() / power
    } else if decimals <= 0 && -decimals <= 22 {
      let power = exp10(-decimals)
      rounded = (value / power).rounded() * power
    } else {
      rounded = value
    }
    return tidy(rounded.description)
  }

  /// `value` with exactly `decimals` digits after the point: fixed(24.2, 2) -> "24.20". Tape's money.
  @inlinable
  public static func fixed(_ value: Double, decimals: Int) -> String {
    let power = exp10(decimals)
    let scaled = (abs(value) * power).rounded()
    guard scaled < 9e15 else { return significant(value) }
    let whole = Int(scaled) / Int(power)
    let fraction = Int(scaled) % Int(power)
    var text = String(whole)
    if decimals > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
    return (value < 0 && scaled != 0 ? "-" : "") + text
  }

  /// Not in Tape: `fixed`, but the scaled value (1.005 * 100 = 100.49999999999999) is first rounded
  /// to 15 significant digits (100.5), so a half-cent written in decimal rounds up as it reads.
  @inlinable
  public static func fixedDecimalTies(_ value: Double, decimals: Int) -> String {
    let power = exp10(decimals)
    let scaled = roundedSignificant(abs(value) * power).rounded()
    guard scaled < 9e15 else { return significant(value) }
    let whole = Int(scaled) / Int(power)
    let fraction = Int(scaled) % Int(power)
    var text = String(whole)
    if decimals > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
    return (value < 0 && scaled != 0 ? "-" : "") + text
  }

  /// The rounding step of `significant`, without the text.
  @inlinable
  public static func roundedSignificant(_ value: Double, digits: Int = 15) -> Double {
    guard value.isFinite, value != 0 else { return value }
    let exponent = Int(log10(abs(value)).rounded(.down))
    let decimals = digits - 1 - exponent
    if decimals > 0 && decimals <= 22 {
      let power = exp10(decimals)
      return (value * power).rounded() / power
    } else if decimals <= 0 && -decimals <= 22 {
      let power = exp10(-decimals)
      return (value / power).rounded() * power
    }
    return value
  }

  /// Swift's shortest round-trip text, cleaned up: "24.0" -> "24", "1e-05" -> "1e-5", "1e+16" -> "1e16".
  @inlinable
  public static func tidy(_ description: String) -> String {
    var text = description
    if let e = text.firstIndex(of: "e") {
      var mantissa = String(text[..<e])
      var exponent = String(text[text.index(after: e)...])
      if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
      if exponent.hasPrefix("+") { exponent.removeFirst() }
      let negative = exponent.hasPrefix("-")
      if negative { exponent.removeFirst() }
      while exponent.count > 1 && exponent.hasPrefix("0") { exponent.removeFirst() }
      return "\(mantissa)e\(negative ? "-" : "")\(exponent)"
    }
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }

  @inlinable
  public static func exp10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
  }
}

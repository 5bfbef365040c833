import Foundation

/// Display text for a Foundation `Decimal`, as Tape would need it if its quantities were decimals:
/// 15 significant digits for plain numbers, cents for money. `Decimal.description` alone is not
/// enough: `140892.25 / 98.5` describes as 1430.37817258883248730964467005076142131.
public enum DecimalText {
  /// 10^0 ... 10^39: Decimal's mantissa is 128 bits, so up to 39 decimal digits (below 3.4e38).
  @usableFromInline
  static let powersOfTen: [Decimal] = (0...39).map { Decimal(sign: .plus, exponent: $0, significand: 1) }

  /// floor(log10(|value|)) for a non-zero decimal: the exponent plus the significand's digit count.
  @inlinable
  public static func floorLog10(_ value: Decimal) -> Int {
    let significand = value.significand.magnitude
    // Binary search for the number of digits: the first power of ten above the significand.
    var low = 0
    var high = powersOfTen.count - 1
    while low < high {
      let middle = (low + high) / 2
      if significand < powersOfTen[middle] { high = middle } else { low = middle + 1 }
    }
    let digits = low
    return value.exponent + digits - 1
  }

  /// `value` rounded to `digits` significant digits (half away from zero), as text: 24.2, 1430.37817258883.
  @inlinable
  public static func significant(_ value: Decimal, digits: Int = 15) -> String {
    if value.isNaN { return "NaN" }
    if value.isZero { return "0" }
    var source = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &source, digits - 1 - floorLog10(value), .plain)
    return rounded.description
  }

  /// `value` rounded half away from zero to `decimals` places, with exactly that many: "24.20".
  @inlinable
  public static func fixed(_ value: Decimal, decimals: Int) -> String {
    var source = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &source, decimals, .plain)
    var text = rounded.description
    guard decimals > 0 else { return text }
    if let point = text.firstIndex(of: ".") {
      let have = text.distance(from: text.index(after: point), to: text.endIndex)
      if have < decimals { text += String(repeating: "0", count: decimals - have) }
    } else {
      text += "." + String(repeating: "0", count: decimals)
    }
    return text
  }

  /// The decimal as a Double (the only way to reach `pow`, `log`, `exp` from a Decimal).
  @inlinable
  public static func double(_ value: Decimal) -> Double {
    NSDecimalNumber(decimal: value).doubleValue
  }
}

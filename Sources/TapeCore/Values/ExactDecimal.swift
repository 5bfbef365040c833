/// The value of plain decimal text (`118.42`, `24680000000`) without `strtod`, for the common case
/// where it is exact: at most 15 digits make a whole number below 2^53, and dividing it by an
/// exact power of ten rounds once, correctly, which is what `strtod` returns too (Clinger's
/// fast path). The lexer and `load` read most numbers this way.
public enum ExactDecimal {
  /// Digits with at most one `.` between them, 15 digits at most; nil for anything else (signs,
  /// exponents, separators, longer numbers), which the caller reads the general way.
  @inlinable
  public static func value<Bytes: Collection<UInt8>>(of bytes: Bytes) -> Double? {
    var mantissa: Int64 = 0
    var digits = 0
    var fractionDigits = 0
    var seenPoint = false
    for byte in bytes {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        digits += 1
        guard digits <= 15 else { return nil }
        mantissa = mantissa * 10 + Int64(byte &- UInt8(ascii: "0"))
        if seenPoint { fractionDigits += 1 }
      } else if byte == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
      } else {
        return nil
      }
    }
    guard digits > 0 else { return nil }
    return Double(mantissa) / powersOfTen[fractionDigits]
  }

  /// 10^0 through 10^15, each exact.
  @usableFromInline
  static let powersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
}

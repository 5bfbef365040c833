#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decimal text for doubles without binary noise and without Foundation's formatters (which are
/// slow on Linux and locale-dependent).
enum NumberText {
  /// `value` rounded to `digits` significant digits, trailing zeros dropped: 24.200000000000003 -> "24.2".
  static func significant(_ value: Double, digits: Int = 15) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-infinity" : "infinity") }
    if value == 0 { return "0" }
    // At fewer than 15 digits, round the working-precision value first (double rounding is
    // what a reader of the 15-digit value would do too).
    let working = digits < DecimalRounding.digits ? DecimalRounding.significant(value) : value
    let rounded = DecimalRounding.significant(working, digits: digits)
    return tidy(rounded.description)
  }

  /// `grouped(significant(value))` for magnitudes from 1 up to 1e15, the numbers most results
  /// show, written straight from the rounded digits: the shortest text of the rounded double,
  /// which `significant` asks for, is those digits, since no two decimals of 15 significant
  /// digits share a double. Nil outside that range; the caller takes the general path.
  static func groupedSignificant(_ value: Double, digits: Int = DecimalRounding.digits) -> String? {
    var text = ""
    return appendGroupedSignificant(value, digits: digits, to: &text) ? text : nil
  }

  /// `groupedSignificant`, appended to `text`; false (and nothing appended) outside its range.
  static func appendGroupedSignificant(_ value: Double, digits: Int = DecimalRounding.digits, to text: inout String) -> Bool {
    var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
    return withUnsafeMutableBytes(of: &buffer) { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard let length = writeGroupedSignificant(value, digits: digits, into: bytes) else { return false }
      text += String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
      return true
    }
  }

  /// The longest text `writeGroupedSignificant` writes: 15 digits, 4 commas, a sign and a point.
  static let groupedSignificantCapacity = 21

  /// Writes `groupedSignificant(value)` into `buffer` (at least `groupedSignificantCapacity`
  /// bytes) and returns its length; nil, writing nothing, outside its range.
  static func writeGroupedSignificant(
    _ value: Double, digits significantDigits: Int = DecimalRounding.digits, into buffer: UnsafeMutableBufferPointer<UInt8>
  ) -> Int? {
    let magnitude = abs(value)
    guard magnitude >= 1, magnitude < 1e15, buffer.count >= groupedSignificantCapacity,
      significantDigits >= 1, significantDigits <= DecimalRounding.digits
    else { return nil }
    let decimals = significantDigits - 1 - DecimalRounding.decimalExponent(magnitude)
    guard decimals >= 0 && decimals <= 14 else { return nil }
    // At fewer than 15 digits, round the working-precision value first, so 1.0000005 (stored a
    // hair below) rounds as typed.
    let working = significantDigits < DecimalRounding.digits ? DecimalRounding.significant(magnitude) : magnitude
    let scaled = (working * exp10(decimals)).rounded()
    // Rounding up to the next power of ten (9.9999999999999996 -> 10) changes the exponent.
    guard scaled < exp10(significantDigits) else { return nil }
    var digits = UInt64(scaled)
    var fractionDigits = decimals
    while fractionDigits > 0 && digits % 10 == 0 {
      digits /= 10
      fractionDigits -= 1
    }
    // Written right to left.
    do {
      // Count the digits to place the commas: `digits` is under 1e15, so below 10^count.
      var count = 1
      while count < 15 && Double(digits) >= exp10(count) { count += 1 }
      var remaining = digits
      let integerDigits = max(count - fractionDigits, 1)
      let commas = (integerDigits - 1) / 3
      let length = (value < 0 ? 1 : 0) + integerDigits + commas + (fractionDigits > 0 ? 1 + fractionDigits : 0)
      var index = length - 1
      remaining = digits
      for _ in 0..<fractionDigits {
        buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
        index -= 1
      }
      if fractionDigits > 0 {
        buffer[index] = UInt8(ascii: ".")
        index -= 1
      }
      for position in 0..<integerDigits {
        if position > 0 && position % 3 == 0 {
          buffer[index] = UInt8(ascii: ",")
          index -= 1
        }
        buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
        index -= 1
      }
      if value < 0 { buffer[0] = UInt8(ascii: "-") }
      return length
    }
  }

  /// `value` with exactly `decimals` digits after the point: fixed(24.2, 2) -> "24.20".
  static func fixed(_ value: Double, decimals: Int) -> String {
    let power = exp10(decimals)
    // Round at the working precision first, so `1.005` (stored as 1.00499999999999989...)
    // shows `1.01` as typed, not `1.00`.
    let scaled = DecimalRounding.significant(abs(value) * power).rounded()
    // Past 2^53 the integer conversion below would trap; the C library prints any size.
    guard scaled < 9e15 else { return PrintfFormat.string("%.\(decimals)f", value) }
    let whole = Int(scaled) / Int(power)
    let fraction = Int(scaled) % Int(power)
    var text = String(whole)
    if decimals > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
    return (value < 0 && scaled != 0 ? "-" : "") + text
  }

  /// `2.5e15`: mantissa with up to 15 significant digits, then the power of ten.
  static func scientific(_ value: Double, digits: Int = DecimalRounding.digits) -> String {
    guard value.isFinite, value != 0 else { return significant(value) }
    var exponent = Int(log10(abs(value)).rounded(.down))
    var mantissa = DecimalRounding.significant(value / pow(10, Double(exponent)), digits: digits)
    if abs(mantissa) >= 10 {
      mantissa /= 10
      exponent += 1
    }
    return significant(mantissa) + "e" + String(exponent)
  }

  /// Every digit of the integer part, for `in full`, whatever the size.
  static func allDigits(_ value: Double) -> String {
    abs(value) < 1e15 ? significant(value) : PrintfFormat.string("%.0f", value)
  }

  /// "1234567.5" -> "1,234,567.5"; leaves exponent forms alone. Works on the UTF-8 bytes: it
  /// runs for every number shown, and Character-wise splitting cost a tenth of a scalar script.
  static func grouped(_ text: String) -> String {
    var text = text
    // Over a buffer of the bytes: iterating `String.UTF8View` byte by byte was slower than the work.
    return text.withUTF8 { bytes -> String? in
      guard bytes.count > 3, !bytes.contains(UInt8(ascii: "e")) else { return nil }
      let signLength = bytes[0] == UInt8(ascii: "-") ? 1 : 0
      let integerDigits = (bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count) - signLength
      guard integerDigits > 3 else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count + (integerDigits - 1) / 3) { out in
        var written = 0
        for offset in 0..<bytes.count {
          let digitIndex = offset - signLength
          if digitIndex > 0 && digitIndex < integerDigits && (integerDigits - digitIndex) % 3 == 0 {
            out[written] = UInt8(ascii: ",")
            written += 1
          }
          out[written] = bytes[offset]
          written += 1
        }
        return written
      }
    } ?? text
  }

  /// Swift's shortest round-trip text, cleaned up: "24.0" -> "24", "1e-05" -> "1e-5", "1e+16" -> "1e16".
  static func tidy(_ description: String) -> String {
    var text = description
    // The common case, without Character-wise searching: no exponent, at most a `.0` to drop.
    let plainLength = text.withUTF8 { bytes -> Int? in
      guard !bytes.contains(UInt8(ascii: "e")) else { return nil }
      let endsInPointZero = bytes.count >= 2 && bytes[bytes.count - 1] == UInt8(ascii: "0") && bytes[bytes.count - 2] == UInt8(ascii: ".")
      return endsInPointZero ? bytes.count - 2 : bytes.count
    }
    if let plainLength {
      return plainLength == text.utf8.count ? text : String(text.utf8.prefix(plainLength)) ?? text
    }
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

  static func exp10(_ exponent: Int) -> Double {
    // 10^0 through 10^22 are exact doubles, the same the loop below computes.
    if exponent >= 0 && exponent <= 22 { return DecimalRounding.powersOfTen[exponent + 22] }
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
  }
}

extension TableText {
  /// The digits of a shown plain number (`-1,234.5678`: negative, `1234`, `5678`), without a
  /// currency or a suffix, for choosing and rounding a column's decimals as text.
  struct PlainDigits {
    var negative: Bool
    var whole: [UInt8]
    var fraction: [UInt8]

    init?(_ cell: String, decimalSeparator: String) {
      var body = Substring(cell)
      negative = body.first == "-"
      if negative { body = body.dropFirst() }
      guard let first = body.first, first.isASCII, first.isNumber else { return nil }
      let parts = body.split(separator: decimalSeparator, omittingEmptySubsequences: false)
      guard parts.count <= 2 else { return nil }
      whole = parts[0].utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.map { $0 - UInt8(ascii: "0") }
      fraction = parts.count == 2 ? parts[1].utf8.map { $0 &- UInt8(ascii: "0") } : []
      guard fraction.allSatisfy({ $0 <= 9 }) else { return nil }
    }

    /// The power of ten of the leading digit (`123.4`: 2; `0.0056`: -3), nil for zero.
    var exponent: Int? {
      if let lead = whole.firstIndex(where: { $0 != 0 }) { return whole.count - lead - 1 }
      guard let lead = fraction.firstIndex(where: { $0 != 0 }) else { return nil }
      return -(lead + 1)
    }

    /// Digits from the leading one to the last shown.
    var significantDigits: Int {
      guard let exponent else { return 0 }
      return exponent + 1 + fraction.count
    }

    /// The decimals a column shares: those its largest number shows at the column's significant
    /// digits, or more where a smaller number needs them to keep two significant digits; never
    /// more than any number shows. Nil when every number is zero.
    static func sharedDecimals(_ column: [PlainDigits]) -> Int? {
      let exponents = column.compactMap(\.exponent)
      guard let largest = exponents.max() else { return nil }
      let digits = column.map(\.significantDigits).max() ?? 0
      var wanted = max(0, digits - 1 - largest)
      for number in column {
        guard let exponent = number.exponent else { continue }
        wanted = max(wanted, min(number.fraction.count, max(0, 1 - exponent)))
      }
      return min(wanted, column.map(\.fraction.count).max() ?? 0)
    }

    /// `original` rounded half up to `decimals`, its group separators kept; nil when the
    /// rounding would carry into a new leading digit (the cell then keeps its digits).
    func rounded(toDecimals decimals: Int, original: String, decimalSeparator: String) -> String? {
      var digits = whole + fraction.prefix(decimals)
      if fraction.count > decimals, fraction[decimals] >= 5 {
        var position = digits.count - 1
        while position >= 0 {
          if digits[position] == 9 {
            digits[position] = 0
            position -= 1
          } else {
            digits[position] += 1
            break
          }
        }
        if position < 0 { return nil }
      }
      // The whole part keeps the original's separators: only its digits are replaced, in order.
      let wholeText = original.split(separator: decimalSeparator, maxSplits: 1, omittingEmptySubsequences: false)[0]
      var next = 0
      var text = ""
      for character in wholeText {
        if character.isASCII, character.isNumber {
          text.append(Character(String(digits[next])))
          next += 1
        } else {
          text.append(character)
        }
      }
      if decimals > 0 {
        text += decimalSeparator + digits[whole.count...].map { String($0) }.joined()
      }
      return text
    }
  }
}

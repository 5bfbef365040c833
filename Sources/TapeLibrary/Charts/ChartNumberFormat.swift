/// Compact numbers for axis labels: `142.62`, `0.05`, `1.2k`, `3.4M`, `2.9B`, `1.5T`.
///
/// Plain decimals below a thousand (two decimals, trailing zeros dropped, and more for small
/// numbers so that at least two significant digits show), then one decimal with a `k`, `M`, `B`
/// or `T` suffix. No grouping separators and no unit: the unit is printed once, in the chart's
/// heading. Pure and locale-independent.
enum ChartNumberFormat {
  private static let suffixes: [(scale: Double, suffix: String)] = [
    (1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"),
  ]

  /// `value` in compact form; `extraDecimals` adds precision when neighbouring labels would
  /// otherwise read the same.
  static func compact(_ value: Double, extraDecimals: Int = 0) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    let magnitude = Swift.abs(value)
    // A thousand trillion and up is beyond any suffix; Swift's shortest round-trip form says it.
    if magnitude >= 1e15 { return "\(value)" }
    for (index, entry) in suffixes.enumerated() where magnitude >= entry.scale {
      let decimals = 1 + extraDecimals
      let mantissa = value / entry.scale
      // 999_960 would print as 1000.0k; the next suffix up says it better.
      if index > 0, roundedMagnitude(mantissa, decimals) >= 1000 {
        return fixed(value / suffixes[index - 1].scale, decimals) + suffixes[index - 1].suffix
      }
      return fixed(mantissa, decimals) + entry.suffix
    }
    var decimals = 2 + extraDecimals
    // Keep two significant digits for small numbers: 0.0012, not 0.
    while magnitude > 0, magnitude * power10(decimals) < 10, decimals < 12 { decimals += 1 }
    if magnitude > 0, roundedMagnitude(value, decimals) == 0 { return "\(value)" }
    if roundedMagnitude(value, decimals) >= 1000 { return fixed(value / 1e3, 1 + extraDecimals) + "k" }
    return fixed(value, decimals)
  }

  /// Labels for `values`, each in compact form, with just enough extra decimals that different
  /// values get different labels (up to four more).
  static func labels(for values: [Double]) -> [String] {
    var labels = values.map { compact($0) }
    for extra in 1...4 where hasCollision(labels, values) {
      labels = values.map { compact($0, extraDecimals: extra) }
    }
    return labels
  }

  private static func hasCollision(_ labels: [String], _ values: [Double]) -> Bool {
    for i in labels.indices {
      for j in labels.indices where j > i && labels[i] == labels[j] && values[i] != values[j] { return true }
    }
    return false
  }

  private static func roundedMagnitude(_ value: Double, _ decimals: Int) -> Double {
    let scale = power10(decimals)
    return (Swift.abs(value) * scale).rounded() / scale
  }

  /// `value` with at most `decimals` decimals, trailing zeros (and a bare point) dropped.
  private static func fixed(_ value: Double, _ decimals: Int) -> String {
    let scale = power10(decimals)
    let scaled = (Swift.abs(value) * scale).rounded()
    // Beyond 2^53 integer arithmetic is no longer exact (and Int could overflow): say it plainly.
    guard scaled < 9e15 else { return "\(value)" }
    let units = Int(scaled)
    let whole = units / Int(scale)
    var text = String(whole)
    if decimals > 0 {
      var fraction = String(units % Int(scale))
      fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
      if !fraction.isEmpty { text += "." + fraction }
    }
    return value < 0 && units != 0 ? "-" + text : text
  }

  private static func power10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { result, _ in result * 10 }
  }
}

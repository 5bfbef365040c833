/// A one-line chart: one character per value, its height showing where the value lies between
/// the smallest and the largest.
///
///     Sparkline.rendered([1, 2, 3, 4, 5, 6, 7, 8])                  // "▁▂▃▄▅▆▇█"
///     Sparkline.rendered([1, 2, 3, 4, 5], style: .ascii)            // "_.-~^"
///
/// Positions are by index (one character per value, no dates), so it fits wherever its values
/// do: in a table cell, after a figure, in a help line.
public enum Sparkline {
  /// The eight lower-block elements U+2581...U+2588, lowest first.
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// Five printable ASCII levels, lowest first.
  static let asciiLevels: [Character] = ["_", ".", "-", "~", "^"]

  /// `values` as one character each, scaled from the smallest finite value (lowest level) to
  /// the largest (highest level), rounding to the nearest level.
  ///
  /// NaN and infinite values become a space, so the characters stay aligned with the values. When
  /// every finite value is the same, each one is drawn at the middle level. No values, no
  /// characters.
  public static func rendered(_ values: [Double], style: ChartStyle = .unicode) -> String {
    let levels = style == .unicode ? blocks : asciiLevels
    let finite = values.filter(\.isFinite)
    guard let lowest = finite.min(), let highest = finite.max() else {
      return String(repeating: " ", count: values.count)
    }
    let top = levels.count - 1
    return String(
      values.map { value -> Character in
        guard value.isFinite else { return " " }
        guard highest > lowest else { return levels[top / 2] }
        let fraction = (value - lowest) / (highest - lowest)
        // Scaled differences of huge finite values can overflow to infinity; clamp to the scale.
        let level = fraction.isFinite ? Int((fraction * Double(top)).rounded()) : top
        return levels[Swift.min(Swift.max(level, 0), top)]
      })
  }
}

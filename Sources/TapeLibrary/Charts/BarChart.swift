import TapeCore

/// Horizontal bars, one labelled line per value, all on one scale.
///
///     Revenue  │████████████████████ 130.5
///     Costs    │███████ 45.2
///     Loss  ███│ -20
///
/// Labels are left-aligned in a column as wide as the longest (at most a third of the width).
/// When every value is zero or more, bars grow right from the label column; when some are
/// negative, a zero axis (`│`, ASCII `|`) splits the bar area, negative bars grow left of it and
/// positive bars right, both scaled so that the largest absolute value gets the most room. The
/// value's text follows the bar (for a negative bar: right of the axis).
public enum BarChart {
  /// The bars as lines of at most `width` characters, joined by newlines, no trailing spaces.
  ///
  /// - Parameters:
  ///   - labels: one per bar; extra labels or values beyond the shorter array are ignored.
  ///   - values: the bar lengths; a NaN or infinite value gets no bar, only its text.
  ///   - width: the number of columns available.
  ///   - style: `█` bars and a `│` axis, or `#` bars and a `|` axis in ASCII.
  ///   - valueText: the text written after each bar, e.g. a money or percent format.
  public static func rendered(
    labels: [String], values: [Double], width: Int, style: ChartStyle, valueText: (Double) -> String
  ) -> String {
    let count = Swift.min(labels.count, values.count)
    guard count > 0, width > 0 else { return "" }
    // Labels are record fields, which can come from data; escaped before they are measured.
    let labels = labels.prefix(count).map(\.escapingControlCharacters)
    let labelWidth = Swift.min(labels.map(\.count).max() ?? 0, Swift.max(width / 3, 1))
    let texts = values.prefix(count).map(valueText)
    let textWidth = texts.map(\.count).max() ?? 0
    let finite = values.prefix(count).filter(\.isFinite)
    let largestNegative = Swift.max(-(finite.min() ?? 0), 0)
    let largestPositive = Swift.max(finite.max() ?? 0, 0)
    let hasAxis = largestNegative > 0
    let barArea = width - labelWidth - 1 - (hasAxis ? 1 : 0) - (textWidth + 1)
    let total = largestNegative + largestPositive
    // Bar cells per unit of value, the same on both sides of zero.
    let cellsPerUnit = total > 0 && total.isFinite && barArea > 0 ? Double(barArea) / total : 0
    let leftArea = hasAxis ? Int((largestNegative * cellsPerUnit).rounded(.down)) : 0

    let bar = style == .unicode ? "█" : "#"
    let axis = hasAxis ? String(style.verticalAxis) : ""
    return (0..<count).map { index in
      let value = values[index]
      let label = style.clipped(labels[index], to: labelWidth)
      let cells = value.isFinite ? Int((Swift.abs(value) * cellsPerUnit).rounded()) : 0
      let left = value < 0 ? Swift.min(cells, leftArea) : 0
      let right = value > 0 ? cells : 0
      let line = [
        label + String(repeating: " ", count: labelWidth - label.count + 1),
        String(repeating: " ", count: leftArea - left) + String(repeating: bar, count: left) + axis,
        String(repeating: bar, count: right) + (hasAxis || right > 0 ? " " : ""),
        texts[index],
      ].joined()
      return trimmed(style.clipped(line, to: width))
    }.joined(separator: "\n")
  }

  private static func trimmed(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}

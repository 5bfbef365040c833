import TapeCore

/// The same `Chart` drawn as SVG for the HTML export: lines by date, y labels at the top, middle
/// and bottom, first and last dates, event markers as dashed lines, a legend. Series are told
/// apart by dash pattern as well as colour, as in the terminal.
public enum SVGChartRenderer {
  public static func rendered(_ chart: Chart, width: Double = 720, height: Double = 320) -> String {
    let left = 70.0
    let right = 20.0
    let top = 36.0
    let bottom = 56.0
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    // Escaped as for the terminal: XML cannot hold most control characters at all.
    let chart = chart.escapingControlCharacters
    let points = chart.series.flatMap { zip($0.dates, $0.values).filter { $0.1.isFinite } }
    // Inline in HTML5, so no xmlns (and no URL that looks like a network request).
    var svg = "<svg viewBox=\"0 0 \(number(width)) \(number(height))\" "
    svg += "role=\"img\" aria-label=\"\(escaped(chart.title))\" font-family=\"sans-serif\" font-size=\"12\">\n"
    let heading = chart.unit.isEmpty ? chart.title : "\(chart.title) (\(chart.unit))"
    svg += "<text x=\"\(number(left))\" y=\"20\" font-size=\"14\" font-weight=\"bold\">\(escaped(heading))</text>\n"
    guard let firstDay = points.map(\.0).min(), let lastDay = points.map(\.0).max(),
      let low = points.map(\.1).min(), let high = points.map(\.1).max()
    else { return svg + "<text x=\"\(number(left))\" y=\"60\">(no data)</text>\n</svg>" }
    let daySpan = Double(max(1, lastDay - firstDay))
    let valueSpan = high > low ? high - low : 1
    func x(_ day: Int) -> Double { left + Double(day - firstDay) / daySpan * plotWidth }
    func y(_ value: Double) -> Double {
      high > low ? top + (high - value) / valueSpan * plotHeight : top + plotHeight / 2
    }
    svg += "<rect x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(plotWidth))\" height=\"\(number(plotHeight))\" fill=\"none\" stroke=\"#ccc\"/>\n"
    for value in Set([high, (high + low) / 2, low]).sorted() {
      svg += "<text x=\"\(number(left - 6))\" y=\"\(number(y(value) + 4))\" text-anchor=\"end\">\(escaped(ChartNumberFormat.compact(value)))</text>\n"
    }
    for (day, anchor) in [(firstDay, "start"), (lastDay, "end")] {
      svg += "<text x=\"\(number(x(day)))\" y=\"\(number(top + plotHeight + 18))\" text-anchor=\"\(anchor)\">\(TapeDate(daysSinceEpoch: day).iso)</text>\n"
    }
    for (index, marker) in chart.markers.enumerated() where (firstDay...lastDay).contains(marker.date) {
      let letter = String(UnicodeScalar(UInt8(97 + index % 26)))
      svg += "<line x1=\"\(number(x(marker.date)))\" y1=\"\(number(top))\" x2=\"\(number(x(marker.date)))\" y2=\"\(number(top + plotHeight))\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>\n"
      svg += "<text x=\"\(number(x(marker.date) + 3))\" y=\"\(number(top + 12))\" fill=\"#666\">\(letter)</text>\n"
    }
    let colours = ["#1f5fbf", "#c0392b", "#2e8b57", "#8e44ad", "#d35400"]
    let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2"]
    var legendY = top + plotHeight + 36
    for (index, series) in chart.series.enumerated() {
      let path = zip(series.dates, series.values).filter { $0.1.isFinite }
        .map { "\(number(x($0.0))),\(number(y($0.1)))" }.joined(separator: " ")
      let dash = dashes[index % dashes.count].isEmpty ? "" : " stroke-dasharray=\"\(dashes[index % dashes.count])\""
      svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colours[index % colours.count])\" stroke-width=\"2\"\(dash)/>\n"
      if chart.series.count > 1 {
        svg += "<text x=\"\(number(left + Double(index) * 150))\" y=\"\(number(legendY))\" fill=\"\(colours[index % colours.count])\">— \(escaped(series.name))</text>\n"
      }
    }
    let notes = chart.markers.enumerated().filter { (firstDay...lastDay).contains($0.element.date) }
    if !notes.isEmpty { legendY += chart.series.count > 1 ? 16 : 0 }
    let noteText = notes.map { "\(String(UnicodeScalar(UInt8(97 + $0.offset % 26)))): \(TapeDate(daysSinceEpoch: $0.element.date).iso) \($0.element.label)" }
    // One note per line, under the plot; the drawing grows to hold them.
    for (line, note) in noteText.enumerated() {
      svg += "<text x=\"\(number(left))\" y=\"\(number(legendY + Double(line) * 16))\" fill=\"#666\">\(escaped(note))</text>\n"
    }
    let totalHeight = max(height, legendY + Double(noteText.count) * 16)
    svg = svg.replacingFirst("0 0 \(number(width)) \(number(height))", with: "0 0 \(number(width)) \(number(totalHeight))")
    return svg + "</svg>"
  }

  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  static func escaped(_ text: String) -> String {
    text.replacingAll(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"])
  }
}

extension String {
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = firstRange(of: target) else { return self }
    var result = self
    result.replaceSubrange(range, with: replacement)
    return result
  }

  fileprivate func replacingAll(_ table: [Character: String]) -> String {
    var out = ""
    for character in self { out += table[character] ?? String(character) }
    return out
  }
}

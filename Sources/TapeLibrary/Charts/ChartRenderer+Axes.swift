import TapeCore

/// The y-axis labels and the x-axis with its dates.
extension ChartRenderer {
  /// Labels for the largest value (top row), the smallest (bottom row) and the value at the
  /// middle row, with just enough decimals to tell them apart. A flat chart has one label, on
  /// the row its line is drawn in.
  /// Percentages are labelled as percentages (`5%`), as the values show.
  static func yAxisLabels(_ yScale: ChartScale, isPercent: Bool = false) -> [(row: Int, text: String)] {
    let rows = yScale.cells
    let scale = isPercent ? 100.0 : 1
    let suffix = isPercent ? "%" : ""
    if yScale.isDegenerate {
      let row = (yScale.pixelCount - 1 - yScale.pixel(yScale.lower)) / yScale.pixelsPerCell
      return [(row, ChartNumberFormat.compact(yScale.lower * scale) + suffix)]
    }
    let middleRow = (rows - 1) / 2
    let tickRows = [0, middleRow, rows - 1]
    let values = [yScale.upper, yScale.value(atCell: rows - 1 - middleRow), yScale.lower].map { $0 * scale }
    return Array(zip(tickRows, ChartNumberFormat.labels(for: values).map { $0 + suffix }))
  }

  /// The x-axis line (corner, rule, `┬` ticks under the middle dates, marker letters) and the
  /// dates under it, both starting at the corner's column and the plot's first column.
  static func xAxisLines(
    _ xScale: ChartScale, markerColumns: [Int?], style: ChartStyle
  ) -> (axis: String, dates: String) {
    let labels = dateLabels(xScale)
    var rule = Array(repeating: style.horizontalAxis, count: xScale.cells)
    for label in labels { if let tick = label.tick { rule[tick] = style.tickedHorizontalAxis } }
    for (index, column) in markerColumns.enumerated() {
      if let column { rule[column] = markerLetter(index) }
    }
    var dates = Array(repeating: Character(" "), count: xScale.cells)
    for label in labels {
      for (offset, character) in label.text.enumerated() { dates[label.start + offset] = character }
    }
    return (String(style.corner) + String(rule), String(dates))
  }

  /// Where the date labels go: the first date left-aligned under the first column, the last
  /// right-aligned under the last column, and two (else one, else no) dates in between, each
  /// centred under its own column with at least two spaces to its neighbours. A chart of a
  /// single date gets that date, centred under its column.
  static func dateLabels(_ xScale: ChartScale) -> [(start: Int, text: String, tick: Int?)] {
    let columns = xScale.cells
    let first = Int(xScale.lower)
    let last = Int(xScale.upper)
    if first == last {
      let text = isoDate(first)
      guard text.count <= columns else { return [] }
      let column = xScale.cell(Double(first))
      let start = Swift.min(Swift.max(column - text.count / 2, 0), columns - text.count)
      return [(start, text, column)]
    }
    let firstText = isoDate(first)
    guard firstText.count <= columns else { return [] }
    let lastText = isoDate(last)
    let lastStart = columns - lastText.count
    guard lastStart >= firstText.count + 2 else { return [(0, firstText, nil)] }
    let ends: [(start: Int, text: String, tick: Int?)] = [(0, firstText, nil), (lastStart, lastText, nil)]
    for count in [2, 1] {
      let middleDates = (1...count).map { part in
        first + Int((Double(last - first) * Double(part) / Double(count + 1)).rounded())
      }
      var placed = [ends[0]]
      for date in middleDates where date != first && date != last {
        let text = isoDate(date)
        let column = xScale.cell(Double(date))
        let start = column - text.count / 2
        guard let previous = placed.last, start >= previous.start + previous.text.count + 2,
          start + text.count + 2 <= lastStart
        else { break }
        placed.append((start, text, column))
      }
      if placed.count == count + 1 { return placed + [ends[1]] }
    }
    return ends
  }

  /// `2025-01-27` for a day count since 1970-01-01; the bare count outside the years 1 to 9999.
  static func isoDate(_ daysSinceEpoch: Int) -> String {
    TapeDate.range.contains(daysSinceEpoch) ? TapeDate(daysSinceEpoch: daysSinceEpoch).iso : String(daysSinceEpoch)
  }

  /// `a` for the first marker, `b` for the second, ... cycling after `z`.
  static func markerLetter(_ index: Int) -> Character {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return letters[index % letters.count]
  }
}

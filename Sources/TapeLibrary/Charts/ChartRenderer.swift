import TapeCore

/// Draws a `Chart` as text for a terminal: a pure function of the chart, the size and the style.
///
/// Layout, top to bottom: the heading (title and unit), the plot with y labels (largest value,
/// middle row, smallest) and event markers as vertical lines, the x-axis with marker letters and
/// `┬` ticks under the middle dates, the dates, a legend when there are several series, and one
/// note per marker. `NVDA close` at 56×11, unicode style:
///
///     NVDA close (USD/share)
///     142.62 ┤⠉⠒⠤⢄⣀                              │
///            │     ⠉⠒⠢⠤⣀                         │
///            │          ⠉⠑⠢⠤⣀⡀                   │
///     130.52 ┤               ⠈⠑⠒⠤⢄⡀              │           ⣀
///            │                    ⠈⠉⠒⠢⢄⣀         │       ⣀⠤⠒⠉
///            │                          ⠉⠒⠢⠤⣀    │   ⣀⠤⠒⠉
///     118.42 ┤                               ⠉⠑⠒⠤⣀⠤⠒⠉
///            └────────────────────────┬──────────a────────────
///             2025-01-24         2025-01-26         2025-01-28
///     │ a: 2025-01-27 R1 release
///
/// - Time runs by date, not by observation: a point's column is proportional to its date, so
///   weekends and holidays leave real gaps and series with different calendars line up.
/// - Points dated outside the years 1 to 9999 (`TapeDate.range`) are skipped.
/// - Values run from the smallest to the largest finite value of all series; NaN and infinite
///   values are skipped and the line joins their neighbours. A flat line (or a single point) sits
///   on the middle row with a single label; a single date sits in the middle column.
/// - Without colour, series are told apart by glyph in the ASCII style (`*`, `+`, `o`, `x`, ...)
///   and, in the unicode style, by dot pattern (solid, dashed, dotted) plus a letter after the
///   last point of each line (its name's initial), both explained in the legend.
/// - Dates print as ISO `YYYY-MM-DD`, the same form as in the marker notes.
public enum ChartRenderer {
  /// Fewest plot rows and columns worth drawing; below them the chart becomes a one-line message.
  static let minimumPlotRows = 3
  static let minimumPlotColumns = 8

  /// `chart` as at most `height` lines of at most `width` characters each (braille and
  /// box-drawing characters count as one), joined by newlines, without a trailing newline and
  /// without trailing spaces.
  ///
  /// The plot gets whatever height the heading, axes, legend and marker notes leave. When that is
  /// too little (fewer than 3 rows or 8 columns), the result is one line saying what size the
  /// chart needs; a chart with nothing finite to draw says `(no data)`. A zero or negative
  /// `width` or `height` gives the empty string.
  public static func rendered(_ chart: Chart, width: Int, height: Int, style: ChartStyle) -> String {
    guard width > 0, height > 0 else { return "" }
    var chart = chart.escapingControlCharacters
    let heading = [chart.title, chart.unit.isEmpty ? "" : "(\(chart.unit))"].filter { !$0.isEmpty }
      .joined(separator: " ")
    let headingLines = heading.isEmpty ? [] : [style.clipped(heading, to: width)]
    let plotted = chart.series.enumerated().map { index, series in
      PlottedSeries(
        index: index, name: series.name, points: series.finitePoints.filter { TapeDate.range.contains($0.date) })
    }.filter { !$0.points.isEmpty }
    guard !plotted.isEmpty else {
      return (headingLines + ["(no data)"]).suffix(height).map { style.clipped($0, to: width) }
        .joined(separator: "\n")
    }

    let values = plotted.flatMap { $0.points.map(\.value) }
    let dates = plotted.flatMap { $0.points.map(\.date) }
    let legend = plotted.count > 1 ? legendLines(plotted, width: width, style: style) : []
    // Each marker takes a note line. Years of data meet many events: the markers that would leave
    // the plot fewer than its minimum rows are left out, with a line that says so, rather than the
    // chart being refused as too small for its notes.
    let fixedRows = headingLines.count + 2 + legend.count
    let markerRoom = height - fixedRows - minimumPlotRows
    var markersLeftOut = 0
    if chart.markers.count > Swift.max(markerRoom, 0) {
      let kept = Swift.max(markerRoom - 1, 0)
      markersLeftOut = chart.markers.count - kept
      chart.markers = Array(chart.markers.prefix(kept))
    }
    let leftOutNote =
      markersLeftOut == 0
      ? [] : [style.clipped("(\(markersLeftOut) more event\(markersLeftOut == 1 ? "" : "s") not marked: no room; a taller chart shows them)", to: width)]
    let chromeRows = fixedRows + chart.markers.count + leftOutNote.count
    let hasEndLabels = style == .unicode && plotted.count > 1
    let (columnPixels, rowPixels) = style == .unicode ? (2, 4) : (1, 1)

    let rows = height - chromeRows
    let yScale = ChartScale(
      lower: values.min() ?? 0, upper: values.max() ?? 0, cells: Swift.max(rows, minimumPlotRows),
      pixelsPerCell: rowPixels)
    let yLabels = yAxisLabels(yScale, isPercent: chart.isPercent)
    let labelWidth = yLabels.map(\.text.count).max() ?? 0
    let columns = width - labelWidth - 2 - (hasEndLabels ? 1 : 0)
    guard rows >= minimumPlotRows, columns >= minimumPlotColumns else {
      let neededWidth = width - columns + minimumPlotColumns
      let neededHeight = chromeRows + minimumPlotRows
      return style.clipped("(chart needs \(neededWidth)x\(neededHeight), has \(width)x\(height))", to: width)
    }
    let xScale = ChartScale(
      lower: Double(dates.min() ?? 0), upper: Double(dates.max() ?? 0), cells: columns,
      pixelsPerCell: columnPixels)
    let markerColumns = chart.markers.map { xScale.contains(Double($0.date)) ? xScale.cell(Double($0.date)) : nil }

    var grid = CharacterGrid(columns: columns + (hasEndLabels ? 1 : 0), rows: rows)
    switch style {
    case .unicode:
      drawBraille(plotted, into: &grid, xScale: xScale, yScale: yScale)
      drawMarkers(markerColumns, into: &grid, style: style)
      if hasEndLabels { drawEndLabels(plotted, into: &grid, xScale: xScale, yScale: yScale) }
    case .ascii:
      drawMarkers(markerColumns, into: &grid, style: style)
      drawGlyphs(plotted, into: &grid, xScale: xScale, yScale: yScale)
    }

    var lines = headingLines
    for row in 0..<rows {
      let label = yLabels.first { $0.row == row }?.text ?? ""
      let padding = String(repeating: " ", count: labelWidth - label.count)
      let axis = label.isEmpty ? style.verticalAxis : style.tickedVerticalAxis
      lines.append(padding + label + " " + String(axis) + grid.line(row))
    }
    let xAxis = xAxisLines(xScale, markerColumns: markerColumns, style: style)
    lines.append(String(repeating: " ", count: labelWidth + 1) + xAxis.axis)
    // Too narrow for even one date: leave the line out rather than print a blank one.
    if xAxis.dates.contains(where: { $0 != " " }) {
      lines.append(String(repeating: " ", count: labelWidth + 2) + xAxis.dates)
    }
    lines += legend
    lines += markerNotes(chart.markers, xScale: xScale, width: width, style: style)
    lines += leftOutNote
    return lines.map(trimmingTrailingSpaces).joined(separator: "\n")
  }

  /// A series reduced to what gets drawn: its position in the chart (for its glyph and
  /// stroke), its name and its finite points.
  struct PlottedSeries {
    var index: Int
    var name: String
    var points: [(date: Int, value: Double)]
  }

  /// The pixel of a point; y is flipped so that larger values sit higher.
  static func pixel(
    of point: (date: Int, value: Double), xScale: ChartScale, yScale: ChartScale
  ) -> BresenhamLine.Point {
    BresenhamLine.Point(x: xScale.pixel(Double(point.date)), y: yScale.pixelCount - 1 - yScale.pixel(point.value))
  }

  private static func drawBraille(
    _ plotted: [PlottedSeries], into grid: inout CharacterGrid, xScale: ChartScale, yScale: ChartScale
  ) {
    var canvas = BrailleCanvas(columns: xScale.cells, rows: yScale.cells)
    for series in plotted {
      let pixels = series.points.map { pixel(of: $0, xScale: xScale, yScale: yScale) }
      let stroke = BrailleCanvas.Stroke.forSeries(at: series.index)
      var step = 0
      for (start, end) in zip(pixels, pixels.dropFirst()) {
        canvas.drawLine(from: start, to: end, stroke: stroke, step: &step)
      }
      // The observations themselves are always drawn, whatever the stroke skips.
      for point in pixels { canvas.plot(x: point.x, y: point.y) }
    }
    for row in 0..<canvas.rows {
      for column in 0..<canvas.columns {
        if let cell = canvas.character(column: column, row: row) { grid[column, row] = cell }
      }
    }
  }

  private static func drawGlyphs(
    _ plotted: [PlottedSeries], into grid: inout CharacterGrid, xScale: ChartScale, yScale: ChartScale
  ) {
    for series in plotted {
      let glyph = ChartStyle.asciiGlyph(forSeriesAt: series.index)
      let cells = series.points.map { pixel(of: $0, xScale: xScale, yScale: yScale) }
      for (start, end) in zip(cells, cells.dropFirst()) {
        for cell in BresenhamLine(start: start, end: end) { grid[cell.x, cell.y] = glyph }
      }
      if let only = cells.first, cells.count == 1 { grid[only.x, only.y] = glyph }
    }
  }

  /// Vertical lines at marker columns, in cells the data leaves empty.
  private static func drawMarkers(_ columns: [Int?], into grid: inout CharacterGrid, style: ChartStyle) {
    for column in columns.compactMap({ $0 }) {
      for row in 0..<grid.rows where grid[column, row] == nil { grid[column, row] = style.markerLine }
    }
  }

  /// Each series' letter just after its last point, or in the nearest free row of that column.
  private static func drawEndLabels(
    _ plotted: [PlottedSeries], into grid: inout CharacterGrid, xScale: ChartScale, yScale: ChartScale
  ) {
    let letters = seriesLetters(plotted.map(\.name))
    for (series, letter) in zip(plotted, letters) {
      guard let last = series.points.last else { continue }
      let end = pixel(of: last, xScale: xScale, yScale: yScale)
      let column = end.x / xScale.pixelsPerCell + 1
      let row = end.y / yScale.pixelsPerCell
      let candidates = (0..<grid.rows).flatMap { offset in [row - offset, row + offset] }
      if let free = candidates.first(where: { grid.contains(column: column, row: $0) && isFree(grid[column, $0]) }) {
        grid[column, free] = letter
      }
    }
  }

  private static func isFree(_ cell: Character?) -> Bool { cell == nil || cell == ChartStyle.unicode.markerLine }

  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}

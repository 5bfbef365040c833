/// What is written under the chart: the legend that tells series apart and the marker notes.
extension ChartRenderer {
  /// Legend entries packed onto as few lines as fit in `width`, three spaces apart.
  ///
  /// ASCII entries are the series' glyph and name (`* NVDA   + AMD`); unicode entries are the
  /// letter drawn after the series' last point, a sample of its stroke, and its name
  /// (`N ⠒⠒⠒ NVDA   A ⠒⠀⠒ AMD`).
  static func legendLines(_ plotted: [PlottedSeries], width: Int, style: ChartStyle) -> [String] {
    let letters = seriesLetters(plotted.map(\.name))
    let entries = zip(plotted, letters).map { series, letter in
      switch style {
      case .ascii: "\(ChartStyle.asciiGlyph(forSeriesAt: series.index)) \(series.name)"
      case .unicode: "\(letter) \(strokeSample(.forSeries(at: series.index))) \(series.name)"
      }
    }
    var lines: [String] = []
    for entry in entries.map({ style.clipped($0, to: width) }) {
      if let last = lines.last, last.count + 3 + entry.count <= width {
        lines[lines.count - 1] = last + "   " + entry
      } else {
        lines.append(entry)
      }
    }
    return lines
  }

  /// Three braille cells of `stroke` along the second dot row: `⠒⠒⠒`, `⠒⠀⠒`, `⠂⠂⠂`.
  static func strokeSample(_ stroke: BrailleCanvas.Stroke) -> String {
    var canvas = BrailleCanvas(columns: 3, rows: 1)
    var step = 0
    canvas.drawLine(
      from: BresenhamLine.Point(x: 0, y: 1), to: BresenhamLine.Point(x: 5, y: 1), stroke: stroke, step: &step)
    return canvas.rowStrings[0]
  }

  /// One letter per series for the unicode style: the first ASCII letter or digit of its name
  /// (uppercased) that no earlier series has taken, else the first free digit, else `#`.
  static func seriesLetters(_ names: [String]) -> [Character] {
    var taken: Set<Character> = []
    return names.map { name in
      let fromName = name.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.uppercased()
      let letter = (Array(fromName) + Array("123456789")).first { !taken.contains($0) } ?? "#"
      taken.insert(letter)
      return letter
    }
  }

  /// One line per marker: `│ a: 2025-01-27 R1 release`, with `(off chart)` added when its date
  /// lies outside the dates drawn. Clipped to `width`.
  static func markerNotes(_ markers: [ChartMarker], xScale: ChartScale, width: Int, style: ChartStyle) -> [String] {
    markers.enumerated().map { index, marker in
      let place = xScale.contains(Double(marker.date)) ? "" : " (off chart)"
      let note = "\(style.markerLine) \(markerLetter(index)): \(isoDate(marker.date)) \(marker.label)\(place)"
      return style.clipped(note, to: width)
    }
  }
}

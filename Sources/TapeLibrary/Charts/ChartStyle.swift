/// Which characters a chart may use.
///
/// `.unicode` draws lines with braille dots (U+2800 block, 2×4 dots per cell) and frames with
/// box-drawing characters; `.ascii` uses printable ASCII only, for `TERM=dumb`, logs and e-mail.
/// Neither uses colour: series are told apart by glyphs, dot patterns and letters. Text that
/// comes with the chart (title, unit, series names, marker labels) is printed as given.
public enum ChartStyle: Sendable, Equatable {
  /// Braille dots, box drawing and block elements.
  case unicode
  /// Printable ASCII only (`*` points, `|` markers, `+-|` frame).
  case ascii

  /// The y-axis beside a row without a label.
  var verticalAxis: Character { self == .unicode ? "│" : "|" }
  /// The y-axis beside a labelled row.
  var tickedVerticalAxis: Character { self == .unicode ? "┤" : "+" }
  /// Where the two axes meet.
  var corner: Character { self == .unicode ? "└" : "+" }
  /// The x-axis.
  var horizontalAxis: Character { self == .unicode ? "─" : "-" }
  /// The x-axis above a dated label.
  var tickedHorizontalAxis: Character { self == .unicode ? "┬" : "+" }
  /// A vertical event marker inside the plot, and the bullet of its note.
  var markerLine: Character { self == .unicode ? "│" : "|" }
  /// Ends text cut short to fit the width.
  var ellipsis: String { self == .unicode ? "…" : "..." }

  /// The glyph for the ASCII points of the series at `index`; the unicode style uses letters and
  /// dot patterns instead (see `ChartRenderer`).
  static func asciiGlyph(forSeriesAt index: Int) -> Character {
    let glyphs: [Character] = ["*", "+", "o", "x", "#", "@", "%", "&"]
    return glyphs[index % glyphs.count]
  }

  /// `text` cut to at most `width` characters, ending in the style's ellipsis when shortened.
  func clipped(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    guard text.count > width else { return text }
    let mark = width > ellipsis.count ? ellipsis : ""
    return String(text.prefix(width - mark.count)) + mark
  }
}

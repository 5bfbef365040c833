/// A grid of braille cells used as a bitmap: each character cell holds 2×4 dots, so a canvas of
/// `columns × rows` cells has `2·columns × 4·rows` pixels.
///
/// Braille patterns occupy U+2800...U+28FF; the low eight bits of the scalar say which dots are
/// raised. Dot numbering (and bit) per cell, left column then right column:
///
///     1 (0x01)  4 (0x08)
///     2 (0x02)  5 (0x10)
///     3 (0x04)  6 (0x20)
///     7 (0x40)  8 (0x80)
///
/// Every braille character is one terminal column wide, so a row of cells is a row of text.
struct BrailleCanvas {
  /// How a line is stroked: which of its pixels, counted from its start, are drawn.
  enum Stroke: CaseIterable {
    /// Every pixel.
    case solid
    /// Two on, two off.
    case dashed
    /// One on, one off.
    case dotted

    func draws(step: Int) -> Bool {
      switch self {
      case .solid: true
      case .dashed: step % 4 < 2
      case .dotted: step % 2 == 0
      }
    }

    /// The stroke of the series at `index`; cycles when there are more series than strokes.
    static func forSeries(at index: Int) -> Stroke { allCases[index % allCases.count] }
  }

  let columns: Int
  let rows: Int
  private var cells: [UInt8]

  private static let dotBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

  /// A canvas with no dots raised.
  init(columns: Int, rows: Int) {
    self.columns = Swift.max(columns, 0)
    self.rows = Swift.max(rows, 0)
    cells = Array(repeating: 0, count: self.columns * self.rows)
  }

  var pixelWidth: Int { columns * 2 }
  var pixelHeight: Int { rows * 4 }

  /// Raises the dot at pixel (`x`, `y`), `y` counting down from the top; pixels outside the
  /// canvas are ignored.
  mutating func plot(x: Int, y: Int) {
    guard (0..<pixelWidth).contains(x), (0..<pixelHeight).contains(y) else { return }
    cells[(y / 4) * columns + x / 2] |= Self.dotBits[y % 4][x % 2]
  }

  /// Draws a line from `start` to `end` in `stroke`. `step` counts pixels along the whole
  /// polyline, so a dash pattern carries on smoothly from one segment to the next.
  mutating func drawLine(
    from start: BresenhamLine.Point, to end: BresenhamLine.Point, stroke: Stroke, step: inout Int
  ) {
    for point in BresenhamLine(start: start, end: end) {
      if stroke.draws(step: step) { plot(x: point.x, y: point.y) }
      step += 1
    }
  }

  /// The braille character for a cell, or nil when none of its dots are raised.
  func character(column: Int, row: Int) -> Character? {
    guard (0..<columns).contains(column), (0..<rows).contains(row) else { return nil }
    let bits = cells[row * columns + column]
    guard bits != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(bits)) else { return nil }
    return Character(scalar)
  }

  /// The whole canvas as one string per row, blank cells as U+2800 (for legend samples).
  var rowStrings: [String] {
    (0..<rows).map { row in
      String((0..<columns).map { character(column: $0, row: row) ?? "\u{2800}" })
    }
  }
}

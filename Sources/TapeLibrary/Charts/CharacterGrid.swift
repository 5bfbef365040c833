/// A rectangle of character cells, each empty or holding one single-width `Character`; the
/// renderer composes the plot area in one before turning it into lines.
struct CharacterGrid {
  let columns: Int
  let rows: Int
  private var cells: [Character?]

  /// A grid with every cell empty.
  init(columns: Int, rows: Int) {
    self.columns = Swift.max(columns, 0)
    self.rows = Swift.max(rows, 0)
    cells = Array(repeating: nil, count: self.columns * self.rows)
  }

  /// The cell at (`column`, `row`); nil when empty or outside the grid. Setting a cell outside
  /// the grid does nothing.
  subscript(column: Int, row: Int) -> Character? {
    get { contains(column: column, row: row) ? cells[row * columns + column] : nil }
    set {
      guard contains(column: column, row: row) else { return }
      cells[row * columns + column] = newValue
    }
  }

  func contains(column: Int, row: Int) -> Bool {
    (0..<columns).contains(column) && (0..<rows).contains(row)
  }

  /// One row as text, empty cells as spaces (trailing ones included).
  func line(_ row: Int) -> String {
    String((0..<columns).map { self[$0, row] ?? " " })
  }
}

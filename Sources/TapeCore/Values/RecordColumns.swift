/// Rows of named cells held as columns: what `load` makes of a CSV file without a date column.
/// Each row is made into a record when it is read, so 10 million rows cost their cells (8 bytes
/// a number, 4 a date, a string a text) rather than 10 million records.
///
/// Immutable, and shared: a slice (`rows[10..20]`) or one column (`rows.price`) keeps the same
/// column storage with its own window.
public final class RecordColumns: Sendable {
  /// One column's cells.
  public enum Column: Sendable {
    /// Numbers with the unit, format and sources of `prototype`, shared by every cell.
    case amounts(ContiguousArray<Double>, prototype: Quantity)
    case texts(ContiguousArray<String>)
    /// Days since 1970-01-01.
    case days(ContiguousArray<Int32>)

    public var count: Int {
      switch self {
      case .amounts(let values, _): values.count
      case .texts(let texts): texts.count
      case .days(let days): days.count
      }
    }

    func cell(_ row: Int) -> Value {
      switch self {
      case .amounts(let values, let prototype): .quantity(Quantity(values[row], annotatedAs: prototype, format: prototype.format))
      case .texts(let texts): .string(texts[row])
      case .days(let days): .date(TapeDate(daysSinceEpoch: Int(days[row])))
      }
    }
  }

  public let names: [String]
  public let columns: [Column]
  /// The first row of the columns this list starts at, and how many it holds.
  let start: Int
  public let count: Int
  /// False for one column's cells as a list (`rows.price`): each item is the bare cell.
  public let rowsAreRecords: Bool

  /// Every column must hold `count` cells (the loader checks it).
  public convenience init(names: [String], columns: [Column], count: Int) {
    self.init(names: names, columns: columns, start: 0, count: count, rowsAreRecords: true)
  }

  private init(names: [String], columns: [Column], start: Int, count: Int, rowsAreRecords: Bool) {
    self.names = names
    self.columns = columns
    self.start = start
    self.count = count
    self.rowsAreRecords = rowsAreRecords
  }

  /// Row `position` (from 0) as a record, or as its one cell for a column.
  public func row(_ position: Int) -> Value {
    let row = start + position
    guard rowsAreRecords else { return columns[0].cell(row) }
    return .record(Record(names: names, values: columns.map { $0.cell(row) }))
  }

  /// The cell of column `column` in row `position` (from 0).
  public func cell(column: Int, row position: Int) -> Value { columns[column].cell(start + position) }

  /// The rows at `positions` (from 0), sharing the columns.
  public func rows(_ positions: Range<Int>) -> RecordColumns {
    RecordColumns(
      names: names, columns: columns, start: start + positions.lowerBound, count: positions.count,
      rowsAreRecords: rowsAreRecords)
  }

  /// The cells of the field `name` of every row, sharing the column; nil when no column has that
  /// name (or the rows are a column already).
  public func column(named name: String) -> RecordColumns? {
    guard rowsAreRecords, let index = names.firstIndex(of: name) else { return nil }
    return RecordColumns(names: [name], columns: [columns[index]], start: start, count: count, rowsAreRecords: false)
  }

  /// The sources of every cell: each numeric column's one shared set, so O(columns).
  public var provenance: Provenance {
    guard count > 0 else { return .none }
    return columns.reduce(Provenance.none) { result, column in
      if case .amounts(_, let prototype) = column { result.union(prototype.provenance) } else { result }
    }
  }
}

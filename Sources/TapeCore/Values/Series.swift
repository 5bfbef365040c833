/// Values in one unit indexed by trading date, stored as two contiguous columns so a long series
/// costs two buffers, not a boxed value per point. Dates ascend strictly.
public struct Series: Sendable, Hashable {
  public var name: String
  /// Days since 1970-01-01, ascending.
  public var days: ContiguousArray<Int32>
  public var values: ContiguousArray<Double>
  public var unit: Unit
  public var format: DisplayFormat
  public var provenance: Provenance
  /// Whether the points are levels (prices, values) or the returns between them, so that `beta`,
  /// `correlation` and `volatility` can take either and never read one as the other.
  public var measure: Measure

  public enum Measure: Sendable, Hashable {
    /// Prices, portfolio values, any quantity observed on each date.
    case levels
    /// Simple returns from one point to the next, as `returns` and `pct_change` make them.
    case returns
    /// Logarithmic returns, as `log_returns` makes them.
    case logReturns
  }

  public init(
    name: String, days: ContiguousArray<Int32>, values: ContiguousArray<Double>, unit: Unit = .none,
    format: DisplayFormat = .automatic, provenance: Provenance = .none, measure: Measure = .levels
  ) {
    self.name = name
    self.days = days
    self.values = values
    self.unit = unit
    self.format = format
    self.provenance = provenance
    self.measure = measure
  }

  public var count: Int { values.count }

  public var dates: [TapeDate] { days.map { TapeDate(daysSinceEpoch: Int($0)) } }

  /// The point on `date` as a quantity carrying the series' unit and provenance.
  public func quantity(at index: Int) -> Quantity {
    Quantity(values[index], unit, format: format, provenance: provenance)
  }

  /// Position of `date`, if it is a point of the series.
  public func index(of date: TapeDate) -> Int? { TradingDays.position(of: date, in: days) }

  /// The points from `start` through `end`, inclusive.
  public func slice(from start: TapeDate, through end: TapeDate) -> Series {
    var copy = self
    let range = TradingDays.range(in: days, from: start, through: end)
    copy.days = ContiguousArray(days[range])
    copy.values = ContiguousArray(values[range])
    return copy
  }
}

/// Columns of a dated table share one date column; each column is a series view of it.
public struct Table: Sendable {
  public struct Column: Sendable, Hashable {
    public var name: String
    public var values: ContiguousArray<Double>
    public var unit: Unit
    /// How its cells show: `pct_change` of a table gives columns of percentages.
    public var format: DisplayFormat
    public init(name: String, values: ContiguousArray<Double>, unit: Unit, format: DisplayFormat = .automatic) {
      self.name = name
      self.values = values
      self.unit = unit
      self.format = format
    }
  }

  public var name: String
  public var days: ContiguousArray<Int32>
  public var columns: [Column]
  public var provenance: Provenance
  /// Named values that belong with the table but are not dated columns: a company's
  /// fundamentals (`nvda.book_value`), reached by the same `.name` as columns.
  public var attributes: Record?

  public init(
    name: String, days: ContiguousArray<Int32>, columns: [Column], provenance: Provenance = .none,
    attributes: Record? = nil
  ) {
    self.name = name
    self.days = days
    self.columns = columns
    self.provenance = provenance
    self.attributes = attributes
  }

  /// Column names, then attribute names: everything `.name` can reach.
  public var fieldNames: [String] { columns.map(\.name) + (attributes?.names ?? []) }

  public var count: Int { days.count }

  /// The row on `date` as a record keyed by column (`closes[2025-01-27].nvda`), if the table has
  /// one. The date is the row's label, not a field, so two rows combine key by key.
  public func row(on date: TapeDate) -> Record? {
    TradingDays.position(of: date, in: days).map(row(at:))
  }

  /// The row at position `index` as a record keyed by column.
  public func row(at index: Int) -> Record {
    Record(
      names: columns.map(\.name),
      values: columns.map { .quantity(Quantity($0.values[index], $0.unit, format: $0.format, provenance: provenance)) },
      rowDate: TapeDate(daysSinceEpoch: Int(days[index])))
  }

  /// A column as a series (`nvda.close`), named `table.column`.
  public func series(_ column: String) -> Series? {
    guard let found = columns.first(where: { $0.name == column }) else { return nil }
    return series(of: found)
  }

  /// `column` as a series named `table.column`, sharing its storage.
  public func series(of column: Column) -> Series {
    Series(
      name: "\(name).\(column.name)", days: days, values: column.values, unit: column.unit, format: column.format,
      provenance: provenance)
  }

  /// The rows at `positions` (ascending), in every column.
  public func rows(at positions: [Int]) -> Table {
    var copy = self
    copy.days = ContiguousArray(positions.map { days[$0] })
    for index in copy.columns.indices {
      let values = columns[index].values
      copy.columns[index].values = ContiguousArray(positions.map { values[$0] })
    }
    return copy
  }

  /// The rows from `start` through `end`, inclusive.
  public func slice(from start: TapeDate, through end: TapeDate) -> Table {
    let range = TradingDays.range(in: days, from: start, through: end)
    var copy = self
    copy.days = ContiguousArray(days[range])
    copy.columns = columns.map {
      Column(name: $0.name, values: ContiguousArray($0.values[range]), unit: $0.unit, format: $0.format)
    }
    return copy
  }
}

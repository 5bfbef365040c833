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
    public init(name: String, values: ContiguousArray<Double>, unit: Unit) {
      self.name = name
      self.values = values
      self.unit = unit
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

  /// The row on `date` as a record (`date`, then one field per column), if the table has one.
  public func row(on date: TapeDate) -> Record? {
    guard let index = TradingDays.position(of: date, in: days) else { return nil }
    var names = ["date"]
    var values: [Value] = [.date(date)]
    for column in columns {
      names.append(column.name)
      values.append(.quantity(Quantity(column.values[index], column.unit, provenance: provenance)))
    }
    return Record(names: names, values: values)
  }

  /// A column as a series (`nvda.close`), named `table.column`.
  public func series(_ column: String) -> Series? {
    guard let found = columns.first(where: { $0.name == column }) else { return nil }
    return Series(
      name: "\(name).\(column)", days: days, values: found.values, unit: found.unit, provenance: provenance)
  }

  /// The rows from `start` through `end`, inclusive.
  public func slice(from start: TapeDate, through end: TapeDate) -> Table {
    let range = TradingDays.range(in: days, from: start, through: end)
    var copy = self
    copy.days = ContiguousArray(days[range])
    copy.columns = columns.map { Column(name: $0.name, values: ContiguousArray($0.values[range]), unit: $0.unit) }
    return copy
  }
}

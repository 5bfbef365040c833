/// What kind of value something is, as data: what a type mismatch found, and the one description
/// of a value's kind every message uses ("a plain number", "`USD/share`", "a series in `USD`").
public enum ValueKind: Sendable, Hashable {
  case plainNumber
  case percentage
  /// A number with a unit: money, shares, a price per share, a duration.
  case quantity(Unit)
  case boolean
  case date
  case string
  case list
  case record
  case function
  /// A series; its unit is `.none` for plain numbers.
  case series(Unit)
  case table
  case chart

  public init(of value: Value) {
    switch value {
    case .quantity(let quantity):
      self = quantity.unit.isNone ? (quantity.isPercent ? .percentage : .plainNumber) : .quantity(quantity.unit)
    case .bool: self = .boolean
    case .date: self = .date
    case .string: self = .string
    case .list: self = .list
    case .record: self = .record
    case .function: self = .function
    case .series(let series): self = .series(series.unit)
    case .table: self = .table
    case .figure: self = .chart
    }
  }

  /// In words for messages: "a list", "`USD/share`".
  public var description: String {
    switch self {
    case .plainNumber: "a plain number"
    case .percentage: "a percentage"
    case .quantity(let unit): "`\(unit.described(plural: true))`"
    case .boolean: "a boolean"
    case .date: "a date"
    case .string: "a string"
    case .list: "a list"
    case .record: "a record"
    case .function: "a function"
    case .series(let unit): unit.isNone ? "a series" : "a series in `\(unit.described)`"
    case .table: "a table"
    case .chart: "a chart"
    }
  }
}

extension Value {
  /// What kind of value this is (see `ValueKind`).
  public var kind: ValueKind { ValueKind(of: self) }
}

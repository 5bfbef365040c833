import TapeCore
import TapeLibrary
import Testing

/// Evaluating Tape with the built-in datasets, and walking a dataset's value figure by figure.
enum DatasetSession {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The value of the last statement of `source`, in a fresh session with every dataset.
  static func value(_ source: String) throws -> Value {
    var interpreter = Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
    guard let last = interpreter.run(source).last else { throw Failure(description: "`\(source)` gave nothing") }
    switch last {
    case .value(let value, _), .binding(_, let value, _): return value
    case .error(let diagnostic): throw Failure(description: "`\(source)`: \(interpreter.rendered(diagnostic))")
    default: throw Failure(description: "`\(source)` gave no value")
    }
  }

  /// The quantity `source` evaluates to.
  static func quantity(_ source: String) throws -> Quantity {
    guard case .quantity(let quantity) = try value(source) else {
      throw Failure(description: "`\(source)` is not a quantity")
    }
    return quantity
  }

  /// The value of a dataset, by name.
  static func dataset(_ name: String) throws -> Value {
    guard let description = DatasetRegistry.description(named: name) else {
      throw Failure(description: "no dataset `\(name)`")
    }
    return description.load()
  }

  static func record(_ name: String) throws -> Record {
    guard case .record(let record) = try dataset(name) else { throw Failure(description: "`\(name)` is not a record") }
    return record
  }

  static func table(_ name: String) throws -> Table {
    guard case .table(let table) = try dataset(name) else { throw Failure(description: "`\(name)` is not a table") }
    return table
  }

  static func list(_ name: String) throws -> [Value] {
    guard case .list(let items) = try dataset(name) else { throw Failure(description: "`\(name)` is not a list") }
    return items.values
  }

  /// Every figure inside `value` with a path naming it (`nvda_fundamentals.fy2025.revenue`,
  /// `nvda.close`): quantities, series and tables. Dates and strings are not figures.
  static func figures(in value: Value, at path: String) -> [(path: String, value: Value)] {
    switch value {
    case .quantity, .series: return [(path, value)]
    case .table(let table):
      return [(path, value)] + (table.attributes.map { figures(in: .record($0), at: path) } ?? [])
    case .record(let record):
      return zip(record.names, record.values).flatMap { figures(in: $1, at: "\(path).\($0)") }
    case .list(let items):
      return items.enumerated().flatMap { figures(in: $1, at: "\(path)[\($0)]") }
    case .bool, .date, .string, .function, .figure: return []
    }
  }

  /// The numbers two doubles agree on: equal to 12 significant digits.
  static func same(_ left: Double, _ right: Double) -> Bool {
    left == right || abs(left - right) <= 1e-12 * max(abs(left), abs(right))
  }
}

/// The items of a list: an array of values, or the columns of a loaded file whose rows are made
/// as they are read (`RecordColumns`).
///
/// `load` of 10 million records held each row as a record of its own (a boxed `Record` with an
/// array of five values, about 230 bytes) beside the parsed columns; a list that is the columns
/// holds 8 to 16 bytes a cell. One pointer wide, so `Value` stays as wide as it was.
public struct ValueList: RandomAccessCollection, Sendable {
  enum Storage: Sendable {
    case values([Value])
    case columns(RecordColumns)
  }

  let storage: Storage

  public init(_ values: [Value]) { storage = .values(values) }

  public init(_ columns: RecordColumns) { storage = .columns(columns) }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch storage {
    case .values(let values): values.count
    case .columns(let columns): columns.count
    }
  }

  public var count: Int { endIndex }

  public var isEmpty: Bool { endIndex == 0 }

  public subscript(position: Int) -> Value {
    switch storage {
    case .values(let values): values[position]
    case .columns(let columns): columns.row(position)
    }
  }

  /// The items as an array: free for a list of values, every row made for columns.
  public var values: [Value] {
    switch storage {
    case .values(let values): values
    case .columns(let columns): (0..<columns.count).map(columns.row)
    }
  }

  /// The columns behind the list, when it is a loaded file's (or a part or a column of one).
  public var columns: RecordColumns? {
    if case .columns(let columns) = storage { columns } else { nil }
  }

  /// The items at `positions`, sharing the columns when there are columns.
  public func items(_ positions: Range<Int>) -> ValueList {
    switch storage {
    case .values(let values): ValueList(Array(values[positions]))
    case .columns(let columns): ValueList(columns.rows(positions))
    }
  }
}

extension Value {
  /// A list of these values: the list as the evaluator and the builtins build it.
  public static func list(_ items: [Value]) -> Value { .list(ValueList(items)) }
}

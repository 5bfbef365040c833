extension ParameterType {
  /// Whether `value` is of this type. `arguments` are all the arguments of the call, which a
  /// `sameDimension` reads.
  public func accepts(_ value: Value, arguments: [Value] = []) -> Bool {
    switch self {
    case .any: return true
    case .oneOf(let alternatives): return alternatives.contains { $0.accepts(value, arguments: arguments) }
    case .list(let element):
      guard case .list(let items) = value else { return false }
      if element == .any { return true }
      // A loaded file's rows are all records: asking each would make every row.
      if element == .record, let columns = items.columns, columns.rowsAreRecords { return true }
      return items.allSatisfy { element.accepts($0, arguments: arguments) }
    case .date: if case .date = value { return true } else { return false }
    case .string: if case .string = value { return true } else { return false }
    case .boolean: if case .bool = value { return true } else { return false }
    case .series: if case .series = value { return true } else { return false }
    case .table: if case .table = value { return true } else { return false }
    case .record: if case .record = value { return true } else { return false }
    case .function: if case .function = value { return true } else { return false }
    case .chart: if case .figure = value { return true } else { return false }
    case .number, .quantity, .dimension, .money, .percent, .duration, .sameDimension:
      guard case .quantity(let quantity) = value else { return false }
      return accepts(quantity, arguments: arguments)
    }
  }

  /// For the types of one quantity: whether `quantity` is of this one.
  func accepts(_ quantity: Quantity, arguments: [Value]) -> Bool {
    switch self {
    case .number, .percent: quantity.unit.isNone
    case .quantity: true
    case .dimension(let unit): quantity.dimension == unit.dimension
    case .money: quantity.unit.currency != nil && quantity.unit.factors.count == 1
    case .duration: quantity.dimension == BuiltinUnits.day.dimension
    case .sameDimension(let index):
      if arguments.indices.contains(index), case .quantity(let other) = arguments[index] {
        quantity.dimension == other.dimension
      } else {
        true
      }
    case .date, .string, .boolean, .list, .series, .table, .record, .function, .chart, .any, .oneOf: false
    }
  }

  /// Why `value` is not of this type, or nil when it is. A list of the right kind is blamed on
  /// its first item that is not; a quantity in the wrong dimension for a `sameDimension`, on the
  /// argument it must match.
  public func mismatch(for value: Value, arguments: [Value] = []) -> TypeMismatch? {
    if accepts(value, arguments: arguments) { return nil }
    if case .list(let items) = value {
      for case .list(let element) in alternatives {
        if let position = items.firstIndex(where: { !element.accepts($0, arguments: arguments) }) {
          return .item(expected: self, position: position, found: items[position].kind)
        }
      }
    }
    if case .quantity = value {
      for case .sameDimension(let index) in alternatives where arguments.indices.contains(index) {
        guard case .quantity(let reference) = arguments[index] else { continue }
        return .dimension(
          expected: self, reference: arguments[index].kind, found: value.kind,
          fix: TypeMismatch.Fix.unit(reference.unit, for: value))
      }
    }
    return .kind(expected: self, found: value.kind, fix: TypeMismatch.Fix(expected: self, value: value))
  }
}

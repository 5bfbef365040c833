import TapeCore

/// What `sort`, `sort_desc`, `rank`, `top` and `bottom` order when labels must stay on: the
/// values of a record (its keys travel with them), or the items of a list ordered by a key
/// function (`sort(moves, m => m.change)`).
struct LabelledItems {
  /// One figure per item, all in the first one's unit.
  var figures: ContiguousArray<Double>
  /// What comes back, in the order chosen.
  var items: [Value]
  /// The record's keys, or nil for a list.
  var labels: [String]?

  /// The items at `positions`, in that order: a record keeps its keys, a list stays a list.
  func picked(_ positions: [Int]) -> Value {
    guard let labels else { return .list(positions.map { items[$0] }) }
    return .record(Record(names: positions.map { labels[$0] }, values: positions.map { items[$0] }))
  }
}

extension Builtins {
  /// What the ordering functions take: a series, a list of figures or of records, a record.
  static let orderable: ParameterType = .oneOf([.series, .list(of: .quantity), .list(of: .record), .record])

  /// Argument 0 as labelled items, ordered by the function in argument `keyIndex` when one is
  /// given; nil for a series or a list of figures without a key function (they keep their own path).
  static func labelledItems(_ arguments: [Value], keyIndex: Int, _ call: CallContext) throws(EvalError)
    -> LabelledItems?
  {
    let key: Value? = arguments.count > keyIndex ? arguments[keyIndex] : nil
    let items: [Value]
    let labels: [String]?
    switch arguments[0] {
    case .record(let record):
      (items, labels) = (record.values, record.names)
    case .list(let values) where key != nil:
      (items, labels) = (values.values, nil)
    case .list(let values):
      guard case .record = values.first else { return nil }
      throw EvalError.labels(.needsKey(example: "r => r.\(firstQuantityField(values) ?? "value")"), at: call.argumentSpan(0))
    default:
      return nil
    }
    var figures: [Value] = items
    if let key {
      guard let apply = call.apply else { throw undeclared(keyIndex, call) }
      figures = []
      figures.reserveCapacity(items.count)
      for item in items { figures.append(try apply(key, [item])) }
    }
    var quantities: [Quantity] = []
    quantities.reserveCapacity(figures.count)
    for (position, figure) in figures.enumerated() {
      guard case .quantity(let quantity) = figure else {
        let name = labels?[position] ?? "item \(position)"
        throw EvalError.labels(.notAQuantity(key: name, found: figure.kind), at: call.argumentSpan(key == nil ? 0 : keyIndex))
      }
      if let first = quantities.first, quantity.dimension != first.dimension {
        throw EvalError.mixedUnits(first: first.unit, found: quantity.unit, at: call.argumentSpan(key == nil ? 0 : keyIndex))
      }
      quantities.append(quantities.first.map { quantity.converted(to: $0.unit) } ?? quantity)
    }
    return LabelledItems(figures: ContiguousArray(quantities.map(\.value)), items: items, labels: labels)
  }

  /// The name of the first figure field of the first record, for a suggestion.
  static func firstQuantityField(_ items: some Collection<Value>) -> String? {
    guard case .record(let record) = items.first else { return nil }
    return zip(record.names, record.values).first { if case .quantity = $0.1 { true } else { false } }?.0
  }

  /// Positions from the smallest figure to the largest (or the reverse), ties in their order.
  static func ordered(_ figures: ContiguousArray<Double>, descending: Bool) -> [Int] {
    var order = Array(figures.indices)
    figures.withUnsafeBufferPointer { v in
      if descending {
        order.sort { v[$0] > v[$1] || (v[$0] == v[$1] && $0 < $1) }
      } else {
        order.sort { v[$0] < v[$1] || (v[$0] == v[$1] && $0 < $1) }
      }
    }
    return order
  }

  /// League-table ranks, 1 for the largest; equal figures share the best rank they tie for.
  static func ranks(_ values: ContiguousArray<Double>) -> ContiguousArray<Double> {
    var ranks = ContiguousArray<Double>(repeating: 0, count: values.count)
    let order = positionsLargestFirst(values)
    for (place, position) in order.enumerated() {
      let previous = place > 0 ? order[place - 1] : nil
      ranks[position] = previous.map { values[$0] == values[position] ? ranks[$0] : Double(place + 1) } ?? 1
    }
    return ranks
  }
}

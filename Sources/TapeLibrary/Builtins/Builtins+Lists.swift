import TapeCore

extension Builtins {
  static let lists: [Builtin] = [len, sum, mean, min, max]

  static let len = Builtin(
    name: "len", topic: .lists, parameters: [.init("list", "a list")], returns: "a plain number",
    summary: "How many items `list` holds.",
    examples: [.init("len([1, 2, 3])", yields: "3"), .init("len([])", yields: "0")]
  ) { arguments, call throws(EvalError) in
    .number(Double(try list(arguments, 0, call).count))
  }

  static let sum = Builtin(
    name: "sum", topic: .lists, parameters: [.init("list", "a list of quantities in one dimension")],
    returns: "the list's unit",
    summary: "The total of the items of `list`, in the unit of the first item.",
    examples: [.init("sum([$589B, $279B])", yields: "$868.0B"), .init("sum([1, 2, 3.5])", yields: "6.5")]
  ) { arguments, call throws(EvalError) in
    let items = try quantities(arguments, 0, call)
    guard let first = items.first else { return .number(0) }
    return try finite(Quantity(items.reduce(0) { $0 + $1.value }, first.unit, format: first.format), call)
  }

  static let mean = Builtin(
    name: "mean", topic: .lists, parameters: [.init("list", "a non-empty list of quantities in one dimension")],
    returns: "the list's unit",
    summary: "The arithmetic mean of the items of `list`.",
    examples: [.init("mean([$142.62, $118.42])", yields: "$130.52"), .init("mean([1, 2])", yields: "1.5")]
  ) { arguments, call throws(EvalError) in
    let items = try quantities(arguments, 0, call)
    guard let first = items.first else {
      throw EvalError.invalidArgument("the mean of an empty list is undefined", at: call.argumentSpan(0), help: nil)
    }
    return try finite(Quantity(items.reduce(0) { $0 + $1.value } / Double(items.count), first.unit, format: first.format), call)
  }

  static let min = Builtin(
    name: "min", topic: .lists, parameters: [.init("list", "a non-empty list of quantities in one dimension")],
    returns: "the list's unit",
    summary: "The smallest item of `list`.",
    examples: [.init("min([$142.62, $118.42, $128.99])", yields: "$118.42")]
  ) { arguments, call throws(EvalError) in
    try extreme(arguments, call, name: "min", keepFirst: <)
  }

  static let max = Builtin(
    name: "max", topic: .lists, parameters: [.init("list", "a non-empty list of quantities in one dimension")],
    returns: "the list's unit",
    summary: "The largest item of `list`.",
    examples: [.init("max([-3%, 17%, 8.9%])", yields: "17.00%")]
  ) { arguments, call throws(EvalError) in
    try extreme(arguments, call, name: "max", keepFirst: >)
  }

  static func extreme(
    _ arguments: [Value], _ call: CallContext, name: String, keepFirst: (Double, Double) -> Bool
  ) throws(EvalError) -> Value {
    let items = try quantities(arguments, 0, call)
    guard var best = items.first else {
      throw EvalError.invalidArgument("`\(name)` of an empty list is undefined", at: call.argumentSpan(0), help: nil)
    }
    for item in items.dropFirst() where keepFirst(item.value, best.value) { best = item }
    return .quantity(best)
  }
}

import TapeCore

extension Builtins {
  static let lists: [Builtin] = [len, sum, mean, min, max]

  static let len = Builtin(
    name: "len", topic: .lists, parameters: [.init("list", "a list")], returns: "a plain number",
    summary: "How many items `list` holds.",
    examples: [.init("len([1, 2, 3])", yields: "3"), .init("len([])", yields: "0")],
    details: """
      Counts the items of any list, whatever they hold: numbers, money, dates, text or other lists.
      """,
    seeAlso: ["lists", "sum"]
  ) { arguments, call throws(EvalError) in
    .number(Double(try list(arguments, 0, call).count))
  }

  static let sum = Builtin(
    name: "sum", topic: .lists, parameters: [.init("list", "a list of quantities in one dimension")],
    returns: "the list's unit",
    summary: "The total of the items of `list`, in the unit of the first item.",
    examples: [
      .init("sum([$589B, $279B])", yields: "$868.0B"), .init("sum([1, 2, 3.5])", yields: "6.5"),
      .init("sum([1 day, 12 hours])", yields: "1.5 days"), .init("sum([])", yields: "0"),
    ],
    details: """
      The items must share one dimension: all in one currency, all shares, all durations. Items \
      in other units of that dimension are converted to the first item's unit, so \
      `sum([1 day, 12 hours])` is in days. The sum of an empty list is 0.
      """,
    seeAlso: ["mean", "len", "lists"]
  ) { arguments, call throws(EvalError) in
    let items = try quantities(arguments, 0, call)
    guard let first = items.first else { return .number(0) }
    return try finite(Quantity(compensatedSum(items), first.unit, format: first.format), call)
  }

  static let mean = Builtin(
    name: "mean", topic: .lists, parameters: [.init("list", "a non-empty list of quantities in one dimension")],
    returns: "the list's unit",
    summary: "The arithmetic mean of the items of `list`.",
    examples: [.init("mean([$142.62, $118.42])", yields: "$130.52"), .init("mean([1, 2])", yields: "1.5")],
    details: """
      The sum of the items divided by how many there are. The items must share one dimension; \
      the result is in the first item's unit. The mean of an empty list is an error.
      """,
    seeAlso: ["sum", "min", "max", "lists"]
  ) { arguments, call throws(EvalError) in
    let items = try quantities(arguments, 0, call)
    guard let first = items.first else {
      throw EvalError.invalidArgument("the mean of an empty list is undefined", at: call.argumentSpan(0), help: nil)
    }
    return try finite(
      Quantity(compensatedSum(items) / Double(items.count), first.unit, format: first.format), call)
  }

  static let min = Builtin(
    name: "min", topic: .lists, parameters: [.init("list", "a non-empty list of quantities in one dimension")],
    returns: "the list's unit",
    summary: "The smallest item of `list`.",
    examples: [.init("min([$142.62, $118.42, $128.99])", yields: "$118.42"), .init("min([1 day, 36 hours])", yields: "1 day")],
    details: """
      The items must share one dimension; items in other units of it are compared after \
      conversion to the first item's unit. The result is shown in that unit. The minimum of an \
      empty list is an error.
      """,
    seeAlso: ["max", "mean", "lists"]
  ) { arguments, call throws(EvalError) in
    try extreme(arguments, call, name: "min", keepFirst: <)
  }

  static let max = Builtin(
    name: "max", topic: .lists, parameters: [.init("list", "a non-empty list of quantities in one dimension")],
    returns: "the list's unit",
    summary: "The largest item of `list`.",
    examples: [.init("max([-3%, 17%, 8.9%])", yields: "17.00%"), .init("max([1 day, 36 hours])", yields: "1.5 days")],
    details: """
      The items must share one dimension; items in other units of it are compared after \
      conversion to the first item's unit. The result is shown in that unit. The maximum of an \
      empty list is an error.
      """,
    seeAlso: ["min", "mean", "lists"]
  ) { arguments, call throws(EvalError) in
    try extreme(arguments, call, name: "max", keepFirst: >)
  }

  /// Neumaier's compensated sum: long lists add up without the drift of a naive loop, then the
  /// total is rounded to the working precision like any other sum.
  static func compensatedSum(_ items: [Quantity]) -> Double {
    var total = 0.0
    var compensation = 0.0
    for item in items {
      let next = total + item.value
      compensation += Swift.abs(total) >= Swift.abs(item.value) ? (total - next) + item.value : (item.value - next) + total
      total = next
    }
    return DecimalRounding.significant(total + compensation)
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

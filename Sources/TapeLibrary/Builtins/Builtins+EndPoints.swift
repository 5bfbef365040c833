import TapeCore

/// `first(s, n)` and `last(s, n)`: the first or last `n` points of a series or items of a list,
/// as pandas' `head` and `tail`.
extension Builtins {
  static func endPoints(_ arguments: [Value], _ call: CallContext, function: String, last: Bool) throws(EvalError)
    -> Value
  {
    let written = try quantity(arguments, 1, call).value
    guard written == written.rounded(), written >= 1, written < 1e15 else {
      throw EvalError.notAWholeNumber(.atLeastOne, at: call.argumentSpan(1))
    }
    let wanted = Int(written)
    if case .list(let items) = arguments[0] {
      guard !items.isEmpty else { throw EvalError.emptyList(function: function, at: call.argumentSpan(0)) }
      return .list(Array(last ? items.suffix(wanted) : items.prefix(wanted)))
    }
    var series = try points(arguments, 0, call, function: function).series
    let range = last ? Swift.max(0, series.count - wanted)..<series.count : 0..<Swift.min(wanted, series.count)
    series.days = ContiguousArray(series.days[range])
    series.values = ContiguousArray(series.values[range])
    return .series(series)
  }
}

import Testing
import TapeCore
import TapeLibrary

/// Every series function gives a value on a million points (no quadratic blow-up, no stack use
/// that grows with the length). How fast they are is measured in Benchmarks/, not here.
struct SeriesScaleTests {
  static let big: Series = {
    let count = 1_000_000
    var values = ContiguousArray<Double>(repeating: 0, count: count)
    var price = 100.0
    for index in 0..<count {
      price *= 1 + 0.01 * Double((index * 7919) % 21 - 10) / 10
      values[index] = price
    }
    return Series(name: "big", days: ContiguousArray((0..<Int32(count)).map { $0 }), values: values)
  }()

  @Test func everyFunctionHandlesAMillionPoints() {
    var interpreter = Interpreter(
      natives: BuiltinRegistry.natives,
      datasets: [Dataset(name: "big", summary: "a long synthetic series", load: { .series(SeriesScaleTests.big) })])
    let calls = [
      "first(big)", "last(big)", "prev(big, 2025-01-01)", "median(big)", "stdev(big)", "argmin(big)", "argmax(big)",
      "len(change(big))", "len(pct_change(big))", "len(returns(big))", "len(cumulative(big))", "len(drawdown(big))",
      "max_drawdown(big)", "correlation(big, big)", "beta(big, big)", "len(rank(big))", "len(top(big, 10))",
      "len(ratio(big, big))", "len(compare(big, big))", "sum(big)", "mean(big)", "min(big)", "max(big)",
    ]
    for call in calls {
      guard case .value? = interpreter.run(call).first else {
        Issue.record("`\(call)` failed")
        continue
      }
    }
  }
}

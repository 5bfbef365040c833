import Testing
import TapeCore
import TapeLibrary

/// Series functions run over the contiguous columns: a million points cost well under a second
/// each, even in a debug build.
struct SeriesPerformanceTests {
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
      datasets: [Dataset(name: "big", summary: "a long synthetic series", load: { .series(SeriesPerformanceTests.big) })])
    let calls = [
      "first(big)", "last(big)", "prev(big, 2025-01-01)", "median(big)", "stdev(big)", "argmin(big)", "argmax(big)",
      "len(change(big))", "len(pct_change(big))", "len(returns(big))", "len(cumulative(big))", "len(drawdown(big))",
      "max_drawdown(big)", "correlation(big, big)", "beta(big, big)", "len(rank(big))", "len(top(big, 10))",
      "len(ratio(big, big))", "len(compare(big, big))", "sum(big)", "mean(big)", "min(big)", "max(big)",
    ]
    let clock = ContinuousClock()
    for call in calls {
      let elapsed = clock.measure {
        let outcomes = interpreter.run(call)
        guard case .value? = outcomes.first else {
          Issue.record("`\(call)` failed")
          return
        }
      }
      #expect(elapsed < .seconds(3), "`\(call)` took \(elapsed)")
    }
  }
}

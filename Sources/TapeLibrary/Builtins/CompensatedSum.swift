/// Neumaier's compensated summation: each addition's rounding error is kept and added back at
/// the end, so long sums do not drift.
struct CompensatedSum {
  private(set) var sum = 0.0
  private(set) var compensation = 0.0

  mutating func add(_ value: Double) {
    let next = sum + value
    compensation += Swift.abs(sum) >= Swift.abs(value) ? (sum - next) + value : (value - next) + sum
    sum = next
  }

  var total: Double { sum + compensation }

  /// Four compensated sums side by side, for a long column.
  struct Lanes {
    var first = CompensatedSum()
    var second = CompensatedSum()
    var third = CompensatedSum()
    var fourth = CompensatedSum()

    mutating func add(_ a: Double, _ b: Double, _ c: Double, _ d: Double) {
      first.add(a)
      second.add(b)
      third.add(c)
      fourth.add(d)
    }

    /// The four sums and their compensations added with compensation, largest error last.
    var total: Double {
      var combined = CompensatedSum()
      for lane in [first, second, third, fourth] { combined.add(lane.sum) }
      for lane in [first, second, third, fourth] { combined.add(lane.compensation) }
      return combined.total
    }
  }
}

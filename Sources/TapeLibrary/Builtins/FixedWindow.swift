import TapeCore

/// `rolling(s, n, f)` for a window of a fixed number of points and a built-in reduction, in one
/// pass over raw buffers: each step puts one point in and takes one out. `sum` and `mean` keep a
/// Neumaier running sum; `stdev` keeps Welford's mean and sum of squared deviations, updated for
/// the swap of one point; `min` and `max` keep a queue of the positions that can still win. Every
/// `refresh` steps the sums are recomputed from the window itself, so rounding cannot drift over a
/// long series: a running standard deviation stays within about 1e-11 of the values' size of the
/// two-pass one (the updates cancel large squares, as pandas' do).
enum FixedWindow {
  /// One value per full window (`values.count - size + 1` of them); nil for a reduction this does
  /// not cover, or a standard deviation of single points.
  static func reduce(_ kind: Builtins.Reduction.Fast, _ values: ContiguousArray<Double>, size: Int)
    -> ContiguousArray<Double>?
  {
    let count = values.count - size + 1
    guard size >= 1, count >= 1 else { return nil }
    if kind == .stdev && size < 2 { return nil }
    return values.withUnsafeBufferPointer { x in
      ContiguousArray<Double>(unsafeUninitializedCapacity: count) { out, initialized in
        switch kind {
        case .first: for i in 0..<count { out[i] = x[i] }
        case .last: for i in 0..<count { out[i] = x[i + size - 1] }
        case .sum, .mean: sums(x, size: size, into: out, mean: kind == .mean)
        case .stdev: deviations(x, size: size, into: out)
        case .min, .max: extremes(x, size: size, into: out, isMin: kind == .min)
        }
        initialized = count
      }
    }
  }

  static func refresh(_ size: Int) -> Int { Swift.max(4096, size * 4) }

  private static func sums(
    _ x: UnsafeBufferPointer<Double>, size: Int, into out: UnsafeMutableBufferPointer<Double>, mean: Bool
  ) {
    var sum = 0.0
    var compensation = 0.0
    func add(_ value: Double) {
      let total = sum + value
      compensation += Swift.abs(sum) >= Swift.abs(value) ? (sum - total) + value : (value - total) + sum
      sum = total
    }
    for i in 0..<size { add(x[i]) }
    let scale = mean ? 1 / Double(size) : 1
    let every = refresh(size)
    out[0] = DecimalRounding.significant(sum + compensation) * scale
    for i in 1..<out.count {
      if i % every == 0 {
        sum = 0
        compensation = 0
        for j in i..<(i + size) { add(x[j]) }
      } else {
        add(x[i + size - 1])
        add(-x[i - 1])
      }
      out[i] = DecimalRounding.significant(sum + compensation) * scale
    }
  }

  private static func deviations(_ x: UnsafeBufferPointer<Double>, size: Int, into out: UnsafeMutableBufferPointer<Double>) {
    let n = Double(size)
    let inverse = 1 / n
    func exact(from start: Int) -> (mean: Double, squares: Double) {
      var total = 0.0
      for j in start..<(start + size) { total += x[j] }
      let mean = total * inverse
      var squares = 0.0
      for j in start..<(start + size) { squares += (x[j] - mean) * (x[j] - mean) }
      return (mean, squares)
    }
    var (mean, squares) = exact(from: 0)
    // Squares drift faster than sums: recompute them more often, at a quarter of a pass a point.
    let every = Swift.max(256, size * 4)
    out[0] = (Swift.max(squares, 0) / (n - 1)).squareRoot()
    for i in 1..<out.count {
      if i % every == 0 {
        (mean, squares) = exact(from: i)
      } else {
        let incoming = x[i + size - 1]
        let outgoing = x[i - 1]
        let step = incoming - outgoing
        let newMean = mean + step * inverse
        squares += step * ((incoming - newMean) + (outgoing - mean))
        mean = newMean
      }
      out[i] = (Swift.max(squares, 0) / (n - 1)).squareRoot()
    }
  }

  private static func extremes(
    _ x: UnsafeBufferPointer<Double>, size: Int, into out: UnsafeMutableBufferPointer<Double>, isMin: Bool
  ) {
    // A ring of candidate positions, oldest first, whose values only rise (min) or fall (max).
    var ring = [Int](repeating: 0, count: size + 1)
    ring.withUnsafeMutableBufferPointer { queue in
      var head = 0
      var length = 0
      let capacity = queue.count
      for i in 0..<x.count {
        let value = x[i]
        while length > 0 {
          let last = queue[(head + length - 1) % capacity]
          if isMin ? x[last] >= value : x[last] <= value { length -= 1 } else { break }
        }
        queue[(head + length) % capacity] = i
        length += 1
        if queue[head] <= i - size {
          head = (head + 1) % capacity
          length -= 1
        }
        if i >= size - 1 { out[i - size + 1] = x[queue[head]] }
      }
    }
  }
}

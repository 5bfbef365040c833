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

  /// Four compensated sums side by side, for a long column: points 0, 4, 8, ... go to the first,
  /// 1, 5, 9, ... to the second, and so on. One sum waits on each addition before the next; four
  /// run side by side, two to a vector register, so a step adds four points in a few vector
  /// instructions. Each lane is exactly the scalar `CompensatedSum` above, bit for bit.
  struct Lanes {
    /// The first and second lanes.
    private var low = Pair()
    /// The third and fourth lanes.
    private var high = Pair()

    init() {}

    /// Lanes holding these sums and compensations, lane by lane (from the C kernel).
    init(sums: SIMD4<Double>, compensations: SIMD4<Double>) {
      low = Pair(sums: sums.lowHalf, compensations: compensations.lowHalf)
      high = Pair(sums: sums.highHalf, compensations: compensations.highHalf)
    }

    /// The lanes after adding a column: point i goes to lane i % 4, and the last `count % 4`
    /// points to the first lane. With AVX2 the C kernel adds them, bit for bit as
    /// `init(addingInSwift:)` does, in two thirds of the time (`CompensatedSum+AVX2.swift`).
    init(adding points: UnsafeBufferPointer<Double>) {
      self = Lanes(addingWithAVX2: points) ?? Lanes(addingInSwift: points)
    }

    /// The lanes after adding a column in Swift, two lanes to a vector register: the reference
    /// for the C kernel, and the way on processors without AVX2.
    init(addingInSwift points: UnsafeBufferPointer<Double>) {
      // Pairs of points straight from memory into vector registers.
      let bytes = UnsafeRawBufferPointer(points)
      let pairSize = MemoryLayout<SIMD2<Double>>.stride
      var index = 0
      while index + 4 <= points.count {
        // In bounds by the loop's condition, so the offsets cannot overflow.
        let offset = index &* MemoryLayout<Double>.stride
        add(
          low: bytes.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self),
          high: bytes.loadUnaligned(fromByteOffset: offset &+ pairSize, as: SIMD2<Double>.self))
        index += 4
      }
      while index < points.count {
        add(points[index], 0, 0, 0)
        index += 1
      }
    }

    /// The four running sums, lane by lane.
    var sums: SIMD4<Double> { SIMD4(lowHalf: low.sums, highHalf: high.sums) }

    /// The four compensations, lane by lane.
    var compensations: SIMD4<Double> { SIMD4(lowHalf: low.compensations, highHalf: high.compensations) }

    mutating func add(_ a: Double, _ b: Double, _ c: Double, _ d: Double) {
      add(low: SIMD2(a, b), high: SIMD2(c, d))
    }

    mutating func add(low lowPoints: SIMD2<Double>, high highPoints: SIMD2<Double>) {
      // Almost always each running sum is at least as large as its next point, and Neumaier's
      // first branch holds in every lane at once: one test for four points, no select.
      let sumsAreLarger =
        (Pair.magnitude(low.sums) .>= Pair.magnitude(lowPoints))
        .& (Pair.magnitude(high.sums) .>= Pair.magnitude(highPoints))
      if all(sumsAreLarger) {
        low.addWhereSumsAreLarger(lowPoints)
        high.addWhereSumsAreLarger(highPoints)
      } else {
        low.add(lowPoints)
        high.add(highPoints)
      }
    }

    /// The four sums and their compensations added with compensation, largest error last.
    var total: Double {
      var combined = CompensatedSum()
      for sum in [low.sums[0], low.sums[1], high.sums[0], high.sums[1]] { combined.add(sum) }
      for compensation in [low.compensations[0], low.compensations[1], high.compensations[0], high.compensations[1]] {
        combined.add(compensation)
      }
      return combined.total
    }
  }

  /// Two lanes in one vector register.
  private struct Pair {
    var sums = SIMD2<Double>()
    var compensations = SIMD2<Double>()

    /// Neumaier's step in both lanes, its branch taken lane by lane as a select.
    @inline(__always)
    mutating func add(_ points: SIMD2<Double>) {
      let next = sums + points
      let sumIsLarger = Pair.magnitude(sums) .>= Pair.magnitude(points)
      let larger = points.replacing(with: sums, where: sumIsLarger)
      let smaller = sums.replacing(with: points, where: sumIsLarger)
      compensations += (larger - next) + smaller
      sums = next
    }

    /// Neumaier's step when each sum is at least as large as its point (its first branch).
    @inline(__always)
    mutating func addWhereSumsAreLarger(_ points: SIMD2<Double>) {
      let next = sums + points
      compensations += (sums - next) + points
      sums = next
    }

    /// `abs` of each lane: the sign bit cleared, one instruction (the standard library has no
    /// vector `abs` for floating point).
    @inline(__always)
    static func magnitude(_ values: SIMD2<Double>) -> SIMD2<Double> {
      let signless = SIMD2<UInt64>(repeating: 0x7FFF_FFFF_FFFF_FFFF)
      return unsafeBitCast(unsafeBitCast(values, to: SIMD2<UInt64>.self) & signless, to: SIMD2<Double>.self)
    }
  }
}

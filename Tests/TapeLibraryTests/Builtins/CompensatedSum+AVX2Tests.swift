import TapeCore
import Testing

@testable import TapeLibrary

/// Whether this processor runs the C kernel (x86-64 with AVX2).
private let kernelRuns = [Double]().withUnsafeBufferPointer { CompensatedSum.Lanes(addingWithAVX2: $0) } != nil

/// The C kernel adds a column exactly as `CompensatedSum.Lanes` does in Swift: every lane's sum
/// and compensation, and so the total, bit for bit.
@Suite(.enabled(if: kernelRuns, "the processor has no AVX2, so Swift adds every column"))
struct CompensatedSumAVX2Tests {
  static let counts = [0, 1, 2, 3, 4, 5, 7, 8, 1000, 100_003]

  @Test(arguments: counts)
  func mixedMagnitudesAddAsInSwift(count: Int) throws {
    // Values up to 1e6 with some near 1e-3, both signs: both branches of Neumaier's step.
    var generator = SplitMix64(seed: UInt64(count) &+ 11)
    try expectSameLanes(ContiguousArray((0..<count).map { _ in generator.nextDouble() }))
  }

  @Test(arguments: counts)
  func pricesAddAsInSwift(count: Int) throws {
    // A random walk in cents, like a column of closes.
    var generator = SplitMix64(seed: UInt64(count) &+ 23)
    var price = 100.0
    let values = ContiguousArray((0..<count).map { _ in
      price = Swift.max(0.01, ((price * (1 + generator.nextDouble() / 5e7)) * 100).rounded() / 100)
      return price
    })
    try expectSameLanes(values)
  }

  @Test(arguments: counts)
  func cancellationAddsAsInSwift(count: Int) throws {
    // Huge values that cancel, each beside small ones, and points far larger than their lane's
    // sum: the compensation carries almost all of the result.
    var generator = SplitMix64(seed: UInt64(count) &+ 37)
    let values = ContiguousArray((0..<count).map { index -> Double in
      let scale = [1e100, 1e16, 1, 1e-300][Int(generator.next() % 4)]
      let value = generator.nextDouble() * scale
      return index % 3 == 2 ? -value : value
    })
    try expectSameLanes(values)
    try expectSameLanes(ContiguousArray(values.flatMap { [$0, 1e-3, -$0] }))
  }

  @Test func signedZerosAndSubnormalsAddAsInSwift() throws {
    try expectSameLanes([-0.0, -0.0, 0.0, -0.0, 5e-324, -5e-324, 2.2e-308, -0.0, -0.0])
    try expectSameLanes([-0.0, -0.0, -0.0, -0.0, -0.0])
  }

  @Test func onesAfterALargeNumberAreNotLost() throws {
    var values = ContiguousArray<Double>([1e16])
    values.append(contentsOf: repeatElement(1.0, count: 10_001))
    let kernel = try #require(values.withUnsafeBufferPointer { CompensatedSum.Lanes(addingWithAVX2: $0) })
    #expect(kernel.total == 1e16 + 10_001)
    try expectSameLanes(values)
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func aNonFiniteValueGivesNaNBothWays(special: Double) throws {
    // Neumaier's step turns an infinity into a NaN compensation (infinity - infinity), so
    // `sum` reports a result that is not finite either way. Which NaN (sign, payload) depends on
    // operand order inside an addition, which neither compiler promises; only NaN is compared.
    var generator = SplitMix64(seed: 5)
    for position in [0, 1, 2, 3, 6, 998] {
      var values = ContiguousArray((0..<999).map { _ in generator.nextDouble() })
      values[position] = special
      let swift = values.withUnsafeBufferPointer { CompensatedSum.Lanes(addingInSwift: $0) }
      let kernel = try #require(values.withUnsafeBufferPointer { CompensatedSum.Lanes(addingWithAVX2: $0) })
      #expect(swift.total.isNaN && kernel.total.isNaN)
      for lane in 0..<4 {
        #expect(swift.sums[lane].isNaN == kernel.sums[lane].isNaN)
        #expect(swift.compensations[lane].isNaN == kernel.compensations[lane].isNaN)
        if !swift.sums[lane].isNaN { #expect(swift.sums[lane].bitPattern == kernel.sums[lane].bitPattern) }
      }
    }
  }

  @Test func sumUsesTheKernelAndRoundsItsTotal() {
    var generator = SplitMix64(seed: 3)
    let values = ContiguousArray((0..<10_007).map { _ in generator.nextDouble() })
    let swift = values.withUnsafeBufferPointer { CompensatedSum.Lanes(addingInSwift: $0) }
    #expect(Builtins.compensatedSum(values).bitPattern == DecimalRounding.significant(swift.total).bitPattern)
  }

  /// Adds `values` both ways and compares every lane and the total, bit for bit.
  private func expectSameLanes(
    _ values: ContiguousArray<Double>, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let swift = values.withUnsafeBufferPointer { CompensatedSum.Lanes(addingInSwift: $0) }
    let kernel = try #require(
      values.withUnsafeBufferPointer { CompensatedSum.Lanes(addingWithAVX2: $0) }, sourceLocation: sourceLocation)
    for lane in 0..<4 {
      #expect(kernel.sums[lane].bitPattern == swift.sums[lane].bitPattern, "sum of lane \(lane)", sourceLocation: sourceLocation)
      #expect(
        kernel.compensations[lane].bitPattern == swift.compensations[lane].bitPattern,
        "compensation of lane \(lane)", sourceLocation: sourceLocation)
    }
    #expect(kernel.total.bitPattern == swift.total.bitPattern, sourceLocation: sourceLocation)
  }
}

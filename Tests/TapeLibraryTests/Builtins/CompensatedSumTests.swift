import Testing

@testable import TapeLibrary

/// `CompensatedSum` and its four vector lanes: long sums keep what a plain sum loses.
struct CompensatedSumTests {
  @Test func onesAfterALargeNumberAreNotLost() {
    // A double near 1e16 is spaced 2 apart, so a plain sum drops every 1.0 added to it.
    var values = ContiguousArray<Double>([1e16])
    values.append(contentsOf: repeatElement(1.0, count: 10_001))
    #expect(values.reduce(0, +) == 1e16)
    #expect(Builtins.compensatedSum(values) == 1e16 + 10_001)
  }

  @Test func aPointLargerThanItsLaneSumIsCompensatedToo() {
    // Lane one gets 1, 1e100, 1, -1e100 (every fourth point): each large point outweighs the
    // sum before it, the case Neumaier's second branch is for.
    var values = ContiguousArray<Double>(repeating: 0, count: 16)
    for (position, value) in [1.0, 1e100, 1.0, -1e100].enumerated() { values[position * 4] = value }
    #expect(Builtins.compensatedSum(values) == 2)
    #expect(Builtins.compensatedSum([3, 1e100, 4, -1e100, 5]) == 12)
  }

  @Test func theLanesAddExactlyAsFourScalarSumsDo() {
    // Mixed signs and magnitudes take both the four-lane fast step and the select, point by point.
    var generator = SplitMix64(seed: 7)
    let values = ContiguousArray((0..<10_003).map { _ in generator.nextDouble() })
    var lanes = [CompensatedSum](repeating: CompensatedSum(), count: 4)
    for (index, value) in values.enumerated() { lanes[index < values.count / 4 * 4 ? index % 4 : 0].add(value) }
    var combined = CompensatedSum()
    for lane in lanes { combined.add(lane.sum) }
    for lane in lanes { combined.add(lane.compensation) }
    let vectorLanes = values.withUnsafeBufferPointer { CompensatedSum.Lanes(addingInSwift: $0) }
    #expect(vectorLanes.total == combined.total)
  }

  @Test func anEmptyOrShortColumnSums() {
    #expect(Builtins.compensatedSum([]) == 0)
    #expect(Builtins.compensatedSum([0.1, 0.2, 0.3]) == 0.6)
  }
}

/// A small seeded generator: values from -1e6 to 1e6 with any number of decimals, some tiny.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func nextDouble() -> Double {
    let unit = Double(next() >> 11) / Double(1 << 53)
    let scale = next() % 5 == 0 ? 1e-3 : 1e6
    return (unit * 2 - 1) * scale
  }
}

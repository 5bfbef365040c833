import CTapeKernels

extension CompensatedSum.Lanes {
  /// The lanes after adding a column with the C kernel (`tape_compensated_sum_lanes`), which
  /// holds all four lanes in one AVX2 register; nil where the processor has no AVX2 or is not
  /// x86-64. Bit for bit `init(addingInSwift:)`: the same lanes, steps and order.
  ///
  /// Swift compiles for baseline x86-64, whose vectors hold two doubles, so its lanes take two
  /// registers and twice the instructions a step; the kernel adds a column in two thirds of the
  /// time (Package.swift has the measurements).
  init?(addingWithAVX2 points: UnsafeBufferPointer<Double>) {
    var sums = SIMD4<Double>()
    var compensations = SIMD4<Double>()
    // SIMD4<Double> is four doubles in a row, as the kernel writes them.
    let added = withUnsafeMutablePointer(to: &sums) { sumsVector in
      withUnsafeMutablePointer(to: &compensations) { compensationsVector in
        sumsVector.withMemoryRebound(to: Double.self, capacity: 4) { sums in
          compensationsVector.withMemoryRebound(to: Double.self, capacity: 4) { compensations in
            tape_compensated_sum_lanes(points.baseAddress, points.count, sums, compensations)
          }
        }
      }
    }
    guard added else { return nil }
    self.init(sums: sums, compensations: compensations)
  }
}

/// Deterministic inputs shaped like an analyst's numbers, so every run times the same work.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

public enum Inputs {
  /// `cents` as decimal text with two places: 14089225 -> "140892.25".
  public static func amount(cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// 1,000 pairs of amounts: the first from $1.00 to $10,000,000.00, the second from $1.00 to
  /// $100,000.00, both with cents, as text.
  public static let pairs: [(String, String)] = {
    var random = SplitMix64(seed: 2025)
    return (0..<1000).map { _ in
      (amount(cents: Int64.random(in: 100...1_000_000_000, using: &random)),
       amount(cents: Int64.random(in: 100...10_000_000, using: &random)))
    }
  }()

  /// 1,000 growth factors with four decimals, 0.9500 to 1.1500, as text ("1.0734").
  public static let factors: [String] = {
    var random = SplitMix64(seed: 7)
    return (0..<1000).map { _ in
      let basisPoints = Int.random(in: 9500...11500, using: &random)
      let fraction = basisPoints % 10000
      let padded = String(repeating: "0", count: 4 - String(fraction).count) + String(fraction)
      return "\(basisPoints / 10000).\(padded)"
    }
  }()

  /// 1,000 (start, end, years) for CAGR: values with cents, end 0.5x to 4x start, 1 to 30 years.
  public static let growth: [(start: String, end: String, years: Int)] = {
    var random = SplitMix64(seed: 42)
    return (0..<1000).map { _ in
      let start = Int64.random(in: 100_000...100_000_000_000, using: &random)
      let end = start * Int64.random(in: 50...400, using: &random) / 100 + Int64.random(in: 0...99, using: &random)
      return (amount(cents: start), amount(cents: end), Int.random(in: 1...30, using: &random))
    }
  }()

  /// A Tape script of `count` lines like `(140892.25 - 9326) / 98.5 * 1.07`.
  public static func literalScript(lines count: Int) -> String {
    var random = SplitMix64(seed: 99)
    var lines: [String] = []
    for _ in 0..<count {
      let revenue = amount(cents: Int64.random(in: 1_000_000...100_000_000, using: &random))
      let costs = Int.random(in: 1000...9999, using: &random)
      let shares = Double(Int.random(in: 100...9999, using: &random)) / 10
      let factor = amount(cents: Int64.random(in: 90...120, using: &random))
      lines.append("(\(revenue) - \(costs)) / \(shares) * \(factor)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Tape script of `count` lines in blocks of four: three bindings, then the line using them.
  public static func variableScript(lines count: Int) -> String {
    var random = SplitMix64(seed: 99)
    var lines: [String] = []
    while lines.count < count {
      let revenue = amount(cents: Int64.random(in: 1_000_000...100_000_000, using: &random))
      let costs = Int.random(in: 1000...9999, using: &random)
      let shares = Double(Int.random(in: 100...9999, using: &random)) / 10
      let factor = amount(cents: Int64.random(in: 90...120, using: &random))
      lines.append("revenue = \(revenue)")
      lines.append("costs = \(costs)")
      lines.append("n = \(shares)")
      lines.append("(revenue - costs) / n * \(factor)")
    }
    return lines.prefix(count).joined(separator: "\n") + "\n"
  }
}

/// A named unit: what it measures (its dimension in base units) and its size in those base units.
/// `hour` is `day` to the power 1 with factor 1/24; `USD` is the base `USD` with factor 1.
public struct UnitDefinition: Sendable, Hashable {
  /// The name shown in results: `share`, `hour`, `USD`, `GPU`.
  public let name: String
  /// The name shown alone after a count other than one: `shares`, `hours`.
  public let plural: String
  public let dimension: Dimension
  /// Size in base units.
  public let factor: Double
  /// Currencies format as money (`$142.62`) and never convert into one another.
  public let isCurrency: Bool
  /// How the currency is written before an amount (`$`, `€`), if it has a symbol.
  public let symbol: String?
  /// Digits after the point in an amount of this currency: 2 for cents, 0 for yen and won.
  public let decimals: Int

  public init(
    name: String, plural: String? = nil, dimension: Dimension? = nil, factor: Double = 1, isCurrency: Bool = false,
    symbol: String? = nil, decimals: Int = 2
  ) {
    self.decimals = decimals
    self.name = name
    self.plural = plural ?? name
    self.dimension = dimension ?? Dimension(base: name)
    self.factor = factor
    self.isCurrency = isCurrency
    self.symbol = symbol
  }

  /// A new base unit, as `unit GPU` declares.
  public static func base(_ name: String, plural: String? = nil) -> UnitDefinition {
    UnitDefinition(name: name, plural: plural)
  }

  public static func currency(_ code: String, symbol: String? = nil, decimals: Int = 2) -> UnitDefinition {
    UnitDefinition(name: code, isCurrency: true, symbol: symbol, decimals: decimals)
  }
}

/// Exponents of base units: `USD/share` is `[USD: 1, share: -1]`. Kept sorted by base name so
/// equal dimensions compare equal.
public struct Dimension: Sendable, Hashable {
  public private(set) var powers: [Power]

  public struct Power: Sendable, Hashable {
    public var base: String
    public var exponent: Int
  }

  public static let none = Dimension(powers: [])

  init(powers: [Power]) { self.powers = powers }

  public init(base: String) { powers = [Power(base: base, exponent: 1)] }

  public var isDimensionless: Bool { powers.isEmpty }

  public static func * (lhs: Dimension, rhs: Dimension) -> Dimension {
    if rhs.powers.isEmpty { return lhs }
    if lhs.powers.isEmpty { return rhs }
    var result = lhs.powers
    for power in rhs.powers {
      if let index = result.firstIndex(where: { $0.base == power.base }) {
        result[index].exponent += power.exponent
      } else {
        result.append(power)
      }
    }
    return Dimension(powers: result.filter { $0.exponent != 0 }.sorted { $0.base < $1.base })
  }

  public func raised(to exponent: Int) -> Dimension {
    exponent == 0 ? .none : Dimension(powers: powers.map { Power(base: $0.base, exponent: $0.exponent * exponent) })
  }

  /// `USD/share`, `GPU*day`, `1/day`.
  public var described: String {
    UnitText.compose(powers.map { ($0.base, $0.exponent) })
  }
}

/// Writes a product of named powers the way users type units: `USD/share`, `GPU*hour`,
/// `USD/(GPU*hour)`, `1/day`, `share^2`.
enum UnitText {
  static func compose(_ factors: [(String, Int)]) -> String {
    func term(_ name: String, _ exponent: Int) -> String { exponent == 1 ? name : "\(name)^\(exponent)" }
    let numerator = factors.filter { $0.1 > 0 }.map { term($0.0, $0.1) }
    let denominator = factors.filter { $0.1 < 0 }.map { term($0.0, -$0.1) }
    let top = numerator.isEmpty ? "1" : numerator.joined(separator: "*")
    switch denominator.count {
    case 0: return top
    case 1: return "\(top)/\(denominator[0])"
    default: return "\(top)/(\(denominator.joined(separator: "*")))"
    }
  }
}

/// The unit a quantity is expressed in: a product of named units with integer powers, kept in
/// the order the user wrote them (`GPU*hour`, `USD/share`).
public struct Unit: Sendable, Hashable {
  public struct Factor: Sendable, Hashable {
    public var definition: UnitDefinition
    public var exponent: Int
  }

  /// nil for no unit, never an empty array: most numbers have no unit, and copying a nil costs
  /// no reference count, where even the shared empty array is retained and released on every
  /// copy of every number (a third of a recursive function's time).
  private let storedFactors: [Factor]?

  public var factors: [Factor] { storedFactors ?? [] }

  public static let none = Unit(factors: [])

  public init(factors: [Factor]) { storedFactors = factors.isEmpty ? nil : factors }

  public init(_ definition: UnitDefinition) { storedFactors = [Factor(definition: definition, exponent: 1)] }

  public var isNone: Bool { storedFactors == nil }

  public var dimension: Dimension {
    factors.reduce(Dimension.none) { $0 * $1.definition.dimension.raised(to: $1.exponent) }
  }

  /// The size of one of this unit in base units.
  public var factor: Double {
    factors.reduce(1.0) { $0 * integerPower($1.definition.factor, $1.exponent) }
  }

  /// The currency when this unit is money, alone (`USD`) or per something (`USD/share`).
  public var currency: UnitDefinition? {
    let currencies = factors.filter { $0.definition.isCurrency }
    guard currencies.count == 1, currencies[0].exponent == 1 else { return nil }
    return currencies[0].definition
  }

  /// The product of two units, and the number to multiply the value by. A factor of the right
  /// that measures the same thing as one on the left under another name (`hour` and `day`) is
  /// converted to the left's, so `GPU*hour / (GPU*hour)` cancels exactly.
  public func multiplied(by other: Unit) -> (unit: Unit, scale: Double) {
    if other.factors.isEmpty { return (self, 1) }
    if factors.isEmpty { return (other, 1) }
    var result = factors
    var scale = 1.0
    for factor in other.factors {
      if let index = result.firstIndex(where: { $0.definition == factor.definition }) {
        result[index].exponent += factor.exponent
      } else if let index = result.firstIndex(where: {
        $0.definition.dimension == factor.definition.dimension && !$0.definition.isCurrency
      }) {
        scale *= integerPower(factor.definition.factor / result[index].definition.factor, factor.exponent)
        result[index].exponent += factor.exponent
      } else {
        result.append(factor)
      }
    }
    return (Unit(factors: result.filter { $0.exponent != 0 }), scale)
  }

  public func raised(to exponent: Int) -> Unit {
    exponent == 0
      ? .none : Unit(factors: factors.map { Factor(definition: $0.definition, exponent: $0.exponent * exponent) })
  }

  public var inverted: Unit { raised(to: -1) }

  /// How the unit reads after a number: `shares` for many, `share` for one, `USD/share`.
  public func described(plural: Bool) -> String {
    if factors.count == 1, factors[0].exponent == 1 {
      return plural ? factors[0].definition.plural : factors[0].definition.name
    }
    return UnitText.compose(factors.map { ($0.definition.name, $0.exponent) })
  }

  public var described: String { described(plural: false) }
}

/// Integer powers without Foundation's `pow`, exact for the small exponents units use.
func integerPower(_ base: Double, _ exponent: Int) -> Double {
  var result = 1.0
  for _ in 0..<abs(exponent) { result *= base }
  return exponent < 0 ? 1 / result : result
}

/// A number with a unit: `$142.62` is 142.62 in `USD`, `24.68B shares` is 24.68e9 in `share`.
///
/// The magnitude is a `Double`: it is what series arithmetic, powers and logarithms need, and
/// `docs/number-representation.md` records the benchmark against `Decimal` behind that choice.
/// Sums and differences are rounded at 15 significant digits (`DecimalRounding`) and so is the
/// display, so binary noise (`24.200000000000003`) never reaches the user.
public struct Quantity: Sendable, Hashable {
  /// The magnitude, in `unit`.
  public var value: Double
  /// The unit and the sources, together in one object, and nil for a plain typed number: copying
  /// a quantity (every read of a variable or parameter) then counts one reference, or none,
  /// where a unit and a provenance of their own counted two.
  private var annotations: Annotations?
  /// How the quantity asks to be shown; arithmetic decides what survives (see `Evaluator+Arithmetic`).
  /// Last, so its one byte packs after the 8-byte fields instead of padding between them.
  public var format: DisplayFormat

  final class Annotations: Sendable {
    let unit: Unit
    let provenance: Provenance

    init(unit: Unit, provenance: Provenance) {
      self.unit = unit
      self.provenance = provenance
    }
  }

  public init(_ value: Double, _ unit: Unit = .none, format: DisplayFormat = .automatic, provenance: Provenance = .none) {
    self.value = value
    self.annotations = Quantity.annotations(unit, provenance)
    self.format = format
  }

  /// `value` with the unit and sources of `other`, sharing them rather than copying them.
  init(_ value: Double, annotatedAs other: Quantity, format: DisplayFormat) {
    self.value = value
    self.annotations = other.annotations
    self.format = format
  }

  static func annotations(_ unit: Unit, _ provenance: Provenance) -> Annotations? {
    unit.isNone && provenance.isEmpty ? nil : Annotations(unit: unit, provenance: provenance)
  }

  public var unit: Unit {
    get { annotations?.unit ?? .none }
    set { annotations = Quantity.annotations(newValue, provenance) }
  }

  /// The sources of the figures this quantity was computed from; empty for typed numbers.
  public var provenance: Provenance {
    get { annotations?.provenance ?? .none }
    set {
      // Arithmetic sets the union of its operands' sources, usually the ones already here.
      if newValue == provenance { return }
      annotations = Quantity.annotations(unit, newValue)
    }
  }

  public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
    lhs.value == rhs.value && lhs.format == rhs.format && lhs.unit == rhs.unit && lhs.provenance == rhs.provenance
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(value)
    hasher.combine(unit)
    hasher.combine(provenance)
    hasher.combine(format)
  }

  public var dimension: Dimension { unit.dimension }

  /// The magnitude in base units (`1 hour` is 1/24 `day`).
  public var baseValue: Double { value * unit.factor }

  /// This quantity expressed in another unit of the same dimension.
  public func converted(to target: Unit) -> Quantity {
    Quantity(baseValue / target.factor, target, format: format, provenance: provenance)
  }

  public var isPercent: Bool { format == .percent }

  /// No unit, no source, not a percentage: arithmetic on it is arithmetic on its value.
  var isPlain: Bool {
    if case .percent = format { return false }
    return annotations == nil
  }
}

/// How a value asks to be displayed, as chosen with `in`.
public enum DisplayFormat: Sendable, Hashable {
  /// The documented default rules (scale suffixes for large numbers, cents for money).
  case automatic
  /// `x in %`: a ratio as a percentage with two decimals.
  case percent
  /// `x in B`: in units of a scale (`k`, `M`, `B`, `T`), all significant digits.
  case scaled(Scale)
  /// `x in full`: every digit, no scale suffix.
  case full
}

/// The scale words accepted after numbers and after `in`.
public enum Scale: String, Sendable, CaseIterable {
  case thousand = "k", million = "M", billion = "B", trillion = "T"

  public var factor: Double {
    switch self {
    case .thousand: 1e3
    case .million: 1e6
    case .billion: 1e9
    case .trillion: 1e12
    }
  }
}

extension ParameterType {
  /// A type's first, cheap look at a value: the cases of `Value` it accepts whatever they hold
  /// (`.quantity` takes every quantity), and those it might accept after a closer look (`.number`
  /// takes only quantities without a unit). Every builtin call is checked, so the common answer,
  /// "yes", must cost one switch and a bit test, not a walk over an indirect enum.
  struct Screen: Sendable, Hashable {
    var surely: UInt16 = 0
    var maybe: UInt16 = 0

    /// Whether `value` passes without a closer look.
    func passes(_ value: Value) -> Bool { surely & Self.bit(value) != 0 }

    /// The value's case, and for a quantity without a unit also `plain`.
    static func bit(_ value: Value) -> UInt16 {
      switch value {
      case .quantity(let quantity): quantity.unit.isNone ? 1 << 0 | plain : 1 << 0
      case .bool: 1 << 1
      case .date: 1 << 2
      case .string: 1 << 3
      case .list: 1 << 4
      case .record: 1 << 5
      case .function: 1 << 6
      case .series: 1 << 7
      case .table: 1 << 8
      case .figure: 1 << 9
      }
    }

    /// A quantity without a unit: what `.number` and `.percent` take.
    static let plain: UInt16 = 1 << 10
    static let everything: UInt16 = (1 << 11) - 1
  }

  var screen: Screen {
    let quantity: UInt16 = 1 << 0
    switch self {
    case .quantity: return Screen(surely: quantity)
    case .number, .percent: return Screen(surely: Screen.plain, maybe: quantity)
    case .dimension, .money, .duration, .sameDimension: return Screen(maybe: quantity)
    case .boolean: return Screen(surely: 1 << 1)
    case .date: return Screen(surely: 1 << 2)
    case .string: return Screen(surely: 1 << 3)
    case .list(.any): return Screen(surely: 1 << 4)
    case .list: return Screen(maybe: 1 << 4)
    case .record: return Screen(surely: 1 << 5)
    case .function: return Screen(surely: 1 << 6)
    case .series: return Screen(surely: 1 << 7)
    case .table: return Screen(surely: 1 << 8)
    case .chart: return Screen(surely: 1 << 9)
    case .any: return Screen(surely: Screen.everything)
    case .oneOf(let alternatives):
      var screen = Screen()
      for alternative in alternatives {
        let other = alternative.screen
        screen.surely |= other.surely
        screen.maybe |= other.maybe
      }
      screen.maybe &= ~screen.surely
      return screen
    }
  }
}

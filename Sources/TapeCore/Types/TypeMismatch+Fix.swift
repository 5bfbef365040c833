extension TypeMismatch {
  /// An obvious way to fix a mismatch, as data; `help(argument:)` words it around what the user
  /// wrote for the argument.
  public enum Fix: Sendable, Hashable {
    /// A plain number where a unit is wanted: `5` for a duration, "write `5 years`"; for money,
    /// "write `$5`".
    case attachUnit(Unit)
    /// A quantity where a plain number is wanted: "divide out the unit first, as in `$4 / $1`".
    case divideOutUnit(Unit)
    /// A series where one value is wanted: "for its latest value, write `last(s)`".
    case takeLastValue
    /// A table where a series is wanted: "pick one column, as in `nvda.close`".
    case pickColumn(table: String, column: String)
    /// A list where a series is wanted: a list has no dates; `dated` makes a series.
    case dateTheList
    /// One value where a list is wanted: "write a list in brackets: `[5]`".
    case wrapInList
    /// Something else where a function is wanted.
    case writeFunction
    /// A number or a string where a date is wanted.
    case writeDate
    /// Calendar months (or trading days) where a duration is wanted: they have no fixed length.
    case calendarIsNotADuration

    /// The fix for `value` given where `expected` is wanted, when one is obvious.
    init?(expected: ParameterType, value: Value) {
      let alternatives = expected.alternatives
      func wants(_ type: ParameterType) -> Bool { alternatives.contains(type) }
      let wantsOneValue = alternatives.contains { type in
        switch type {
        case .number, .quantity, .dimension, .money, .percent, .duration, .sameDimension: true
        default: false
        }
      }
      let wantsList = alternatives.contains { if case .list = $0 { true } else { false } }
      if alternatives.count == 1, case .list(let element) = expected, element.accepts(value) {
        self = .wrapInList
        return
      }
      switch value {
      case .quantity(let quantity) where quantity.unit.isNone:
        for alternative in alternatives {
          switch alternative {
          case .duration: self = .attachUnit(Self.year)
          case .money: self = .attachUnit(Self.dollar)
          case .dimension(let unit): self = .attachUnit(unit)
          default: continue
          }
          return
        }
        guard wants(.date) else { break }
        self = .writeDate
        return
      case .quantity(let quantity)
      where wants(.duration)
        && (quantity.dimension == BuiltinUnits.month.dimension || quantity.dimension == BuiltinUnits.tradingDay.dimension):
        self = .calendarIsNotADuration
        return
      case .quantity(let quantity):
        guard wants(.number) else { break }
        self = .divideOutUnit(quantity.unit)
        return
      case .string:
        guard wants(.date) else { break }
        self = .writeDate
        return
      case .series:
        guard wantsOneValue else { break }
        self = .takeLastValue
        return
      case .table(let table):
        guard wants(.series) || wantsList else { break }
        let column = table.columns.first { $0.name == "close" }?.name ?? table.columns.first?.name ?? "close"
        self = .pickColumn(table: table.name, column: column)
        return
      case .list:
        guard wants(.series), !wantsList else { break }
        self = .dateTheList
        return
      default:
        break
      }
      guard alternatives == [.function] else { return nil }
      self = .writeFunction
    }

    /// `fix` for a plain number given where a quantity in `unit` is wanted.
    static func unit(_ unit: Unit, for value: Value) -> Fix? {
      guard case .quantity(let quantity) = value, quantity.unit.isNone, !unit.isNone else { return nil }
      return .attachUnit(unit)
    }

    /// The help line, quoting `argument`, the text the user wrote: "write `5 years`".
    public func help(argument: String) -> String {
      switch self {
      case .attachUnit(let unit):
        if Self.isNumberLiteral(argument) { return "write `\(Self.literal(argument, unit))`" }
        return "multiply by the unit: `\(Self.operand(argument)) * \(Self.operand(Self.literal("1", unit)))`"
      case .divideOutUnit(let unit):
        return "divide out the unit first, as in `\(Self.operand(argument)) / \(Self.operand(Self.literal("1", unit)))`"
      case .takeLastValue:
        return "for its latest value, write `last(\(argument))`"
      case .pickColumn(let table, let column):
        return "pick one column, as in `\(table).\(column)`"
      case .dateTheList:
        return "a list has no dates; make a series with `dated(dates, \(argument))`"
      case .wrapInList:
        return "write a list in brackets: `[\(argument)]`"
      case .writeFunction:
        return "pass a function, such as `x => x * 2`"
      case .writeDate:
        return "write a date as YYYY-MM-DD, as in `2025-01-27`"
      case .calendarIsNotADuration:
        return "months and trading days move dates but have no fixed length; write the span in years or days, as in `1.5 years`"
      }
    }

    static let year = Unit(BuiltinUnits.all.first { $0.definition.name == "year" }?.definition ?? BuiltinUnits.day)
    static let dollar = Unit(
      BuiltinUnits.all.first { $0.definition.name == "USD" }?.definition ?? .currency("USD", symbol: "$"))

    /// `number` written with `unit` as Tape reads it: `$5`, `-$5`, `$5/share`, `5 years`, `1 year`.
    static func literal(_ number: String, _ unit: Unit) -> String {
      if let currency = unit.currency, let symbol = currency.symbol {
        let rest = unit.factors.filter { !$0.definition.isCurrency }
        let signed = number.hasPrefix("-") ? "-\(symbol)\(number.dropFirst())" : "\(symbol)\(number)"
        if rest.isEmpty { return signed }
        if rest.count == 1, rest[0].exponent == -1 { return "\(signed)/\(rest[0].definition.name)" }
      }
      return "\(number) \(number == "1" ? unit.described(plural: false) : unit.described(plural: true))"
    }

    /// A number as typed: digits, with a sign, a point, separators, an exponent or a scale.
    static func isNumberLiteral(_ text: String) -> Bool {
      text.wholeMatch(of: #/-?[0-9][0-9_,]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?[kMBT]?/#) != nil
    }

    /// `text` as an operand of `*` or `/`: in parentheses when an operator outside brackets
    /// would bind to its parts (`a + b`, `$1/share`), not for a name, a call, `5` or `2 days`.
    static func operand(_ text: String) -> String {
      let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
      var depth = 0
      for character in body {
        if "([{".contains(character) { depth += 1 }
        if ")]}".contains(character) { depth -= 1 }
        if depth == 0, "+-*/^<>=".contains(character) || text.contains(" in ") { return "(\(text))" }
      }
      return text
    }
  }
}

/// How tightly an operator binds, loosest first (clox's `Precedence`). `in` and `if` bind looser
/// than all of these and are parsed around them (`expression`, `choice`).
enum Precedence: Int, Comparable {
  case none, or, and, not, comparison, sum, product
  /// A prefix `-` or `+`, and the right operand of `*` and `/`.
  case unary
  /// A unit written after a value: `24.68B shares`.
  case quantity
  /// `^`, right to left.
  case power
  /// A number, a name, a call, a field, anything in brackets.
  case operand

  /// The precedence of a left-associative operator's right operand.
  var next: Precedence { Precedence(rawValue: rawValue + 1) ?? .operand }

  static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a token does in an expression (clox's `ParseRule`): how it starts an operand, what it does
/// after one, and how tightly that binds.
struct ParseRule {
  enum Prefix {
    /// `not x`, only where `and`'s operands start.
    case not
    /// `-x`, `+x`.
    case sign(UnaryOperator)
    /// Anything else: a primary and its calls, fields and indexes, or an error there.
    case operand
  }

  enum Infix {
    case binary(BinaryOperator)
    /// A unit name after a value.
    case unit
    case power
  }

  var prefix: Prefix
  var infix: Infix?
  var precedence: Precedence

  static let operand = ParseRule(prefix: .operand, infix: nil, precedence: .none)

  static func binary(_ op: BinaryOperator, _ precedence: Precedence, prefix: Prefix = .operand) -> ParseRule {
    ParseRule(prefix: prefix, infix: .binary(op), precedence: precedence)
  }
}

extension Parser {
  /// clox's `rules[]`: every token with its rule, the one place the precedence of operators is
  /// written. A `switch` over every shape is Swift's form of the table: the compiler checks that
  /// each token has a row, and makes it a jump table.
  @inline(__always)
  static func rule(for shape: TokenShape) -> ParseRule {
    switch shape {
    case .keyword(let keyword):
      switch keyword {
      case .or: .binary(.or, .or)
      case .and: .binary(.and, .and)
      case .not: ParseRule(prefix: .not, infix: nil, precedence: .none)
      case .fn, .unit, .if, .then, .else, .in, .true, .false, .why, .sources, .datasets: .operand
      }
    case .symbol(let symbol):
      switch symbol {
      case .equalEqual: .binary(.equal, .comparison)
      case .bangEqual: .binary(.notEqual, .comparison)
      case .less: .binary(.less, .comparison)
      case .lessEqual: .binary(.lessEqual, .comparison)
      case .greater: .binary(.greater, .comparison)
      case .greaterEqual: .binary(.greaterEqual, .comparison)
      case .plus: .binary(.add, .sum, prefix: .sign(.plus))
      case .minus: .binary(.subtract, .sum, prefix: .sign(.negate))
      case .star: .binary(.multiply, .product)
      case .slash: .binary(.divide, .product)
      case .caret: ParseRule(prefix: .operand, infix: .power, precedence: .power)
      case .leftParen, .rightParen, .leftBracket, .rightBracket, .leftBrace, .rightBrace, .comma, .colon, .dot, .dotDot,
        .semicolon, .equal, .percent, .fatArrow, .arrow, .bar:
        .operand
      }
    case .identifier: ParseRule(prefix: .operand, infix: .unit, precedence: .quantity)
    case .number, .other, .newline, .endOfInput, .unterminatedString: .operand
    }
  }
}

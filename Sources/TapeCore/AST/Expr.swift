/// A syntax tree node: what the user wrote, with the span it covers. Names are not resolved yet;
/// `Resolver` resolves them as it compiles an `Expr` into `Code`.
public struct Expr: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case number(Double)
    /// `17%`, already divided by 100.
    case percent(Double)
    case money(Double, currency: String)
    case date(TapeDate)
    case string(String)
    case bool(Bool)
    case name(String)
    indirect case unary(UnaryOperator, Expr, operatorSpan: Span)
    indirect case binary(BinaryOperator, Expr, Expr, operatorSpan: Span)
    /// A quantity written by juxtaposition: `24.68B shares`, `5M CNY`. The right side must name units.
    indirect case withUnit(Expr, unit: Expr)
    indirect case call(Expr, arguments: [Expr])
    indirect case field(Expr, name: String, nameSpan: Span)
    indirect case index(Expr, Expr)
    /// `nvda[2025-01-20..2025-01-31]`: the points between two dates, inclusive; `s[-20..]` and
    /// `s[..2025-01-24]` leave one end open (nil), at the series' own first or last point.
    indirect case slice(Expr, from: Expr?, through: Expr?)
    case list([Expr])
    case record([RecordField])
    indirect case ifThenElse(condition: Expr, then: Expr, else: Expr)
    /// `p => p > $130/share`, `(a, b) => a + b`: a function written in place.
    indirect case lambda(parameters: [Stmt.Parameter], body: Expr)
    /// `x in %`, `x in USD/share`: the left side shown another way.
    indirect case conversion(Expr, ConversionTarget)
  }

  public var kind: Kind
  public var span: Span

  public init(_ kind: Kind, _ span: Span) {
    self.kind = kind
    self.span = span
  }
}

public struct RecordField: Sendable, Equatable {
  public var name: String
  public var nameSpan: Span
  public var value: Expr
}

/// What follows `in`.
public struct ConversionTarget: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case percent
    /// A name or unit expression: `full`, `B`, `USD/share`, `days`.
    case unit(Expr)
  }
  public var kind: Kind
  public var span: Span
  /// `at 2025-01-27` after a currency: the date whose exchange rate converts the value.
  public var date: Expr? = nil
}

public enum UnaryOperator: String, Sendable {
  case negate = "-", plus = "+", not = "not"
}

public enum BinaryOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case and = "and", or = "or"

  var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
    default: false
    }
  }
}

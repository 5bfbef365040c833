@testable import TapeCore

/// Syntax trees as S-expressions, so parser tests can state a tree's shape in one line:
/// `1 + 2 * 3` is `(+ 1 (* 2 3))`, `24.68B shares` is `(unit 24680000000 shares)`.
extension Expr {
  var sexpr: String {
    switch kind {
    case .number(let value): NumberText.significant(value)
    case .percent(let value): NumberText.significant(value * 100) + "%"
    case .money(let amount, let currency): "(money \(NumberText.significant(amount)) \(currency))"
    case .date(let date): date.iso
    case .string(let text): "\"\(text)\""
    case .bool(let flag): flag ? "true" : "false"
    case .name(let name): name
    case .unary(let op, let operand, _): "(\(op == .negate ? "neg" : op.rawValue) \(operand.sexpr))"
    case .binary(let op, let left, let right, _): "(\(op.rawValue) \(left.sexpr) \(right.sexpr))"
    case .withUnit(let value, let unit): "(unit \(value.sexpr) \(unit.sexpr))"
    case .call(let callee, let arguments): "(call \(([callee] + arguments).map(\.sexpr).joined(separator: " ")))"
    case .field(let base, let name, _): "(. \(base.sexpr) \(name))"
    case .index(let base, let index): "(index \(base.sexpr) \(index.sexpr))"
    case .slice(let base, let from, let through):
      "(slice \(base.sexpr) \(from?.sexpr ?? "_") \(through?.sexpr ?? "_"))"
    case .lambda(let parameters, let body): "(lambda (\(parameters.map(\.name).joined(separator: " "))) \(body.sexpr))"
    case .list(let items): "[" + items.map(\.sexpr).joined(separator: " ") + "]"
    case .record(let fields): "{" + fields.map { "\($0.name): \($0.value.sexpr)" }.joined(separator: ", ") + "}"
    case .ifThenElse(let condition, let whenTrue, let whenFalse):
      "(if \(condition.sexpr) \(whenTrue.sexpr) \(whenFalse.sexpr))"
    case .conversion(let value, let target):
      switch target.kind {
      case .percent: "(in \(value.sexpr) %)"
      case .unit(let unit): "(in \(value.sexpr) \(unit.sexpr))"
      }
    }
  }
}

extension Stmt {
  var sexpr: String {
    switch kind {
    case .expression(let expr): expr.sexpr
    case .binding(let name, _, let value): "(= \(name) \(value.sexpr))"
    case .function(let name, _, let parameters, let returns, let body):
      "(fn \(name) (\(parameters.map(\.sexpr).joined(separator: " ")))\(returns.map { " -> " + $0.sexpr } ?? "") \(body.sexpr))"
    case .unit(let name, _, let definition):
      definition.map { "(unit-decl \(name) \($0.sexpr))" } ?? "(unit-decl \(name))"
    case .why(let subject): "(why \(subject.sexpr))"
    case .sources: "(sources)"
    case .datasets: "(datasets)"
    }
  }
}

extension Stmt.Parameter {
  /// `x`, or `x:money`, `x:(/ USD share)|shares` when it declares a type.
  var sexpr: String { type.map { "\(name):\($0.sexpr)" } ?? name }
}

extension TypeAnnotation {
  var sexpr: String { alternatives.map(\.sexpr).joined(separator: "|") }
}

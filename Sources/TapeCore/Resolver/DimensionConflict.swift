/// A function body whose dimensions cannot work for any argument its parameters accept, found
/// when the function is defined (`DimensionCheck`): what the message needs, worded in
/// `diagnostic`.
public struct DimensionConflict: Sendable, Equatable {
  public enum Problem: Sendable, Equatable {
    /// `x + n`, `x < n`: operands of different dimensions.
    case operands(BinaryOperator, left: ValueKind, right: ValueKind)
    /// `x ^ n` where `n` has a unit.
    case exponentWithUnit(ValueKind)
    /// `x in shares` where `x` is in another dimension.
    case conversion(from: ValueKind, to: Unit)
    /// `x in %` where `x` has a unit.
    case percentOf(Unit)
    /// A body that computes `found` where the signature declares `expected`; `parameters` are
    /// the function's, which `expected` may name.
    case result(expected: ParameterType, parameters: [String], found: ValueKind)
  }

  /// A side of the operation (or the declared result), with what it is sure to be.
  public struct Operand: Sendable, Equatable {
    public var span: Span
    public var kind: ValueKind
  }

  /// A parameter the operation reads and the type it declares: `x`, `USD`.
  public struct Declared: Sendable, Equatable {
    public var parameter: String
    public var type: String
  }

  public var function: String
  public var problem: Problem
  public var at: Span
  public var operands: [Operand]
  public var declared: [Declared]

  public var diagnostic: Diagnostic {
    let (message, label, help) = words
    var notes: [String] = []
    if !declared.isEmpty {
      notes.append("declared: " + declared.map { "`\($0.parameter): \($0.type)`" }.joined(separator: ", "))
    }
    notes.append("this fails for every argument the parameters accept, so `\(function)` is not defined")
    return Diagnostic(
      message, at: at, label: label, secondary: operands.map { .init($0.span, $0.kind.description) }, notes: notes,
      help: help)
  }

  /// Whether one operand is a percentage and the other an amount with a unit.
  static func isPercentageBesideAmount(_ left: ValueKind, _ right: ValueKind) -> Bool {
    switch (left, right) {
    case (.percentage, .quantity), (.quantity, .percentage): true
    default: false
    }
  }

  /// The message, the label at `at` and the help.
  var words: (String, String, String?) {
    switch problem {
    case .operands(let op, let leftKind, let rightKind):
      let (left, right) = (leftKind.description, rightKind.description)
      if op == .add || op == .subtract, Self.isPercentageBesideAmount(leftKind, rightKind) {
        // Worded as the evaluator words it: the right side is added to the left.
        let message = op == .add ? "cannot add \(right) to \(left)" : "cannot subtract \(right) from \(left)"
        return (
          message, "\(left) \(op.rawValue) \(right)",
          "a percentage is a ratio: to change an amount by one, multiply, as in `amount * (1 + rate)`"
        )
      }
      let message =
        switch op {
        case .add: "cannot add \(left) and \(right)"
        case .subtract: "cannot subtract \(right) from \(left)"
        default: "cannot compare \(left) and \(right)"
        }
      return (message, "\(left) \(op.rawValue) \(right)", "bring both sides to one dimension, or fix the parameters' types")
    case .exponentWithUnit(let found):
      return (
        "cannot raise to the power of \(found.description)", "exponent has a unit",
        "an exponent is a plain number: divide out its unit first"
      )
    case .conversion(let from, let to):
      return ("cannot show \(from.description) in `\(to.described(plural: true))`", "different dimensions", nil)
    case .percentOf(let unit):
      return (
        "cannot show `\(unit.described(plural: true))` as a percentage", "only ratios can be percentages",
        "divide by another amount in the same unit first"
      )
    case .result(let expected, let parameters, let found):
      return (
        "`\(function)` is declared to return \(expected.expectation(parameters: parameters)), "
          + "but its body computes \(found.description)",
        "computes \(found.description)", "fix the body or the type after `->`"
      )
    }
  }
}

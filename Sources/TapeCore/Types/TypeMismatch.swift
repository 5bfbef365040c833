/// Why an argument does not fit its parameter's type: what was expected and what was found, as
/// data, with the text of each case beside it (a diagnostic renders it; nothing else words it).
public enum TypeMismatch: Sendable, Hashable {
  /// `sqrt("a")`: the argument is of another kind.
  case kind(expected: ParameterType, found: ValueKind, fix: Fix?)
  /// `dated([1], [$1])`: the argument is a list, and the item at `position` is of another kind.
  case item(expected: ParameterType, position: Int, found: ValueKind)
  /// `pct_change($1, 2 shares)`: a quantity, not in the dimension of the argument a
  /// `sameDimension` names, which is of kind `reference`.
  case dimension(expected: ParameterType, reference: ValueKind, found: ValueKind, fix: Fix?)

  /// The type the parameter declares.
  public var expected: ParameterType {
    switch self {
    case .kind(let expected, _, _), .item(let expected, _, _), .dimension(let expected, _, _, _): expected
    }
  }

  /// What the argument is.
  public var found: ValueKind {
    switch self {
    case .kind(_, let found, _), .dimension(_, _, let found, _): found
    case .item: .list
    }
  }

  /// The error's message: "`sqrt` expects `x` to be a plain number, found `USD`". `parameters`
  /// names all the function's parameters, for `same dimension as old`.
  public func message(function: String, parameter: String, parameters: [String]) -> String {
    let head = "`\(function)` expects `\(parameter)` to be"
    switch self {
    case .kind(let expected, let found, _):
      return "\(head) \(expected.expectation(parameters: parameters)), found \(found.description)"
    case .item(let expected, let position, let found):
      return "\(head) \(expected.expectation(parameters: parameters)), found \(found.description) at position \(position)"
    case .dimension(let expected, let reference, let found, _):
      return "\(head) \(expected.expectation(parameters: parameters, reference: reference)), found \(found.description)"
    }
  }

  /// The message when a function's result does not fit its declared type: "`f` is declared to
  /// return a percentage, found `USD`".
  public func resultMessage(function: String, parameters: [String]) -> String {
    let head = "`\(function)` is declared to return"
    switch self {
    case .kind(let expected, let found, _), .item(let expected, _, let found):
      return "\(head) \(expected.expectation(parameters: parameters)), found \(found.description)"
    case .dimension(let expected, let reference, let found, _):
      return "\(head) \(expected.expectation(parameters: parameters, reference: reference)), found \(found.description)"
    }
  }

  /// The few words under the argument: "this is `USD`".
  public var label: String {
    switch self {
    case .kind(_, let found, _), .dimension(_, _, let found, _): "this is \(found.description)"
    case .item(_, let position, _): "item \(position) of this list"
    }
  }

  /// How to fix it, quoting what the user wrote for the argument; nil when no fix is obvious.
  public func help(argument: String) -> String? {
    switch self {
    case .kind(_, _, let fix), .dimension(_, _, _, let fix): fix?.help(argument: argument)
    case .item: nil
    }
  }
}

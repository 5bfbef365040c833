/// A statement that parses but refers to names or units that do not fit.
public enum ResolveError: Error, Sendable, Equatable {
  case unknownName(String, at: Span, suggestion: String?)
  /// `ans` before any result.
  case noResultYet(at: Span)
  case unknownUnit(String, at: Span, suggestion: String?)
  /// `fn f(x: mony)`: an annotation names no type, earlier parameter or unit.
  case unknownType(String, at: Span, suggestion: String?)
  case notAUnit(String, at: Span)
  case unitExponentNotWhole(at: Span)
  case cannotRedefineUnit(String, at: Span)
  case cannotRedefineBuiltin(String, at: Span)
  case reservedName(String, at: Span)
  /// `unit x` after `x = 1`.
  case nameAlreadyBound(String, at: Span)
  case duplicateParameter(String, at: Span)
  case duplicateField(String, at: Span)
  case unitDefinitionNotQuantity(String, at: Span)
  case wrongArgumentCount(function: String, signature: String, expected: ClosedRange<Int>, found: Int, at: Span)
  /// A global bound on first use (a standard-library function) that is not bound yet: the
  /// interpreter binds it and resolves the entry again, so this is never shown.
  case deferredName(String, at: Span)
  /// `fn f(x: USD, n: shares) = x + n`: a body that cannot work, refused when it is defined.
  indirect case impossibleDimensions(DimensionConflict)

  public var span: Span {
    switch self {
    case .noResultYet(let span), .unknownName(_, let span, _), .unknownUnit(_, let span, _), .unknownType(_, let span, _), .notAUnit(_, let span),
      .unitExponentNotWhole(let span), .cannotRedefineUnit(_, let span), .cannotRedefineBuiltin(_, let span),
      .reservedName(_, let span), .nameAlreadyBound(_, let span), .duplicateParameter(_, let span), .duplicateField(_, let span),
      .unitDefinitionNotQuantity(_, let span), .wrongArgumentCount(_, _, _, _, let span), .deferredName(_, let span):
      span
    case .impossibleDimensions(let conflict): conflict.at
    }
  }
}

extension ResolveError {
  public var diagnostic: Diagnostic {
    switch self {
    case .unknownName(let name, let span, let suggestion):
      return Diagnostic(
        "unknown name `\(name)`", at: span, label: "not defined",
        help: suggestion.map { "did you mean `\($0)`?" } ?? "define it first, as in `\(name) = ...`")
    case .noResultYet(let span):
      return Diagnostic(
        "`ans` has no value yet", at: span, label: "no result before this",
        notes: ["`ans` holds the result of the last expression"])
    case .unknownUnit(let name, let span, let suggestion):
      // A plural is declared by its singular (`unit token` also gives `tokens`).
      let singular = name.count > 2 && name.hasSuffix("s") && !name.hasSuffix("ss") ? String(name.dropLast()) : name
      var help = suggestion.map { "did you mean `\($0)`?" }
        ?? (singular == name ? "declare it with `unit \(name)`" : "declare it with `unit \(singular)` (which also gives `\(name)`)")
      if name == "m" || name == "mm" || name == "mn" { help = "for millions write `M`, as in `5M`" }
      if name == "b" || name == "bn" { help = "for billions write `B`, as in `589B`" }
      return Diagnostic("unknown unit `\(name)`", at: span, label: "not a unit", help: help)
    case .unknownType(let name, let span, let suggestion):
      return Diagnostic(
        "unknown type `\(name)`", at: span, label: "not a type, parameter or unit",
        notes: ["a type is one of `number`, `quantity`, `money`, `percent`, `duration`, `date`, `string`, `bool`, "
          + "`list`, `series`, `table`, `record`, `function`, `any`, an earlier parameter's name, or a unit such as `USD/share`"],
        help: suggestion.map { "did you mean `\($0)`?" } ?? "to declare a unit first, write `unit \(name)`")
    case .notAUnit(let name, let span):
      return Diagnostic(
        "`\(name)` is not a unit", at: span, label: "a value, not a unit",
        help: "to multiply by `\(name)`, write `*` between the two")
    case .unitExponentNotWhole(let span):
      return Diagnostic("a unit's exponent must be a whole number", at: span, label: "not a whole number")
    case .cannotRedefineUnit(let name, let span):
      return Diagnostic(
        "`\(name)` is already a unit", at: span, label: "declared already", help: "choose another name for the new unit")
    case .cannotRedefineBuiltin(let name, let span):
      return Diagnostic(
        "`\(name)` is a built-in function and cannot be rebound", at: span, label: "names a built-in",
        help: "choose another name")
    case .reservedName(let name, let span):
      return Diagnostic(
        "`\(name)` is reserved", at: span, label: "cannot be bound",
        help: "`ans` always holds the last result; choose another name")
    case .nameAlreadyBound(let name, let span):
      return Diagnostic(
        "`\(name)` already names a value", at: span, label: "bound earlier",
        help: "choose another name for the unit")
    case .duplicateParameter(let name, let span):
      return Diagnostic("parameter `\(name)` appears twice", at: span, label: "second `\(name)`")
    case .duplicateField(let name, let span):
      return Diagnostic("field `\(name)` appears twice", at: span, label: "second `\(name)`")
    case .unitDefinitionNotQuantity(let name, let span):
      return Diagnostic(
        "unit `\(name)` must be defined by a quantity", at: span, label: "not a quantity",
        help: "write, for example, `unit month = 30 days`")
    case .wrongArgumentCount(let function, let signature, let expected, let found, let span):
      let count =
        expected.lowerBound == expected.upperBound
        ? "\(expected.lowerBound)" : "\(expected.lowerBound) to \(expected.upperBound)"
      let plural = expected.upperBound == 1 ? "argument" : "arguments"
      return Diagnostic(
        "`\(function)` takes \(count) \(plural), found \(found)", at: span, label: "called here",
        notes: ["signature: `\(signature)`"])
    case .deferredName(let name, let span):
      return Diagnostic("`\(name)` is not loaded yet", at: span, label: "used here")
    case .impossibleDimensions(let conflict):
      return conflict.diagnostic
    }
  }
}

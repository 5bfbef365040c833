/// A function's parameters with their types, and what it returns: what a call's arguments are
/// checked against before the function runs, and what `help` shows.
///
///     round(x: quantity, digits?: number) -> same dimension as x
///
/// A trailing `?` marks an optional parameter, a trailing `...` one that may be given again and
/// again, `|` separates alternatives.
public struct Signature: Sendable, Hashable {
  public struct Parameter: Sendable, Hashable {
    public var name: String
    public var type: ParameterType

    public init(_ name: String, _ type: ParameterType) {
      self.name = name
      self.type = type
    }
  }

  public let function: String
  public let parameters: [Parameter]
  /// How many of the last parameters may be left out.
  public let optionalCount: Int
  /// Whether the last parameter may be given again and again.
  public let repeatsLast: Bool
  /// What the function returns; nil when nothing is declared.
  public let returns: ParameterType?
  /// Each parameter's cheap first look, so a call whose arguments plainly fit costs a bit test each.
  let screens: [ParameterType.Screen]

  public init(
    _ function: String, _ parameters: [Parameter], optionalCount: Int = 0, repeatsLast: Bool = false,
    returns: ParameterType? = nil
  ) {
    self.function = function
    self.parameters = parameters
    self.optionalCount = optionalCount
    self.repeatsLast = repeatsLast
    self.returns = returns
    self.screens = parameters.map(\.type.screen)
  }

  public var parameterNames: [String] { parameters.map(\.name) }

  /// The parameter an argument at `index` is given for: its own, or the last when it repeats.
  public func parameterIndex(ofArgument index: Int) -> Int? {
    if parameters.indices.contains(index) { return index }
    return repeatsLast && !parameters.isEmpty && index >= parameters.count ? parameters.count - 1 : nil
  }

  /// The first argument that does not fit its parameter, with why; nil when all fit. An
  /// argument with no parameter (a count the arity check refuses) is not checked.
  public func mismatch(in arguments: [Value]) -> (argument: Int, mismatch: TypeMismatch)? {
    for index in arguments.indices {
      let parameter = index < parameters.count ? index : repeatsLast ? parameters.count - 1 : -1
      guard parameter >= 0, !screens[parameter].passes(arguments[index]) else { continue }
      if let mismatch = parameters[parameter].type.mismatch(for: arguments[index], arguments: arguments) {
        return (index, mismatch)
      }
    }
    return nil
  }

  /// Throws `EvalError.argumentMismatch` for the first argument that does not fit, at that
  /// argument's span in `call`; what a function runs before its body.
  ///
  ///     let cagr = Signature(
  ///       "cagr", [.init("start", .money), .init("end", .money), .init("years", .duration)], returns: .percent)
  ///     try cagr.check(arguments, call)   // `cagr($100, $200, 5)`: "... help: write `5 years`"
  public func check(_ arguments: [Value], _ call: CallContext) throws(EvalError) {
    // The screens alone, inline: a call whose arguments plainly fit never reaches `mismatch`.
    var index = 0
    while index < arguments.count {
      let parameter = index < screens.count ? index : repeatsLast ? screens.count - 1 : -1
      if parameter >= 0, !screens[parameter].passes(arguments[index]) { break }
      index += 1
    }
    guard index < arguments.count, let found = mismatch(in: arguments) else { return }
    throw .argumentMismatch(
      found.mismatch, argument: found.argument, signature: self, at: call.argumentSpan(found.argument))
  }

  /// The names alone, as arity errors show them: `round(x, digits)`, `compare(a, b, more...)`.
  public var names: String {
    "\(function)(\(parameters.indices.map { name(at: $0) }.joined(separator: ", ")))"
  }

  /// The typed signature: `round(x: quantity, digits?: number) -> same dimension as x`.
  public var notation: String {
    // Appended into one string: the generic `joined` was most of the cost, paid for every
    // builtin and stdlib function at start-up.
    let names = parameterNames
    var text = function + "("
    for index in parameters.indices {
      if index > 0 { text += ", " }
      text += name(at: index)
      if index >= parameters.count - optionalCount && !isRepeated(index) { text += "?" }
      text += ": "
      text += parameters[index].type.notation(parameters: names)
    }
    text += ")"
    if let returns {
      text += " -> "
      text += returns.notation(parameters: names)
    }
    return text
  }

  func isRepeated(_ index: Int) -> Bool { repeatsLast && index == parameters.count - 1 }

  func name(at index: Int) -> String { parameters[index].name + (isRepeated(index) ? "..." : "") }
}

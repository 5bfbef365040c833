import TapeCore

/// A function built into Tape, declared in one place with everything `help`, completion, the
/// reference docs and the example tests need.
public struct Builtin: Sendable {
  public struct Parameter: Sendable {
    public let name: String
    /// What it accepts; arguments are checked against it before the body runs.
    public let type: ParameterType
    /// What it must be beyond its type, in words for help: "a whole number from -15 to 15",
    /// "each later than the one before". Empty when the type says it all.
    public let note: String
    public init(_ name: String, _ type: ParameterType, _ note: String = "") {
      self.name = name
      self.type = type
      self.note = note
    }
  }

  /// A line of Tape and the result it must display. Tests run every one.
  public struct Example: Sendable {
    public let input: String
    public let yields: String
    public init(_ input: String, yields: String) {
      self.input = input
      self.yields = yields
    }
  }

  public enum Topic: String, Sendable, CaseIterable {
    case arithmetic = "Arithmetic"
    case lists = "Lists"
    case series = "Series"
    case dates = "Dates"
    case market = "Market"
    case charts = "Charts"
    case data = "Data"
  }

  public let name: String
  public let topic: Topic
  public let parameters: [Parameter]
  /// Optional trailing parameters.
  public let optionalCount: Int
  /// Whether the last parameter may be given again and again (`compare(a, b, more...)`), up to
  /// `Builtin.maximumRepeatedArguments` arguments in all.
  public let repeatsLast: Bool
  public let returns: ParameterType
  /// What the result is beyond its type, in words for help: "one point shorter". May be empty.
  public let resultNote: String
  public let summary: String
  public let examples: [Example]
  /// A paragraph for `help`: conventions, edge cases, how it combines with units. May be empty.
  public let details: String
  /// Names of related help topics (builtins, units, concepts) for `help`'s "see also" line.
  public let seeAlso: [String]
  /// The parameters' and the result's types: `round(x: quantity, digits?: number) -> same dimension as x`.
  public let signature: Signature
  public let native: NativeFunction

  /// A builtin whose `body` runs only on arguments that fit `parameters`: the wrapper checks
  /// each argument against its parameter's type first and reports the first that does not fit
  /// at that argument, naming the function and the parameter, so a body never checks a kind.
  public init(
    name: String, topic: Topic, parameters: [Parameter], optionalCount: Int = 0, repeatsLast: Bool = false,
    callsFunctions: Bool = false, readsFiles: Bool = false, overColumns: ColumnUse = .none,
    returns: ParameterType, resultNote: String = "", summary: String, examples: [Example], details: String = "",
    seeAlso: [String] = [],
    body: @escaping @Sendable (_ arguments: [Value], _ call: CallContext) throws(EvalError) -> Value
  ) {
    self.name = name
    self.topic = topic
    self.parameters = parameters
    self.optionalCount = optionalCount
    self.repeatsLast = repeatsLast
    self.returns = returns
    self.resultNote = resultNote
    self.summary = summary
    self.examples = examples
    self.details = details
    self.seeAlso = seeAlso
    let signature = Signature(
      name, parameters.map { Signature.Parameter($0.name, $0.type) }, optionalCount: optionalCount,
      repeatsLast: repeatsLast, returns: returns)
    // What help shows: a function over columns also takes a table or a record in its first place.
    let shown = overColumns == .none ? signature : Builtin.labelledSignature(signature)
    self.signature = shown
    let most = repeatsLast ? Swift.max(parameters.count, Builtin.maximumRepeatedArguments) : parameters.count
    self.native = NativeFunction(
      name: name, arity: (parameters.count - optionalCount)...most, declaring: shown,
      callsFunctions: callsFunctions, readsFiles: readsFiles
    ) { arguments, call throws(EvalError) in
      if overColumns != .none, let labelled = try Builtin.overLabels(
        arguments, call, function: name, use: overColumns,
        { (arguments: [Value]) throws(EvalError) -> Value in
          try shown.check(arguments, call)
          return try body(arguments, call)
        })
      {
        return labelled
      }
      try shown.check(arguments, call)
      return try body(arguments, call)
    }
  }

  /// The most arguments a builtin whose last parameter repeats accepts: enough for any side-by-side
  /// comparison a terminal can show.
  public static let maximumRepeatedArguments = 12
}

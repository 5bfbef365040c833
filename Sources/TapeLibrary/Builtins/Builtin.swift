import TapeCore

/// A function built into Tape, declared in one place with everything `help`, completion, the
/// reference docs and the example tests need.
public struct Builtin: Sendable {
  public struct Parameter: Sendable {
    public let name: String
    /// What it accepts, in words: "a number", "a list of quantities".
    public let accepts: String
    public init(_ name: String, _ accepts: String) {
      self.name = name
      self.accepts = accepts
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
  public let returns: String
  public let summary: String
  public let examples: [Example]
  /// A paragraph for `help`: conventions, edge cases, how it combines with units. May be empty.
  public let details: String
  /// Names of related help topics (builtins, units, concepts) for `help`'s "see also" line.
  public let seeAlso: [String]
  public let native: NativeFunction

  public init(
    name: String, topic: Topic, parameters: [Parameter], optionalCount: Int = 0, repeatsLast: Bool = false,
    callsFunctions: Bool = false, readsFiles: Bool = false,
    returns: String, summary: String, examples: [Example], details: String = "", seeAlso: [String] = [],
    body: @escaping @Sendable (_ arguments: [Value], _ call: CallContext) throws(EvalError) -> Value
  ) {
    self.name = name
    self.topic = topic
    self.parameters = parameters
    self.optionalCount = optionalCount
    self.repeatsLast = repeatsLast
    self.returns = returns
    self.summary = summary
    self.examples = examples
    self.details = details
    self.seeAlso = seeAlso
    let names = parameters.map(\.name).enumerated().map { index, name in
      repeatsLast && index == parameters.count - 1 ? name + "..." : name
    }
    let signature = "\(name)(\(names.joined(separator: ", ")))"
    let most = repeatsLast ? Swift.max(parameters.count, Builtin.maximumRepeatedArguments) : parameters.count
    self.native = NativeFunction(
      name: name, arity: (parameters.count - optionalCount)...most, signature: signature,
      callsFunctions: callsFunctions, readsFiles: readsFiles, body: body)
  }

  /// The most arguments a builtin whose last parameter repeats accepts: enough for any side-by-side
  /// comparison a terminal can show.
  public static let maximumRepeatedArguments = 12

  public var signature: String { native.signature }
}

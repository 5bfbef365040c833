/// Every value a Tape expression can produce.
///
/// The large payloads are `indirect` (boxed): a value is as wide as its widest case, and every
/// value the evaluator passes, and every element of a list, would otherwise carry the width of a
/// function or a series to hold a number.
public enum Value: Sendable {
  case quantity(Quantity)
  case bool(Bool)
  case date(TapeDate)
  case string(String)
  /// `[1, 2, 3]`; also the records `load` reads, kept as their columns (`ValueList`).
  case list(ValueList)
  indirect case record(Record)
  indirect case function(Function)
  /// Values by trading date: `nvda.close`.
  indirect case series(Series)
  /// Dated rows of named columns: `nvda`.
  indirect case table(Table)
  /// A chart: `chart(nvda.close)`.
  indirect case figure(Figure)

  public static func number(_ value: Double) -> Value { .quantity(Quantity(value)) }

  /// What kind of value this is, in words for messages: "a list", "`USD/share`" (`ValueKind`).
  public var kindDescription: String { kind.description }
}

/// `{price: $118.42/share, shares: 24.68B shares}`: named fields in the order written.
public struct Record: Sendable {
  public var names: [String]
  public var values: [Value]
  /// The date of the table row this record is (`nvda[-1]`), shown with it so a row taken by
  /// position says which day it is; not a field, and not carried through arithmetic (a ratio of
  /// two rows belongs to neither date).
  public var rowDate: TapeDate?

  public init(names: [String], values: [Value], rowDate: TapeDate? = nil) {
    self.names = names
    self.values = values
    self.rowDate = rowDate
  }

  public subscript(name: String) -> Value? {
    names.firstIndex(of: name).map { values[$0] }
  }
}

/// A callable value: a function written in Tape, or one built into Tape.
public enum Function: Sendable {
  case user(UserFunction)
  case native(NativeFunction)

  public var name: String {
    switch self {
    case .user(let function): function.name
    case .native(let function): function.name
    }
  }
}

/// `fn pe(price, eps) = price / eps`, with its body already resolved and compiled.
///
/// A class, immutable once made: every call reads the function out of its slot, and passing one
/// reference costs one retain where the fields of a struct cost five.
public final class UserFunction: Sendable {
  public let name: String
  public let parameters: [String]
  /// The body as the compiler made it (see `Code`), as one closure: a call runs it with the
  /// arguments as locals.
  let body: CompiledExpr
  let span: Span
  /// For a lambda: the values of the enclosing function's parameters when it was made; its own
  /// arguments follow them in the frame.
  let captured: [Value]
  /// The declared types of the parameters and result (`fn pe(price: quantity, eps: price) ->
  /// number`), checked at each call; nil when none is declared, and then a call checks nothing.
  public let signature: Signature?
  /// `signature != nil`, as one byte: what every call tests (binding the optional signature
  /// cost a user-function call 4 instructions; this costs 2).
  let checksTypes: Bool

  init(name: String, parameters: [String], body: Code, span: Span, captured: [Value] = [], signature: Signature? = nil) {
    self.name = name
    self.parameters = parameters
    self.body = body.closure
    self.span = span
    self.captured = captured
    self.signature = signature
    self.checksTypes = signature != nil
  }
}

/// A built-in dataset: loaded on first use (its `load` should cache), so startup stays light.
public struct Dataset: Sendable {
  public let name: String
  public let summary: String
  public let load: @Sendable () -> Value

  public init(name: String, summary: String, load: @escaping @Sendable () -> Value) {
    self.name = name
    self.summary = summary
    self.load = load
  }
}

/// A function implemented in Swift. `TapeLibrary` declares these with their help text.
public struct NativeFunction: Sendable {
  public let name: String
  /// How many arguments it takes.
  public let arity: ClosedRange<Int>
  /// Signature shown in errors and help: `sqrt(x)`.
  public var signature: String { signatureText() }
  /// Writes the signature out when it is shown: writing out every builtin's typed signature at
  /// start-up was a tenth of `echo 1+1 | tape`. (A closure, as wide as the text it replaced: a
  /// wider function value made every user-function call copy more.)
  private let signatureText: @Sendable () -> String
  /// Whether the function calls functions it is given (`map`, `filter`); only those get
  /// `CallContext.apply`, so ordinary calls build no closure.
  public let callsFunctions: Bool
  /// Whether the function reads files (`load`); only those get `CallContext.files`.
  public let readsFiles: Bool
  public let body: @Sendable (_ arguments: [Value], _ call: CallContext) throws(EvalError) -> Value

  public init(
    name: String, arity: ClosedRange<Int>, signature: String, callsFunctions: Bool = false, readsFiles: Bool = false,
    body: @escaping @Sendable (_ arguments: [Value], _ call: CallContext) throws(EvalError) -> Value
  ) {
    self.init(name: name, arity: arity, signatureText: { signature }, callsFunctions: callsFunctions, readsFiles: readsFiles, body: body)
  }

  /// A function whose `signature` is `declared.notation`.
  public init(
    name: String, arity: ClosedRange<Int>, declaring declared: Signature, callsFunctions: Bool = false, readsFiles: Bool = false,
    body: @escaping @Sendable (_ arguments: [Value], _ call: CallContext) throws(EvalError) -> Value
  ) {
    self.init(name: name, arity: arity, signatureText: { declared.notation }, callsFunctions: callsFunctions, readsFiles: readsFiles, body: body)
  }

  private init(
    name: String, arity: ClosedRange<Int>, signatureText: @escaping @Sendable () -> String, callsFunctions: Bool, readsFiles: Bool,
    body: @escaping @Sendable (_ arguments: [Value], _ call: CallContext) throws(EvalError) -> Value
  ) {
    self.name = name
    self.arity = arity
    self.signatureText = signatureText
    self.callsFunctions = callsFunctions
    self.readsFiles = readsFiles
    self.body = body
  }
}

/// Where a native function was called from, so it can point its errors at the right argument.
public struct CallContext: Sendable {
  public let span: Span
  public let argumentSpans: [Span]
  /// Calls a Tape function value with arguments; set for natives that call functions.
  public var apply: (@Sendable (_ function: Value, _ arguments: [Value]) throws(EvalError) -> Value)? = nil
  /// The running session's file-read policy and log; set for natives that read files. It comes
  /// from the evaluator at the call, not from where the call was written, so a policy set after
  /// a function was defined (or a standard-library function that reaches `load`) still holds.
  public var files: FileAccess? = nil

  public init(span: Span, argumentSpans: [Span]) {
    self.span = span
    self.argumentSpans = argumentSpans
  }

  public func argumentSpan(_ index: Int) -> Span {
    argumentSpans.indices.contains(index) ? argumentSpans[index] : span
  }
}

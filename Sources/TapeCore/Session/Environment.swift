/// The names a session knows: variables and functions in numbered slots, units, and built-in
/// functions. The resolver resolves names against it; the evaluator reads only the slots.
public struct Environment: Sendable {
  /// Slot of each global name.
  var slots: [String: Int] = [:]
  /// Values by slot; nil while a name is declared but not yet bound (a function's own name
  /// while its body is resolved).
  var globals: [Value?] = []
  /// Unit names and aliases (`share` and `shares`) to their definitions.
  public private(set) var units: [String: UnitDefinition] = [:]
  public private(set) var natives: [String: NativeFunction] = [:]
  public private(set) var datasets: [String: Dataset] = [:]
  /// Parameter names of the user functions bound to globals, by slot, for argument-count errors
  /// at resolve time; kept up to date by `assign` so resolving never scans the globals.
  var functionSignatures: [Int: (parameters: [String], name: String)] = [:]
  /// How each global was computed (`drop = close_after - close_before`), for `why`, by slot:
  /// an array beside `globals`, so noting one costs a store, not a hash.
  var derivations: [Derivation?] = []
  /// Whether each slot holds a user function (and so has an entry in `functionSignatures`).
  private var holdsUserFunction: [Bool] = []
  /// The slot of `ans`, set every statement; found once, not hashed for every result.
  private var answerSlot: Int? = nil

  public init(natives: [NativeFunction] = [], datasets: [Dataset] = []) {
    for unit in BuiltinUnits.all { define(unit: unit.definition, names: unit.names) }
    for native in natives { self.natives[native.name] = native }
    for dataset in datasets { self.datasets[dataset.name] = dataset }
    // Room for every name a long session binds: a full table probes several keys per lookup,
    // and every name in every entry is looked up here.
    slots.reserveCapacity(128)
  }

  public mutating func define(unit: UnitDefinition, names: [String]) {
    for name in names { units[name] = unit }
  }

  /// The slot for a global, creating it when new.
  mutating func slot(for name: String) -> Int {
    if let slot = slots[name] { return slot }
    let slot = globals.count
    slots[name] = slot
    globals.append(nil)
    derivations.append(nil)
    holdsUserFunction.append(false)
    return slot
  }

  /// Binds `name` and returns its slot.
  @discardableResult
  mutating func assign(_ value: Value, to name: String) -> Int {
    let slot = slot(for: name)
    assign(value, toSlot: slot, name: name)
    return slot
  }

  /// Whether `slot` is `ans`'s.
  func isAnswer(_ slot: Int) -> Bool { slot == answerSlot }

  /// Binds `ans`, the last result.
  mutating func assignAnswer(_ value: Value) {
    let slot = answerSlot ?? slot(for: "ans")
    answerSlot = slot
    assign(value, toSlot: slot, name: "ans")
  }

  mutating func assign(_ value: Value, toSlot slot: Int, name: String) {
    // A slot has a signature exactly while it holds a user function: drop it only then, without
    // a lookup for every binding of a number.
    if holdsUserFunction[slot] { functionSignatures[slot] = nil }
    holdsUserFunction[slot] = false
    globals[slot] = value
    if case .function(.user(let function)) = value {
      functionSignatures[slot] = (function.parameters, name)
      holdsUserFunction[slot] = true
    }
  }

  /// How the global `name` was computed, if it was bound to a formula.
  func derivation(of name: String) -> Derivation? {
    slots[name].flatMap { derivations[$0] }
  }

  /// The value bound to a global name, if any.
  public func value(of name: String) -> Value? {
    slots[name].flatMap { globals[$0] }
  }

  /// Every global name with its current value, in the order they were first bound.
  public var bindings: [(name: String, value: Value)] {
    slots.sorted { $0.value < $1.value }.compactMap { name, slot in globals[slot].map { (name, $0) } }
  }

  /// Every name the resolver can resolve, for suggestions and completion.
  public var allNames: [String] {
    Array(slots.keys) + Array(units.keys) + Array(natives.keys) + Array(datasets.keys)
  }
}

/// Where the text a global was bound to is, and what it read, for `why`.
struct Derivation: Sendable {
  var formulaSpan: Span
  /// The globals, datasets and reads of built-in data, as the resolver noted them.
  var inputs: EntryInputs
  /// The values its reads of built-in data gave; nil when it made none.
  var readLog: ReadLog?
}

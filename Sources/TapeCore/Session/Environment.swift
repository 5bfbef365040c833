/// The names a session knows: variables and functions in numbered slots, units, and built-in
/// functions. The resolver resolves names against it; the evaluator reads only the slots.
public struct Environment: Sendable {
  /// Slot of each global name.
  var slots: [String: Int] = [:]
  /// Values by slot; nil while a name is declared but not yet bound (a function's own name
  /// while its body is resolved).
  var globals: [Value?] = []
  /// Unit names and aliases (`share` and `shares`) to their definitions.
  public var units: [String: UnitDefinition] { definedUnits ?? BuiltinUnits.byName }
  /// The units once the session defines one (`unit`); until then nil, and the built-in table,
  /// made once per process when first asked for, stands for it: `echo 1+1 | tape` names no unit,
  /// and making the table instantiates a dictionary's generic metadata (a tenth of its start).
  private var definedUnits: [String: UnitDefinition]? = nil
  /// Built-in functions by name.
  public var natives: [String: NativeFunction] { builtins.natives() }
  /// Built-in datasets by name.
  public var datasets: [String: Dataset] { builtins.datasets() }
  private let builtins: BuiltinTables
  /// Parameter names of the user functions bound to globals, by slot, for argument-count errors
  /// at resolve time; kept up to date by `assign` so resolving never scans the globals.
  var functionSignatures: [Int: (parameters: [String], name: String)] = [:]
  /// How each global was computed (`drop = close_after - close_before`), for `why`, by slot:
  /// an array beside `globals`, so noting one costs a store, not a hash.
  var derivations: [Derivation?] = []
  /// What each slot holds beyond its value: a user function (and so an entry in
  /// `functionSignatures`), or a global bound on first use that is not bound yet.
  private var slotKinds: [SlotKind] = []
  /// The slot of `ans`, set every statement; found once, not hashed for every result.
  private var answerSlot: Int? = nil
  /// Where the globals known by name before they have a value (the standard library's
  /// functions, `SlotKind.deferred`) are bound; nil once they are. A deferred slot reads as
  /// bound everywhere but in `globals`, which `bindDeferred` fills the first time an entry
  /// names one; binding the name first (`npv = 5`) makes it an ordinary slot. (A class and a
  /// byte per slot: every field that counts references is counted again whenever an entry
  /// copies the environment.)
  var deferredGlobals: DeferredGlobals? = nil

  public init(natives: [NativeFunction] = [], datasets: [Dataset] = []) {
    self.init(builtins: BuiltinTables(natives: natives, datasets: datasets))
  }

  public init(builtins: BuiltinTables) {
    self.builtins = builtins
    // Room for every name a long session binds: a full table probes several keys per lookup,
    // and every name in every entry is looked up here. Made with this capacity, not grown with
    // `reserveCapacity`, which the compiler leaves generic: its first call looks up `String`'s
    // `Hashable` conformance through every conformance in the binary (a seventh of `echo 1+1 |
    // tape`, docs/performance.md).
    slots = Dictionary(minimumCapacity: 128)
  }

  public mutating func define(unit: UnitDefinition, names: [String]) {
    var table = units
    for name in names { table[name] = unit }
    definedUnits = table
  }

  /// The slot for a global, creating it when new.
  mutating func slot(for name: String) -> Int {
    if let slot = slots[name] { return slot }
    let slot = globals.count
    slots[name] = slot
    globals.append(nil)
    derivations.append(nil)
    slotKinds.append(.other)
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
    if slotKinds[slot] == .userFunction { functionSignatures[slot] = nil }
    slotKinds[slot] = .other
    globals[slot] = value
    if case .function(.user(let function)) = value {
      functionSignatures[slot] = (function.parameters, name)
      slotKinds[slot] = .userFunction
    }
  }

  /// How the global `name` was computed, if it was bound to a formula.
  func derivation(of name: String) -> Derivation? {
    slots[name].flatMap { derivations[$0] }
  }

  /// The value bound to a global name, if any.
  public func value(of name: String) -> Value? {
    slots[name].flatMap { value(of: name, at: $0) }
  }

  /// The value in `slot`, which belongs to `name`: a deferred one as it will be bound.
  func value(of name: String, at slot: Int) -> Value? {
    if let value = globals[slot] { return value }
    guard isDeferred(slot) else { return nil }
    return deferredGlobals?.bound().value(of: name)
  }

  /// Whether `name` has a value, or will have one when it is first used, without making it.
  func isBound(_ name: String) -> Bool {
    guard let slot = slots[name] else { return false }
    return globals[slot] != nil || isDeferred(slot)
  }

  /// Whether `slot` holds a global that is bound on first use and has not been yet.
  func isDeferred(_ slot: Int) -> Bool {
    slotKinds[slot] == .deferred
  }

  /// Every global name with its current value, in the order they were first bound.
  public var bindings: [(name: String, value: Value)] {
    slots.sorted { $0.value < $1.value }.compactMap { name, slot in value(of: name, at: slot).map { (name, $0) } }
  }

  /// Gives each of `globals.names` a slot, as binding them in order would, and its value from
  /// `globals.bound()` when `bindDeferred` runs.
  mutating func deferBinding(_ globals: DeferredGlobals) {
    deferredGlobals = globals
    for name in globals.names {
      let slot = slot(for: name)
      if self.globals[slot] == nil { slotKinds[slot] = .deferred }
    }
  }

  /// Binds every deferred global to its value: the resolver asks for this (`deferredName`)
  /// when an entry names one, and resolves the entry again.
  mutating func bindDeferred() {
    guard let deferredGlobals else { return }
    let bound = deferredGlobals.bound()
    for (name, slot) in slots where slotKinds[slot] == .deferred {
      // The deferred values were made with these slots (their code reads globals by slot).
      guard bound.slots[name] == slot, let value = bound.globals[slot] else {
        preconditionFailure("a deferred global `\(name)` is bound in the same slot by its environment")
      }
      assign(value, toSlot: slot, name: name)
    }
    self.deferredGlobals = nil
  }

  /// Every name the resolver can resolve, for suggestions and completion.
  public var allNames: [String] {
    Array(slots.keys) + Array(units.keys) + Array(natives.keys) + Array(datasets.keys)
  }
}

/// What a global slot holds beyond its value.
enum SlotKind: UInt8 {
  case other
  /// A user function, with its parameters in `Environment.functionSignatures`.
  case userFunction
  /// A global bound on first use, not bound yet (`Environment.deferredGlobals`).
  case deferred
}

/// Where a session finds its built-in functions and datasets by name. The tables are made when
/// first asked for, which a session that names neither (`echo 1+1 | tape`) never does: the
/// standard session's come from statics, made once per process (TapeLibrary's registries).
/// A class: one reference for the environment to count instead of two.
public final class BuiltinTables: Sendable {
  public let natives: @Sendable () -> [String: NativeFunction]
  public let datasets: @Sendable () -> [String: Dataset]

  public init(
    natives: @escaping @Sendable () -> [String: NativeFunction], datasets: @escaping @Sendable () -> [String: Dataset]
  ) {
    self.natives = natives
    self.datasets = datasets
  }

  /// Tables made now from these lists; of two entries with one name, the later counts.
  public convenience init(natives: [NativeFunction], datasets: [Dataset]) {
    let nativesByName = Self.byName(natives, \.name)
    let datasetsByName = Self.byName(datasets, \.name)
    self.init(natives: { nativesByName }, datasets: { datasetsByName })
  }

  public static func byName<Element>(_ elements: [Element], _ name: (Element) -> String) -> [String: Element] {
    var table: [String: Element] = [:]
    for element in elements { table[name(element)] = element }
    return table
  }
}

/// Globals a session knows by name before their values are made: the standard library's
/// functions, which take a fifth of a millisecond to parse and compile and which most entries
/// never call. `bound` returns the environment in which they are bound: the same session with
/// its definitions run, in the same slots, made once per process (a static) the first time any
/// session needs one.
public final class DeferredGlobals: Sendable {
  /// In the order their definitions bind them.
  public let names: [String]
  public let bound: @Sendable () -> Environment

  public init(names: [String], bound: @escaping @Sendable () -> Environment) {
    self.names = names
    self.bound = bound
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

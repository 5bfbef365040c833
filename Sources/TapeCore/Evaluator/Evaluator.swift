/// What compiled code runs with: the globals, the frames of the calls under way, the call depth,
/// and the operators on values (`Evaluator+Arithmetic`). Holds no state between statements: the
/// globals are a snapshot taken by `Interpreter` for one statement.
struct Evaluator {
  let globals: [Value?]
  var depth = 0
  var stack = StackGuard()
  /// User-function calls deeper than this are an error, not a stack overflow.
  static let maximumCallDepth = 10_000
  /// The arguments of every call under way, innermost last: one array for the whole statement,
  /// so a call pushes and pops its arguments instead of allocating an array of its own.
  var locals: [Value] = []
  /// Where the innermost call's parameters (after what its lambda captured) start in `locals`.
  var frameBase = 0
  /// The session's file-read policy and log, handed to natives that read files; with nil such a
  /// native reads nothing.
  let files: FileAccess?

  init(globals: [Value?], files: FileAccess?) {
    self.globals = globals
    self.files = files
  }

  /// What a native that calls functions or reads files gets: `apply`, the session's files.
  func context(for native: NativeFunction, _ call: CallContext) -> CallContext {
    var context = native.callsFunctions ? withApply(call) : call
    if native.readsFiles { context.files = files }
    return context
  }

  /// A call context whose `apply` runs Tape functions in a nested evaluator that shares this
  /// one's globals and counts its depth, so recursion through `map` is still bounded.
  func withApply(_ call: CallContext) -> CallContext {
    var context = call
    let (globals, depth, files) = (self.globals, self.depth, self.files)
    // Look the stack's bounds up once here, not once per element `map` calls the function on.
    var stack = self.stack
    _ = stack.hasRoom()
    context.apply = { [stack] (function: Value, arguments: [Value]) throws(EvalError) -> Value in
      var nested = Evaluator(globals: globals, files: files)
      nested.depth = depth + 1
      nested.stack = stack
      return try nested.call(function, arguments, call)
    }
    return context
  }

  func condition(_ value: Value, at span: Span) throws(EvalError) -> Bool {
    guard case .bool(let flag) = value else {
      throw EvalError.unexpectedKind(expected: .boolean, found: value.kind, at: span)
    }
    return flag
  }

  mutating func call(_ callee: Value, _ arguments: [Value], _ call: CallContext) throws(EvalError) -> Value {
    guard case .function(let function) = callee else {
      throw EvalError.notCallable(found: callee.kind, at: call.span)
    }
    switch function {
    case .native(let native):
      guard native.arity.contains(arguments.count) else {
        throw EvalError.wrongArgumentCount(
          function: native.name, expected: native.arity.lowerBound, found: arguments.count, at: call.span)
      }
      guard native.callsFunctions || native.readsFiles else { return try native.body(arguments, call) }
      return try native.body(arguments, context(for: native, call))
    case .user(let user):
      let start = locals.count
      defer { popLocals(to: start) }
      locals.append(contentsOf: user.captured)
      locals.append(contentsOf: arguments)
      return try callUser(user, frameFrom: start, argumentCount: arguments.count, call)
    }
  }

  /// Drops the locals a call pushed (usually one or two: a loop, not a range removal).
  mutating func popLocals(to count: Int) {
    while locals.count > count { locals.removeLast() }
  }

  /// Runs a user function whose captured values and arguments are `locals[start...]`; the
  /// caller pops them.
  mutating func callUser(
    _ user: UserFunction, frameFrom start: Int, argumentCount: Int, _ call: CallContext
  ) throws(EvalError) -> Value {
    guard user.parameters.count == argumentCount else {
      throw EvalError.wrongArgumentCount(
        function: user.name, expected: user.parameters.count, found: argumentCount, at: call.span)
    }
    // One test for a function without declared types; the checks live apart, in `callChecked`.
    if user.checksTypes { return try callChecked(user, frameFrom: start, call) }
    return try runBody(user, frameFrom: start, call)
  }

  /// A call of a function that declares types: its arguments are checked before the body runs,
  /// so an error lands on the caller's argument (not wrapped as "inside" the call), and its
  /// result after.
  @inline(never)
  mutating func callChecked(_ user: UserFunction, frameFrom start: Int, _ call: CallContext) throws(EvalError) -> Value {
    guard let signature = user.signature else { preconditionFailure("checksTypes is set only with a signature") }
    let arguments = Array(locals[(start + user.captured.count)...])
    try signature.check(arguments, call)
    let result = try runBody(user, frameFrom: start, call)
    if let returns = signature.returns, let mismatch = returns.mismatch(for: result, arguments: arguments) {
      throw EvalError.resultMismatch(mismatch, signature: signature, at: call.span)
    }
    return result
  }

  @inline(__always)
  mutating func runBody(_ user: UserFunction, frameFrom start: Int, _ call: CallContext) throws(EvalError) -> Value {
    if Interrupt.consume() { throw EvalError.interrupted(at: call.span) }
    guard depth < Evaluator.maximumCallDepth, stack.hasRoom() else {
      throw EvalError.recursionTooDeep(function: user.name, depth: depth, at: call.span)
    }
    let callerBase = frameBase
    frameBase = start
    depth += 1
    defer {
      depth -= 1
      frameBase = callerBase
    }
    do {
      return try user.body(&self)
    } catch {
      // The error is reported at the call the user wrote, with where inside it happened.
      throw error.insideCall(to: user.name, at: call.span)
    }
  }

  func field(_ name: String, of value: Value, baseSpan: Span, nameSpan: Span) throws(EvalError) -> Value {
    if case .table(let table) = value {
      if let series = table.series(name) { return .series(series) }
      if let attribute = table.attributes?[name] { return attribute }
      throw EvalError.noSuchField(name, available: table.fieldNames, at: nameSpan)
    }
    if case .list(let items) = value, !items.isEmpty, case .record = items[0] {
      return try fieldOfEvery(name, in: items, baseSpan: baseSpan, nameSpan: nameSpan)
    }
    guard case .record(let record) = value else {
      throw EvalError.unexpectedKind(expected: .recordWithField(name), found: value.kind, at: baseSpan)
    }
    guard let field = record[name] else {
      throw EvalError.noSuchField(name, available: record.names, at: nameSpan)
    }
    return field
  }

  func element(of base: Value, baseSpan: Span, at index: Value, _ span: Span) throws(EvalError) -> Value {
    if let value = try labelled(base, baseSpan: baseSpan, at: index, span) { return value }
    guard case .list(let items) = base else {
      return try point(of: base, baseSpan: baseSpan, atPosition: index, span)
    }
    guard case .quantity(let quantity) = index, quantity.unit.isNone, quantity.value == quantity.value.rounded(),
      abs(quantity.value) < 1e15
    else {
      throw EvalError.unexpectedKind(expected: .wholeNumberIndex, found: index.kind, at: span)
    }
    let position = Int(quantity.value)
    // Negative indexes count from the end, as in Python and q.
    let resolved = position < 0 ? items.count + position : position
    guard items.indices.contains(resolved) else {
      throw EvalError.indexOutOfRange(index: position, count: items.count, at: span)
    }
    return items[resolved]
  }
}

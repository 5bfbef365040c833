/// What one statement produced.
public enum Outcome: Sendable {
  /// An expression's value, also stored in `ans`.
  case value(Value, span: Span)
  /// `name = value`.
  case binding(name: String, value: Value, span: Span)
  /// `fn ...` or `unit ...`: shown as the declaration's signature.
  case declaration(String, span: Span)
  /// Text that answers a question (`why`, `sources`, `datasets`).
  case report(String, span: Span)
  indirect case error(Diagnostic)
}

/// The facade over every stage: text in, outcomes out. Owns the session's state (names, units,
/// sources); does no I/O.
public struct Interpreter: Sendable {
  public internal(set) var sources = SourceMap()
  public internal(set) var environment: Environment
  /// The file-read policy and the log of files read; copied before a run when another copy of
  /// this interpreter shares it (see `FileAccess`).
  var files = FileAccess()
  /// How this session shows its results: the defaults, a notebook's `:set` lines, or at the
  /// prompt the user's config. Only rendering reads it; no value depends on it.
  public var displaySettings = DisplaySettings.standard

  public init(natives: [NativeFunction] = [], datasets: [Dataset] = []) {
    environment = Environment(natives: natives, datasets: datasets)
  }

  /// A session whose built-in functions and datasets are looked up in `builtins` when first named.
  public init(builtins: BuiltinTables) {
    environment = Environment(builtins: builtins)
  }

  /// Runs every statement of `text`, reporting each outcome as soon as it is known, so a long
  /// pipe prints as it goes. A failing statement does not stop the ones after it.
  /// The callback also receives the sources, to render a diagnostic while the run goes on.
  public mutating func run(
    _ text: String, name: String = "<input>", firstLine: Int = 1, onOutcome: (Outcome, SourceMap) -> Void
  ) {
    let file = sources.add(name: name, text: text, firstLine: firstLine)
    run(Parser(file), onOutcome: onOutcome)
  }

  mutating func run(_ parser: Parser, onOutcome: (Outcome, SourceMap) -> Void) {
    makeFileAccessUnique()
    var parser = parser
    while let parsed = parser.nextStatement() {
      switch parsed {
      case .failure(let error): onOutcome(.error(error.diagnostic), sources)
      case .success(let statement): onOutcome(execute(statement), sources)
      }
    }
  }

  /// Runs `text` and collects the outcomes.
  public mutating func run(_ text: String, name: String = "<input>") -> [Outcome] {
    var outcomes: [Outcome] = []
    run(text, name: name) { outcome, _ in outcomes.append(outcome) }
    return outcomes
  }

  /// The text of a diagnostic, with the source line and carets.
  public func rendered(_ diagnostic: Diagnostic, style: DiagnosticStyle = .plain) -> String {
    DiagnosticRenderer.rendered(diagnostic, in: sources, style: style)
  }

  mutating func execute(_ statement: Stmt) -> Outcome {
    do throws(StatementError) {
      return try executeOrThrow(statement)
    } catch {
      return outcome(of: error, in: statement)
    }
  }

  /// The outcome of a statement that failed with `error`. Kept out of `execute`, which every
  /// statement runs and which stays small enough to be inlined.
  @inline(never)
  mutating func outcome(of error: StatementError, in statement: Stmt) -> Outcome {
    switch error {
    case .resolve(.deferredName) where environment.deferredGlobals != nil:
      // The entry names a global bound on first use: bound now, the entry is resolved again
      // (nothing was changed before its names were resolved).
      environment.bindDeferred()
      return execute(statement)
    case .resolve(let error):
      return .error(error.diagnostic)
    case .eval(let error):
      // Ctrl-C stops the entry the user typed, wherever the evaluator happened to be.
      if case .interrupted = error { return .error(EvalError.interrupted(at: statement.span).diagnostic(in: sources)) }
      return .error(error.diagnostic(in: sources))
    }
  }

  mutating func executeOrThrow(_ statement: Stmt) throws(StatementError) -> Outcome {
    switch statement.kind {
    case .expression(let expr):
      let value = try evaluate(expr)
      environment.assignAnswer(value)
      return .value(value, span: statement.span)
    case .binding(let name, let nameSpan, let expr):
      // A name that already has a slot is not a built-in (those never get one): rebinding it,
      // the usual case, needs no look in the built-ins and finds its slot once.
      let existingSlot = environment.slots[name]
      if existingSlot.map(environment.isAnswer) ?? true { try resolving { () throws(ResolveError) in try checkBindable(name, at: nameSpan) } }
      let (code, inputs, readLog) = try resolving { () throws(ResolveError) in try compiled(expr, notingInputs: true) }
      let value = try evaluating { () throws(EvalError) in try run(code) }
      let slot: Int
      if let existingSlot {
        environment.assign(value, toSlot: existingSlot, name: name)
        slot = existingSlot
      } else {
        slot = environment.assign(value, to: name)
      }
      environment.assignAnswer(value)
      environment.derivations[slot] = Derivation(
        formulaSpan: expr.span, inputs: inputs ?? EntryInputs(), readLog: readLog)
      return .binding(name: name, value: value, span: statement.span)
    case .function(let name, let nameSpan, let parameters, let returns, let body):
      try resolving { () throws(ResolveError) in try checkBindable(name, at: nameSpan) }
      var resolver = Resolver(emitter: Compiler())
      let signature = try resolving { () throws(ResolveError) in
        try resolver.signature(name, parameters, returns: returns, in: environment)
      }
      for parameter in parameters {
        if resolver.parameters.contains(parameter.name) {
          throw .resolve(.duplicateParameter(parameter.name, at: parameter.span))
        }
        resolver.parameters.append(parameter.name)
      }
      var scratch = environment
      resolver.functionBeingDefined = (name, scratch.slot(for: name))
      let code = try resolving { () throws(ResolveError) in try resolver.resolve(body, in: environment) }
      try checkDimensions(of: body, name, parameters, signature, returns, resolver)
      let function = UserFunction(
        name: name, parameters: parameters.map(\.name), body: code, span: statement.span, signature: signature)
      environment = scratch
      environment.assign(.function(.user(function)), to: name)
      return .declaration(function.declaration, span: statement.span)
    // A report quotes the input and citations (a CSV file's path and columns), which can hold
    // control characters: it is made escaped, so every front end shows it safely.
    case .why(let subject):
      return .report(try explanation(of: subject).escapingControlCharacters, span: statement.span)
    case .sources:
      return .report(sourcesReport().escapingControlCharacters, span: statement.span)
    case .datasets:
      return .report(datasetsReport().escapingControlCharacters, span: statement.span)
    case .unit(let name, let nameSpan, let definitionExpr):
      if environment.units[name] != nil { throw .resolve(.cannotRedefineUnit(name, at: nameSpan)) }
      if environment.natives[name] != nil { throw .resolve(.cannotRedefineBuiltin(name, at: nameSpan)) }
      if name == "ans" { throw .resolve(.reservedName(name, at: nameSpan)) }
      if environment.isBound(name) { throw .resolve(.nameAlreadyBound(name, at: nameSpan)) }
      // `unit month` also accepts `months` and shows itself plural; an all-capitals name (`GPU`,
      // a ticker, a code) reads as an acronym and stays as written.
      let isAcronym = name.uppercased() == name
      let plural = isAcronym ? name : name + "s"
      let names = plural == name || environment.units[plural] != nil ? [name] : [name, plural]
      guard let definitionExpr else {
        environment.define(unit: .base(name, plural: plural), names: names)
        return .declaration("unit \(name)", span: statement.span)
      }
      guard case .quantity(let quantity) = try evaluate(definitionExpr), !quantity.unit.isNone else {
        throw .resolve(.unitDefinitionNotQuantity(name, at: definitionExpr.span))
      }
      let unit = UnitDefinition(name: name, plural: plural, dimension: quantity.dimension, factor: quantity.baseValue)
      environment.define(unit: unit, names: names)
      return .declaration("unit \(name) = \(quantity.display)", span: statement.span)
    }
  }

  /// The value of `expr`, resolved and compiled, then run.
  func evaluate(_ expr: Expr) throws(StatementError) -> Value {
    var resolver = Resolver(emitter: Compiler())
    resolver.readsGlobalsNow = true
    let code = try resolving { () throws(ResolveError) in try resolver.resolve(expr, in: environment) }
    return try evaluating { () throws(EvalError) in try run(code) }
  }

  /// `expr` resolved against the session and compiled in one pass; with `notingInputs`, with
  /// what it reads noted for `why`.
  func compiled(_ expr: Expr, notingInputs: Bool = false) throws(ResolveError) -> CompiledEntry {
    var resolver = Resolver(emitter: Compiler())
    // The code runs once, right after this, against these globals: they may be read as constants.
    resolver.readsGlobalsNow = true
    if notingInputs { resolver.inputs = EntryInputs() }
    let code = try resolver.resolve(expr, in: environment)
    return (code, resolver.inputs.take(), resolver.emitter.readLog)
  }

  /// Runs compiled code against the session's globals as they are now.
  func run(_ code: Code) throws(EvalError) -> Value {
    // Code folded to its value (most arithmetic typed at the prompt) needs no evaluator.
    if case .constant(let value) = code { return value }
    var evaluator = Evaluator(globals: environment.globals, files: files)
    return try code.run(&evaluator)
  }

  func checkBindable(_ name: String, at span: Span) throws(ResolveError) {
    if name == "ans" { throw ResolveError.reservedName(name, at: span) }
    // A variable may share a unit's name (`shares = 24.68B shares`): after a number and after
    // `in` the name still means the unit; elsewhere it means the variable.
    if environment.natives[name] != nil { throw ResolveError.cannotRedefineBuiltin(name, at: span) }
  }
}

/// An entry's code, and what it reads when that was asked for: the globals and datasets it
/// named, and where its reads of built-in data left their values (nil when it made none). A
/// tuple, taken apart where it is used: as a struct, copying the code out of it and dropping
/// the rest cost a tenth of a scalar line.
typealias CompiledEntry = (code: Code, inputs: EntryInputs?, readLog: ReadLog?)

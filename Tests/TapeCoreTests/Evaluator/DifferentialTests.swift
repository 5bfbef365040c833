import Testing

@testable import TapeCore

// Every entry runs as compiled closures (`Compiler`). The same resolver can build a tree instead
// (`TreeEmitter`), which a plain recursive walk evaluates (`Evaluator.walk`, the test oracle):
// on many random expressions both must give the same value or the same rendered error, keep the
// same values for the reads of built-in data, and the resolver's record of what an entry reads
// must be what a walk over the formula finds (how `why` used to find it).
@Suite struct DifferentialTests {
  static let setup = """
    price = $118.42/share
    shares = 24.4B shares
    pct = 12.5%
    n = 7
    d = 2025-01-21
    flag = true
    items = [1, 2, 3]
    rec = {a: 1, b: $2}
    fn f(x) = x * 2
    fn g(a, b) = if a < b then a else b
    h = y => y + n
    """

  /// `apply2(f, x)`: calls `f` with `x`, through the evaluator, as `map` does.
  static let apply2 = NativeFunction(
    name: "apply2", arity: 2...2, signature: "apply2(f, x)", callsFunctions: true
  ) { arguments, call throws(EvalError) in
    guard let apply = call.apply else { return arguments[1] }
    return try apply(arguments[0], [arguments[1]])
  }

  /// `px`: five trading days of a close and a volume, with a cited source and an attribute.
  static let px = Dataset(name: "px", summary: "Test prices. Five days.") {
    let start = TapeDate(year: 2025, month: 1, day: 20)?.daysSinceEpoch ?? 0
    let units = Environment().units
    guard let usd = units["USD"], let share = units["share"] else { return .list([]) }
    let usdPerShare = Unit(usd).multiplied(by: Unit(share).inverted).unit
    let shareUnit = Unit(share)
    let citation = Citation(key: "px", what: "px prices", documents: ["Test document, 2025"])
    return .table(
      Table(
        name: "px", days: ContiguousArray((0..<5).map { Int32(start + $0) }),
        columns: [
          .init(name: "close", values: [118.42, 121.5, 119.0, 124.65, 120.07], unit: usdPerShare),
          .init(name: "volume", values: [1e8, 2e8, 1.5e8, 1.2e8, 9e7], unit: shareUnit),
        ],
        provenance: Provenance(citation), attributes: Record(names: ["book"], values: [.number(5)])))
  }

  static func session() -> Interpreter {
    var interpreter = Interpreter(natives: [twice, apply2], datasets: [px])
    for outcome in interpreter.run(setup) {
      if case .error(let diagnostic) = outcome { Issue.record("setup failed: \(diagnostic.message)") }
    }
    return interpreter
  }

  /// Random expressions over the session above: arithmetic with units and conversions, brackets
  /// across lines, lambdas, calls, fields, indexes and slices, reads of `px`, and errors.
  static func randomExpressions(count: Int, seed: UInt64) -> [String] {
    let atoms = [
      "price", "shares", "pct", "n", "d", "flag", "ans", "items", "rec", "f", "g", "h", "unknown", "twice", "px", "2",
      "0", "1.07", "$5", "€3", "3%", "24.4B", "5 shares", "2 days", "1e308", "share", "USD", "days", "n shares",
      "3 bogus", "\"x\"", "true", "2025-01-22", "2 USD/share", "px.close[2025-01-21]", "px.close[d]", "px[d]",
      "px.close", "px.volume[2025-01-25]", "px.close[2025-01-20..2025-01-22]", "px.book", "px.nope", "items[1]",
      "items[-1]", "items[5]", "items[0..1]", "rec.a", "rec.b", "rec.c", "f(n)", "g(2, 3)", "f()", "h(2)", "twice(3)",
      "twice(d)", "apply2(f, 3)", "apply2(h, px.close[d])", "(x => x * 2)(4)", "((a, b) => a - b)(5, 2)",
      "[1, 2] * 2", "{a: 1, b: 2}.b", "n(2)", "x => x", "n.a", "(n + 1).a", "(price * 2)[0]", "d[0..1]", "rec[1]",
    ]
    let operators = ["+", "-", "*", "/", "^", "<", "==", ">=", "!=", "and", "or"]
    let conversions = [" in %", " in B", " in full", " in USD/share", " in days", " in shares"]
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func build(_ depth: Int) -> String {
      if depth == 0 || next(4) == 0 { return atoms[next(atoms.count)] }
      switch next(10) {
      case 0: return "-" + build(depth - 1)
      case 1: return "(" + build(depth - 1) + ")"
      case 2: return "(\n  " + build(depth - 1) + " " + operators[next(operators.count)] + "\n  " + build(depth - 1) + "\n)"
      case 3: return "if " + build(depth - 1) + " then " + build(depth - 1) + " else " + build(depth - 1)
      case 4: return "(" + build(depth - 1) + ")" + conversions[next(conversions.count)]
      case 5: return "(x => " + build(depth - 1) + ")(" + build(depth - 1) + ")"
      case 6: return ["f", "twice", "h", "g"][next(4)] + "(" + build(depth - 1) + (next(3) == 0 ? ", 1)" : ")")
      case 7: return "[" + build(depth - 1) + ", " + build(depth - 1) + "]"
      default: return build(depth - 1) + " " + operators[next(operators.count)] + " " + build(depth - 1)
      }
    }
    return (0..<count).map { _ in build(4) }
  }

  /// One way of running an entry: its value's display or its rendered error, and the reads of
  /// built-in data it kept.
  struct Run: Equatable {
    var text: String
    var reads: [String?]
  }

  static func compiledRun(_ expr: Expr, in interpreter: Interpreter) -> (Run, EntryInputs?) {
    let entry: CompiledEntry
    do throws(ResolveError) {
      entry = try interpreter.compiled(expr, notingInputs: true)
    } catch {
      return (Run(text: interpreter.rendered(error.diagnostic), reads: []), nil)
    }
    let text: String
    do throws(EvalError) {
      text = try interpreter.run(entry.code).display
    } catch {
      text = interpreter.rendered(error.diagnostic(in: interpreter.sources))
    }
    let inputs = entry.inputs ?? EntryInputs()
    return (Run(text: text, reads: inputs.reads.indices.map { entry.readLog?.value(number: $0)?.display }), inputs)
  }

  static func walkedRun(_ expr: Expr, in interpreter: Interpreter) -> Run {
    var resolver = Resolver(emitter: TreeEmitter())
    resolver.inputs = EntryInputs()
    resolver.readsGlobalsNow = true
    let tree: BoundExpr
    do throws(ResolveError) {
      tree = try resolver.resolve(expr, in: interpreter.environment)
    } catch {
      return Run(text: interpreter.rendered(error.diagnostic), reads: [])
    }
    var evaluator = Evaluator(globals: interpreter.environment.globals, files: interpreter.files)
    let text: String
    do throws(EvalError) {
      text = try evaluator.walk(tree).display
    } catch {
      text = interpreter.rendered(error.diagnostic(in: interpreter.sources))
    }
    let reads = resolver.inputs?.reads ?? []
    return Run(text: text, reads: reads.indices.map { resolver.emitter.readLog?.value(number: $0)?.display })
  }

  /// The globals and datasets `expr` names, in the order of its text, found by walking it (the
  /// walk `why` made before the resolver noted them).
  static func namesByWalking(_ expr: Expr, in environment: Environment) -> [String] {
    var names: [String] = []
    func visit(_ expr: Expr) {
      switch expr.kind {
      case .name(let name):
        let isInput = environment.value(of: name) != nil || environment.datasets[name] != nil
        if isInput, name != "ans", !names.contains(name) { names.append(name) }
      case .withUnit(let value, _), .conversion(let value, _): visit(value)
      default: expr.forEachChild(visit)
      }
    }
    visit(expr)
    return names
  }

  /// The longest chains into a dataset, by walking (as `why` found them before), with the
  /// value each gives evaluated on its own.
  static func readsByWalking(_ expr: Expr, in interpreter: Interpreter) -> [(text: String, value: String?)] {
    let environment = interpreter.environment
    var reads: [(text: String, value: String?)] = []
    func root(of expr: Expr) -> String? {
      switch expr.kind {
      case .name(let name): environment.value(of: name) == nil && environment.datasets[name] != nil ? name : nil
      case .field(let base, _, _), .index(let base, _), .slice(let base, _, _): root(of: base)
      default: nil
      }
    }
    func visit(_ expr: Expr) {
      if root(of: expr) != nil {
        let text = interpreter.sources[expr.span.source]?.text(of: expr.span) ?? ""
        var value: String? = nil
        if case .name = expr.kind {} else { value = try? interpreter.evaluate(expr).display }
        reads.append((text, value))
        return
      }
      switch expr.kind {
      case .withUnit(let value, _), .conversion(let value, _): visit(value)
      default: expr.forEachChild(visit)
      }
    }
    visit(expr)
    return reads
  }

  @Test(arguments: [UInt64(2025), 7, 1_000_003])
  func compiledCodeAgreesWithTheTreeWalker(seed: UInt64) {
    var interpreter = DifferentialTests.session()
    var (compared, failed, errors, readsCompared) = (0, 0, 0, 0)
    for text in DifferentialTests.randomExpressions(count: 4_000, seed: seed) {
      let file = interpreter.sources.add(name: "<random>", text: text)
      var parser = Parser(file)
      guard case .success(let statement)? = parser.nextStatement(), case .expression(let expr) = statement.kind,
        parser.isAtEnd()
      else { continue }
      let (compiled, inputs) = DifferentialTests.compiledRun(expr, in: interpreter)
      let walked = DifferentialTests.walkedRun(expr, in: interpreter)
      compared += 1
      if compiled.text.contains(": error: ") { errors += 1 }
      #expect(compiled == walked, "\(text)")
      guard let inputs else {
        failed += 1
        continue
      }
      #expect(inputs.names == DifferentialTests.namesByWalking(expr, in: interpreter.environment), "\(text)")
      // Every read the resolver noted is a chain the walk finds, in the same order of the text;
      // a read that ran kept the value the chain gives on its own.
      let byWalking = DifferentialTests.readsByWalking(expr, in: interpreter)
      let noted = inputs.reads.enumerated().sorted { $0.element.span.start < $1.element.span.start }
      #expect(noted.map { interpreter.sources[$0.element.span.source]?.text(of: $0.element.span) } == byWalking.map(\.text), "\(text)")
      for ((number, _), walkedRead) in zip(noted, byWalking) where compiled.reads[number] != nil {
        readsCompared += 1
        #expect(compiled.reads[number] == walkedRead.value, "\(text)")
      }
    }
    #expect(compared > 3_000)
    #expect(errors > 1_000 && errors < compared - 1_000, "both values and errors are compared")
    #expect(readsCompared > 100)
  }

  @Test func aBindingKeepsTheValueOfEachReadForWhy() {
    var interpreter = DifferentialTests.session()
    let outcomes = interpreter.run("x = px.close[2025-01-21] * px.book + px.close[d]\nwhy x").map(describe)
    #expect(
      outcomes.last == """
        x = px.close[2025-01-21] * px.book + px.close[d]  → $729.00/share
          px.close[2025-01-21] = $121.50/share
          px.book = 5
          px.close[d] = $121.50/share
          d = 2025-01-21
        = $729.00/share
        sources:
          [1] px prices
              Test document, 2025
        """, "\(outcomes)")
  }

  @Test func aReadInABranchNotTakenShowsNoValue() {
    // `why` shows what the entry read as it ran; it does not compute anything again.
    var interpreter = DifferentialTests.session()
    let outcomes = interpreter.run("x = if flag then 1 else px.close[d]\nwhy x").map(describe)
    #expect(outcomes.last?.contains("px.close[d]: from the built-in dataset `px`, Test prices") == true, "\(outcomes)")
  }

  @Test func aReadThatDependsOnALambdasParameterShowsNoValue() {
    // It gives one value per call; `why` names the read and its dataset instead.
    var interpreter = DifferentialTests.session()
    let outcomes = interpreter.run("x = apply2(e => px.close[e], 2025-01-22)\nwhy x").map(describe)
    #expect(outcomes.last?.contains("px.close[e]: from the built-in dataset `px`, Test prices") == true, "\(outcomes)")
  }

  @Test func aReadInsideALambdaIsKeptWhereverTheLambdaRuns() {
    var interpreter = DifferentialTests.session()
    let outcomes = interpreter.run("x = apply2(y => px.close[2025-01-22] + y, $1/share)\nwhy x").map(describe)
    #expect(outcomes.last?.contains("px.close[2025-01-22] = $119.00/share") == true, "\(outcomes)")
  }
}

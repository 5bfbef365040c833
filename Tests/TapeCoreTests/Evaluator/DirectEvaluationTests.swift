import Testing

@testable import TapeCore

// The direct path (`Interpreter.directValue`) must give exactly the full path's value for every
// entry it takes, and take none that the full path rejects.
@Suite struct DirectEvaluationTests {
  static let setup = """
    price = $118.42/share
    shares = 24.4B shares
    pct = 12.5%
    n = 7
    d = 2025-01-27
    flag = true
    fn f(x) = x * 2
    """

  static func session() -> Interpreter {
    var interpreter = Interpreter()
    for outcome in interpreter.run(setup) {
      if case .error(let diagnostic) = outcome { Issue.record("setup failed: \(diagnostic.message)") }
    }
    return interpreter
  }

  static func expression(_ text: String) -> Expr? {
    var parser = Parser(SourceFile(id: SourceID(99), name: "t", text: text))
    guard case .success(let statement)? = parser.nextStatement(), case .expression(let expr) = statement.kind else {
      return nil
    }
    return expr
  }

  /// Random arithmetic over the names above, literals and units, seeded.
  static func randomExpressions(count: Int) -> [String] {
    let atoms = [
      "price", "shares", "pct", "n", "d", "flag", "ans", "f", "unknown", "2", "0", "1.07", "$5", "€3", "3%", "24.4B",
      "5 shares", "2 days", "1e308", "share", "USD", "days", "n shares", "price in $/share", "shares in B",
      "pct in %", "n in %", "d in days", "2 USD/share", "3 bogus",
    ]
    let operators = ["+", "-", "*", "/", "^", "<", "==", ">=", "and"]
    var state: UInt64 = 2025
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    func build(_ depth: Int) -> String {
      if depth == 0 || next(3) == 0 { return atoms[next(atoms.count)] }
      switch next(4) {
      case 0: return "-" + build(depth - 1)
      case 1: return "(" + build(depth - 1) + ")"
      default: return build(depth - 1) + " " + operators[next(operators.count)] + " " + build(depth - 1)
      }
    }
    return (0..<count).map { _ in build(4) }
  }

  @Test func givesTheFullPathsValueOrLeavesTheEntryToIt() {
    let interpreter = DirectEvaluationTests.session()
    var taken = 0
    for text in DirectEvaluationTests.randomExpressions(count: 20_000) {
      guard let expr = DirectEvaluationTests.expression(text) else { continue }
      let full = try? interpreter.checkedValue(of: expr)
      var notRecorded: RecordedInputs? = nil
      guard let direct = interpreter.directValue(of: expr, recording: &notRecorded) else { continue }
      taken += 1
      #expect(full?.display == direct.display, "\(text)")
    }
    #expect(taken > 2_000)
  }

  @Test func recordsTheSameInputsForWhy() {
    let interpreter = DirectEvaluationTests.session()
    for text in ["price * shares - price * n shares", "n * price + price", "2 + 3", "-(pct * n) + pct in %"] {
      guard let expr = DirectEvaluationTests.expression(text) else { continue }
      var direct: RecordedInputs? = RecordedInputs()
      let full = InputRecorder()
      #expect(interpreter.directValue(of: expr, recording: &direct) != nil, "\(text)")
      _ = try? interpreter.checkedValue(of: expr, recordingInputs: full)
      #expect(direct?.names == full.names, "\(text)")
    }
  }

  @Test func leavesNothingRecordedWhenItLeavesTheEntry() {
    let interpreter = DirectEvaluationTests.session()
    for text in ["n + f(2)", "price * shares + n", "n + unknown"] {
      guard let expr = DirectEvaluationTests.expression(text) else { continue }
      var recorded: RecordedInputs? = RecordedInputs()
      #expect(interpreter.directValue(of: expr, recording: &recorded) == nil, "\(text)")
      #expect(recorded?.uses.isEmpty == true, "\(text)")
    }
  }
}

import TapeCore
import TapeLibrary
import Testing

@testable import TapeREPL

struct LargeStackTests {
  @Test func theWorkRunsAndItsResultComesBack() {
    #expect(LargeStack.run { (1...100).reduce(0, +) } == 5050)
  }

  @Test func recursionTooDeepForATestRunnersThreadCompletes() {
    // 5,000 nested calls need far more than a test runner's 8 MB (where Tape stops them with its
    // depth error; see EvaluatorTests), and far less than the large stack.
    let shown = LargeStack.run { () -> String in
      var interpreter = Interpreter.standard()
      var shown = ""
      interpreter.run("fn s(n) = if n == 0 then 0 else n + s(n - 1); s(5000)", name: "<test>") { outcome, _ in
        if case .value(let value, _) = outcome { shown = value.display }
      }
      return shown
    }
    #expect(shown == "12.5M")
  }
}

import TapeLibrary
import Testing

@testable import TapeCore
@testable import TapeREPL

#if canImport(Glibc)
  import Glibc
#endif

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

  #if os(Linux)
    @Test func theWorkRunsOnTheCallingThreadSwitchedToTheLargeStack() {
      let caller = UInt(pthread_self())
      let (thread, room) = LargeStack.run { () -> (UInt, UInt) in
        // The evaluator's guard must see the switched stack, not the thread's own 8 MB.
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return (UInt(pthread_self()), here - StackGuard.currentFloor())
      }
      #expect(thread == caller, "no second thread")
      #expect(room > UInt(LargeStack.size) - (1 << 20) && room < UInt(LargeStack.size))
    }
  #endif
}

import Foundation
import Testing

@testable import TapeCore

/// Walks over values built by recursion (comparison, element-wise operators, conversion) stop at
/// the parser's nesting limit with an error, and Ctrl-C stops them; the session goes on
/// (docs/reliability.md, round two).
@Suite(.serialized) struct ValueWalkLimitsTests {
  /// `deep_value(n)`: `1` inside `n` lists, built by a loop, as fast as the test needs; in Tape
  /// the same value comes from `fn deep(x, n) = if n == 0 then x else deep([x], n - 1)` applied
  /// 100 times over 9,000 levels (the call depth stops one `deep` at 10,000).
  static let deepValue = NativeFunction(name: "deep_value", arity: 1...1, signature: "deep_value(n)") {
    arguments, _ throws(EvalError) in
    guard case .quantity(let count) = arguments[0] else { return arguments[0] }
    var value = Value.quantity(Quantity(1))
    for _ in 0..<Int(count.value) { value = .list([value]) }
    return value
  }

  static let walksOfADeepList = [
    "v + 1", "1 + v", "v + v", "v == v", "v != [1]", "-v", "v in %", "why v", "why [v]",
  ]

  /// 900,000 levels overflowed `tape`'s 512 MB stack (SIGSEGV) in each of these walks.
  @Test(arguments: walksOfADeepList)
  func aWalkOfAListNestedNineHundredThousandDeepIsAnError(entry: String) {
    let shown = onLargeStack {
      outcomes("v = deep_value(900000)\n\(entry)\n1 + 1", natives: [ValueWalkLimitsTests.deepValue])
    }
    #expect(shown.count == 3)
    #expect(shown.dropFirst().first == "error: value nested more than 256 levels deep", "\(entry)")
    #expect(shown.last == "2")
  }

  @Test func aListNestedToTheLimitIsWalked() {
    let limit = ValueWalk.depthLimit
    let natives = [ValueWalkLimitsTests.deepValue]
    #expect(result("deep_value(\(limit)) == deep_value(\(limit))", natives: natives) == "true")
    #expect(result("deep_value(\(limit + 1)) == deep_value(\(limit + 1))", natives: natives).hasPrefix("error: value nested"))
  }

  /// `Value.provenance()` was a plain recursive walk every caller could reach (the sources
  /// report, tests): 900,000 levels overflowed the stack. It is walked with `ValueWalk` now.
  @Test func theSourcesOfAListNestedNineHundredThousandDeepAreAnError() {
    let stop = onLargeStack { () -> Value.WalkStop? in
      var value = Value.quantity(Quantity(1))
      for _ in 0..<900_000 { value = .list([value]) }
      do throws(Value.WalkStop) {
        _ = try value.provenance()
        return nil
      } catch {
        return error
      }
    }
    #expect(stop == .nestedTooDeeply)
    #expect((try? Value.list([.list([.quantity(Quantity(1))])]).provenance()) == Provenance.none)
  }

  @Test func ctrlCStopsAWalkForSources() {
    var value = Value.quantity(Quantity(1))
    for _ in 0..<24 { value = .list([value, value]) }
    Interrupt.requested.store(true, ordering: .relaxed)
    defer { Interrupt.requested.store(false, ordering: .relaxed) }
    #expect(throws: Value.WalkStop.interrupted) { try value.provenance() }
  }

  static let dup = "fn dup(x, n) = if n == 0 then x else dup([x, x], n - 1)\n"

  /// `dup(1, 24)` holds 16 million numbers: comparing or adding to it runs for minutes, and
  /// Ctrl-C was not looked at inside `==` at all.
  @Test(arguments: ["dup(1, 24) == dup(1, 24)", "dup(1, 24) + 1", "-dup(1, 24)", "dup(1, 24) in %", "why dup(1, 24)"])
  func ctrlCStopsAWalkOfAHugeListAtOnce(entry: String) {
    let (shown, seconds) = timedWithCtrlC(after: 0.3) { outcomes(ValueWalkLimitsTests.dup + entry + "\n1 + 1") }
    let second = shown.dropFirst().first ?? ""
    #expect(second == "error: interrupted", "\(entry): \(second.prefix(80))")
    #expect(shown.last == "2")
    #expect(seconds < 3, "\(entry) took \(seconds) s to stop")
  }
}

/// Runs `work` on a large stack and plays Ctrl-C after `delay` seconds; the result and the
/// seconds it took. The flag is global, so a test that uses this stops only what runs then.
func timedWithCtrlC<Result: Sendable>(after delay: Double, _ work: @escaping @Sendable () -> Result) -> (Result, Double) {
  let start = Date()
  Thread.detachNewThread {
    Thread.sleep(forTimeInterval: delay)
    Interrupt.requested.store(true, ordering: .relaxed)
  }
  let result = onLargeStack(work)
  return (result, Date().timeIntervalSince(start))
}

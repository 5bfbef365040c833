import Foundation
import Testing

@testable import TapeCore

/// An outcome as one line of text: a result's display, `name = display` for a binding, the
/// declaration's signature, or `error: message`.
func describe(_ outcome: Outcome) -> String {
  switch outcome {
  case .value(let value, _): value.display
  case .binding(let name, let value, _): "\(name) = \(value.display)"
  case .declaration(let text, _): text
  case .report(let text, _): text
  case .error(let diagnostic): "error: \(diagnostic.message)"
  }
}

/// Every outcome of `source`, run in a fresh session, as text.
func outcomes(_ source: String, natives: [NativeFunction] = []) -> [String] {
  var interpreter = Interpreter(natives: natives)
  return interpreter.run(source).map(describe)
}

/// What the last statement of `source` shows, run in a fresh session; earlier statements set
/// things up. An error anywhere shows as `error: message`, so a broken setup cannot pass.
func result(_ source: String, natives: [NativeFunction] = []) -> String {
  let all = outcomes(source, natives: natives)
  return all.first { $0.hasPrefix("error: ") } ?? all.last ?? "(nothing)"
}

/// The value of the last statement of `source`, for tests that inspect a value rather than its
/// display. Records an issue and returns nil when the source does not end in a value.
func value(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> Value? {
  var interpreter = Interpreter()
  let all = interpreter.run(source)
  for outcome in all {
    if case .error(let diagnostic) = outcome {
      Issue.record("\(source) failed: \(diagnostic.message)", sourceLocation: sourceLocation)
      return nil
    }
  }
  switch all.last {
  case .value(let value, _), .binding(_, let value, _): return value
  default:
    Issue.record("\(source) did not produce a value", sourceLocation: sourceLocation)
    return nil
  }
}

/// The first diagnostic `source` reports, run in a fresh session.
func firstDiagnostic(_ source: String, natives: [NativeFunction] = []) -> Diagnostic? {
  var interpreter = Interpreter(natives: natives)
  for outcome in interpreter.run(source) {
    if case .error(let diagnostic) = outcome { return diagnostic }
  }
  return nil
}

/// The magnitude of a quantity result, or nil when the result is not a quantity.
func magnitude(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> Double? {
  guard case .quantity(let quantity)? = value(source, sourceLocation: sourceLocation) else { return nil }
  return quantity.value
}

/// Runs `work` on a thread with a stack as large as the `tape` command gives the interpreter, for
/// tests of deep recursion, whose outcome must not depend on the test runner's small threads.
func onLargeStack<Result: Sendable>(_ work: @escaping @Sendable () -> Result) -> Result {
  let box = ResultBox<Result>()
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    box.value = work()
    done.signal()
  }
  thread.stackSize = 512 << 20
  thread.start()
  done.wait()
  guard let value = box.value else { preconditionFailure("the worker thread always stores a result") }
  return value
}

/// Written once by the worker before the semaphore is signalled and read once after, so the
/// accesses never overlap.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
  var value: Value?
}

/// A native function for tests that need one in the environment: `twice(x)` doubles a quantity.
let twice = NativeFunction(name: "twice", arity: 1...1, signature: "twice(x)") { arguments, call throws(EvalError) in
  guard case .quantity(var quantity) = arguments[0] else {
    throw EvalError.unexpectedKind(expected: .number, found: arguments[0].kind, at: call.argumentSpan(0))
  }
  quantity.value *= 2
  return .quantity(quantity)
}

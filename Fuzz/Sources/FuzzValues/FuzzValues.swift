import FuzzSupport
import TapeCore
import TapeLibrary

/// Values built by functions: deep and wide lists and records made by recursion, then compared,
/// combined element-wise, shown and encoded as JSON. The fuzzed bytes are Tape that calls the
/// builders below (`dup(1, 30) == dup(1, 30)`, `deep([1], 5000) + 1`, `len(wide(7, 20))`), so
/// mutations reach sizes a random string seldom would. A crash (a stack overflow in a walk that
/// lacks the nesting limit) or an input Ctrl-C cannot stop (libFuzzer's `-timeout`) is a finding.
let builders = """
  fn dup(x, n) = if n <= 0 then x else dup([x, x], n - 1)
  fn deep(x, n) = if n <= 0 then x else deep([x], n - 1)
  fn nest(x, n) = if n <= 0 then x else nest({a: x, b: n}, n - 1)
  fn wide(x, n) = if n <= 0 then [x] else wide(x, n - 1) + wide(x, n - 1)
  """

let session: Interpreter = {
  var interpreter = Interpreter.standard()
  _ = interpreter.run(builders, name: "<builders>")
  return interpreter
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValues(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = FuzzInput.text(bytes, count)
  Watchdog.run {
    var interpreter = session
    interpreter.run(text, name: "<fuzz>") { outcome, sources in
      if case .error(let diagnostic) = outcome {
        _ = DiagnosticRenderer.rendered(diagnostic, in: sources, style: .plain)
      } else {
        _ = OutcomeText.result(outcome)
      }
    }
  }
  return 0
}

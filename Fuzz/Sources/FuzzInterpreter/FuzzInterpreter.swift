import FuzzSupport
import TapeCore
import TapeLibrary

/// Loaded once: every input starts from a copy, so no input sees another's names.
let standardSession = Interpreter.standard()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterpreter(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = FuzzInput.text(bytes, count)
  Watchdog.run {
    _ = InputCompleteness.isIncomplete(text)
    var interpreter = standardSession
    interpreter.run(text, name: "<fuzz>") { outcome, sources in
      if case .error(let diagnostic) = outcome {
        _ = DiagnosticRenderer.rendered(diagnostic, in: sources, style: .plain)
        _ = DiagnosticRenderer.rendered(diagnostic, in: sources, style: .ansi)
      } else {
        _ = OutcomeText.result(outcome)
      }
    }
  }
  return 0
}

import Foundation
import FuzzSupport
import TapeCore
import TapeLibrary

let standardSession = Interpreter.standard()

/// One file per fuzzing process, rewritten for every input: `load` reads a path, as users call it.
let csvPath = FileManager.default.temporaryDirectory.appendingPathComponent("tape-fuzz-\(getpid()).csv").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVLoad(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
  guard FileManager.default.createFile(atPath: csvPath, contents: data) else { return 0 }
  Watchdog.run {
    var interpreter = standardSession
    // Loading, then uses of the table or list that read every cell.
    let program = "t = load(\"\(csvPath)\")\nt\nlen(t)\n"
    interpreter.run(program, name: "<fuzz>") { outcome, sources in
      if case .error(let diagnostic) = outcome {
        _ = DiagnosticRenderer.rendered(diagnostic, in: sources, style: .plain)
      } else {
        _ = OutcomeText.result(outcome)
      }
    }
  }
  return 0
}

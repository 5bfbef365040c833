import FuzzSupport
import TapeCore
import TapeLibrary
import TapeNotebook

let standardSession = Interpreter.standard()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionParser(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = FuzzInput.text(bytes, count)
  guard let session = try? SessionParser.parse(text, file: "fuzz.session") else { return 0 }
  // What parses must print back, replay, verify and export, as `tape check` and `export` do.
  _ = SessionPrinter.printed(session)
  Watchdog.run {
    var interpreter = standardSession
    let replay = Replayer.replay(session, interpreter: &interpreter)
    _ = Verifier.verify(recorded: session, replay: replay, file: "fuzz.session")
    var exporting = standardSession
    _ = Exporter.exported(session, file: "fuzz.session", format: .html, interpreter: &exporting)
  }
  return 0
}

import FuzzSupport
import TapeREPL

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipe(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = FuzzInput.text(bytes, count)
  // The first byte picks the output, so both text and JSON are fuzzed.
  let isJSON = (bytes.map { $0.pointee } ?? 0) & 1 == 1
  var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
  Watchdog.run {
    var session = BatchSession(isJSON: isJSON)
    session.runLines({ lines.popFirst() }, output: { _ in }, errors: { _ in })
  }
  return 0
}

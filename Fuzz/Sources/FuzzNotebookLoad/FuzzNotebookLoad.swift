import Foundation
import FuzzSupport
import TapeCore
import TapeNotebook
import TapeREPL

/// Arbitrary bytes as a downloaded notebook, loaded the two ways a user loads one: `:load` in the
/// REPL and `tape run` / `tape check` (a replay and a verification). Whatever the bytes hold (REPL
/// commands such as `:save`, `:load` of itself, `quit`, `:clear`; escape sequences in prose,
/// strings and outputs), the target stops (by a crash that libFuzzer reports) when
///   - a file is written or removed anywhere under the working folder (which is also `HOME`), or
///   - a control character a terminal acts on reaches the text Tape would print, or
///   - the REPL is asked to clear the screen or quit.
let folder: String = {
  let path = FileManager.default.currentDirectoryPath
  setenv("HOME", path, 1)
  return path
}()
let notebookPath = folder + "/fuzz.session"

/// Every file under the folder with its size and modification time.
func snapshot() -> [String: String] {
  var files: [String: String] = [:]
  let enumerator = FileManager.default.enumerator(atPath: folder)
  while let name = enumerator?.nextObject() as? String {
    let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
    files[name] = "\(attributes?[.size] ?? 0) \((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
  }
  return files
}

/// Whether the text holds a byte or scalar a terminal would obey: C0 but newline and tab, DEL,
/// C1, and the bidirectional overrides and isolates.
func holdsTerminalControl(_ text: String) -> Bool {
  text.unicodeScalars.contains { $0.isTerminalControl }
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition {
    FileHandle.standardError.write(Data("FuzzNotebookLoad: \(message())\n".utf8))
    abort()
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebookLoad(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let bytes else { return 0 }
  _ = FileManager.default.createFile(atPath: notebookPath, contents: Data(bytes: bytes, count: count))
  let before = snapshot()
  Watchdog.run {
    var session = REPLSession()
    for output in session.handle(":load \(notebookPath)") {
      switch output {
      case .result(let text), .error(let text), .text(let text):
        require(!holdsTerminalControl(text), "a control character reached the REPL's output: \(text.debugDescription)")
      case .clearScreen, .clipboard, .quit:
        require(false, "the notebook carried out a REPL command: \(output)")
      }
    }
  }
  Watchdog.run {
    var printed = ""
    _ = NotebookCommands.run(files: [notebookPath], update: false, output: { printed += $0 }, errors: { printed += $0 })
    _ = NotebookCommands.check(files: [notebookPath], output: { printed += $0 }, errors: { printed += $0 })
    require(!holdsTerminalControl(printed), "a control character reached `tape run` or `tape check`: \(printed.debugDescription)")
  }
  require(snapshot() == before, "a file was written: \(snapshot()) against \(before)")
  return 0
}

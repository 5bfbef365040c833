import Foundation
import Testing
import TapeCore
import TapeNotebook
@testable import TapeREPL

/// `:load` of a downloaded notebook runs only Tape; `:save` keeps what worked.
struct NotebookLoadAndSaveTests {
  let directory: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tape-load-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func write(_ text: String, _ name: String) throws -> String {
    let path = directory + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func loadingANotebookNeverCarriesOutItsCommands() throws {
    let target = directory + "/bashrc"
    try "echo safe\n".write(toFile: target, atomically: true, encoding: .utf8)
    let notebook = try write(
      "> a = 1\n> :save \(target)\n> :clear\n> :load \(directory)/evil.session\n> quit\n> help\n> a + 1\n", "evil.session")
    var session = REPLSession()
    let outputs = session.handle(":load \(notebook)")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "echo safe\n", "`:save` wrote nothing")
    #expect(!outputs.contains(.quit) && !outputs.contains(.clearScreen))
    #expect(outputs.last == .result("2"), "the entries after the commands ran")
    let refusals = outputs.compactMap { if case .error(let text) = $0 { text } else { nil } }
    #expect(refusals.count == 5)
    #expect(refusals.first?.hasPrefix("evil.session:2:1: error: `:save` is a REPL command") == true)
    #expect(refusals.allSatisfy { $0.contains("a notebook runs only Tape expressions") })
  }

  @Test func saveLeavesOutEntriesThatFailedAndSaysWhich() throws {
    var session = REPLSession()
    for entry in ["price = $118.42/share", "$5 + 3 shares", "pric * 2", "price * 2", "1/0  # expect error", "b = 2; 1/0"] {
      _ = session.handle(entry)
    }
    let path = directory + "/saved.session"
    let outputs = session.save(to: path)
    guard case .text(let message)? = outputs.first else {
      Issue.record("no message: \(outputs)")
      return
    }
    #expect(outputs.count == 1, "no warning: the saved notebook replays cleanly")
    #expect(message.hasPrefix("saved 4 entries to \(path); left out 2 entries that failed (`$5 + 3 shares`, `pric * 2`)"))
    #expect(message.contains("marked 1 entry that failed in part `# expect error` (`b = 2; 1/0`)"))
    let saved = try SessionParser.parse(String(contentsOfFile: path, encoding: .utf8), file: path)
    #expect(saved.entries.map(\.source) == ["price = $118.42/share", "price * 2", "1/0  # expect error", "b = 2; 1/0  # expect error"])
    var interpreter = NotebookCommands.freshInterpreter()
    let replay = Replayer.replay(saved, interpreter: &interpreter)
    #expect(Verifier.verify(recorded: saved, replay: replay, file: path).passed)
  }

  @Test func anInterruptedEntryIsLeftOutSoTheReplayCannotHang() {
    var status = EntryStatus()
    var interruption = Diagnostic("interrupted", at: Span(source: SourceID(0), start: 0, end: 1))
    interruption.isInterruption = true
    status.note(.error(interruption))
    let entry = SessionFile.Block.entry(.init(input: ["fib(45)"], output: [], line: 0))
    let plan = SavePlan(transcript: [.prose("t"), entry], statuses: [1: status])
    #expect(plan.blocks == [.prose("t")])
    #expect(plan.summary.contains("left out 1 entry stopped by Ctrl-C (`fib(45)`)"))
  }
}

import Foundation
import Testing

/// Ctrl-C (SIGINT sent to the child, as a terminal sends it to its foreground process) stops
/// `tape check`, `tape export` and `tape run` at once, whatever phase they are in: the
/// commands keep the default action, so the process ends on the signal. Started by Foundation's
/// `Process` the signal arrived blocked, and a notebook ran 70 s past it (LargeStack unblocks it).
@Suite(.serialized) struct InterruptCommandTests {
  /// A notebook of `count` entries whose recorded outputs all differ: replaying it, then the
  /// diff of every output (Myers' diff, with as many differences as lines) takes seconds.
  static func slowNotebook(entries count: Int) throws -> URL {
    let folder = ScratchFolder.make("interrupt")
    let notebook = folder.appendingPathComponent("slow.session")
    var text = "> fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2)\n"
    for index in 0..<count { text += "> fib(18) + \(index)\n0\n" }
    try text.write(to: notebook, atomically: true, encoding: .utf8)
    return notebook
  }

  @Test(arguments: [["check"], ["export", "--format", "html"], ["run"]])
  func sigintStopsACommandAtOnce(_ command: [String]) throws {
    let notebook = try Self.slowNotebook(entries: 3_000)
    let process = Process()
    process.executableURL = TapeCommandTests.executable
    process.arguments = command + [notebook.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    usleep(700_000)
    #expect(process.isRunning, "\(command) ended before the signal: make the notebook slower")
    let sent = Date()
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(sent)
    #expect(seconds < 1, "\(command) ran \(seconds) s past Ctrl-C")
    #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
  }
}

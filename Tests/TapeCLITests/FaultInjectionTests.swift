import Foundation
import Testing
@testable import TapeREPL

/// Faults injected as SQLite's tests inject them: a full disk, a closed standard output, standard
/// input that is a folder, notebooks that are folders, FIFOs or devices, an unset or relative
/// state folder. Each must end in a clear error and a non-zero exit, never a silent success.
struct FaultInjectionTests {
  func folder(_ name: String) throws -> URL { ScratchFolder.make(name) }

  /// Runs `tape` through the shell, so standard output can be closed or sent to /dev/full.
  func shell(_ command: String, in directory: URL? = nil) throws -> (status: Int32, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["TAPE"] = TapeCommandTests.executable.path
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(arguments: [
    #""$TAPE" -e 1 > /dev/full"#, #""$TAPE" -e 1 >&-"#, #"echo '1 + 1' | "$TAPE" > /dev/full"#,
    #""$TAPE" run "$NOTEBOOK" > /dev/full"#, #""$TAPE" export --format html "$NOTEBOOK" > /dev/full"#,
  ])
  func aFailedWriteToStandardOutputIsAnError(_ command: String) throws {
    let directory = try folder("stdout")
    let notebook = directory.appendingPathComponent("n.session").path
    try "> 1 + 1\n2\n".write(toFile: notebook, atomically: true, encoding: .utf8)
    let run = try shell("export NOTEBOOK='\(notebook)'; " + command)
    #expect(run.status == 1, "\(command)")
    #expect(run.errors.hasPrefix("error: cannot write to standard output: "), "\(run.errors)")
  }

  @Test func standardInputThatIsAFolderIsAnError() throws {
    let run = try shell(#""$TAPE" < /tmp"#)
    #expect(run.status == 1)
    #expect(run.errors.hasPrefix("error: cannot read standard input: it is a folder"))
  }

  @Test(arguments: ["check", "run", "export --format md", "lesson"])
  func aNotebookThatIsAFolderAFIFOOrADeviceIsRefusedAtOnce(_ command: String) throws {
    let directory = try folder("kinds")
    let fifo = directory.appendingPathComponent("fifo.session").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for (path, reason) in [
      (directory.path, "it is a folder"), (fifo, "it is not a regular file"), ("/dev/zero", "it is not a regular file"),
    ] {
      let run = try shell(#""$TAPE" "# + command + " '\(path)'")
      #expect(run.status == 1, "\(command) \(path)")
      #expect(run.errors.contains("error: cannot read \(path): \(reason)"), "\(command) \(path): \(run.errors)")
    }
  }

  @Test func aFullDiskWhenSavingLeavesTheNotebookAsItWas() throws {
    guard getuid() == 0 else { return }  // mounting a small tmpfs needs root, as CI has
    let mountPoint = try folder("tmpfs")
    guard try shell("mount -t tmpfs -o size=16k tmpfs '\(mountPoint.path)'").status == 0 else { return }
    defer { _ = try? shell("umount '\(mountPoint.path)'") }
    let notebook = mountPoint.appendingPathComponent("n.session").path
    let text = "> 1 + 1\n" + String(repeating: "> \"" + String(repeating: "x", count: 200) + "\"\n", count: 30)
    try text.write(toFile: notebook, atomically: false, encoding: .utf8)
    let update = try shell(#""$TAPE" run --update '"# + notebook + "'")
    #expect(update.status == 1)
    #expect(update.errors.contains("No space left on device"), "\(update.errors)")
    #expect(try String(contentsOfFile: notebook, encoding: .utf8) == text, "the old notebook is intact")
    let export = try shell(#""$TAPE" export --format html -o '"# + mountPoint.path + #"/n.html' '"# + notebook + "'")
    #expect(export.status == 1)
    #expect(export.errors.contains("No space left on device"))
  }

  @Test func aRelativeStateFolderIsIgnoredAsTheXDGSpecSays() {
    #expect(HistoryFile.standardPath(environment: ["XDG_STATE_HOME": "relstate", "HOME": "/home/a"]) == "/home/a/.local/state/tape/history")
    #expect(HistoryFile.standardPath(environment: ["XDG_STATE_HOME": "relstate"]) == nil)
    #expect(HistoryFile.standardPath(environment: ["HOME": "relative"]) == nil)
  }

  @Test func withoutAStateFolderTheREPLSaysEntriesAreNotJournaled() {
    let loop = InteractiveLoop(usesColor: false, historyFile: nil, journalDirectory: nil)
    #expect(loop.journalProblem?.contains("neither HOME nor XDG_STATE_HOME is set") == true)
  }

  @Test func helpInJSONModeIsAJSONLine() throws {
    let run = try TapeCommandTests().tape(["--json", "-e", "help round"])
    #expect(run.output.hasPrefix("{\"help\": \"round"))
    #expect(run.output.split(separator: "\n").count == 1)
  }
}

import Foundation
import Testing

/// `tape check`, `tape run --update`, `tape export` and `tape --recover` end to end.
struct NotebookCommandTests: WritesScratchFiles {
  let directory = ScratchFolder.make("notebooks")

  @Test func updateThenCheckPassesAndAnEditedOutputFailsWithADiff() throws {
    let path = try write("# The drop\n> (118.42 - 142.62) / 142.62 in %\n> $5 + 3 shares  # expect error\n", "drop.session")
    let update = try TapeCommandTests().tape(["run", "--update", path])
    #expect(update.status == 0)
    let updated = try String(contentsOfFile: path, encoding: .utf8)
    #expect(updated.contains("> (118.42 - 142.62) / 142.62 in %\n-16.97%\n"))
    #expect(updated.contains("<notebook>:4:4: error: cannot add `USD` and `shares`"))
    #expect(try TapeCommandTests().tape(["check", path]).status == 0)

    try updated.replacingOccurrences(of: "-16.97%", with: "-16.98%").write(toFile: path, atomically: true, encoding: .utf8)
    let check = try TapeCommandTests().tape(["check", path])
    #expect(check.status == 1)
    #expect(check.output.contains("FAIL  \(path): 1 output differs"))
    #expect(check.output.contains("@@ -1,"))
    #expect(check.output.contains("\n--16.98%\n+-16.97%\n"))
  }

  @Test func updateRefusesAFileThatIsNotUTF8AndLeavesItAlone() throws {
    let path = directory.appendingPathComponent("latin1.session").path
    let bytes = Data("# ok\n# caf".utf8) + Data([0xE9]) + Data("\n> 1 + 1\n".utf8)
    try bytes.write(to: URL(fileURLWithPath: path))
    let update = try TapeCommandTests().tape(["run", "--update", path])
    #expect(update.status == 1)
    #expect(update.errors.hasPrefix("\(path):2:1: error: this line is not valid UTF-8"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "the file is untouched")
  }

  /// Foundation's path splitting crashed on a file name of one character.
  @Test func updateRewritesAFileWithAOneCharacterName() throws {
    _ = try write("> 1 + 1\n", "a")
    let update = try TapeCommandTests().tape(["run", "--update", "a"], in: directory)
    #expect(update.status == 0)
    #expect(try String(contentsOfFile: directory.appendingPathComponent("a").path, encoding: .utf8) == "> 1 + 1\n2\n")
  }

  @Test func aMalformedNotebookIsRefusedWithItsLine() throws {
    let path = try write("# ok\nstray\n> 1\n", "bad.session")
    let check = try TapeCommandTests().tape(["check", path])
    #expect(check.status == 1)
    #expect(check.errors.hasPrefix("\(path):2:1: error: text outside an entry"))
  }

  @Test func exportToHTMLIsOneStandaloneFile() throws {
    let path = try write("# Drop\n> 118.42 - 142.62\n", "drop.session")
    let html = directory.appendingPathComponent("drop.html").path
    let run = try TapeCommandTests().tape(["export", path, "--format", "html", "--output", html])
    #expect(run.status == 0)
    let text = try String(contentsOfFile: html, encoding: .utf8)
    #expect(text.contains("<h1>Drop</h1>") && text.contains("-24.2") && !text.contains("<script"))
  }

  @Test func recoverRestoresAJournalAsANotebook() throws {
    let state = directory.appendingPathComponent("state")
    let journals = state.appendingPathComponent("tape/journals")
    try FileManager.default.createDirectory(at: journals, withIntermediateDirectories: true)
    try "# Tape session journal\n> a = $142.62/share\n> a * 2\n".write(
      to: journals.appendingPathComponent("2026-01-01T00-00-00Z-1.session"), atomically: true, encoding: .utf8)
    let environment = ["XDG_STATE_HOME": state.path]
    let list = try TapeCommandTests().tape(["--recover"], environment: environment)
    #expect(list.status == 0)
    #expect(list.output.contains("1  2026-01-01T00-00-00Z-1.session  (2 entries; last: a * 2)"))
    let target = directory.appendingPathComponent("back.session").path
    let restore = try TapeCommandTests().tape(["--recover", "--pick", "1", "--to", target], environment: environment)
    #expect(restore.status == 0)
    let restored = try String(contentsOfFile: target, encoding: .utf8)
    #expect(restored.contains("> a = $142.62/share\n> a * 2\n"))
    #expect(try TapeCommandTests().tape(["run", "--update", target]).status == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("> a * 2\n$285.24/share\n"))
  }
}

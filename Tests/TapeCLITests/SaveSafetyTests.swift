import Foundation
import Testing

/// The commands that write files change only what they were asked to: `tape run --update` keeps
/// a notebook's mode and its links, `tape export` never writes over the notebook it reads, and
/// `tape --recover` never writes over anything.
struct SaveSafetyTests: WritesScratchFiles {
  let directory = ScratchFolder.make("saves")

  func mode(_ path: String) -> mode_t {
    var status = stat()
    _ = lstat(path, &status)
    return status.st_mode & 0o7777
  }

  @Test func updateKeepsAPrivateNotebookPrivate() throws {
    let path = try write("> 118.42 - 142.62\n", "private.session")
    #expect(chmod(path, 0o600) == 0)
    let update = try TapeCommandTests().tape(["run", "--update", path])
    #expect(update.status == 0, "\(update.errors)")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "> 118.42 - 142.62\n-24.2\n")
    #expect(mode(path) == 0o600)
  }

  @Test func updateThroughALinkRewritesTheTargetAndKeepsTheLink() throws {
    let target = try write("> 1 + 1\n", "real.session")
    let link = directory.appendingPathComponent("link.session").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.session")
    let update = try TapeCommandTests().tape(["run", "--update", link])
    #expect(update.status == 0, "\(update.errors)")
    #expect(update.errors == "\(link): updated 1 output\n")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.session")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "> 1 + 1\n2\n")
  }

  /// The same file under three spellings: as given, through a link, and with `./`.
  @Test(arguments: ["a.session", "link.session", "./a.session"])
  func exportRefusesToWriteOverItsOwnNotebook(destination: String) throws {
    let original = "# Drop\n> 118.42 - 142.62\n-24.2\n"
    let path = try write(original, "a.session")
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("link.session").path, withDestinationPath: "a.session")
    let export = try TapeCommandTests().tape(["export", "a.session", "--format", "html", "-o", destination], in: directory)
    #expect(export.status == 1)
    #expect(
      export.errors == "error: refusing to write the export over its own notebook a.session\n"
        + "  = help: the notebook is left as it is; write the export beside it, as in `-o a.html`\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("link.session").path) == "a.session")
  }

  @Test func exportBesideTheNotebookStillWorks() throws {
    _ = try write("# Drop\n> 118.42 - 142.62\n", "a.session")
    let export = try TapeCommandTests().tape(["export", "a.session", "--format", "md", "-o", "a.md"], in: directory)
    #expect(export.status == 0, "\(export.errors)")
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("a.md").path))
  }

  /// A state folder holding one journal, for `tape --recover`.
  func stateWithAJournal() throws -> [String: String] {
    let state = directory.appendingPathComponent("state")
    let journals = state.appendingPathComponent("tape/journals")
    try FileManager.default.createDirectory(at: journals, withIntermediateDirectories: true)
    try "# Tape session journal\n> a = $142.62/share\n".write(
      to: journals.appendingPathComponent("2026-01-01T00-00-00Z-1.session"), atomically: true, encoding: .utf8)
    return ["XDG_STATE_HOME": state.path, "HOME": directory.path]
  }

  @Test func recoverRefusesAnExistingDestinationAndSuggestsAFreeName() throws {
    let environment = try stateWithAJournal()
    _ = try write("keep me\n", "important.txt")
    _ = try write("keep me too\n", "important-2.txt")
    let restore = try TapeCommandTests().tape(
      ["--recover", "--pick", "1", "--to", "important.txt"], environment: environment, in: directory)
    #expect(restore.status == 1)
    #expect(
      restore.errors == "error: important.txt already exists, and `--recover` never writes over a file\n"
        + "  = help: it is left as it is; restore to a new name, as in `tape --recover --pick 1 --to important-3.txt`\n")
    #expect(try String(contentsOfFile: directory.appendingPathComponent("important.txt").path, encoding: .utf8) == "keep me\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["important-2.txt", "important.txt", "state"])
  }

  @Test func recoverWithoutADestinationTakesTheFirstFreeName() throws {
    let environment = try stateWithAJournal()
    _ = try write("keep me\n", "recovered.session")
    let restore = try TapeCommandTests().tape(["--recover", "--pick", "1"], environment: environment, in: directory)
    #expect(restore.status == 0, "\(restore.errors)")
    #expect(restore.output.hasPrefix("restored 1 entries from 2026-01-01T00-00-00Z-1.session to recovered-2.session\n"))
    #expect(try String(contentsOfFile: directory.appendingPathComponent("recovered.session").path, encoding: .utf8) == "keep me\n")
    let restored = try String(contentsOfFile: directory.appendingPathComponent("recovered-2.session").path, encoding: .utf8)
    #expect(restored.contains("> a = $142.62/share\n"))
  }
}

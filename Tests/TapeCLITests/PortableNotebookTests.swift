import Foundation
import Testing

/// Notebooks that travel: a copy under another name, in another folder, checked from a third
/// working folder; notebooks from Windows editors; `tape run` and `tape check` failing on errors
/// nobody marked.
struct PortableNotebookTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func temporaryFolder(_ name: String) throws -> URL { ScratchFolder.make(name) }

  @Test func aCopiedRenamedAndMovedNotebookPassesFromAnyFolder() throws {
    let original = Self.repository.appendingPathComponent("sessions/deepseek-shock.session")
    let elsewhere = try temporaryFolder("elsewhere")
    let copy = elsewhere.appendingPathComponent("copy of the shock.session")
    try FileManager.default.copyItem(at: original, to: copy)
    let third = try temporaryFolder("third")
    let check = try TapeCommandTests().tape(["check", copy.path], in: third)
    #expect(check.status == 0, "\(check.output)\(check.errors)")
    #expect(check.output.hasPrefix("ok    \(copy.path)"))
  }

  @Test func aRenamedNotebookWithARecordedErrorStillPasses() throws {
    let folder = try temporaryFolder("renamed")
    let first = folder.appendingPathComponent("shock.session")
    try "> $5 + 3 shares  # expect error\n".write(to: first, atomically: true, encoding: .utf8)
    #expect(try TapeCommandTests().tape(["run", "--update", first.path]).status == 0)
    let second = folder.appendingPathComponent("copy.session")
    try FileManager.default.copyItem(at: first, to: second)
    let check = try TapeCommandTests().tape(["check", second.path])
    #expect(check.status == 0, "\(check.output)")
  }

  /// The tester's reproduction: `ok (0 entries)` and exit 0 for a wrong record.
  @Test func aCRLFNotebookIsCheckedEntryByEntryAndUpdatedWithItsLineEnds() throws {
    let folder = try temporaryFolder("crlf")
    let path = folder.appendingPathComponent("w.session").path
    try Data("# n\r\n> a = 1\r\na = 999\r\n".utf8).write(to: URL(fileURLWithPath: path))
    let check = try TapeCommandTests().tape(["check", path])
    #expect(check.status == 1)
    #expect(check.output.contains("1 output differs"))
    #expect(try TapeCommandTests().tape(["run", "--update", path]).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("# n\r\n> a = 1\r\na = 1\r\n".utf8))
  }

  @Test func aNotebookWithAByteOrderMarkIsRead() throws {
    let folder = try temporaryFolder("bom")
    let path = folder.appendingPathComponent("b.session").path
    try Data([0xEF, 0xBB, 0xBF] + Array("# t\n> 1 + 1\n2\n".utf8)).write(to: URL(fileURLWithPath: path))
    let check = try TapeCommandTests().tape(["check", path])
    #expect(check.status == 0, "\(check.errors)")
  }

  @Test func aUTF16NotebookIsRefusedAndLeftAsItIs() throws {
    let folder = try temporaryFolder("utf16")
    let path = folder.appendingPathComponent("u.session").path
    let bytes = Data([0xFF, 0xFE] + Array("> 1\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try bytes.write(to: URL(fileURLWithPath: path))
    let update = try TapeCommandTests().tape(["run", "--update", path])
    #expect(update.status == 1)
    #expect(update.errors.hasPrefix("\(path):1:1: error: the file is UTF-16"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
  }

  @Test func runAndCheckFailOnAnUnmarkedErrorAndNameIt() throws {
    let folder = try temporaryFolder("unmarked")
    let path = folder.appendingPathComponent("m.session").path
    try "# t\n> 1 + 1\n> pric * 2\n".write(toFile: path, atomically: true, encoding: .utf8)
    let run = try TapeCommandTests().tape(["run", path])
    #expect(run.status == 1)
    #expect(run.errors == "\(path):4: `pric * 2` failed, and is not marked `# expect error`\n")
    let update = try TapeCommandTests().tape(["run", "--update", path])
    #expect(update.status == 1, "the outputs are recorded, and the failure still reported")
    let check = try TapeCommandTests().tape(["check", path])
    #expect(check.status == 1)
    #expect(check.output.hasPrefix("FAIL  \(path): 1 entry failed unexpectedly\nline 4: `pric * 2` failed"))
  }

  @Test func aNotebookCommandLineIsNeitherRunNorWritten() throws {
    let folder = try temporaryFolder("commands")
    let target = folder.appendingPathComponent("bashrc").path
    try "echo safe\n".write(toFile: target, atomically: true, encoding: .utf8)
    let path = folder.appendingPathComponent("evil.session").path
    try "> :save \(target)\n> quit\n> 1 + 1\n".write(toFile: path, atomically: true, encoding: .utf8)
    let run = try TapeCommandTests().tape(["run", path])
    #expect(run.status == 1)
    #expect(run.output.contains("<notebook>:1:1: error: `:save` is a REPL command; a notebook runs only Tape expressions"))
    #expect(run.output.hasSuffix("> 1 + 1\n2\n"), "the replay went on past `quit`")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "echo safe\n")
  }

  @Test func aNotebookWithItsDataPassesAfterTheFolderMovesAndSaysWhenTheDataChanged() throws {
    let parent = try temporaryFolder("moving")
    let folder = parent.appendingPathComponent("analysis")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "date,close\n2025-01-24,142.62\n2025-01-27,118.42\n".write(
      to: folder.appendingPathComponent("prices.csv"), atomically: true, encoding: .utf8)
    let notebook = folder.appendingPathComponent("port.session")
    try "> p = load(\"prices.csv\")\n> why p.close[2025-01-27]\n".write(to: notebook, atomically: true, encoding: .utf8)
    #expect(try TapeCommandTests().tape(["run", "--update", notebook.path], in: parent).status == 0)
    let recorded = try String(contentsOf: notebook, encoding: .utf8)
    #expect(recorded.contains("\n@ data prices.csv (47 bytes, sha256 5624f0670bbff76532774201ba5951e65bbec31e428d8bd9f06d273750be2966)\n"))
    #expect(!recorded.contains(parent.path), "no author's path is recorded")

    let moved = parent.appendingPathComponent("moved")
    try FileManager.default.moveItem(at: folder, to: moved)
    let third = try temporaryFolder("third")
    let path = moved.appendingPathComponent("port.session").path
    let check = try TapeCommandTests().tape(["check", path], in: third)
    #expect(check.status == 0, "\(check.output)")

    try "date,close\n2025-01-24,142.62\n2025-01-27,118.58\n".write(
      to: moved.appendingPathComponent("prices.csv"), atomically: true, encoding: .utf8)
    let changed = try TapeCommandTests().tape(["check", path], in: third)
    #expect(changed.status == 1)
    #expect(changed.output.hasPrefix("FAIL  \(path): 2 outputs differ, data changed\ndata changed: prices.csv\n  recorded 47 bytes"))
  }

  @Test func aNotebookReadsOnlyInsideItsFolderUnlessAllowed() throws {
    let folder = try temporaryFolder("confined")
    let outside = try temporaryFolder("outside")
    let secret = outside.appendingPathComponent("secret.csv")
    try "name,value\nkey,42\n".write(to: secret, atomically: true, encoding: .utf8)
    let notebook = folder.appendingPathComponent("steal.session").path
    try "> load(\"\(secret.path)\")\n> load(\"../\(outside.lastPathComponent)/secret.csv\")\n".write(
      toFile: notebook, atomically: true, encoding: .utf8)
    let export = try TapeCommandTests().tape(["export", "--format", "html", notebook])
    #expect(!export.output.contains("key"), "the secret is not in the export")
    #expect(export.output.contains("only files inside the notebook&#39;s folder may be read") || export.output.contains("only files inside the notebook's folder may be read"))
    let run = try TapeCommandTests().tape(["run", notebook])
    #expect(run.status == 1)
    #expect(run.output.components(separatedBy: "only files inside the notebook's folder may be read").count == 3)
    #expect(run.output.contains("= help: allow it with `--allow-read"))
    let allowed = try TapeCommandTests().tape(["run", "--allow-read", outside.path, notebook])
    #expect(allowed.status == 0, "\(allowed.output)")
    #expect(allowed.output.contains("key"))
  }

  @Test func aLibraryReadsFromItsOwnFolderAndOnlyThere() throws {
    let folder = try temporaryFolder("library")
    try "name,value\nkey,42\n".write(to: folder.appendingPathComponent("rates.csv"), atomically: true, encoding: .utf8)
    let library = folder.appendingPathComponent("rates.tape").path
    try "rates = load(\"rates.csv\")\nsecret = load(\"/etc/hostname\")\n".write(
      toFile: library, atomically: true, encoding: .utf8)
    let third = try temporaryFolder("elsewhere")
    let run = try TapeCommandTests().tape(["--lib", library, "-e", "rates[0].value"], in: third)
    #expect(run.output == "42\n", "a relative path is read from the library's folder")
    #expect(run.errors.contains("cannot read `/etc/hostname`: only files inside the library's folder may be read"))
    #expect(run.status == 1)
  }

  /// Found by FuzzNotebookLoad: `tape run` printed a lone-CR notebook with its CRs, so on a
  /// terminal each line was drawn over the last. It prints `\n`; `--update` keeps the CRs.
  @Test func runPrintsALoneCRNotebookWithNewlines() throws {
    let folder = try temporaryFolder("lone-cr")
    let path = folder.appendingPathComponent("cr.session").path
    try Data("# a\r> 1 + 1\r".utf8).write(to: URL(fileURLWithPath: path))
    let run = try TapeCommandTests().tape(["run", path])
    #expect(run.output == "# a\n> 1 + 1\n2\n")
    #expect(try TapeCommandTests().tape(["run", "--update", path]).status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("# a\r> 1 + 1\r2\r".utf8))
  }
}

import Foundation
import Testing
import TapeREPL

/// `:save` over a notebook that exists replaces its content only: the file keeps its mode, and a
/// symbolic link to it stays a link.
struct SaveCommandTests {
  let directory: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tape-save-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func mode(_ path: String) -> mode_t {
    var status = stat()
    _ = lstat(path, &status)
    return status.st_mode & 0o7777
  }

  @Test func savingOverAPrivateNotebookKeepsItPrivate() throws {
    let path = directory + "/salaries.session"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("> 1\n1\n".utf8)))
    #expect(chmod(path, 0o600) == 0)
    var session = REPLSession()
    _ = session.handle("pay = $5000")
    #expect(session.handle(":save \(path)") == [.text("saved 1 entries to \(path)")])
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("> pay = $5000\n"))
    #expect(mode(path) == 0o600)
  }

  @Test func savingThroughALinkWritesItsTargetAndKeepsTheLink() throws {
    let target = directory + "/real.session"
    let link = directory + "/link.session"
    #expect(FileManager.default.createFile(atPath: target, contents: Data("> 1\n1\n".utf8)))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.session")
    var session = REPLSession()
    _ = session.handle("2 + 2")
    #expect(session.handle(":save \(link)") == [.text("saved 1 entries to \(link)")])
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.session")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "> 2 + 2\n4\n")
  }
}

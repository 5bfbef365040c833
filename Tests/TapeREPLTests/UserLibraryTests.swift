import Foundation
import Testing
import TapeNotebook
import TapeREPL

/// `:load FILE.tape`: a user's library of definitions joins the session, with help from its doc
/// comments, errors at the file's lines, and a `:save` that replays without the file.
struct UserLibraryTests {
  static let library = """
    # My margins.

    ## Gross margin: the share of revenue left after the cost of revenue.
    ##
    ## gross_margin = (revenue - cost) / revenue, as a percentage.
    ## >>> gross_margin($130.5B, $32.64B)
    ## 74.99%
    fn gross_margin(revenue, cost) = (revenue - cost) / revenue in %

    tax = 21%
    oops = 1 + $2

    """

  let directory: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tape-library-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  func libraryPath() throws -> String {
    let path = directory.appendingPathComponent("margins.tape").path
    try Self.library.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func definitionsJoinTheSessionAndErrorsPointAtTheFile() throws {
    let path = try libraryPath()
    var session = REPLSession()
    let outputs = session.handle(":load \(path)")
    #expect(outputs.count == 2)
    guard case .error(let error)? = outputs.first else {
      Issue.record("expected the library's error first, got \(outputs)")
      return
    }
    #expect(error.hasPrefix("\(path):11:10: error: cannot add a plain number and `USD`"))
    #expect(outputs.last == .text("loaded \(path): fn gross_margin(revenue, cost), tax (1 error)"))
    #expect(session.handle("gross_margin($130.5B, $32.64B)") == [.result("74.99%")])
    #expect(session.handle("tax") == [.result("21.00%")])
  }

  @Test func documentedFunctionsHaveHelpAndCompletion() throws {
    var session = REPLSession()
    let path = try libraryPath()
    _ = session.handle(":load \(path)")
    guard case .text(let help)? = session.handle("help gross_margin").first else {
      Issue.record("expected help")
      return
    }
    #expect(help.hasPrefix("gross_margin — Gross margin: the share of revenue left"))
    #expect(help.contains("written in Tape, \(path):8:"))
    #expect(help.contains("gross_margin($130.5B, $32.64B)"))
    #expect(session.completionContext.helpTopics.contains("gross_margin"))
  }

  @Test func aMissingOrFolderPathIsAnErrorAndTheSessionGoesOn() {
    var session = REPLSession()
    #expect(session.handle(":load /no/such/lib.tape") == [.error("error: cannot read /no/such/lib.tape: no such file\n")])
    #expect(session.handle(":load \(directory.path)/.tape") == [.error("error: cannot read \(directory.path)/.tape: no such file\n")])
    #expect(session.handle("1 + 1") == [.result("2")])
  }

  @Test func saveKeepsTheLibrarySoTheNotebookReplaysWithoutIt() throws {
    var session = REPLSession()
    _ = session.handle(":load \(try libraryPath())")
    _ = session.handle("gross_margin($130.5B, $32.64B)")
    let saved = directory.appendingPathComponent("saved.session").path
    _ = session.save(to: saved)
    let text = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(text.contains("# Definitions loaded from `"))
    #expect(text.contains("| fn gross_margin(revenue, cost) = (revenue - cost) / revenue in %\n"))
    #expect(text.contains("> gross_margin($130.5B, $32.64B)\n74.99%\n"))
  }
}

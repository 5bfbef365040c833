import Testing
@testable import TapeREPL

struct RecoveryTests {
  @Test(arguments: [
    ("important.txt", "important-2.txt"),
    ("notes/back.session", "notes/back-2.session"),
    ("notes.d/plain", "notes.d/plain-2"),
    (".hidden", ".hidden-2"),
    ("archive.tar.gz", "archive.tar-2.gz"),
  ])
  func aNumberedNameKeepsTheFolderAndTheExtension(path: String, numbered: String) {
    #expect(Recovery.numbered(path, 2) == numbered)
  }
}

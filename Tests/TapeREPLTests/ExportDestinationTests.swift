import Testing
@testable import TapeREPL

struct ExportDestinationTests {
  @Test(arguments: [
    ("a.session", "a.html"),
    ("notes/q3.session", "notes/q3.html"),
    ("notes.d/plain", "notes.d/plain.html"),
    (".hidden", ".hidden.html"),
    // The suggestion must not be the notebook itself.
    ("page.html", "page-export.html"),
  ])
  func theSuggestionSwapsTheExtensionForTheFormats(notebook: String, suggestion: String) {
    #expect(ExportDestination.suggestedName(for: notebook, format: .html) == suggestion)
  }

  @Test func aMarkdownExportIsSuggestedAsMd() {
    #expect(ExportDestination.suggestedName(for: "a.session", format: .markdown) == "a.md")
  }

  @Test func aDestinationThatIsNotThereIsFine() {
    #expect(ExportDestination.refusal(writing: "/nonexistent-folder-for-tape/a.html", over: "a.session", format: .html) == nil)
  }
}

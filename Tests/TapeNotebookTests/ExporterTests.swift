import Testing
import TapeCore
import TapeNotebook

struct ExporterTests {
  static let notebook = "# The drop\n#\n# In **dollars** per share:\n> 118.42 - 142.62\n> $5 + 3 shares\n"

  func export(_ format: Exporter.Format) throws -> String {
    let session = try SessionParser.parse(Self.notebook, file: "n.session")
    var interpreter = Interpreter()
    return Exporter.exported(session, file: "n.session", format: format, interpreter: &interpreter)
  }

  @Test func markdownHasTheTitleProseAndOneBlockPerRunOfEntries() throws {
    #expect(
      try export(.markdown)
        == "# The drop\n\nIn **dollars** per share:\n\n```\n> 118.42 - 142.62\n-24.2\n> $5 + 3 shares\n"
        + "<notebook>:6:4: error: cannot add `USD` and `shares`\n  |\n6 | $5 + 3 shares\n  | -- ^ -------- `USD` + `shares`\n```\n")
  }

  @Test func htmlIsStandaloneAndEscaped() throws {
    let html = try export(.html)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<title>The drop</title>"))
    #expect(html.contains("<h1>The drop</h1>"))
    #expect(html.contains("<strong>dollars</strong>"))
    #expect(html.contains("<pre class=\"output error\">"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.contains("<input>"), "source names must be escaped")
    #expect(html.contains("&lt;") || !html.contains("<input"))
  }
}

import Foundation
import Testing
import TapeCore
import TapeLibrary

@testable import TapeNotebook

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

  // MARK: Outputs cannot leave their place (issue 14)

  /// A CSV file whose text cell holds a line break, a line of three backticks, raw HTML, a
  /// heading, and the tester's terminal escape.
  static let hostileCSV = "name,note\nx,\"a\n```\n<img src=x onerror=alert(1)>\n# Injected heading\n\u{1B}]0;pwned\u{07}\"\n"

  func exportLoading(_ csv: String, _ format: Exporter.Format) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tape-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("cells.csv").path
    try csv.write(toFile: path, atomically: true, encoding: .utf8)
    let session = try SessionParser.parse("# Cells\n> load(\"\(path)\")\n", file: "n.session")
    var interpreter = Interpreter.standard()
    return Exporter.exported(session, file: "n.session", format: format, interpreter: &interpreter)
  }

  /// The lines of `markdown` outside fenced code blocks, read by CommonMark's rule: a fence of
  /// N backticks closes only at a line of at least N backticks and nothing else.
  static func linesOutsideCode(_ markdown: String) -> [String] {
    var outside: [String] = []
    var open: Int? = nil
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      let ticks = trimmed.prefix { $0 == "`" }.count
      if let length = open {
        if ticks >= length && ticks == trimmed.count { open = nil }
      } else if ticks >= 3 {
        open = ticks
      } else {
        outside.append(String(line))
      }
    }
    return outside
  }

  @Test func markdownOutputCannotCloseItsFenceAndInjectHTMLOrHeadings() throws {
    let markdown = try exportLoading(Self.hostileCSV, .markdown)
    #expect(Self.linesOutsideCode(markdown) == ["# Cells", "", ""])
    #expect(markdown.contains("\n````\n> load("))
    #expect(markdown.contains("\n```\n<img src=x onerror=alert(1)>\n# Injected heading\n"), "kept, as code")
    #expect(markdown.hasSuffix("\n````\n"))
    #expect(!markdown.unicodeScalars.contains { $0.isTerminalControl })
  }

  @Test(arguments: [
    ([String](), "```"), (["a`b", "``"], "```"), (["````"], "`````"), (["x ```` y ``````"], "```````"),
  ])
  func aFenceIsLongerThanEveryBacktickRunInside(lines: [String], fence: String) {
    #expect(Exporter.fence(around: lines) == fence)
  }

  @Test func markdownFencesInputsToo() {
    let markdown = Exporter.markdown([.entries([.init(input: ["\"```\""], output: [.init(kind: .result, lines: ["```"])])])])
    #expect(markdown == "````\n> \"```\"\n```\n````\n")
  }

  @Test func htmlEscapesEveryOutputAndItsControlCharacters() throws {
    let html = try exportLoading(Self.hostileCSV, .html)
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(!html.contains("<img"))
    #expect(html.contains(#"\e]0;pwned\u{7}"#))
    #expect(!html.unicodeScalars.contains { $0.isTerminalControl })
  }

  /// The tester's entry: the HTML lost the error and the string after a chart.
  @Test func htmlShowsTheChartAsSVGAndKeepsEveryOtherOutputInOrder() throws {
    let session = try SessionParser.parse(
      "# Charts\n> chart(nvda.close); 1/0; \"IMPORTANT RESULT\"\n> 1 + 1\n", file: "n.session")
    var interpreter = Interpreter.standard()
    let html = Exporter.exported(session, file: "n.session", format: .html, interpreter: &interpreter)
    let figure = html.range(of: "<figure><svg")
    let error = html.range(of: "<pre class=\"output error\">&lt;notebook&gt;:2:21: error: division by zero")
    let result = html.range(of: "<pre class=\"output\">&quot;IMPORTANT RESULT&quot;</pre>")
    let next = html.range(of: "<pre class=\"output\">2</pre>")
    #expect(figure != nil && error != nil && result != nil && next != nil)
    if let figure, let error, let result, let next {
      #expect(figure.lowerBound < error.lowerBound && error.lowerBound < result.lowerBound)
      #expect(result.lowerBound < next.lowerBound)
    }
    #expect(!html.contains("nvda.close (USD/share)\n"), "the text chart is replaced by the SVG")
  }

  @Test func outputPartsFallBackToTheWholeRecordWhenTheyDisagree() {
    let parts = Exporter.outputParts([.init(kind: .value, text: "1\n")], figures: [], recorded: ["2"])
    #expect(parts == [.init(kind: .result, lines: ["2"])])
  }
}


import Foundation
import TapeCore
import Testing

@testable import TapeNotebook

/// The HTML export colours inputs by Tape's own lexer: the runs cover the line exactly, each run
/// has its token's category, and the HTML stays escaped and standalone.
struct CodeHighlighterTests {
  func categories(_ line: String) -> [String] {
    let bytes = Array(line.utf8)
    return CodeHighlighter.runs(line).map {
      "\(String(decoding: bytes[$0.range], as: UTF8.self))=\($0.category?.rawValue ?? "plain")"
    }
  }

  @Test func runsFollowTheTokens() {
    #expect(
      categories("x = $5 + 12% in €  # cash")
        == ["x=plain", " =plain", "==operator", " =plain", "$5=money", " =plain", "+=operator", " =plain", "12%=number",
          " =plain", "in=keyword", " =plain", "€=plain", "  =plain", "# cash=comment"])
    #expect(
      categories("fn f(d) = d[2025-01-27] \"a#b\"")
        == ["fn=keyword", " =plain", "f=plain", "(=punctuation", "d=plain", ")=punctuation", " =plain", "==operator",
          " =plain", "d=plain", "[=punctuation", "2025-01-27=date", "]=punctuation", " =plain", "\"a#b\"=string"])
    #expect(categories("12kg ! \"open") == ["12kg=invalid", " =plain", "!=invalid", " =plain", "\"open=invalid"])
  }

  /// A `\` at the end of a line continues the statement; it is not an error there.
  @Test func lineContinuationIsPlain() {
    #expect(categories("1 + \\") == ["1=number", " =plain", "+=operator", " \\=plain"])
  }

  @Test(arguments: ["", "   ", "# only a comment", "é ×→ \u{1B}[31m", "\"a\" \"", "$", "1..2", "x\\y"])
  func runsCoverTheLineExactly(line: String) {
    let runs = CodeHighlighter.runs(line)
    var position = 0
    for run in runs {
      #expect(run.range.lowerBound == position)
      position = run.range.upperBound
    }
    #expect(position == line.utf8.count)
  }

  @Test func htmlWrapsCategoriesInSpansAndEscapesText() {
    #expect(
      CodeHighlighter.html("s = \"<b>&\"  # <i>")
        == "s <span class=\"t-op\">=</span> <span class=\"t-str\">&quot;&lt;b&gt;&amp;&quot;</span>  "
        + "<span class=\"t-com\"># &lt;i&gt;</span>")
  }

  @Test func exportedHTMLHighlightsInputsWithTheLexer() throws {
    let session = try SessionParser.parse("# Cash\n> cash = $5B  # in hand\n> cash + 3 shares\n", file: "n.session")
    var interpreter = Interpreter()
    let html = Exporter.exported(session, file: "n.session", format: .html, interpreter: &interpreter)
    #expect(
      html.contains(
        "<pre class=\"input\"><span class=\"prompt\">&gt;</span> cash <span class=\"t-op\">=</span> "
          + "<span class=\"t-money\">$5B</span>  <span class=\"t-com\"># in hand</span></pre>"))
    #expect(html.contains(".t-money {"))
    #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
  }
}

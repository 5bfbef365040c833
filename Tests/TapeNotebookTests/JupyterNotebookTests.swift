import Foundation
import TapeCore
import TapeLibrary
import Testing

@testable import TapeNotebook

/// `tape export --format ipynb`: prose as Markdown cells, each entry a code cell with its outputs
/// (results, tables also as HTML, errors, charts as SVG). jupyter/test_jupyter.py validates the
/// export of every bundled notebook with nbformat's own validator.
struct JupyterNotebookTests {
  static let notebook = """
    # The drop
    #
    # In **dollars**:
    > drop = 118.42 - 142.62
    drop = -24.2
    > nvda[2025-01-24..2025-01-27]
    > $5 + 3 shares  # expect error
    > chart(nvda.close[2025-01-02..2025-01-31]); 1 + 1

    """

  func exported() throws -> [String: Any] {
    let session = try SessionParser.parse(Self.notebook, file: "n.session")
    var interpreter = Interpreter.standard()
    let text = Exporter.exported(session, file: "n.session", format: .ipynb, interpreter: &interpreter)
    #expect(text.hasSuffix("}\n"))
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  func joined(_ source: Any?) -> String { (source as? [String] ?? []).joined() }

  @Test func notebookIsNbformat4WithTapesKernel() throws {
    let notebook = try exported()
    #expect(notebook["nbformat"] as? Int == 4)
    #expect(notebook["nbformat_minor"] as? Int == 5)
    let metadata = notebook["metadata"] as? [String: Any]
    #expect((metadata?["kernelspec"] as? [String: String])?["name"] == "tape")
    #expect((metadata?["language_info"] as? [String: String])?["name"] == "tape")
  }

  @Test func proseIsMarkdownAndEachEntryACodeCell() throws {
    let cells = try #require(try exported()["cells"] as? [[String: Any]])
    #expect(cells.map { $0["cell_type"] as? String } == ["markdown", "markdown", "code", "code", "code", "code"])
    #expect(cells.map { $0["id"] as? String } == (1...6).map { "cell-\($0)" })
    #expect(joined(cells[0]["source"]) == "# The drop")
    #expect(joined(cells[1]["source"]) == "In **dollars**:")
    #expect(joined(cells[2]["source"]) == "drop = 118.42 - 142.62")
    #expect(cells[2...].map { $0["execution_count"] as? Int } == [1, 2, 3, 4])
  }

  @Test func outputsKeepTheirKinds() throws {
    let cells = try #require(try exported()["cells"] as? [[String: Any]])
    func outputs(_ cell: Int) -> [[String: Any]] { cells[cell]["outputs"] as? [[String: Any]] ?? [] }

    let binding = try #require(outputs(2).first)
    #expect(binding["output_type"] as? String == "execute_result")
    #expect(binding["execution_count"] as? Int == 1)
    #expect(joined((binding["data"] as? [String: Any])?["text/plain"]) == "drop = -24.2")

    let table = try #require(outputs(3).first?["data"] as? [String: Any])
    #expect(joined(table["text/html"]).hasPrefix("<table class=\"tape-table\">"))
    #expect(joined(table["text/plain"]).hasPrefix("date        open (USD/share)"))

    let error = try #require(outputs(4).first)
    #expect(error["output_type"] as? String == "error")
    #expect(error["ename"] as? String == "error")
    #expect(error["evalue"] as? String == "cannot add `USD` and `shares`")
    #expect((error["traceback"] as? [String])?.first == "<notebook>:12:4: error: cannot add `USD` and `shares`")

    #expect(outputs(5).map { $0["output_type"] as? String } == ["display_data", "execute_result"])
    let chart = try #require(outputs(5).first?["data"] as? [String: Any])
    #expect(joined(chart["image/svg+xml"]).hasPrefix("<svg"))
    #expect(joined(chart["text/plain"]).contains("nvda.close"))
  }

  /// Jupyter stores text as lines, each but the last ending with a newline.
  @Test func multilineTextIsStoredAsLines() {
    guard case .array(let lines) = JupyterNotebook.multiline(["a", "b", ""]) else {
      Issue.record("not an array")
      return
    }
    #expect(lines.map { $0.rendered(indent: 0) } == ["\"a\\n\"", "\"b\\n\"", "\"\""])
  }
}

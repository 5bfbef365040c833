import Foundation
import Testing

@testable import TapeLibrary

/// docs/reference.md is written from what `help` reads, is current, and its links land.
struct ReferenceDocumentTests {
  static let referencePath = DataFiles.packageRoot.appendingPathComponent("docs/reference.md")
  static let text = ReferenceDocument.markdown

  @Test func referenceIsCurrent() throws {
    let onDisk = try String(contentsOf: Self.referencePath, encoding: .utf8)
    #expect(
      onDisk == Self.text,
      "docs/reference.md is stale: run `\(ReferenceDocument.regenerateCommand)` (swift run GenerateReference; `make data` first after editing stdlib/*.tape)"
    )
  }

  /// Every function, stdlib function, unit, concept and command `help` knows has its section.
  @Test func everyHelpEntryButADatasetHasASection() {
    for entry in HelpIndex.standard.entries where entry.kind != .dataset {
      #expect(
        Self.text.contains("<a id=\"\(ReferenceDocument.anchor(of: entry))\"></a>"), "no section for `\(entry.name)`")
    }
    for entry in HelpIndex.standard.entries(of: .dataset) {
      #expect(Self.text.contains("](datasets.md#\(entry.name))"), "no link to dataset `\(entry.name)`")
    }
  }

  @Test func anchorsAreUniqueAndEveryLinkLands() {
    let anchors = Self.captures(of: #/<a id="([^"]+)"></a>/#)
    #expect(Set(anchors).count == anchors.count, "two sections share an anchor")
    let targets = Set(Self.captures(of: #/\]\(#([^)]+)\)/#))
    #expect(!targets.isEmpty)
    for target in targets.sorted() {
      #expect(anchors.contains(target), "a link to #\(target), which no section has")
    }
  }

  @Test func aBuiltinShowsItsParametersExamplesAndLinks() {
    #expect(
      Self.text.contains(
        "`round(x: quantity, digits?: number) -> same dimension as x`\n\n- `digits`: a whole number from -15 to 15\n"
          + "- result: in the unit of x\n"))
    #expect(Self.text.contains("```text\ntape> round(118.4251, 2)\n118.43\n"))
    #expect(Self.text.contains("See also: [`floor`](#fn-floor), [`ceil`](#fn-ceil), [`in`](#concept-in), [`display`](#concept-display)."))
  }

  @Test func aStdlibFunctionShowsItsDefinition() throws {
    let pe = try #require(StdlibLoader.embedded.flatMap(StdlibLoader.functions(in:)).first { $0.name == "pe" })
    #expect(Self.text.contains("`pe(price: quantity, eps: same dimension as price) -> number`, defined in [`stdlib/valuation.tape`](../stdlib/valuation.tape#L\(pe.line)):"))
    #expect(Self.text.contains("```text\n\(pe.definition)\n```"))
    #expect(Self.text.contains("tape> pe($118.42/share, $2.94/share)\n40.2789"))
  }

  /// A ```tape block would be replayed as a transcript by `DocsExamplesTests`; the reference shows
  /// examples as `help` does, so it must have none.
  @Test func examplesAreNotTranscripts() {
    #expect(!Self.text.contains("```tape\n"))
  }

  @Test func docCommentLinesJoinIntoParagraphs() {
    let text = ReferenceDocument.Contents.markdownText("a line\n# not a heading\n- an item\n\nnext")
    #expect(text == "a line # not a heading\n- an item\n\nnext")
  }

  @Test func dollarsOutsideCodeAreEscaped() {
    let text = ReferenceDocument.Contents.markdownText("from $142.62 to `$118.42/share`")
    #expect(text == "from \\$142.62 to `$118.42/share`")
  }

  @Test func anchorsAreSlugsOfKindAndName() {
    #expect(ReferenceDocument.anchor(of: HelpEntry(name: ":vars", kind: .command, summary: "")) == "command-vars")
    #expect(ReferenceDocument.anchor(of: HelpEntry(name: "market cap", kind: .concept, summary: "")) == "concept-market-cap")
    #expect(ReferenceDocument.anchor(of: HelpEntry(name: "USD", kind: .unit, summary: "")) == "unit-usd")
  }

  static func captures(of pattern: Regex<(Substring, Substring)>) -> [String] {
    text.matches(of: pattern).map { String($0.output.1) }
  }
}

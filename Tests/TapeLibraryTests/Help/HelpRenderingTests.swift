import Foundation
import Testing
import TapeCore
import TapeLibrary

struct HelpRenderingTests {
  static let index = HelpIndex.standard

  @Test func aFunctionShowsItsSummarySignatureAndExamples() throws {
    let text = try #require(Self.index.entry(named: "round")).rendered()
    #expect(text.hasPrefix("round — `x` rounded half away from zero to `digits` decimals (default 0); the\nunit is kept.\n\n"))
    #expect(
      text.contains(
        """


            round(x: quantity, digits?: number) -> same dimension as x
              digits: a whole number from -15 to 15
              result: in the unit of x


          """))
    #expect(text.contains("Examples:\n  tape> round(118.4251, 2)\n  118.43\n  tape> round($142.62)\n  $143.00\n"))
    #expect(text.hasSuffix("See also: floor, ceil, in, display"))
    #expect(!text.hasSuffix("\n"))
  }

  @Test func aUnitNamesItsAliases() throws {
    let text = try #require(Self.index.entry(named: "USD")).rendered()
    #expect(text.hasPrefix("USD — The US dollar, written `$142.62` or `142.62 USD`.\n(unit; also written `$`)\n\n"))
    #expect(text.contains("  tape> 142.62 USD\n  $142.62"))
  }

  @Test func anErrorExampleShowsItsMessageAndHelpLine() throws {
    let text = try #require(Self.index.entry(named: "percent")).rendered()
    #expect(
      text.contains(
        "  tape> $100 + 10%\n  error: cannot add a percentage to `USD`\n  help: did you mean `$100 * (1 + 10%)`?\n"))
  }

  /// Every line Help lays out fits in 80 columns; signatures and example transcripts (Tape's own
  /// input and output) are shown as they are.
  @Test func explanationsWrapToEightyColumns() {
    for entry in Self.index.entries {
      let prose = entry.rendered().components(separatedBy: "\n\nExamples:\n")[0]
      for line in prose.split(separator: "\n") where !line.hasPrefix("  ") {
        #expect(line.count <= 80, "`help \(entry.name)`: line too long: \(line)")
      }
    }
  }

  @Test func codeInBackticksNeverBreaksAcrossLines() {
    for entry in Self.index.entries {
      let prose = entry.rendered().components(separatedBy: "\n\nExamples:\n")[0]
      for line in prose.split(separator: "\n") where !line.hasPrefix("  ") {
        #expect(line.filter { $0 == "`" }.count % 2 == 0, "`help \(entry.name)`: code broken at: \(line)")
      }
    }
    #expect(Self.index.tour.contains("\n`$5 + 3 shares` is an error"))
  }

  @Test func listItemsGetAHangingIndent() throws {
    let text = try #require(Self.index.entry(named: "in")).rendered()
    #expect(text.contains("\n- `%`: a plain ratio as a percentage\n"))
    #expect(text.contains("\n- a unit such as `days` or `USD/share`: converted to that unit, which must have\n  the same dimension\n"))
  }

  @Test func aTypoIsAnsweredWithASuggestion() {
    #expect(
      Self.index.text(for: "sqr") == """
        no help for `sqr`; did you mean `sqrt`?

        Type `help` for a tour and the list of topics.
        """)
  }

  @Test func aWordIsAnsweredWithTheTopicsThatMentionIt() {
    let text = Self.index.text(for: "percentage")
    #expect(text.hasPrefix("no help for `percentage`; did you mean `percent`?\n\nTopics that mention `percentage`:\n"))
    #expect(text.contains("\n  percent "))
    #expect(text.hasSuffix("\n\nType `help` for a tour and the list of topics."))
  }

  @Test func helpAloneIsTheTour() {
    let tour = Self.index.text(for: "  ")
    #expect(tour == Self.index.tour)
    #expect(tour.hasPrefix("Tape is a calculator"))
    #expect(tour.contains("Try:\n  tape> $118.42/share * 24.49B shares\n  $2.900T\n"))
    #expect(tour.contains("`help TOPIC`"))
    #expect(tour.contains("Functions: abs, sqrt, round,"))
    #expect(tour.contains("Units:     share, day,"))
    #expect(tour.contains("Concepts:  money, percent,"))
    #expect(tour.contains("Commands:  :help, :vars,"))
    for line in tour.split(separator: "\n") { #expect(line.count <= 80, "tour line too long: \(line)") }
  }

  @Test func aCommandShowsHowToTypeIt() throws {
    let text = try #require(Self.index.entry(named: ":save")).rendered()
    #expect(text.hasPrefix(":save — Save the session so far as a notebook (`.session` file).\n\n  :save FILE\n\n"))
    #expect(!text.contains("Examples:"))
  }
}

/// A user library's `##` comments are text from a file: `help` shows them escaped.
@Suite struct UserHelpEscapingTests {
  @Test func helpFromAUserLibraryShowsControlCharactersEscaped() {
    var interpreter = Interpreter.standard()
    let library = UserLibrary(
      path: "mine.tape",
      text: "## Margin \u{1B}]0;pwned\u{07}\u{1B}[2J here.\n##\n## Details\u{9B}.\nfn margin(a) = a\n",
      into: &interpreter)
    let index = HelpIndex(entries: library.entries + HelpIndex.standard.entries)
    let text = index.text(for: "margin")
    #expect(text.contains(#"margin — Margin \e]0;pwned\u{7}\e[2J here."#))
    #expect(text.contains(#"Details\u{9B}."#))
    #expect(!text.unicodeScalars.contains { $0.isTerminalControl })
    #expect(!index.text(for: "x\u{1B}[2J").unicodeScalars.contains { $0.isTerminalControl })
  }
}

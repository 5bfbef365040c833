import Testing

@testable import TapeCore

/// A source map holding one file, and that file.
private func sources(_ text: String, name: String = "<input>", firstLine: Int = 1) -> (SourceMap, SourceFile) {
  var map = SourceMap()
  let file = map.add(name: name, text: text, firstLine: firstLine)
  return (map, file)
}

/// The span of the first occurrence of `piece` in the file's text, in UTF-8 offsets.
private func span(of piece: String, in file: SourceFile) -> Span {
  guard let range = file.text.range(of: piece) else { preconditionFailure("\(piece) is not in \(file.text)") }
  let start = file.text.utf8.distance(from: file.text.startIndex, to: range.lowerBound)
  return Span(source: file.id, start: start, end: start + piece.utf8.count)
}

@Suite struct DiagnosticRendererTests {
  @Test func operatorErrorUnderlinesBothOperands() {
    let (map, file) = sources("$5 + 3 shares")
    let diagnostic = Diagnostic(
      "cannot add `USD` and `shares`", at: span(of: "+", in: file), label: "`USD` + `shares`",
      secondary: [.init(span(of: "$5", in: file), "`USD`"), .init(span(of: "3 shares", in: file), "`shares`")])
    #expect(
      DiagnosticRenderer.rendered(diagnostic, in: map) == """
        <input>:1:4: error: cannot add `USD` and `shares`
          |
        1 | $5 + 3 shares
          | -- ^ -------- `USD` + `shares`

        """)
  }

  @Test func notesComeBeforeHelp() {
    let (map, file) = sources("$100 + 10%")
    let diagnostic = Diagnostic(
      "cannot add a percentage to `USD`", at: span(of: "+", in: file), label: "ambiguous percentage",
      notes: ["a percentage is a ratio", "second note"], help: "did you mean `$100 * (1 + 10%)`?")
    #expect(
      DiagnosticRenderer.rendered(diagnostic, in: map) == """
        <input>:1:6: error: cannot add a percentage to `USD`
          |
        1 | $100 + 10%
          |      ^ ambiguous percentage
          = note: a percentage is a ratio
          = note: second note
          = help: did you mean `$100 * (1 + 10%)`?

        """)
  }

  @Test func columnsCountCharactersNotBytes() {
    let (map, file) = sources("€5 + ¥3")
    let diagnostic = Diagnostic(
      "cannot add `EUR` and `JPY`", at: span(of: "+", in: file), label: "here",
      secondary: [.init(span(of: "€5", in: file), ""), .init(span(of: "¥3", in: file), "")])
    let lines = DiagnosticRenderer.rendered(diagnostic, in: map).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "<input>:1:4: error: cannot add `EUR` and `JPY`")
    #expect(lines[2] == "1 | €5 + ¥3")
    #expect(lines[3] == "  | -- ^ -- here")
  }

  @Test func errorOnALaterLineShowsThatLine() {
    let (map, file) = sources("x = 1\ny = 2\nx + zed\n")
    let diagnostic = Diagnostic("unknown name `zed`", at: span(of: "zed", in: file), label: "not defined")
    #expect(
      DiagnosticRenderer.rendered(diagnostic, in: map) == """
        <input>:3:5: error: unknown name `zed`
          |
        3 | x + zed
          |     ^^^ not defined

        """)
  }

  @Test func gutterWidensForLongLineNumbers() {
    let text = String(repeating: "1\n", count: 11) + "1 +"
    let (map, file) = sources(text)
    let end = file.bytes.count
    let diagnostic = Diagnostic(
      "expected an expression, found end of input", at: Span(source: file.id, start: end, end: end),
      label: "expected a value here", help: "add an operand")
    #expect(
      DiagnosticRenderer.rendered(diagnostic, in: map) == """
        <input>:12:4: error: expected an expression, found end of input
           |
        12 | 1 +
           |    ^ expected a value here
           = help: add an operand

        """)
  }

  @Test func firstLineOffsetsLineNumbers() {
    let (map, file) = sources("a = 1\nb +", name: "deepseek.session", firstLine: 14)
    let diagnostic = Diagnostic("oops", at: span(of: "+", in: file))
    let header = DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n").first
    #expect(header == "deepseek.session:15:3: error: oops")
  }

  @Test func aLongLineIsShownAsAnExcerptAroundTheError() {
    // A megabyte line with an error used to be printed whole, twice (text and markers).
    let text = String(repeating: "1+", count: 500_000) + "x" + String(repeating: "+1", count: 500_000)
    let (map, file) = sources(text)
    let diagnostic = Diagnostic("unknown name `x`", at: span(of: "x", in: file), label: "not defined")
    let lines = DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n")
    let shown = "…" + String(repeating: "1+", count: 20) + "x" + String(repeating: "+1", count: 39) + "+…"
    #expect(lines[2] == "1 | \(shown)")
    #expect(lines[3] == "  | " + String(repeating: " ", count: 41) + "^ not defined")
  }

  @Test func anErrorAtTheEndOfALongLineShowsItsEnd() {
    let text = String(repeating: "1+", count: 200)
    let (map, file) = sources(text)
    let end = Span(source: file.id, start: text.utf8.count, end: text.utf8.count)
    let lines = DiagnosticRenderer.rendered(Diagnostic("expected an expression", at: end), in: map).split(separator: "\n")
    #expect(lines[2] == "1 | …+" + String(repeating: "1+", count: 59))
    #expect(lines[3] == "  | " + String(repeating: " ", count: 120) + "^")
  }

  @Test func emptyLabelLeavesOnlyTheMarkers() {
    let (map, file) = sources("1/0")
    let diagnostic = Diagnostic(
      "division by zero", at: span(of: "/", in: file), secondary: [.init(span(of: "0", in: file), "")])
    let lines = DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n")
    #expect(lines.last == "  |  ^-")
  }

  @Test func emptySpanStillGetsOneCaret() {
    let (map, file) = sources("1 +")
    let diagnostic = Diagnostic("expected an expression", at: Span(source: file.id, start: 3, end: 3), label: "here")
    #expect(DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n").last == "  |    ^ here")
  }

  @Test func spanRunningPastTheLineStopsAtItsEnd() {
    let (map, file) = sources("(1 +\n2")
    let diagnostic = Diagnostic("unclosed", at: Span(source: file.id, start: 0, end: 6), label: "here")
    let lines = DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n")
    #expect(lines[2] == "1 | (1 +")
    #expect(lines[3] == "  | ^^^^ here")
  }

  @Test func secondaryLabelsOnOtherLinesOrSourcesAreLeftOut() {
    var map = SourceMap()
    let first = map.add(name: "<input:1>", text: "x = (1 +\n2 * y")
    let other = map.add(name: "<input:2>", text: "zzz")
    let diagnostic = Diagnostic(
      "unknown name `y`", at: span(of: "y", in: first), label: "here",
      secondary: [.init(span(of: "(", in: first), ""), .init(Span(source: other.id, start: 0, end: 3), "")])
    let lines = DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n")
    #expect(lines[3] == "  |     ^ here")
  }

  @Test func windowsLineEndingIsNotShown() {
    let (map, file) = sources("1 +\r\n2")
    let diagnostic = Diagnostic("oops", at: span(of: "+", in: file))
    #expect(DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n")[2] == "1 | 1 +")
  }

  @Test func diagnosticFromAnUnknownSourceIsJustTheMessage() {
    let diagnostic = Diagnostic("lost", at: Span(source: SourceID(42), start: 0, end: 1))
    #expect(DiagnosticRenderer.rendered(diagnostic, in: SourceMap()) == "error: lost")
  }

  @Test func colourIsAStyleChoice() {
    let (map, file) = sources("1/0")
    let diagnostic = Diagnostic("division by zero", at: span(of: "/", in: file), label: "divisor is zero")
    let plain = DiagnosticRenderer.rendered(diagnostic, in: map)
    let coloured = DiagnosticRenderer.rendered(diagnostic, in: map, style: .ansi)
    #expect(!plain.contains("\u{1B}"))
    #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m: \u{1B}[1mdivision by zero\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1;31m^\u{1B}[0m"))
    // Without the escape sequences, the coloured text is the plain text.
    let stripped = coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "")
    #expect(stripped == plain)
  }

  @Test func severityNamesTheHeader() {
    let (map, file) = sources("x")
    let diagnostic = Diagnostic("unused", at: span(of: "x", in: file), severity: .warning)
    #expect(DiagnosticRenderer.rendered(diagnostic, in: map).hasPrefix("<input>:1:1: warning: unused\n"))
  }

  // MARK: Control characters from the source

  /// A notebook input can hold raw escape bytes inside a string literal: the source line is
  /// shown escaped and the carets sit under the escaped text.
  @Test func anEscapeInTheSourceLineIsShownEscapedWithTheCaretsUnderIt() {
    let (map, file) = sources("\"\u{1B}]0;pwned\u{07}\u{1B}[2J\" + 1")
    let diagnostic = Diagnostic(
      "cannot add a string and a plain number", at: span(of: "+", in: file), label: "here",
      secondary: [.init(span(of: "\"\u{1B}]0;pwned\u{07}\u{1B}[2J\"", in: file), "a string")])
    #expect(
      DiagnosticRenderer.rendered(diagnostic, in: map) == #"""
        <input>:1:18: error: cannot add a string and a plain number
          |
        1 | "\e]0;pwned\u{7}\e[2J" + 1
          | ---------------------- ^ here

        """#)
  }

  @Test func aCaretUnderAnEscapedCharacterCoversItsWholeEscape() {
    let (map, file) = sources("a\u{1B}b")
    let diagnostic = Diagnostic("unexpected character", at: span(of: "\u{1B}", in: file))
    let lines = DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n")
    #expect(lines[2] == #"1 | a\eb"#)
    #expect(lines[3] == "  |  ^^")
  }

  @Test func messageLabelsNotesHelpAndFileNameAreEscapedBeforeColour() {
    let (map, file) = sources("1/0", name: "n\u{1B}]0;x\u{07}.session")
    let diagnostic = Diagnostic(
      "column `close` has `\u{1B}[2J`", at: span(of: "/", in: file), label: "la\u{9B}bel", notes: ["no\u{202E}te"],
      help: "he\rlp")
    let plain = DiagnosticRenderer.rendered(diagnostic, in: map)
    #expect(plain.hasPrefix(#"n\e]0;x\u{7}.session:1:2: error: column `close` has `\e[2J`"#))
    #expect(plain.contains(#"  |  ^ la\u{9B}bel"#))
    #expect(plain.contains(#"  = note: no\u{202E}te"#))
    #expect(plain.contains(#"  = help: he\rlp"#))
    let coloured = DiagnosticRenderer.rendered(diagnostic, in: map, style: .ansi)
    // Only the style's own colour codes reach the terminal.
    #expect(coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "") == plain)
    #expect(!coloured.unicodeScalars.contains("\u{07}"))
  }

  @Test func aLongLineWithEscapesKeepsItsCaretAligned() {
    let text = String(repeating: "\u{1B}", count: 100) + " + zed + " + String(repeating: "x", count: 100)
    let (map, file) = sources(text)
    let diagnostic = Diagnostic("unknown name `zed`", at: span(of: "zed", in: file), label: "not defined")
    let lines = DiagnosticRenderer.rendered(diagnostic, in: map).split(separator: "\n").map(Array.init)
    let source = lines[2]
    let markers = lines[3]
    let caret = markers.firstIndex(of: "^")
    #expect(caret != nil && Array(source[(caret ?? 0)...].prefix(3)) == Array("zed"))
    #expect(!source.contains("\u{1B}"))
  }

  // MARK: Through the interpreter

  @Test func interpreterRendersWithItsOwnSources() {
    var interpreter = Interpreter()
    let outcomes = interpreter.run("$5 + 3 shares")
    guard case .error(let diagnostic)? = outcomes.first else {
      Issue.record("no error")
      return
    }
    #expect(
      interpreter.rendered(diagnostic) == """
        <input>:1:4: error: cannot add `USD` and `shares`
          |
        1 | $5 + 3 shares
          | -- ^ -------- `USD` + `shares`

        """)
  }

  @Test func errorInAFunctionFromAnEarlierEntryShowsThatEntrysLine() {
    var interpreter = Interpreter()
    _ = interpreter.run("fn f(x) = x / 0", name: "<input:1>")
    guard case .error(let diagnostic)? = interpreter.run("f(1)", name: "<input:2>").first else {
      Issue.record("no error")
      return
    }
    #expect(
      interpreter.rendered(diagnostic) == """
        <input:2>:1:1: error: division by zero
          |
        1 | f(1)
          | ^^^^ in this call to `f`
         ::: <input:1>:1:13, inside `f`
          |
        1 | fn f(x) = x / 0
          |             ^ - divisor is zero

        """)
  }
}

import Testing

@testable import TapeCore

@Suite struct SourceFileTests {
  @Test func locationCountsLinesAndCharacters() {
    let file = SourceFile(id: SourceID(0), name: "<input>", text: "x = 1\n€5 + ¥3\n")
    #expect(file.location(of: 0) == (1, 1))
    #expect(file.location(of: 4) == (1, 5))
    #expect(file.location(of: 6) == (2, 1))
    // `€` is three bytes but one column: the `+` after `€5 ` is at byte 11, column 4.
    #expect(file.location(of: 11) == (2, 4))
    #expect(file.location(of: file.bytes.count) == (3, 1))
  }

  @Test func locationClampsOutOfRangeOffsets() {
    let file = SourceFile(id: SourceID(0), name: "<input>", text: "abc")
    #expect(file.location(of: -5) == (1, 1))
    #expect(file.location(of: 99) == (1, 4))
  }

  @Test func firstLineShiftsLineNumbers() {
    let file = SourceFile(id: SourceID(0), name: "notes.session", text: "a\nb", firstLine: 10)
    #expect(file.location(of: 2) == (11, 1))
  }

  @Test func lineTextOmitsTheLineEnding() {
    let file = SourceFile(id: SourceID(0), name: "<input>", text: "one\r\ntwo\nthree")
    #expect(file.lineText(containing: 1) == "one")
    #expect(file.lineText(containing: 5) == "two")
    #expect(file.lineText(containing: 12) == "three")
  }

  @Test func textOfASpanIsWhatTheUserWrote() {
    let file = SourceFile(id: SourceID(0), name: "<input>", text: "€12M + 1")
    #expect(file.text(of: Span(source: file.id, start: 0, end: 6)) == "€12M")
    #expect(file.text(of: Span(source: file.id, start: 7, end: 100)) == "+ 1")
  }

  @Test func spanThroughCoversBoth() {
    let a = Span(source: SourceID(0), start: 5, end: 8)
    let b = Span(source: SourceID(0), start: 1, end: 3)
    #expect(a.through(b) == Span(source: SourceID(0), start: 1, end: 8))
    #expect(a.length == 3)
    // An end before the start is an empty span, not a negative one.
    #expect(Span(source: SourceID(0), start: 4, end: 2).length == 0)
  }

  @Test func sourceMapHandsOutIDsInOrder() {
    var map = SourceMap()
    let first = map.add(name: "<input:1>", text: "1")
    let second = map.add(name: "<input:2>", text: "2")
    #expect(first.id != second.id)
    #expect(map[second.id]?.name == "<input:2>")
    #expect(map[SourceID(7)] == nil)
  }
}

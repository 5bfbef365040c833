import Testing

@Suite struct MarkedTextTests {
  @Test func markersAreRemovedAndRememberedAsUTF8Offsets() {
    let marked = MarkedText("$5 1️⃣+ 3 shares")
    #expect(marked.text == "$5 + 3 shares")
    #expect(marked["1️⃣"] == 3)
  }

  @Test func offsetsCountBytesOfMultiByteCharacters() {
    // `€` is three UTF-8 bytes.
    let marked = MarkedText("1️⃣€5 2️⃣+ ¥3🔟")
    #expect(marked.text == "€5 + ¥3")
    #expect(marked["1️⃣"] == 0)
    #expect(marked["2️⃣"] == 5)
    #expect(marked["🔟"] == 10)
  }

  @Test func textWithoutMarkersIsUnchanged() {
    let marked = MarkedText("x = 1 # 1 + 1")
    #expect(marked.text == "x = 1 # 1 + 1")
    #expect(marked.markers.isEmpty)
  }
}

import Testing

@testable import TapeCore

@Suite struct ControlCharacterEscapingTests {
  /// The tester's CSV cell: `ESC ] 0;pwned BEL` retitles the terminal, `ESC [2J` clears it.
  static let retitleAndClear = "\u{1B}]0;pwned\u{07}\u{1B}[2J"

  @Test func theTestersCellIsShownNotObeyed() {
    #expect(Self.retitleAndClear.escapingControlCharacters == #"\e]0;pwned\u{7}\e[2J"#)
  }

  @Test(arguments: [
    ("\u{1B}", #"\e"#),
    ("\r", #"\r"#),
    ("\u{0}", #"\u{0}"#),
    ("\u{07}", #"\u{7}"#),
    ("\u{08}", #"\u{8}"#),
    ("\u{0B}", #"\u{B}"#),
    ("\u{1F}", #"\u{1F}"#),
    ("\u{7F}", #"\u{7F}"#),
    ("\u{80}", #"\u{80}"#),
    ("\u{9B}", #"\u{9B}"#),
    ("\u{9F}", #"\u{9F}"#),
    ("\u{202A}", #"\u{202A}"#),
    ("\u{202E}", #"\u{202E}"#),
    ("\u{2066}", #"\u{2066}"#),
    ("\u{2069}", #"\u{2069}"#),
  ])
  func eachControlHasItsVisibleForm(raw: String, shown: String) {
    #expect(raw.escapingControlCharacters == shown)
    #expect(("a" + raw + "é").escapingControlCharacters == "a" + shown + "é")
  }

  @Test(arguments: [
    "", "plain ASCII: $118.42/share * 24.68B shares", "line\nbreak and\ttab", "€5 ¥3 £2 ×",
    // Neighbours of the escaped ranges share their lead bytes and stay as they are.
    "\u{A0}\u{A9}", "\u{2028}\u{2029}\u{202F}", "\u{2065}\u{206A}", "\u{200E}\u{200F}", "emoji 👩🏽‍💻",
    #"a literal \e stays"#,
  ])
  func textWithNothingToEscapeIsUnchanged(text: String) {
    #expect(text.escapingControlCharacters == text)
    #expect(!ControlCharacterEscaping.needsEscaping(text.utf8))
  }

  /// The byte scan and the scalar rule agree on every scalar of the first planes, alone and
  /// between other text.
  @Test func theByteScanFindsExactlyTheScalarsTheRuleEscapes() {
    let scalars = (0...0x3000).compactMap { Unicode.Scalar(UInt32($0)) } + ["\u{FEFF}", "\u{1F600}", "\u{10FFFF}"]
    for scalar in scalars {
      let text = "x" + String(scalar) + "y"
      #expect(ControlCharacterEscaping.needsEscaping(text.utf8) == scalar.isTerminalControl, "U+\(scalar.value)")
      #expect(ControlCharacterEscaping.needsEscaping(String(scalar).utf8) == scalar.isTerminalControl)
    }
  }

  @Test func escapingTwiceChangesNothingMore() {
    let once = (Self.retitleAndClear + "\r\u{9B}\u{202E}").escapingControlCharacters
    #expect(once.escapingControlCharacters == once)
    #expect(once.unicodeScalars.allSatisfy { !$0.isTerminalControl })
  }

  @Test func aCarriageReturnLineFeedKeepsItsLineFeed() {
    #expect("a\r\nb".escapingControlCharacters == "a\\r\nb")
  }
}

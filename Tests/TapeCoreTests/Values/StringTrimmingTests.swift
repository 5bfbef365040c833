import Foundation
import Testing

@testable import TapeCore

/// The string helpers that stand in for Foundation's must give what Foundation gave.
@Suite struct StringTrimmingTests {
  static let texts = [
    "", " ", "\t", "  a b  ", "\ta\t", " \u{00A0}a\u{3000} ", "\u{200B}a\u{200B}", "\na\n", "\r\n x \r\n", " \u{301}a ",
    "é ", " e\u{301} ", "price (USD) ", "\u{2028}a", "a\u{85}", "\u{FEFF}a", " \u{1680}\u{2000}\u{2009}\u{202F}\u{205F}x",
  ]

  @Test(arguments: texts)
  func trimmingSpacesAndTabsIsFoundationsTrimmingOfWhitespaces(_ text: String) {
    #expect(text.trimmingSpacesAndTabs == text.trimmingCharacters(in: .whitespaces))
  }

  @Test(arguments: [
    ("a\nb\r\nc\n", "\n", "\\n"), ("\\ and \\\\", "\\", "\\\\"), ("USD per share per day", " per ", "/"),
    ("Lesson 3: The DCF", "Lesson 3: ", ""), ("aaa", "aa", "b"), ("none here", "x", "y"), ("", "a", "b"),
    ("e\u{301} per e", " per ", "/"), ("line\none\n", "\n", "\n    "),
  ])
  func replacingEveryIsFoundationsReplacingOccurrences(_ text: String, _ target: String, _ replacement: String) {
    #expect(text.replacingEvery(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement))
  }
}

import Testing
import TapeCore

@testable import TapeNotebook

/// `tape check` prints this diff to a terminal; a notebook's lines can hold control characters.
struct UnifiedDiffTests {
  @Test func changedLinesShowTheirHunkWithContext() {
    let diff = UnifiedDiff.rendered(old: "a\nb\nc\n", new: "a\nB\nc\n", oldName: "old", newName: "new")
    #expect(diff == "--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n")
  }

  @Test func linesAndNamesAreShownWithControlCharactersEscaped() {
    let diff = UnifiedDiff.rendered(
      old: "> \"\u{1B}]0;pwned\u{07}\u{1B}[2J\"\n1\n", new: "> \"\u{1B}]0;pwned\u{07}\u{1B}[2J\"\n2\n",
      oldName: "n\u{1B}.session (recorded)", newName: "n\u{1B}.session (replayed)")
    #expect(diff.hasPrefix("--- n\\e.session (recorded)\n+++ n\\e.session (replayed)\n"))
    #expect(diff.contains(#" > "\e]0;pwned\u{7}\e[2J""#))
    #expect(!diff.unicodeScalars.contains { $0.isTerminalControl })
  }

  /// Lines are compared before they are escaped: an escape character and a typed `\e` differ.
  @Test func aChangeOnlyAnEscapeWouldHideStillShows() {
    let diff = UnifiedDiff.rendered(old: "\u{1B}\n", new: "\\e\n", oldName: "a", newName: "b")
    #expect(diff.contains("-\\e\n+\\e\n"))
  }
}

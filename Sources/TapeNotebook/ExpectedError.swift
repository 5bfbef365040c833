import TapeCore

/// An entry that a notebook shows failing on purpose (a lesson's `$5 + 3 shares`) carries the
/// comment `# expect error` on one of its input lines, as doctest marks its directives and Ivy
/// its `# Expect:` lines. The comment is ordinary Tape, so the entry runs the same when typed.
/// `tape run` and `tape check` fail on an error in an entry without it, and on an entry with it
/// that no longer fails.
extension SessionFile.Entry {
  /// The comment's text after `#`, compared without case and surrounding spaces.
  public static let expectErrorMarker = "expect error"

  /// Whether an input line's comment is, or ends with, `# expect error` (`x # note # expect error`).
  public var expectsError: Bool {
    input.contains { line in
      guard let comment = SessionFile.Entry.comment(in: line) else { return false }
      return comment.split(separator: "#").last.map { String($0).trimmingSpacesAndTabs.lowercased() }
        == SessionFile.Entry.expectErrorMarker
    }
  }

  /// The text of the line's comment (after a `#` outside a string), trimmed; nil without one.
  static func comment(in line: String) -> String? {
    var insideString = false
    for index in line.indices {
      switch line[index] {
      case "\"": insideString.toggle()
      case "#" where !insideString:
        return String(line[line.index(after: index)...]).trimmingSpacesAndTabs
      default: continue
      }
    }
    return nil
  }

  /// The entry with the marker added to its last line, for `:save` to keep an entry that failed
  /// in part (`a = 1; 1/0`): leaving it out would lose the binding that later entries read.
  public var markedAsExpectingError: SessionFile.Entry {
    guard !expectsError, let last = input.last else { return self }
    var marked = self
    marked.input[marked.input.count - 1] = last + "  # " + SessionFile.Entry.expectErrorMarker
    return marked
  }
}

extension String {
  /// The text without leading and trailing whitespace (without Foundation).
  public var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs, trimmed as Foundation's
  /// `trimmingCharacters(in: .whitespaces)` trims (without Foundation): one Unicode scalar at a
  /// time, a scalar being a space when it is a tab, a space separator (category Zs) or U+200B
  /// ZERO WIDTH SPACE. Line breaks stay, unlike `trimmingSpaces`.
  public var trimmingSpacesAndTabs: String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first.isSpaceOrTab { scalars.removeFirst() }
    while let last = scalars.last, last.isSpaceOrTab { scalars.removeLast() }
    return String(scalars)
  }

  /// Every occurrence of `target` replaced by `replacement`, left to right, comparing Unicode
  /// scalars as Foundation's `replacingOccurrences(of:with:)` did for Tape's targets. The standard
  /// library's `replacing(_:with:)` compares whole characters instead, so it would miss the `\n`
  /// of a `\r\n`.
  public func replacingEvery(_ target: String, with replacement: String) -> String {
    String(unicodeScalars.replacing(target.unicodeScalars, with: replacement.unicodeScalars))
  }
}

extension Unicode.Scalar {
  /// A member of Foundation's `CharacterSet.whitespaces`.
  fileprivate var isSpaceOrTab: Bool {
    self == "\t" || self == "\u{200B}" || properties.generalCategory == .spaceSeparator
  }
}

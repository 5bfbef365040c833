/// Colours for rendered diagnostics; the CLI decides whether to use them (TTY, `NO_COLOR`).
public struct DiagnosticStyle: Sendable {
  public var error: (String, String)
  public var emphasis: (String, String)
  public var gutter: (String, String)

  public static let plain = DiagnosticStyle(error: ("", ""), emphasis: ("", ""), gutter: ("", ""))
  public static let ansi = DiagnosticStyle(
    error: ("\u{1B}[1;31m", "\u{1B}[0m"), emphasis: ("\u{1B}[1m", "\u{1B}[0m"), gutter: ("\u{1B}[34m", "\u{1B}[0m"))
}

/// Renders a diagnostic the way a compiler does:
///
///     <input>:1:4: error: cannot add `USD` and `shares`
///       |
///     1 | $5 + 3 shares
///       | -- ^ -------- different dimensions
///       = help: ...
///
/// Every piece of text in it (the file name, message, source line, labels, notes, help) can come
/// from a file or from data, so each is shown with its control characters escaped, before the
/// style's colour codes are added; the carets are laid out on the escaped line.
public enum DiagnosticRenderer {
  public static func rendered(_ diagnostic: Diagnostic, in sources: SourceMap, style: DiagnosticStyle = .plain)
    -> String
  {
    let severity = diagnostic.severity.rawValue
    guard let file = sources[diagnostic.span.source] else {
      return "\(style.error.0)\(severity)\(style.error.1): \(diagnostic.message.escapingControlCharacters)"
    }
    let (line, column) = file.location(of: diagnostic.span.start)
    var out =
      "\(file.name.escapingControlCharacters):\(line):\(column): \(style.error.0)\(severity)\(style.error.1): "
      + "\(style.emphasis.0)\(diagnostic.message.escapingControlCharacters)\(style.emphasis.1)\n"
    let origin = diagnostic.origin.flatMap { origin in sources[origin.primary.span.source].map { (origin, $0) } }
    let originLine = origin.map { $1.location(of: $0.primary.span.start).line } ?? 0
    let gutterWidth = max(String(line).count, origin == nil ? 0 : String(originLine).count)
    let blank = String(repeating: " ", count: gutterWidth)
    let bar = "\(style.gutter.0)\(blank) |\(style.gutter.1)"
    func snippet(_ primary: Diagnostic.Label, _ secondary: [Diagnostic.Label], in file: SourceFile) -> String {
      let line = String(file.location(of: primary.span.start).line)
      let lineText = file.lineText(containing: primary.span.start)
      let window = excerptWindow(around: primary.span, in: file, lineText: lineText)
      let number = String(repeating: " ", count: gutterWidth - line.count) + line
      return "\(style.gutter.0)\(number) |\(style.gutter.1) \(excerpt(lineText, window))\n"
        + "\(bar) \(markers(primary, secondary, in: file, lineText: lineText, window: window, style: style))\n"
    }
    out += "\(bar)\n"
    out += snippet(diagnostic.primary, diagnostic.secondary, in: file)
    if let (origin, originFile) = origin {
      // Where inside the called function it went wrong, as Rust shows a second file.
      let (_, originColumn) = originFile.location(of: origin.primary.span.start)
      let function =
        origin.function == "lambda" ? "a lambda (`x => ...`)" : "`\(origin.function.escapingControlCharacters)`"
      let place = "\(originFile.name.escapingControlCharacters):\(originLine):\(originColumn)"
      out += "\(blank)::: \(place), inside \(function)\n\(bar)\n"
      out += snippet(origin.primary, origin.secondary, in: originFile)
    }
    for note in diagnostic.notes { out += "\(blank) = note: \(note.escapingControlCharacters)\n" }
    if let help = diagnostic.help { out += "\(blank) = help: \(help.escapingControlCharacters)\n" }
    return out
  }

  /// A line longer than this is shown as an excerpt around the primary span.
  static let longestLineShown = 160
  static let excerptLength = 120

  /// The characters (and the caret cell after the last) to show of a long line: from a little
  /// before the primary span; nil when the line is short enough to show whole. A 1 MB line with
  /// an error would otherwise be printed twice over, once as text and once as markers.
  static func excerptWindow(around span: Span, in file: SourceFile, lineText: String) -> Range<Int>? {
    let length = lineText.count
    guard length > longestLineShown else { return nil }
    let lineStart = file.lineStart(ofIndex: file.lineIndex(containing: span.start))
    let column = file.characterCount(from: lineStart, to: span.start)
    let start = max(0, min(column - excerptLength / 3, length + 1 - excerptLength))
    return start..<min(length + 1, start + excerptLength)
  }

  /// `lineText` cut to `window`, with `…` where text was left out, control characters escaped.
  static func excerpt(_ lineText: String, _ window: Range<Int>?) -> String {
    guard let window else { return lineText.escapingControlCharacters }
    let characters = Array(lineText)
    let shown = String(characters[window.lowerBound..<min(window.upperBound, characters.count)])
    return (window.lowerBound > 0 ? "…" : "") + shown.escapingControlCharacters
      + (window.upperBound < characters.count ? "…" : "")
  }

  /// How many characters each character of `lineText` takes once escaped (`ESC` two, as `\e`),
  /// or nil when nothing in it is escaped, which is almost always.
  static func escapedWidths(_ lineText: String) -> [Int]? {
    guard ControlCharacterEscaping.needsEscaping(lineText.utf8) else { return nil }
    return lineText.map { String($0).escapingControlCharacters.count }
  }

  /// One line of markers under the source: `^` under the primary span, `-` under secondary
  /// spans on the same line, then the primary label.
  static func markers(
    _ primary: Diagnostic.Label, _ secondary: [Diagnostic.Label], in file: SourceFile, lineText: String,
    window: Range<Int>? = nil, style: DiagnosticStyle
  ) -> String {
    let lineIndex = file.lineIndex(containing: primary.span.start)
    let lineStart = file.lineStart(ofIndex: lineIndex)
    let lineEnd = lineStart + lineText.utf8.count
    let lineLength = lineText.count
    var cells = [Character](repeating: " ", count: lineLength + 1)
    func mark(_ span: Span, with character: Character) {
      guard span.source == file.id, span.start >= lineStart, span.start <= lineEnd else { return }
      let from = file.characterCount(from: lineStart, to: span.start)
      let to = max(from + 1, file.characterCount(from: lineStart, to: min(span.end, lineEnd)))
      for index in from..<min(to, cells.count) { cells[index] = character }
    }
    for label in secondary { mark(label.span, with: "-") }
    mark(primary.span, with: "^")
    // A tab in the source takes a tab's width on screen; copy it so the carets stay aligned.
    for (index, character) in lineText.enumerated() where character == "\t" && cells[index] == " " {
      cells[index] = "\t"
    }
    // The cell after the last character (a caret for a missing closing bracket) is one wide.
    var widths = escapedWidths(lineText).map { $0 + [1] }
    if let window {
      // Under the `…` that stands for the text left out, a space.
      cells = (window.lowerBound > 0 ? [" "] : []) + Array(cells[window])
      widths = widths.map { (window.lowerBound > 0 ? [1] : []) + Array($0[window]) }
    }
    if let widths {
      // An escaped character is wider than one cell: its marker repeats under the whole escape.
      cells = zip(cells, widths).flatMap { cell, width in [Character](repeating: cell, count: width) }
    }
    var text = String(cells)
    while text.last == " " { text.removeLast() }
    let caret = text.map { $0 == "^" ? "\(style.error.0)^\(style.error.1)" : String($0) }.joined()
    let label = primary.text.escapingControlCharacters
    return label.isEmpty ? caret : "\(caret) \(style.error.0)\(label)\(style.error.1)"
  }
}

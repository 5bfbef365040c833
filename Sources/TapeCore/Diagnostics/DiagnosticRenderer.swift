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
public enum DiagnosticRenderer {
  public static func rendered(_ diagnostic: Diagnostic, in sources: SourceMap, style: DiagnosticStyle = .plain)
    -> String
  {
    let severity = diagnostic.severity.rawValue
    guard let file = sources[diagnostic.span.source] else {
      return "\(style.error.0)\(severity)\(style.error.1): \(diagnostic.message)"
    }
    let (line, column) = file.location(of: diagnostic.span.start)
    var out =
      "\(file.name):\(line):\(column): \(style.error.0)\(severity)\(style.error.1): "
      + "\(style.emphasis.0)\(diagnostic.message)\(style.emphasis.1)\n"
    let gutterWidth = String(line).count
    let blank = String(repeating: " ", count: gutterWidth)
    let bar = "\(style.gutter.0)\(blank) |\(style.gutter.1)"
    let lineText = file.lineText(containing: diagnostic.span.start)
    out += "\(bar)\n"
    out += "\(style.gutter.0)\(line) |\(style.gutter.1) \(lineText)\n"
    out += "\(bar) \(markers(for: diagnostic, in: file, lineText: lineText, style: style))\n"
    for note in diagnostic.notes { out += "\(blank) = note: \(note)\n" }
    if let help = diagnostic.help { out += "\(blank) = help: \(help)\n" }
    return out
  }

  /// One line of markers under the source: `^` under the primary span, `-` under secondary
  /// spans on the same line, then the primary label.
  static func markers(for diagnostic: Diagnostic, in file: SourceFile, lineText: String, style: DiagnosticStyle)
    -> String
  {
    let lineIndex = file.lineIndex(containing: diagnostic.span.start)
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
    for label in diagnostic.secondary { mark(label.span, with: "-") }
    mark(diagnostic.span, with: "^")
    // A tab in the source takes a tab's width on screen; copy it so the carets stay aligned.
    for (index, character) in lineText.enumerated() where character == "\t" && cells[index] == " " {
      cells[index] = "\t"
    }
    var text = String(cells)
    while text.last == " " { text.removeLast() }
    let caret = text.map { $0 == "^" ? "\(style.error.0)^\(style.error.1)" : String($0) }.joined()
    let label = diagnostic.primary.text
    return label.isEmpty ? caret : "\(caret) \(style.error.0)\(label)\(style.error.1)"
  }
}

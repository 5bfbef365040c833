/// Writes a `SessionFile` back to text: the inverse of `SessionParser`, with the file's own line
/// ends and byte-order mark.
public enum SessionPrinter {
  public static func printed(_ session: SessionFile) -> String {
    var lines: [String] = []
    for block in session.blocks {
      switch block {
      case .prose(let text): lines.append(text.isEmpty ? "#" : "# " + text)
      case .blank: lines.append("")
      case .entry(let entry):
        for (index, line) in entry.input.enumerated() {
          let marker = index == 0 ? ">" : "|"
          lines.append(line.isEmpty ? marker : marker + " " + line)
        }
        lines += entry.output
        lines += entry.pins.map(\.line)
      }
    }
    let end = session.lineEnding.rawValue
    return (session.hasByteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: end) + (session.endsWithNewline ? end : "")
  }

  /// Output text as recorded lines: a line that would read as a marker gets a `\` in front.
  public static func outputLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.map { line in
      let needsEscape = line.hasPrefix("#") || line.hasPrefix(">") || line.hasPrefix("|") || line.hasPrefix("\\")
        || line.hasPrefix("@") || line.isEmpty
      return needsEscape ? "\\" + line : line
    }
  }
}

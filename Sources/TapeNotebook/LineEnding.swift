/// How a text file ends its lines. Tape reads all three as line ends and writes a file back with
/// the ones it found, so a notebook from a Windows editor (or git's `autocrlf`) stays as it was.
public enum LineEnding: String, Sendable, Equatable {
  case lineFeed = "\n"
  case carriageReturnLineFeed = "\r\n"
  case carriageReturn = "\r"

  /// The first line end in `text`, or `\n` when it has none.
  public static func first(in text: String) -> LineEnding {
    var sawCarriageReturn = false
    for byte in text.utf8 {
      if sawCarriageReturn { return byte == UInt8(ascii: "\n") ? .carriageReturnLineFeed : .carriageReturn }
      if byte == UInt8(ascii: "\n") { return .lineFeed }
      sawCarriageReturn = byte == UInt8(ascii: "\r")
    }
    return sawCarriageReturn ? .carriageReturn : .lineFeed
  }

  /// `text` split at every `\r\n`, `\r` and `\n`; a line end at the very end gives an empty last
  /// line, as `split(omittingEmptySubsequences: false)` does.
  public static func lines(of text: String) -> [Substring] {
    var lines: [Substring] = []
    var start = text.utf8.startIndex
    var index = start
    let utf8 = text.utf8
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
        lines.append(Substring(utf8[start..<index]))
        var next = utf8.index(after: index)
        if byte == UInt8(ascii: "\r"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "\n") { next = utf8.index(after: next) }
        start = next
        index = next
      } else {
        index = utf8.index(after: index)
      }
    }
    lines.append(Substring(utf8[start..<utf8.endIndex]))
    return lines
  }

  /// `text` with every `\r\n` and lone `\r` made `\n`; the same string when it has no `\r`.
  public static func normalized(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
    return lines(of: text).joined(separator: "\n")
  }
}

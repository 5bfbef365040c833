/// Reads `.session` text. A line is prose (`#`), an input (`> `), an input's continuation
/// (`| `), a data pin (`@ data `), blank, or output (anything else, only after an input). Output
/// lines that would begin with a marker are escaped with `\` by the printer, so no line is
/// ambiguous. `\r\n` and `\r` end lines as `\n` does, and a byte-order mark is skipped; the
/// printer writes both back.
public enum SessionParser {
  public static func parse(_ text: String, file: String) throws(SessionError) -> SessionFile {
    var text = Substring(text)
    let hasByteOrderMark = text.first == "\u{FEFF}"
    if hasByteOrderMark { text = text.dropFirst() }
    let lineEnding = LineEnding.first(in: String(text))
    var lines = LineEnding.lines(of: String(text))
    let endsWithNewline = text.utf8.last == UInt8(ascii: "\n") || text.utf8.last == UInt8(ascii: "\r")
    if endsWithNewline { lines.removeLast() }
    var blocks: [SessionFile.Block] = []
    var current: SessionFile.Entry? = nil
    func flush() {
      if let entry = current { blocks.append(.entry(entry)) }
      current = nil
    }
    for (index, substring) in lines.enumerated() {
      let line = String(substring)
      let number = index + 1
      if line.hasPrefix("> ") || line == ">" {
        flush()
        current = SessionFile.Entry(input: [String(line.dropFirst(2))], output: [], line: number)
      } else if line.hasPrefix("| ") || line == "|" {
        guard var entry = current, entry.output.isEmpty, entry.pins.isEmpty else {
          throw SessionError(
            file: file, line: number, column: 1, message: "a continuation line (`| `) must follow an input line",
            help: "start an input with `> `; `| ` continues it on the next line")
        }
        entry.input.append(String(line.dropFirst(2)))
        current = entry
      } else if line.hasPrefix("@") {
        guard var entry = current else {
          throw SessionError(
            file: file, line: number, column: 1, message: "a data pin (`@ data ...`) must follow the entry that reads the file",
            help: "`tape run --update` writes the pins; an output line that starts with `@` is written `\\@`")
        }
        guard let pin = DataPin(line: line) else {
          throw SessionError(
            file: file, line: number, column: 1, message: "this data pin cannot be read",
            help: "a pin reads `@ data FILE (SIZE bytes, sha256 HEX)`; `tape run --update` writes it afresh")
        }
        entry.pins.append(pin)
        current = entry
      } else if line.hasPrefix("#") {
        flush()
        blocks.append(.prose(line == "#" ? "" : String(line.dropFirst(line.hasPrefix("# ") ? 2 : 1))))
      } else if line.isEmpty {
        flush()
        blocks.append(.blank)
      } else if var entry = current {
        entry.output.append(line)
        current = entry
      } else {
        throw SessionError(
          file: file, line: number, column: 1, message: "text outside an entry",
          help: "prose lines start with `# `, inputs with `> `; output belongs right after its input")
      }
    }
    flush()
    return SessionFile(
      blocks: blocks, endsWithNewline: endsWithNewline, lineEnding: lineEnding, hasByteOrderMark: hasByteOrderMark)
  }
}

/// Reads `.session` text. A line is prose (`#`), an input (`> `), an input's continuation
/// (`| `), blank, or output (anything else, only after an input). Output lines that would begin
/// with a marker are escaped with `\` by the printer, so no line is ambiguous.
public enum SessionParser {
  public static func parse(_ text: String, file: String) throws(SessionError) -> SessionFile {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let endsWithNewline = text.hasSuffix("\n")
    if endsWithNewline { lines.removeLast() }
    var blocks: [SessionFile.Block] = []
    var current: SessionFile.Entry? = nil
    func flush() {
      if let entry = current { blocks.append(.entry(entry)) }
      current = nil
    }
    for (index, line) in lines.enumerated() {
      let number = index + 1
      if line.hasPrefix("> ") || line == ">" {
        flush()
        current = SessionFile.Entry(input: [String(line.dropFirst(2))], output: [], line: number)
      } else if line.hasPrefix("| ") || line == "|" {
        guard var entry = current, entry.output.isEmpty else {
          throw SessionError(
            file: file, line: number, column: 1, message: "a continuation line (`| `) must follow an input line",
            help: "start an input with `> `; `| ` continues it on the next line")
        }
        entry.input.append(String(line.dropFirst(2)))
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
    return SessionFile(blocks: blocks, endsWithNewline: endsWithNewline)
  }
}

/// A parsed `.session` notebook: prose, inputs and their recorded outputs, in file order. Every
/// line of the file is kept as written, so printing it back gives the same bytes.
///
///     # Prose is Markdown after `# `.
///     > drop = $118.42/share - $142.62/share
///     drop = -$24.20/share
///     > fn pe(price,
///     |       eps) = price / eps
///
/// See docs/session-format.md.
public struct SessionFile: Sendable, Equatable {
  public enum Block: Sendable, Equatable {
    /// A line of prose, without its `# ` marker (`#` alone is an empty prose line).
    case prose(String)
    case blank
    case entry(Entry)
  }

  /// One input (one or more lines) and the output recorded for it.
  public struct Entry: Sendable, Equatable {
    /// The input's lines without their `> ` / `| ` markers.
    public var input: [String]
    /// Recorded output lines, as they appear in the file (escaped).
    public var output: [String]
    /// 1-based line of the input's first line in the file.
    public var line: Int

    public init(input: [String], output: [String], line: Int) {
      self.input = input
      self.output = output
      self.line = line
    }

    public var source: String { input.joined(separator: "\n") }
  }

  public var blocks: [Block]
  /// Whether the file ended with a newline, so printing reproduces it exactly.
  public var endsWithNewline: Bool

  public init(blocks: [Block], endsWithNewline: Bool = true) {
    self.blocks = blocks
    self.endsWithNewline = endsWithNewline
  }

  public var entries: [Entry] {
    blocks.compactMap { if case .entry(let entry) = $0 { entry } else { nil } }
  }
}

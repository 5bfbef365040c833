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
    /// The files the entry read, with their sizes and checksums, written after its output.
    public var pins: [DataPin]

    public init(input: [String], output: [String], line: Int, pins: [DataPin] = []) {
      self.input = input
      self.output = output
      self.line = line
      self.pins = pins
    }

    public var source: String { input.joined(separator: "\n") }
  }

  public var blocks: [Block]
  /// Whether the file ended with a newline, so printing reproduces it exactly.
  public var endsWithNewline: Bool
  /// The file's own line ends (the first one found), which printing keeps.
  public var lineEnding: LineEnding
  /// Whether the file started with a UTF-8 byte-order mark, which printing keeps.
  public var hasByteOrderMark: Bool

  public init(
    blocks: [Block], endsWithNewline: Bool = true, lineEnding: LineEnding = .lineFeed, hasByteOrderMark: Bool = false
  ) {
    self.blocks = blocks
    self.endsWithNewline = endsWithNewline
    self.lineEnding = lineEnding
    self.hasByteOrderMark = hasByteOrderMark
  }

  /// The name a notebook's errors give their file: the same wherever the notebook is and
  /// whatever it is called, so a copied or renamed notebook still matches its record.
  public static let diagnosticName = "<notebook>"

  public var entries: [Entry] {
    blocks.compactMap { if case .entry(let entry) = $0 { entry } else { nil } }
  }
}

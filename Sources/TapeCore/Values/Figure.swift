/// A chart as a value: how to draw it as text at a given size, and as SVG for HTML export.
/// The drawing lives in TapeLibrary; the core only knows a figure draws itself, so the size and
/// style come from the front end (the REPL's terminal width, a notebook's fixed default).
public struct Figure: Sendable {
  public struct Context: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// Plain ASCII for `TERM=dumb` and other limited terminals.
    public var isASCII: Bool

    public init(width: Int, height: Int, isASCII: Bool) {
      self.width = width
      self.height = height
      self.isASCII = isASCII
    }

    /// What notebooks, pipes and `-e` use, so their output never depends on a terminal.
    public static let standard = Context(width: 80, height: 16, isASCII: false)
  }

  public let title: String
  let drawText: @Sendable (Context) -> String
  let drawSVG: @Sendable () -> String

  public init(
    title: String, text: @escaping @Sendable (Context) -> String, svg: @escaping @Sendable () -> String
  ) {
    self.title = title
    self.drawText = text
    self.drawSVG = svg
  }

  public func rendered(_ context: Context) -> String { drawText(context) }

  /// A standalone `<svg>` element.
  public var svg: String { drawSVG() }
}

/// Identifies one `SourceFile` inside a `SourceMap`.
public struct SourceID: Hashable, Sendable {
  public let rawValue: Int
  public init(_ rawValue: Int) { self.rawValue = rawValue }
}

/// A half-open range of UTF-8 byte offsets inside one source file.
public struct Span: Hashable, Sendable {
  public var source: SourceID
  public var start: Int
  public var end: Int

  public init(source: SourceID, start: Int, end: Int) {
    self.source = source
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest span covering both `self` and `other` (same source assumed).
  public func through(_ other: Span) -> Span {
    Span(source: source, start: min(start, other.start), end: max(end, other.end))
  }

  public var length: Int { end - start }
}

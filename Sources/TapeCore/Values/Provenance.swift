/// Where a figure comes from: one dataset file or one quoted figure, with the documents behind it.
public struct Citation: Sendable, Hashable, Comparable {
  /// Stable key, for ordering and de-duplication: `prices/NVDA.csv`, `market_cap_moves:2025-01-27:NVDA`.
  public var key: String
  /// What was taken from the sources, in a few words: "NVIDIA daily prices, 2024-12-02..2025-02-28".
  public var what: String
  /// The documents, each as "ID: description" (`TP_TECH: GitHub feelfreeze-png/tech-prices ...`).
  public var documents: [String]
  /// Discrepancies between sources and conventions the reader must know ("close is split-adjusted").
  public var note: String?
  /// The calendar the cited dates follow, for series and tables by date; nil when the dates follow
  /// none Tape knows (a loaded file) or the figure is not dated by trading day.
  public var calendar: TradingCalendar?

  public init(key: String, what: String, documents: [String], note: String? = nil, calendar: TradingCalendar? = nil) {
    self.key = key
    self.what = what
    self.documents = documents
    self.note = note
    self.calendar = calendar
  }

  public static func < (lhs: Citation, rhs: Citation) -> Bool { lhs.key < rhs.key }
}

/// The citations behind a value. A result computed from figures carries the union of their
/// provenance, so `why` can cite every input. Empty (and free) for numbers the user typed.
public struct Provenance: Sendable, Hashable {
  /// nil when there is none, never an empty array: typed numbers have none, and a nil is copied
  /// without reference counting (see `Unit`).
  private let storedCitations: [Citation]?

  public var citations: [Citation] { storedCitations ?? [] }

  public static let none = Provenance(citations: [])

  public init(citations: [Citation]) {
    storedCitations = citations.isEmpty ? nil : Array(Set(citations)).sorted()
  }

  public init(_ citation: Citation) { storedCitations = [citation] }

  public var isEmpty: Bool { storedCitations == nil }

  /// Both provenances together; the common cases (either empty, or the same) copy nothing.
  public func union(_ other: Provenance) -> Provenance {
    if other.isEmpty || other == self { return self }
    if isEmpty { return other }
    return Provenance(citations: citations + other.citations)
  }
}

import TapeCore

/// A built-in dataset declared once, with everything `help`, `datasets`, docs/datasets.md and the
/// tests read: its name, what it holds and in which units, its dates, its files and sources, the
/// conventions and discrepancies a reader must know, and examples that the tests run.
///
/// The value itself is built by `load` from the embedded data files on first use and kept in a
/// `static let`, so a session that never names a dataset never parses it.
public struct DatasetDescription: Sendable {
  /// A column of a table, or a field (or kind of field) of a record.
  public struct Field: Sendable {
    /// `close`, or a pattern such as `<country>` for a record keyed by the data.
    public let name: String
    /// The unit as Tape shows it: `USD/share`, `shares`, `USD`, `plain number`, `date`.
    public let unit: String
    public let meaning: String

    public init(_ name: String, _ unit: String, _ meaning: String) {
      self.name = name
      self.unit = unit
      self.meaning = meaning
    }
  }

  /// The name a session reads it by: `nvda`, `gdp`.
  public let name: String
  /// One line for `datasets` and `help`.
  public let summary: String
  /// What kind of value it is, in words: "table, one row per trading day".
  public let shape: String
  public let fields: [Field]
  /// The dates it covers, in words, or nil when it is not dated.
  public let dates: String?
  /// The data files it is built from, inside `Datasets/Data`.
  public let files: [String]
  /// The source ids its figures cite (see `Data/SOURCES.md`).
  public let sourceIDs: [String]
  /// Conventions and discrepancies, as paragraphs; lines starting with `- ` are list items.
  public let notes: String
  /// Lines of Tape and what they show, checked by the tests against the source figures.
  public let examples: [HelpEntry.Example]
  /// Related help topics.
  public let seeAlso: [String]
  /// Builds the value; each dataset passes a `static let`, so this parses at most once.
  public let load: @Sendable () -> Value

  public init(
    name: String, summary: String, shape: String, fields: [Field], dates: String?, files: [String],
    sourceIDs: [String], notes: String, examples: [HelpEntry.Example], seeAlso: [String] = [],
    load: @escaping @Sendable () -> Value
  ) {
    self.name = name
    self.summary = summary
    self.shape = shape
    self.fields = fields
    self.dates = dates
    self.files = files
    self.sourceIDs = sourceIDs
    self.notes = notes
    self.examples = examples
    self.seeAlso = seeAlso
    self.load = load
  }

  /// The dataset an interpreter resolves the name to.
  public var dataset: Dataset { Dataset(name: name, summary: summary, load: load) }

  /// The documents of `sourceIDs`, one line each.
  public var sourceDocuments: [String] { sourceIDs.map(SourceDocuments.document) }
}

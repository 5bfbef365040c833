import Testing
import TapeCore
import TapeLibrary

/// Small synthetic datasets for the series builtins. The NVIDIA closes are the published ones
/// (2025-01-24 $142.62, 01-27 $118.42, 01-28 $128.99); everything else is made up, named as such.
enum SeriesFixtures {
  static let usd = Unit(Environment().units["USD"]!)
  static let share = Unit(Environment().units["share"]!)
  static let usdPerShare = usd.multiplied(by: share.inverted).unit

  static let pricesCitation = Citation(
    key: "test/nv-prices", what: "NVIDIA closes for tests", documents: ["TEST"], calendar: .usEquities)
  static let sharesCitation = Citation(key: "test/nv-shares", what: "shares outstanding for tests", documents: ["TEST"])
  static let benchCitation = Citation(key: "test/bench", what: "a made-up benchmark", documents: ["TEST"])

  static func day(_ iso: String) -> Int32 {
    let parts = iso.split(separator: "-").map { Int($0)! }
    return Int32(TapeDate(year: parts[0], month: parts[1], day: parts[2])!.daysSinceEpoch)
  }

  static func days(_ isos: [String]) -> ContiguousArray<Int32> { ContiguousArray(isos.map(day)) }

  /// `nv`: a price table with the three closes and a `shares` attribute of 24.4B shares.
  static let nv = Table(
    name: "nv", days: days(["2025-01-24", "2025-01-27", "2025-01-28"]),
    columns: [Table.Column(name: "close", values: [142.62, 118.42, 128.99], unit: usdPerShare)],
    provenance: Provenance(pricesCitation),
    attributes: Record(
      names: ["shares"], values: [.quantity(Quantity(24.4e9, share, provenance: Provenance(sharesCitation)))]))

  /// `bench`: a made-up benchmark, one day longer than `nv`, moving +1%, -1%, +1%.
  static let bench = Series(
    name: "bench", days: days(["2025-01-24", "2025-01-27", "2025-01-28", "2025-01-29"]),
    values: [100, 101, 99.99, 100.9899], unit: usdPerShare, provenance: Provenance(benchCitation))

  static let datasets: [Dataset] = [
    Dataset(name: "nv", summary: "test prices", load: { .table(nv) }),
    Dataset(name: "bench", summary: "test benchmark", load: { .series(bench) }),
    // No 2025-01-27: aligning with `nv.close` leaves two shared dates.
    Dataset(
      name: "gappy", summary: "test series with a gap",
      load: { .series(Series(name: "gappy", days: days(["2025-01-24", "2025-01-28"]), values: [1, 2])) }),
    Dataset(name: "empty", summary: "test empty series", load: { .series(Series(name: "empty", days: [], values: [])) }),
    Dataset(
      name: "flat", summary: "test constant series",
      load: { .series(Series(name: "flat", days: days(["2025-01-24", "2025-01-27", "2025-01-28"]), values: [5, 5, 5])) }),
    Dataset(
      name: "bare", summary: "test table without shares",
      load: { .table(Table(name: "bare", days: nv.days, columns: nv.columns, provenance: nv.provenance)) }),
  ]
}

/// An interpreter with every builtin and the synthetic datasets.
struct SeriesSession {
  var interpreter = Interpreter(natives: BuiltinRegistry.natives, datasets: SeriesFixtures.datasets)

  /// The value of a one-statement input; an error is recorded as a test failure.
  mutating func value(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Value? {
    let outcomes = interpreter.run(text)
    switch outcomes.first {
    case .value(let value, _)?: return value
    case .error(let diagnostic)?:
      Issue.record("`\(text)` failed: \(interpreter.rendered(diagnostic))", sourceLocation: sourceLocation)
    default: Issue.record("`\(text)` gave no value", sourceLocation: sourceLocation)
    }
    return nil
  }

  /// What Tape shows for a one-statement input.
  mutating func shown(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    value(text, sourceLocation: sourceLocation)?.display ?? ""
  }

  /// The magnitude of a one-statement input that yields a quantity.
  mutating func number(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Double {
    guard case .quantity(let quantity)? = value(text, sourceLocation: sourceLocation) else {
      Issue.record("`\(text)` is not a quantity", sourceLocation: sourceLocation)
      return .nan
    }
    return quantity.value
  }

  /// The error of a one-statement input: its message, help, and the text its primary span covers.
  mutating func error(_ text: String, sourceLocation: SourceLocation = #_sourceLocation)
    -> (message: String, help: String?, at: String, notes: [String])
  {
    guard case .error(let diagnostic)? = interpreter.run(text).first else {
      Issue.record("`\(text)` did not fail", sourceLocation: sourceLocation)
      return ("", nil, "", [])
    }
    let bytes = Array(text.utf8)
    let span = diagnostic.span
    let covered = span.end <= bytes.count ? String(decoding: bytes[span.start..<span.end], as: UTF8.self) : ""
    return (diagnostic.message, diagnostic.help, covered, diagnostic.notes)
  }

  /// The citation keys behind a one-statement input's value.
  mutating func sources(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    (try? value(text, sourceLocation: sourceLocation)?.provenance().citations.map(\.key)) ?? []
  }
}

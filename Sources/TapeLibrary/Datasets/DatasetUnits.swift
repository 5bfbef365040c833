import TapeCore

/// The units the built-in data is expressed in. `USD`, `share` and the units of time are the
/// ones every session knows; `GPU`, `token` and `Mtoken` are declared here exactly as
/// `unit GPU`, `unit token` and `unit Mtoken = 1M tokens` would declare them, so a session that
/// declares them can combine its own figures with the built-in ones.
enum DatasetUnits {
  static let known = Environment().units

  static func builtin(_ name: String) -> UnitDefinition {
    guard let definition = known[name] else { preconditionFailure("TapeCore no longer defines the unit `\(name)`") }
    return definition
  }

  static let usd = Unit(builtin("USD"))
  static let share = Unit(builtin("share"))
  static let usdPerShare = usd.multiplied(by: share.inverted).unit
  static let day = Unit(builtin("day"))
  static let week = Unit(builtin("week"))
  static let hour = Unit(builtin("hour"))

  /// A GPU, as `unit GPU` declares it (an acronym: no plural).
  static let gpu = Unit(UnitDefinition.base("GPU", plural: "GPU"))
  static let gpuHour = gpu.multiplied(by: hour).unit
  static let usdPerGPUHour = usd.multiplied(by: gpuHour.inverted).unit
  /// A token of text, as `unit token` declares it.
  static let tokenDefinition = UnitDefinition.base("token", plural: "tokens")
  static let token = Unit(tokenDefinition)
  /// A million tokens, as `unit Mtoken = 1M tokens` declares it: API prices are per million.
  static let mtoken = Unit(
    UnitDefinition(name: "Mtoken", plural: "Mtokens", dimension: tokenDefinition.dimension, factor: 1e6))
  static let usdPerMtoken = usd.multiplied(by: mtoken.inverted).unit
}

/// How a figure's unit is written in the data files (`USD_million`, `USD_per_share`,
/// `percent`, `H800_GPU_hours`, `USD_billion_approx`) and the Tape quantity it becomes.
///
/// The value is scaled by a power of ten through its decimal text (`5.328` `USD_million` is
/// parsed as `5.328e6`), so a scaled figure is the double nearest the exact figure, never a
/// product with binary noise. Qualifiers (`_approx`, `_lower_bound`, `(one third)`) do not change
/// the value; they are reported for the citation's note.
struct SourceUnit: Sendable {
  /// Power of ten the written number is multiplied by.
  let exponent: Int
  let unit: Unit
  let format: DisplayFormat
  /// What the unit text says beyond the unit, as sentences for the citation's note: "Approximate."
  let qualifier: String?
  /// The unit as written in the file.
  let written: String

  /// The quantity for a number written as `text` in this unit, or nil when `text` is not a number.
  func quantity(_ text: String, provenance: Provenance) -> Quantity? {
    let trimmed = text.trimmedSpaces
    guard !trimmed.isEmpty, let value = Double(exponent == 0 ? trimmed : "\(trimmed)e\(exponent)"), value.isFinite
    else { return nil }
    return Quantity(value, unit, format: format, provenance: provenance)
  }

  /// The unit a data file's unit text names, or nil for text that is not a quantity's unit
  /// (`date`, `year-month`).
  init?(_ written: String) {
    self.written = written
    var name = written.trimmedSpaces
    var qualifiers: [String] = []
    if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
      let words = name[name.index(after: open)..<name.index(before: name.endIndex)]
      qualifiers.append(
        "Stated in words in the source (\"\(words)\" in the data file's unit column), converted to a number by the data file."
      )
      name = String(name[..<open]).trimmedSpaces
    }
    for (suffix, meaning) in SourceUnit.qualifierSuffixes where name.hasSuffix(suffix) {
      name = String(name.dropLast(suffix.count))
      qualifiers.append(meaning)
    }
    guard let (exponent, unit, format, note) = SourceUnit.table[name] else { return nil }
    if let note { qualifiers.append(note) }
    self.exponent = exponent
    self.unit = unit
    self.format = format
    self.qualifier = qualifiers.isEmpty ? nil : qualifiers.joined(separator: " ")
  }

  static let qualifierSuffixes: [(String, String)] = [
    ("_approx", "Approximate, as the source says."),
    ("_upper_bound", "An upper bound (the source says \"under\" or \"up to\")."),
    ("_lower_bound", "A lower bound (the source says \"more than\" or similar)."),
  ]

  /// Unit text (without qualifiers) to the power of ten, the Tape unit, the display and what the
  /// conversion leaves out, if anything. docs/datasets.md lists the same table.
  static let table: [String: (Int, Unit, DisplayFormat, String?)] = [
    "USD": (0, DatasetUnits.usd, .automatic, nil),
    "USD_million": (6, DatasetUnits.usd, .automatic, nil),
    "USD_billion": (9, DatasetUnits.usd, .automatic, nil),
    "USD_trillion": (12, DatasetUnits.usd, .automatic, nil),
    "USD_per_share": (0, DatasetUnits.usdPerShare, .automatic, nil),
    "USD_per_GPU_hour": (0, DatasetUnits.usdPerGPUHour, .automatic, nil),
    "USD_per_1M_tokens": (0, DatasetUnits.usdPerMtoken, .automatic, nil),
    "USD_per_month": (
      0, DatasetUnits.usd, .automatic, "Per month: Tape has no calendar-month unit, so the amount is plain USD."
    ),
    "shares": (0, DatasetUnits.share, .automatic, nil),
    "million_shares": (6, DatasetUnits.share, .automatic, nil),
    "billion_shares": (9, DatasetUnits.share, .automatic, nil),
    "percent": (-2, .none, .percent, nil),
    "percent_of_GDP": (-2, .none, .percent, "A percentage of GDP."),
    "fraction": (0, .none, .percent, nil),
    "ratio": (0, .none, .automatic, nil),
    "times": (0, .none, .automatic, nil),
    "billion_parameters": (9, .none, .automatic, "Model parameters, as a plain number."),
    "million_views": (6, .none, .automatic, "Views, as a plain number."),
    "months": (0, .none, .automatic, "Calendar months, as a plain number: Tape has no month unit."),
    "trillion_tokens": (12, DatasetUnits.token, .automatic, nil),
    "H800_GPU_hours": (0, DatasetUnits.gpuHour, .automatic, "GPU hours of NVIDIA H800 GPUs."),
    "H800_GPUs": (0, DatasetUnits.gpu, .automatic, "NVIDIA H800 GPUs."),
    "GPUs": (0, DatasetUnits.gpu, .automatic, nil),
    "days": (0, DatasetUnits.day, .automatic, nil),
    "weeks": (0, DatasetUnits.week, .automatic, nil),
  ]
}

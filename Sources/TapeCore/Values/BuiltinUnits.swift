/// The units every session starts with. Time's base is the day (dates subtract to days); a year
/// is 365 days, the actual/365 convention, stated in docs/language.md. Months and quarters have no
/// fixed length in days: they are their own dimension, which only a date (or another count of
/// months) takes, and so are trading days, which only the exchange calendar counts.
enum BuiltinUnits {
  struct Entry {
    let definition: UnitDefinition
    let names: [String]
  }

  /// A hundredth, without dimension, shown as `pp` right after the number: `1.5pp`.
  static let percentagePoint = UnitDefinition(name: "pp", plural: "pp", dimension: Dimension.none, factor: 0.01)

  static let day = UnitDefinition(name: "day", plural: "days", dimension: Dimension(base: "day"))

  static let month = UnitDefinition(name: "month", plural: "months", dimension: Dimension(base: "month"))
  static let year = UnitDefinition(name: "year", plural: "years", dimension: Dimension(base: "day"), factor: 365)
  static let tradingDay = UnitDefinition(
    name: "trading day", plural: "trading days", dimension: Dimension(base: "trading day"))

  static let all: [Entry] = {
    let time = Dimension(base: "day")
    var entries = [
      Entry(definition: .base("share", plural: "shares"), names: ["share", "shares"]),
      Entry(definition: day, names: ["day", "days"]),
      Entry(
        definition: UnitDefinition(name: "week", plural: "weeks", dimension: time, factor: 7), names: ["week", "weeks"]),
      Entry(definition: year, names: ["year", "years"]),
      Entry(definition: month, names: ["month", "months"]),
      Entry(
        definition: UnitDefinition(name: "quarter", plural: "quarters", dimension: month.dimension, factor: 3),
        names: ["quarter", "quarters"]),
      Entry(definition: tradingDay, names: ["trading day", "trading days"]),
      Entry(
        definition: UnitDefinition(name: "hour", plural: "hours", dimension: time, factor: 1.0 / 24),
        names: ["hour", "hours"]),
      Entry(
        definition: UnitDefinition(name: "minute", plural: "minutes", dimension: time, factor: 1.0 / 1440),
        names: ["minute", "minutes"]),
      Entry(
        definition: UnitDefinition(name: "second", plural: "seconds", dimension: time, factor: 1.0 / 86400),
        names: ["second", "seconds"]),
      // Percentage points: a difference of two rates counted in points, 4.5% - 3% = 1.5pp.
      Entry(definition: percentagePoint, names: ["pp"]),
    ]
    for (code, symbol) in currencies {
      let decimals = currenciesWithoutMinorUnit.contains(code) ? 0 : 2
      entries.append(Entry(definition: .currency(code, symbol: symbol, decimals: decimals), names: [code]))
    }
    return entries
  }()

  /// Every name and alias of `all` to its definition: the units a session starts with.
  static let byName: [String: UnitDefinition] = {
    var table: [String: UnitDefinition] = [:]
    for entry in all {
      for name in entry.names { table[name] = entry.definition }
    }
    return table
  }()

  /// ISO 4217 gives these no minor unit in practice: amounts show no decimals. An array, not a
  /// `Set`: making the first `Set<String>` instantiates its generic metadata at run time, a
  /// tenth of `echo 1+1 | tape` (docs/performance.md).
  static let currenciesWithoutMinorUnit: [String] = ["JPY", "KRW"]

  /// ISO 4217 codes Tape knows; each is its own dimension, so they never mix.
  static let currencies: [(String, String?)] = [
    ("USD", "$"), ("EUR", "€"), ("GBP", "£"), ("JPY", "¥"), ("CNY", nil), ("CHF", nil), ("CAD", nil),
    ("AUD", nil), ("HKD", nil), ("INR", nil), ("KRW", nil), ("TWD", nil), ("SEK", nil), ("NOK", nil),
  ]
}

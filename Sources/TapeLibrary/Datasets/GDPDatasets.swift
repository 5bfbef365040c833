import TapeCore

/// Nominal GDP in current US$ by country from `macro/gdp.csv`: `gdp` (the latest year in the
/// file) and `gdp_<year>` for every year it holds.
enum GDPDatasets {
  static let path = "macro/gdp.csv"

  struct Entry: Sendable {
    let country: String
    let year: Int
    let quantity: Quantity
  }

  /// The figures SOURCES.md compares with NVIDIA's one-day loss.
  static let belowTheLoss: Set<String> = ["PRT:2023", "NZL:2023"]

  static let entries: [Entry] = {
    let file = CSVDocument.embedded(path)
    return file.records.map { row in
      let country = row["country"] ?? ""
      let year = row["year"] ?? ""
      let value = row["gdp_current_usd"] ?? ""
      let citation = Citation(
        key: "\(path):\(row["iso3"] ?? country):\(year)",
        what: "\(country) nominal GDP, \(year), current US$: \(value)",
        documents: SourceDocuments.documents(row["source_id"] ?? ""),
        note:
          "World Bank indicator NY.GDP.MKTP.CD, rounded to whole dollars by the source file; the extract ends in 2023 (no 2024 figures)."
          + (belowTheLoss.contains("\(row["iso3"] ?? ""):\(year)")
            ? " Below NVIDIA's one-day loss of 2025-01-27, as seed 003 says." : ""))
      guard let yearNumber = Int(year),
        let quantity = SourceUnit("USD")?.quantity(value, provenance: Provenance(citation))
      else { preconditionFailure("\(path): bad row for \(country)") }
      return Entry(country: country, year: yearNumber, quantity: quantity)
    }
  }()

  /// The years in the file, oldest first.
  static let years: [Int] = Array(Set(entries.map(\.year))).sorted()

  /// `{argentina: $640.6B, ..., new_zealand: ..., world: ...}` for one year, in file order.
  static func record(year: Int) -> Value {
    let chosen = entries.filter { $0.year == year }
    return .record(
      Record(names: chosen.map { DatasetParsing.snakeCase($0.country) }, values: chosen.map { .quantity($0.quantity) }))
  }

  static let latest: Value = record(year: years.last ?? 0)
  static let gdp2022: Value = record(year: 2022)
  static let gdp2023: Value = record(year: 2023)
}

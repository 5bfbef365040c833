import TapeCore

/// Rates for valuation: US Treasury yields (FRED DGS10 and DGS3MO) from
/// `macro/us_treasury_yields.csv`, and Damodaran's implied equity risk premium from
/// `macro/equity_risk_premium.csv`.
enum RateDatasets {
  static let yieldsPath = "macro/us_treasury_yields.csv"
  static let premiumPath = "macro/equity_risk_premium.csv"

  /// What each FRED series is, as SOURCES.md names them.
  static let series: [(id: String, title: String)] = [
    ("DGS10", "10-year Treasury constant-maturity yield"), ("DGS3MO", "3-month Treasury constant-maturity yield"),
  ]

  static let yieldsNote = """
    FRED series (Board of Governors, H.15), percent per year, not seasonally adjusted. Days FRED leaves blank \
    (2024-12-25, 2025-01-01, 2025-01-20, 2025-02-17) are left out. 2025-01-09 has a yield (the bond market was \
    open) but no stock price (the stock market was closed). DGS10 matches a second copy (FRED_SIVAM) on all 61 \
    dates; DGS3MO has no second source.
    """

  /// `treasury_yields`: `{dgs10: series, dgs3mo: series}`, each in percent.
  static let yields: Value = {
    let file = CSVDocument.embedded(yieldsPath)
    let (dateColumn, seriesColumn, percentColumn, sourceColumn) =
      (file.column("date"), file.column("series"), file.column("percent"), file.column("source_id"))
    var names: [String] = []
    var values: [Value] = []
    for (id, title) in series {
      let rows = file.rows.filter { $0[seriesColumn] == id }
      let days = ContiguousArray(rows.map { Int32(DatasetParsing.date($0[dateColumn], in: yieldsPath).daysSinceEpoch) })
      // The file writes percent; a percentage is its ratio, shown as a percentage.
      let rates = ContiguousArray(rows.map { DatasetParsing.number("\($0[percentColumn])e-2", in: yieldsPath) })
      let sourceIDs = rows.flatMap { SourceDocuments.ids(in: $0[sourceColumn]) }.uniqued()
      let citation = Citation(
        key: "\(yieldsPath):\(id)",
        what: "FRED \(id), \(title), \(rows.first?[dateColumn] ?? "")..\(rows.last?[dateColumn] ?? ""): percent",
        documents: sourceIDs.map(SourceDocuments.document)
          + (id == "DGS10" ? ["cross-check: " + SourceDocuments.document("FRED_SIVAM")] : []),
        note: yieldsNote)
      names.append(id.lowercased())
      values.append(
        .series(
          Series(
            name: "treasury_yields.\(id.lowercased())", days: days, values: rates, format: .percent,
            provenance: Provenance(citation))))
    }
    return .record(Record(names: names, values: values))
  }()

  /// `equity_risk_premium`: `{date, market, erp, method}`.
  static let premium: Value = {
    let file = CSVDocument.embedded(premiumPath)
    guard let row = file.records.first else { preconditionFailure("\(premiumPath) has no row") }
    let date = DatasetParsing.date(row["date"] ?? "", in: premiumPath)
    let citation = Citation(
      key: "\(premiumPath):\(date.iso)",
      what: "Damodaran implied equity risk premium, \(row["market"] ?? ""), \(date.iso): \(row["erp_percent"] ?? "") percent",
      documents: SourceDocuments.documents(row["source_id"] ?? ""),
      note: DatasetParsing.sentence(row["method"] ?? "") + " " + DatasetParsing.sentence(row["note"] ?? ""))
    let erp = DatasetParsing.quantity(
      row["erp_percent"] ?? "", unit: "percent", in: premiumPath, provenance: Provenance(citation))
    return .record(
      Record(
        names: ["date", "market", "erp", "method"],
        values: [.date(date), .string(row["market"] ?? ""), .quantity(erp), .string(row["method"] ?? "")]))
  }()
}

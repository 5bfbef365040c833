import TapeCore

/// NVIDIA's cash flows FY2022..FY2025, debt at the FY2024 and FY2025 year-ends, FY2025 total
/// liabilities and exact equity, from `fundamentals/nvda_cashflow.csv`: `nvda_cash_flows`, a
/// record by fiscal year.
enum NVDACashFlowDatasets {
  static let path = "fundamentals/nvda_cashflow.csv"

  /// The fiscal year each year-end belongs to, for figures dated at an instant.
  static let yearEnds: [String: String] = [
    "2025-01-26": "FY2025", "2024-01-28": "FY2024", "2023-01-29": "FY2023", "2022-01-30": "FY2022",
  ]

  /// SOURCES.md's extension discrepancies 1 and 2.
  static let discrepancies: [String: String] = [
    "repurchases_of_common_stock": """
      stockanalysis.com's "Repurchase of Common Stock" gives 40,636 / 12,316 / 11,514 / 1,904 (FY2025..FY2022); \
      it seems to add payments for employee stock-plan taxes (not verified). This is the 10-K line.
      """,
    "capex_property_equipment_intangibles:FY2022": """
      FY2022 capex is in XBRL only as restated in the FY2024 10-K; the FY2022 and FY2023 10-Ks used another tag. \
      All sources agree on 976.
      """,
  ]

  static let outflows: Set<String> = [
    "capex_property_equipment_intangibles", "dividends_paid", "repurchases_of_common_stock",
  ]

  static let figures: [FundamentalsDatasets.Figure] = {
    let file = CSVDocument.embedded(path)
    return file.records.map { row in
      let metric = row["metric"] ?? ""
      let periodEnd = DatasetParsing.date(row["period_end"] ?? "", in: path)
      let period = row["period"] ?? ""
      let year = period == "instant" ? (yearEnds[periodEnd.iso] ?? period) : period
      let unit = row["unit"] ?? ""
      let when = period == "instant" ? "at \(periodEnd.iso)" : "\(period) (fiscal year ended \(periodEnd.iso))"
      var notes: [String] = []
      if let note = row["note"], !note.trimmedSpaces.isEmpty { notes.append(DatasetParsing.sentence(note)) }
      if outflows.contains(metric) {
        notes.append("A cash outflow, stored as a positive amount as XBRL stores it; the statement prints it in parentheses.")
      }
      if let discrepancy = discrepancies["\(metric):\(year)"] ?? discrepancies[metric] { notes.append(discrepancy) }
      let citation = Citation(
        key: "\(path):\(metric):\(year)", what: "NVIDIA \(metric), \(when): \(row["value"] ?? "") \(unit)",
        documents: SourceDocuments.documents(row["source_id"] ?? ""),
        note: notes.isEmpty ? nil : notes.joined(separator: " "))
      let quantity = DatasetParsing.quantity(row["value"] ?? "", unit: unit, in: path, provenance: Provenance(citation))
      return FundamentalsDatasets.Figure(
        metric: metric, quantity: quantity, period: year, periodEnd: periodEnd, sourceCell: row["source_id"] ?? "")
    }
  }()

  /// `nvda_cash_flows`: `{fy2025: {period_end, net_cash_from_operating_activities, …}, …, fy2022: {…}}`.
  static let all: Value = {
    var labels: [String] = []
    for figure in figures where !labels.contains(figure.period) { labels.append(figure.period) }
    labels.sort(by: >)
    return .record(
      Record(
        names: labels.map { $0.lowercased() },
        values: labels.map { label in
          let year = figures.filter { $0.period == label }
          let end = year.first?.periodEnd ?? TapeDate(daysSinceEpoch: 0)
          return .record(
            Record(
              names: ["period_end"] + year.map(\.metric),
              values: [.date(end)] + year.map { .quantity($0.quantity) }))
        }))
  }()
}

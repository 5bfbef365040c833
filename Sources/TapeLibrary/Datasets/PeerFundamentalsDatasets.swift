import TapeCore

/// Each company's latest fiscal year before 2025-01-27, under one set of metric names:
/// `fundamentals/peers.csv` for AAPL, AMZN, GOOGL, META, MSFT, AVGO, AMD and ORCL, and NVIDIA's
/// FY2025 from `fundamentals/nvda.csv` and `fundamentals/nvda_cashflow.csv`. `fundamentals` is
/// the record by company; each company's price table (`aapl`) carries its record as attributes
/// (`aapl.eps_diluted`), as `nvda` always has.
enum PeerFundamentalsDatasets {
  static let path = "fundamentals/peers.csv"

  /// One company's fiscal year: its label and end, and its figures under the shared names.
  struct Company: Sendable {
    let ticker: String
    /// `FY2024`.
    let fiscalYear: String
    let fiscalYearEnd: TapeDate
    var figures: [(metric: String, quantity: Quantity)]

    /// `{fiscal_year: "FY2024", fiscal_year_end: 2024-09-28, revenue: …, …}`.
    var record: Record {
      Record(
        names: ["fiscal_year", "fiscal_year_end"] + figures.map(\.metric),
        values: [.string(fiscalYear), .date(fiscalYearEnd)] + figures.map { .quantity($0.quantity) })
    }
  }

  /// SOURCES.md's timing caveat: calendar-year companies published their FY2024 after the event.
  static let publishedAfterTheEvent: [String: String] = [
    "AMZN": "10-K filed 2025-02-07", "GOOGL": "10-K filed 2025-02-05", "META": "10-K filed 2025-01-30",
    "AMD": "results published 2025-02-04",
  ]

  /// SOURCES.md's discrepancies, by `TICKER:metric` or `*:metric`.
  static let discrepancies: [String: String] = [
    "MSFT:cash_equivalents_and_short_term_investments":
      "Sources differ: 75,543 (ASSETROOM_MSFT_10Q) and 75,531 (stockanalysis.com); cash alone (18,315) agrees.",
    "ORCL:eps_diluted":
      "stockanalysis.com snapshots differ: basic FY2024 EPS 3.82 (July 2024) and 3.81 (November 2024); diluted 3.71 appears only in the July snapshot.",
    "AMD:net_income": "Available only rounded ($1.6 billion) in the release text; the exact figure was not found.",
    "*:long_term_debt_noncurrent":
      "Debt definitions differ by company (carrying amount, face value, commercial paper); no total debt was computed for AMZN, GOOGL or META. Leases are excluded.",
    "*:long_term_debt":
      "Debt definitions differ by company (carrying amount, face value, commercial paper); no total debt was computed for AMZN, GOOGL or META. Leases are excluded.",
  ]

  static let peerCompanies: [Company] = {
    let file = CSVDocument.embedded(path)
    var companies: [Company] = []
    for row in file.records {
      let ticker = row["ticker"] ?? ""
      let metric = row["metric"] ?? ""
      let period = row["period"] ?? ""
      let periodEnd = DatasetParsing.date(row["period_end"] ?? "", in: path)
      let unit = row["unit"] ?? ""
      let when = period == "instant" ? "at \(periodEnd.iso)" : "\(period) (fiscal year ended \(periodEnd.iso))"
      var notes: [String] = []
      if let note = row["note"], !note.trimmedSpaces.isEmpty { notes.append(DatasetParsing.sentence(note)) }
      if let qualifier = SourceUnit(unit)?.qualifier { notes.append(qualifier) }
      if let discrepancy = discrepancies["\(ticker):\(metric)"] ?? discrepancies["*:\(metric)"] {
        notes.append(discrepancy)
      }
      if let published = publishedAfterTheEvent[ticker] {
        notes.append("Published after 2025-01-27 (\(published)): not known to the market on the event day.")
      }
      let citation = Citation(
        key: "\(path):\(ticker):\(metric)", what: "\(ticker) \(metric), \(when): \(row["value"] ?? "") \(unit)",
        documents: SourceDocuments.documents(row["source_id"] ?? ""),
        note: notes.isEmpty ? nil : notes.joined(separator: " "))
      let quantity = DatasetParsing.quantity(row["value"] ?? "", unit: unit, in: path, provenance: Provenance(citation))
      if let index = companies.firstIndex(where: { $0.ticker == ticker }) {
        companies[index].figures.append((metric, quantity))
      } else {
        // Every company's first row is of its fiscal year (a test checks the periods agree).
        companies.append(
          Company(ticker: ticker, fiscalYear: period, fiscalYearEnd: periodEnd, figures: [(metric, quantity)]))
      }
    }
    return companies
  }()

  /// `nvda_cashflow.csv`'s names for what the peers' file calls `operating_cash_flow` and `capex`.
  static let nvdaNames: [String: String] = [
    "net_cash_from_operating_activities": "operating_cash_flow", "capex_property_equipment_intangibles": "capex",
  ]

  /// NVIDIA's FY2025: the fiscal-year figures of `nvda.csv` dated at the year's end (cover-page
  /// counts are in `share_counts`), then those of `nvda_cashflow.csv`, whose exact equity replaces
  /// the rounded one.
  static let nvda: Company = {
    let year = FundamentalsDatasets.latestYear
    var company = Company(ticker: "NVDA", fiscalYear: year.label, fiscalYearEnd: year.end, figures: [])
    for figure in year.figures where figure.periodEnd == year.end {
      company.figures.append((figure.metric, figure.quantity))
    }
    for figure in NVDACashFlowDatasets.figures where figure.periodEnd == year.end {
      let metric = nvdaNames[figure.metric] ?? figure.metric
      if let index = company.figures.firstIndex(where: { $0.metric == metric }) {
        company.figures[index].quantity = figure.quantity
      } else {
        company.figures.append((metric, figure.quantity))
      }
    }
    return company
  }()

  /// Every company with figures and its fiscal year, in the order of the price datasets, written
  /// out so that declaring the datasets parses nothing (`PeerFundamentalsTests` checks them
  /// against the files).
  static let fiscalYears: [(ticker: String, year: String, end: String)] = [
    ("NVDA", "FY2025", "2025-01-26"), ("AVGO", "FY2024", "2024-11-03"), ("AMD", "FY2024", "2024-12-28"),
    ("MSFT", "FY2024", "2024-06-30"), ("GOOGL", "FY2024", "2024-12-31"), ("META", "FY2024", "2024-12-31"),
    ("AMZN", "FY2024", "2024-12-31"), ("AAPL", "FY2024", "2024-09-28"), ("ORCL", "FY2024", "2024-05-31"),
  ]

  static var tickers: [String] { fiscalYears.map(\.ticker) }

  static func fiscalYear(of symbol: String) -> (ticker: String, year: String, end: String)? {
    fiscalYears.first { $0.ticker == symbol }
  }

  /// Every company with figures, in the order of the price datasets.
  static let companies: [Company] = tickers.compactMap { ticker in
    ticker == "NVDA" ? nvda : peerCompanies.first { $0.ticker == ticker }
  }

  static func company(_ symbol: String) -> Company? { companies.first { $0.ticker == symbol } }

  /// `fundamentals`: `{nvda: {...}, avgo: {...}, ...}`.
  static let all: Value = .record(
    Record(names: companies.map { $0.ticker.lowercased() }, values: companies.map { .record($0.record) }))
}

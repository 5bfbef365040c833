import TapeCore

/// NVIDIA's reported figures from `fundamentals/nvda.csv`: every period as `nvda_fundamentals`,
/// and the latest fiscal year as attributes of the `nvda` price table (`nvda.revenue`,
/// `nvda.book_value`, `nvda.shares`).
enum FundamentalsDatasets {
  static let path = "fundamentals/nvda.csv"

  /// One figure of the file, as a quantity citing its row.
  struct Figure: Sendable {
    let metric: String
    let quantity: Quantity
    /// The file's period: `FY2025`, `Q4FY2025`, `9M FY2025`, `instant`, `record date`.
    let period: String
    let periodEnd: TapeDate
    let sourceCell: String
  }

  /// A fiscal period and the figures filed for it.
  struct Period: Sendable {
    /// As the file writes it: `FY2025`, `Q3FY2025`.
    let label: String
    let end: TapeDate
    var figures: [Figure]
    /// The field name: `fy2025`, `q3_fy2025`.
    var name: String {
      label.hasPrefix("Q")
        ? DatasetParsing.snakeCase(String(label.prefix(2)) + " " + label.dropFirst(2)) : label.lowercased()
    }
    var isFiscalYear: Bool { label.hasPrefix("FY") }
  }

  /// A figure dated at an instant that is no fiscal period's end (a filing's cover page) belongs
  /// to the period of the filing that reports it.
  static let periodOfFiling: [String: String] = ["SEC_10K_FY25_R": "FY2025", "SEC_10Q_Q3FY25_R": "Q3FY2025"]

  /// Metrics counted in shares or per share, which the June 2024 split restated.
  static let splitAdjustedMetrics: Set<String> = [
    "eps_basic", "eps_diluted", "weighted_avg_shares_basic", "weighted_avg_shares_diluted", "shares_outstanding",
    "quarterly_dividend",
  ]

  /// What SOURCES.md says about a metric beyond the file's own note (discrepancy 6 above all).
  static let discrepancies: [String: String] = [
    "shares_outstanding": """
    Seed 003 says "24.68 billion shares"; the 10-K cover gives 24.4B (as of 2025-02-21) and the 10-Q cover \
    24,490M (as of 2024-11-15).
    """,
    "shareholders_equity": """
    Seed 003's "total assets $96.01B, liabilities $30.11B, book value $65.9B" match neither fiscal-year end \
    (2025-01-26: total assets $111,601M, equity about $79.3B; 2024-01-28: assets $65,728M, liabilities \
    $22,750M, equity about $43.0B); they may be an interim quarter, but no quarterly totals were found.
    """,
    "total_assets": """
    Seed 003 gives total assets of $96.01B, which matches neither fiscal-year end (2025-01-26: $111,601M; \
    2024-01-28: $65,728M).
    """,
    "total_liabilities": """
    Seed 003 gives total liabilities of $30.11B, which matches neither fiscal-year end; NVIDIA's total \
    liabilities at 2025-01-26 were not found as a published figure.
    """,
    "revenue": """
    Seed 003's "revenue 2022 $26.9B, 2023 $60.9B" are NVIDIA fiscal years: FY2023 (ended 2023-01-29) \
    $26,974M and FY2024 (ended 2024-01-28) $60,922M; FY2022 was $26,914M.
    """,
  ]

  static let figures: [Figure] = {
    let file = CSVDocument.embedded(path)
    return file.records.map { row in
      let metric = row["metric"] ?? ""
      let period = row["period"] ?? ""
      let periodEnd = DatasetParsing.date(row["period_end"] ?? "", in: path)
      let unitText = row["unit"] ?? ""
      let citation = citation(
        metric: metric, value: row["value"] ?? "", unit: unitText, period: period, periodEnd: periodEnd,
        sourceCell: row["source_id"] ?? "", rowNote: row["note"] ?? "")
      let quantity = DatasetParsing.quantity(
        row["value"] ?? "", unit: unitText, in: path, provenance: Provenance(citation))
      return Figure(
        metric: metric, quantity: quantity, period: period, periodEnd: periodEnd, sourceCell: row["source_id"] ?? "")
    }
  }()

  static func citation(
    metric: String, value: String, unit: String, period: String, periodEnd: TapeDate, sourceCell: String,
    rowNote: String
  ) -> Citation {
    let when: String
    switch period {
    case "instant": when = "at \(periodEnd.iso)"
    case "record date": when = "record date \(periodEnd.iso)"
    default: when = "\(period) (period ended \(periodEnd.iso))"
    }
    var notes: [String] = []
    if !rowNote.trimmedSpaces.isEmpty { notes.append(DatasetParsing.sentence(rowNote)) }
    if let qualifier = SourceUnit(unit)?.qualifier { notes.append(qualifier) }
    if splitAdjustedMetrics.contains(metric) {
      notes.append(
        "Share and per-share figures are after the ten-for-one split of June 2024, restated retroactively (CAPEDGE_10K_NOTE1)."
      )
    }
    if let discrepancy = discrepancies[metric] { notes.append(discrepancy) }
    return Citation(
      key: "\(path):\(metric):\(period == "instant" || period == "record date" ? periodEnd.iso : period)",
      what: "NVIDIA \(metric), \(when): \(value) \(unit)",
      documents: SourceDocuments.documents(sourceCell),
      note: notes.isEmpty ? nil : notes.joined(separator: " "))
  }

  static func isFiscalPeriod(_ label: String) -> Bool {
    let rest = label.hasPrefix("Q") && label.count > 2 ? String(label.dropFirst(2)) : label
    return rest.hasPrefix("FY") && rest.count == 6 && Int(rest.dropFirst(2)) != nil
  }

  /// The fiscal periods, latest first (a year before its fourth quarter), each with its figures:
  /// figures of the period itself, then those dated at its end (balance-sheet items, nine-month
  /// totals), then cover-page figures of the filing that reports it.
  static let periods: [Period] = {
    var periods: [Period] = []
    for figure in figures where isFiscalPeriod(figure.period) {
      if let index = periods.firstIndex(where: { $0.label == figure.period }) {
        periods[index].figures.append(figure)
      } else {
        periods.append(Period(label: figure.period, end: figure.periodEnd, figures: [figure]))
      }
    }
    periods.sort { ($0.end, $0.isFiscalYear ? 1 : 0) > ($1.end, $1.isFiscalYear ? 1 : 0) }
    for figure in figures where !isFiscalPeriod(figure.period) && figure.period != "record date" {
      let home =
        periods.firstIndex { $0.end == figure.periodEnd && $0.isFiscalYear }
        ?? periods.firstIndex { $0.end == figure.periodEnd }
        ?? SourceDocuments.ids(in: figure.sourceCell).lazy.compactMap { id in
          periodOfFiling[id].flatMap { label in periods.firstIndex { $0.label == label } }
        }.first
      guard let home else {
        preconditionFailure("\(path): no fiscal period for \(figure.metric) at \(figure.periodEnd.iso)")
      }
      periods[home].figures.append(figure)
    }
    return periods
  }()

  /// The dividends by record date, oldest first.
  static let dividends: [Figure] = figures.filter { $0.period == "record date" }.sorted { $0.periodEnd < $1.periodEnd }

  static func record(_ period: Period) -> Record {
    Record(
      names: ["period_end"] + period.figures.map(\.metric),
      values: [.date(period.end)] + period.figures.map { .quantity($0.quantity) })
  }

  /// `nvda_fundamentals`: `{fy2025: {...}, q4_fy2025: {...}, ..., dividends: [...]}`.
  static let all: Value = {
    let dividendList = dividends.map { figure in
      Value.record(
        Record(names: ["record_date", "amount"], values: [.date(figure.periodEnd), .quantity(figure.quantity)]))
    }
    return .record(
      Record(
        names: periods.map(\.name) + ["dividends"],
        values: periods.map { .record(record($0)) } + [.list(dividendList)]))
  }()

  /// The latest fiscal year, whose figures the `nvda` table carries as attributes.
  static var latestYear: Period {
    guard let year = periods.first(where: \.isFiscalYear) else { preconditionFailure("\(path) has no fiscal year") }
    return year
  }

  /// Names the attributes of `nvda` add to the file's metrics: `book_value` is stockholders'
  /// equity, `shares` the shares outstanding.
  static let aliases: [(alias: String, metric: String)] = [
    ("book_value", "shareholders_equity"), ("shares", "shares_outstanding"),
  ]

  /// `nvda.revenue`, `nvda.book_value`, ...: the latest fiscal year's figures, then the aliases.
  static let latestAttributes: Record = {
    let year = latestYear
    var attributes = record(year)
    attributes.names[0] = "fiscal_year_end"
    for (alias, metric) in aliases {
      guard let figure = year.figures.first(where: { $0.metric == metric }) else {
        preconditionFailure("\(path): \(year.label) has no \(metric) for `nvda.\(alias)`")
      }
      attributes.names.append(alias)
      attributes.values.append(.quantity(figure.quantity))
    }
    return attributes
  }()
}

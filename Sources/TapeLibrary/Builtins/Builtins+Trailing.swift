import TapeCore

/// Trailing twelve months without look-ahead: NVIDIA's diluted EPS summed over the four quarters
/// of its last report published on or before a price date, from the figures whose document was
/// out by then (CFA curriculum, Equity Valuation, "Market-Based Valuation": trailing P/E).
extension Builtins {
  static let trailing: [Builtin] = [trailingEps, fiscalYears]

  /// Why the twelve months known on a date cannot be computed from the data.
  enum TrailingRefusal: LibraryProblem {
    case notNVIDIA(String)
    case nothingPublished(TapeDate)
    case missingQuarters(date: TapeDate, report: String, missing: [String])

    var message: String {
      switch self {
      case .notNVIDIA(let table):
        "`\(table)` has no quarterly figures: trailing EPS is built in for `nvda` only"
      case .nothingPublished(let date):
        "no NVIDIA diluted EPS in the data was published on or before \(date.iso)"
      case .missingQuarters(let date, let report, let missing):
        "the twelve months known on \(date.iso) end with \(report); the data lacks \(missing.joined(separator: "; "))"
      }
    }

    var help: String? {
      switch self {
      case .notNVIDIA: "give the four quarters yourself with `ttm(last_year, year_to_date, same_period_last_year)`"
      case .nothingPublished: "pick a price date on or after NVIDIA's first report in the data (2024-11-20)"
      case .missingQuarters:
        "a later-published figure would be look-ahead; `help ttm` shows the same months from the FY2025 report"
      }
    }

    func error(at span: Span) -> EvalError { .library(AnyLibraryProblem(self), at: span) }
  }

  /// The day each fundamentals document was published (SOURCES.md; the documents' own dates).
  /// Figures from an aggregator without a date are never taken as known.
  static let publicationDates: [String: TapeDate] = [
    "PR_Q3FY25": TapeDate(year: 2024, month: 11, day: 20),
    "SEC_10Q_Q3FY25_R": TapeDate(year: 2024, month: 11, day: 20),
    "PR_Q4FY25": TapeDate(year: 2025, month: 2, day: 26),
    "SEC_10K_FY25_R": TapeDate(year: 2025, month: 2, day: 26),
  ].compactMapValues { $0 }

  /// When a figure's source was published: its earliest dated document.
  static func published(_ figure: FundamentalsDatasets.Figure) -> TapeDate? {
    SourceDocuments.ids(in: figure.sourceCell).compactMap { publicationDates[$0] }.min()
  }

  /// A period's diluted EPS figure.
  static func dilutedEPS(_ period: FundamentalsDatasets.Period) -> FundamentalsDatasets.Figure? {
    period.figures.first { $0.metric == "eps_diluted" && $0.period == period.label }
  }

  /// NVIDIA's trailing diluted EPS on `date`: the last fiscal year if its report is the latest
  /// published, else the sum of the four quarters ending with the latest reported quarter.
  static func trailingDilutedEPS(on date: TapeDate, at span: Span) throws(EvalError) -> Quantity {
    let periods = FundamentalsDatasets.periods
    let known = periods.filter { period in
      dilutedEPS(period).flatMap(published).map { $0 <= date } ?? false
    }
    // `periods` runs latest first, a year before its fourth quarter.
    guard let latest = known.first, let latestFigure = dilutedEPS(latest) else {
      throw TrailingRefusal.nothingPublished(date).error(at: span)
    }
    if latest.isFiscalYear { return latestFigure.quantity }
    guard let quarter = Int(latest.label.dropFirst().prefix(1)), let year = Int(latest.label.suffix(4)) else {
      throw TrailingRefusal.nothingPublished(date).error(at: span)
    }
    // The four quarters ending with the latest: Q(q) FY(y) back to Q(q+1) FY(y-1).
    var quarters: [(label: String, shown: String)] = []
    for step in 0..<4 {
      let index = quarter - step
      let (q, y) = index >= 1 ? (index, year) : (index + 4, year - 1)
      quarters.append(("Q\(q)FY\(y)", "Q\(q) FY\(y)"))
    }
    var sum: Quantity?
    var missing: [String] = []
    for (label, shown) in quarters {
      let figure = periods.first { $0.label == label }.flatMap(dilutedEPS)
      guard let figure else {
        missing.append("\(shown) diluted EPS (its report is not in the data)")
        continue
      }
      guard let day = published(figure), day <= date else {
        let when = published(figure).map { " published \($0.iso)" } ?? ""
        missing.append("\(shown) diluted EPS as known then (the data cites it from \(figure.sourceCell)\(when))")
        continue
      }
      guard let total = sum else {
        sum = figure.quantity
        continue
      }
      sum = Quantity(
        total.value + figure.quantity.converted(to: total.unit).value, total.unit, provenance: total.provenance.union(figure.quantity.provenance))
    }
    guard missing.isEmpty, let sum else {
      throw TrailingRefusal.missingQuarters(date: date, report: "Q\(quarter) FY\(year)", missing: missing.reversed()).error(at: span)
    }
    return sum
  }

  /// Checks that the company of the call, the `nvda` table or the ticker `"NVDA"`, is NVIDIA.
  static func requireNVIDIA(_ arguments: [Value], _ call: CallContext) throws(EvalError) {
    switch arguments[0] {
    case .table(let table) where PriceDatasets.symbol(of: table) == "NVDA": return
    case .string(let ticker) where ticker.uppercased() == "NVDA": return
    case .table(let table): throw TrailingRefusal.notNVIDIA(table.name).error(at: call.argumentSpan(0))
    case .string(let ticker): throw TrailingRefusal.notNVIDIA(ticker).error(at: call.argumentSpan(0))
    default: throw undeclared(0, call)
    }
  }

  static let trailingDetails = """
    Trailing means the twelve months known on the price date (CFA curriculum, Equity Valuation, \
    "Market-Based Valuation": the trailing P/E divides by the last four reported quarters). Only \
    figures whose document was published on or before `date` count: the Q3 FY2025 press release \
    and 10-Q of 2024-11-20, the Q4 FY2025 press release and 10-K of 2025-02-26. From 2025-02-26 \
    the last report is fiscal 2025 and the answer is its $2.94. Before it, the twelve months are \
    Q4 FY2024 to Q3 FY2025; the data holds Q3 FY2025 ($0.78) but not Q1 or Q2 FY2025, and cites \
    Q4 FY2024 only from the press release of 2025-02-26, so the function refuses and names them \
    rather than use a later-published figure. The same months from the FY2025 report are \
    FY2025 - Q4 FY2025 + Q4 FY2024 = $2.54 (`help ttm`): a P/E of 56.1 on 24 January, 46.6 on 27 January.
    """

  static let trailingEps = Builtin(
    name: "trailing_eps", topic: .market,
    parameters: [
      .init("company", .oneOf([.table, .string]), "`nvda` or `\"NVDA\"`, the company whose quarterly figures are built in"),
      .init("date", .date, "the price date"),
    ],
    returns: .quantity, resultNote: "diluted, in dollars per share",
    summary: "NVIDIA's diluted EPS over the twelve months reported by `date`, without look-ahead.",
    examples: [.init("trailing_eps(\"NVDA\", 2025-02-27)", yields: "$2.94/share")],
    details: trailingDetails,
    seeAlso: ["trailing_pe", "ttm", "pe", "eps"]
  ) { arguments, call throws(EvalError) in
    try requireNVIDIA(arguments, call)
    return .quantity(try trailingDilutedEPS(on: try date(arguments, 1, call), at: call.argumentSpan(1)))
  }
}

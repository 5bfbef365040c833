import TapeCore

/// The declarations of the price datasets: one per ticker, written from `PriceDatasets.tickers`,
/// and `closes`.
extension DatasetRegistry {
  static let priceDates =
    "\(PriceDatasets.firstDay) to \(PriceDatasets.lastDay), \(PriceDatasets.tradingDays) trading days (no row for 2025-01-09)"

  /// The closes on 2025-01-24 and 2025-01-27 as the price files give them, for each ticker's
  /// examples: the Friday before and the Monday of the DeepSeek sell-off.
  static let closesAroundTheSelloff: [String: (friday: String, monday: String)] = [
    "NVDA": ("$142.62/share", "$118.42/share"), "AVGO": ("$244.70/share", "$202.13/share"),
    "TSM": ("$221.88/share", "$192.31/share"), "AMD": ("$122.84/share", "$115.01/share"),
    "MSFT": ("$444.06/share", "$434.56/share"), "GOOGL": ("$200.21/share", "$191.81/share"),
    "META": ("$647.49/share", "$659.88/share"), "AMZN": ("$234.85/share", "$235.42/share"),
    "AAPL": ("$222.78/share", "$229.86/share"), "ORCL": ("$183.60/share", "$158.28/share"),
    "SPY": ("$607.97/share", "$599.37/share"), "QQQ": ("$529.63/share", "$514.21/share"),
    "IXIC": ("19,954.3", "19,341.8"),
  ]

  static func priceDescription(_ ticker: PriceDatasets.Ticker) -> DatasetDescription {
    let name = ticker.name
    let price = ticker.isIndex ? "plain number" : "USD/share"
    var fields =
      ticker.isIndex
      ? [
        DatasetDescription.Field("open", price, "the index at the open"),
        DatasetDescription.Field("high", price, "the day's highest level"),
        DatasetDescription.Field("low", price, "the day's lowest level"),
        DatasetDescription.Field("close", price, "the index at the close"),
      ]
      : [
        DatasetDescription.Field("open", price, "first trade of the day"),
        DatasetDescription.Field("high", price, "highest trade of the day"),
        DatasetDescription.Field("low", price, "lowest trade of the day"),
        DatasetDescription.Field("close", price, "last trade of the day; split-adjusted, not dividend-adjusted"),
      ]
    if !ticker.isIndex {
      fields.append(
        .init(
          "adj_close", price, "split- and dividend-adjusted close as of the source's download; for total returns only"))
    }
    fields.append(
      .init(
        "volume", ticker.isIndex ? "plain number" : "shares",
        ticker.isIndex ? "Yahoo's index volume figure" : "shares traded"))
    var examples: [HelpEntry.Example] = []
    if let closes = closesAroundTheSelloff[ticker.symbol] {
      examples += [
        .init("\(name).close[2025-01-24]", yields: closes.friday),
        .init("\(name).close[2025-01-27]", yields: closes.monday),
      ]
    }
    var notes = ticker.isIndex ? ticker.note : PriceDatasets.conventions + "\n\n" + ticker.note
    var seeAlso = ["closes", "datasets"]
    switch ticker.symbol {
    case "NVDA":
      examples += [
        .init("(nvda.close[2025-01-27] - nvda.close[2025-01-24]) / nvda.close[2025-01-24] in %", yields: "-16.97%"),
        .init("nvda.volume[2025-01-27]", yields: "818.8M shares"),
        .init("nvda.shares", yields: "24.4B shares"),
        .init("nvda.book_value", yields: "$79.30B"),
        .init("nvda.revenue", yields: "$130.5B"),
        .init("(nvda.close[2025-01-27] - nvda.close[2025-01-24]) * nvda.shares", yields: "-$590.5B"),
      ]
      fields += [
        .init(
          "revenue, net_income, total_assets, ...", "USD",
          "NVIDIA's fiscal year 2025 (ended 2025-01-26), every FY2025 field of `nvda_fundamentals`"),
        .init("eps_basic, eps_diluted", "USD/share", "FY2025 earnings per share (GAAP, split-adjusted)"),
        .init(
          "book_value", "USD",
          "stockholders' equity at 2025-01-26 (`shareholders_equity`), $79.3B as rounded by the source"),
        .init("shares", "shares", "shares outstanding at 2025-02-21 from the 10-K cover (`shares_outstanding`), 24.4B"),
        .init("fiscal_year_end", "date", "2025-01-26"),
      ]
      notes += """


        The fundamentals are NVIDIA's latest fiscal year in the data, FY2025; `nvda_fundamentals` has every \
        period. The shares figure is rounded to 0.1B by the 10-K cover and dated 2025-02-21, so the loss it gives \
        on 2025-01-27, -$590.5B, differs slightly from the $589B most sources report.
        """
      seeAlso = ["nvda_fundamentals", "market_cap_moves", "closes", "datasets"]
    case "IXIC":
      examples.append(
        .init("(ixic.close[2025-01-27] - ixic.close[2025-01-24]) / ixic.close[2025-01-24] in %", yields: "-3.07%"))
    default:
      if let company = PeerFundamentalsDatasets.fiscalYear(of: ticker.symbol) {
        fields += [
          .init(
            "fiscal_year, fiscal_year_end", "string, date",
            "the fiscal year of the figures: \(company.year), ended \(company.end)"),
          .init(
            "revenue, net_income, eps_diluted, ...", "USD, USD/share",
            "every field of `fundamentals.\(name)`, each citing its filing"),
        ]
        examples.append(.init("\(name).fiscal_year_end", yields: company.end))
        notes += """


          The fundamentals are \(ticker.title)'s fiscal year \(company.year) (ended \(company.end)), the last that \
          ended before 2025-01-27; `fundamentals` has every company's, and `help fundamentals` says which were \
          published after the event.
          """
        seeAlso = ["fundamentals", "share_counts", "market_cap", "closes", "datasets"]
      }
    }
    let symbol = ticker.symbol
    return DatasetDescription(
      name: name,
      summary: ticker.isIndex
        ? "Daily levels and volumes of \(ticker.title) (\(symbol)), in index points."
        : "Daily prices and volumes of \(ticker.title) (\(symbol))\(fundamentalsClause(symbol)).",
      shape: "table, one row per trading day",
      fields: fields, dates: priceDates, files: [ticker.path], sourceIDs: [ticker.sourceID] + ticker.crossChecks,
      notes: notes, examples: examples, seeAlso: seeAlso,
      load: { .table(PriceDatasets.cachedTable(symbol)) })
  }

  /// `, with its FY2024 fundamentals` for a company with figures.
  static func fundamentalsClause(_ symbol: String) -> String {
    PeerFundamentalsDatasets.fiscalYear(of: symbol).map { ", with its \($0.year) fundamentals" } ?? ""
  }

  static let closes = DatasetDescription(
    name: "closes", summary: "The daily close of every ticker side by side, one column per ticker.",
    shape: "table, one row per trading day",
    fields: [
      .init("nvda, avgo, tsm, amd, msft, googl, meta, amzn, aapl, orcl, spy, qqq", "USD/share", "the ticker's close"),
      .init("ixic", "plain number", "the Nasdaq Composite's close, in index points"),
    ],
    dates: priceDates, files: ["prices/closes_long.csv"],
    sourceIDs: ["TP_STOCKS", "TP_TECH_AMD", "TP_TECH", "GHOUS_DATA", "TP_MACRO"],
    notes: """
      The same closes as the per-ticker tables, from the tidy file that holds them all; `help nvda` and the other \
      tickers give each file's caveats. \(PriceDatasets.conventions)
      """,
    examples: [
      .init("closes.nvda[2025-01-27]", yields: "$118.42/share"),
      .init("closes.ixic[2025-01-27]", yields: "19,341.8"),
    ],
    seeAlso: ["nvda", "datasets"],
    load: { .table(PriceDatasets.closes) })
}

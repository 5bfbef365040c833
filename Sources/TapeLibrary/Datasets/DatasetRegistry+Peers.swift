import TapeCore

/// The declarations of the datasets that compare companies: the universes `stocks` and `peers`,
/// every company's fundamentals, the dated share counts, and NVIDIA's cash flows.
extension DatasetRegistry {
  static let stocks = DatasetDescription(
    name: "stocks",
    summary: "Every built-in company and ETF as one record of price tables, keyed by ticker.",
    shape: "record of tables, one per ticker",
    fields: [
      .init(
        PriceDatasets.listed.map(\.name).joined(separator: ", "), "table",
        "the ticker's price table, the same value as the dataset of that name (`stocks.nvda` is `nvda`)")
    ],
    dates: priceDates, files: PriceDatasets.listed.map(\.path),
    sourceIDs: ["TP_TECH", "TP_TECH_AMD", "TP_STOCKS", "TP_MACRO"],
    notes: """
      The ten companies and the two ETFs (SPY, QQQ) of the price data; the Nasdaq Composite (`ixic`) is an index, \
      not a holding, and is left out. A function applied to each table gives a result labelled by ticker: \
      `map(stocks, t => pct_change(t.close)[2025-01-27])` is each ticker's move on 27 January. `peers` holds only \
      the companies with fundamentals.
      """,
    examples: [
      .init("stocks.nvda.close[2025-01-27]", yields: "$118.42/share"),
      .init("stocks.spy.close[2025-01-27]", yields: "$599.37/share"),
    ],
    seeAlso: ["peers", "closes", "map", "datasets"],
    load: { PriceDatasets.stocks })

  static let peers = DatasetDescription(
    name: "peers",
    summary: "The price tables of the companies with fundamentals in the data, keyed by ticker.",
    shape: "record of tables, one per ticker",
    fields: [
      .init(
        PeerFundamentalsDatasets.tickers.map { $0.lowercased() }.joined(separator: ", "), "table",
        "the company's price table, with its latest fiscal year's figures as attributes (`peers.aapl.eps_diluted`)")
    ],
    dates: priceDates,
    files: PeerFundamentalsDatasets.tickers.map { "prices/\($0).csv" } + [PeerFundamentalsDatasets.path],
    sourceIDs: [
      "TP_TECH", "TP_TECH_AMD", "TP_STOCKS", "AAPL_10K_FY24_IX", "AMZN_10K_FY24_IX", "GOOGL_10K_FY24_IX",
      "META_10K_FY24_IX", "ZACKS_MSFT_IS", "SAON_CF_MSFT", "SECWATCH_MSFT_8K", "ASSETROOM_MSFT_10Q", "SAON_BS_Q_MSFT",
      "STOCKANALYSIS_MSFT_CF", "SAON_IS_AVGO", "AVGO_8K_FY25", "AMD_PR_Q4FY24", "STOCKANALYSIS_ORCL_IS",
    ],
    notes: """
      `stocks` without the ETFs and without TSMC, for which no fundamentals or share count were found. Each \
      table carries its company's figures, so a ratio across the peers is one line: \
      `map(peers, t => pe(t.close[2025-01-24], t.eps_diluted))`. The fiscal years differ: see `fundamentals`.
      """,
    examples: [
      .init("peers.aapl.close[2025-01-24] / peers.aapl.eps_diluted", yields: "36.6414"),
      .init("peers.msft.fiscal_year", yields: "\"FY2024\""),
    ],
    seeAlso: ["stocks", "fundamentals", "pe", "datasets"],
    load: { PriceDatasets.peers })

  static let fundamentals = DatasetDescription(
    name: "fundamentals",
    summary: "Each company's figures for its last fiscal year ended before 2025-01-27, under one set of names.",
    shape: "record of records, one per company",
    fields: [
      .init(
        PeerFundamentalsDatasets.tickers.map { $0.lowercased() }.joined(separator: ", "), "record",
        "one company's fiscal year"),
      .init("<company>.fiscal_year", "string", "`FY2024` (NVIDIA: `FY2025`)"),
      .init("<company>.fiscal_year_end", "date", "the last day of that fiscal year"),
      .init(
        "<company>.revenue, net_income, operating_cash_flow, capex", "USD",
        "the fiscal year's flows (capex is a positive outflow)"),
      .init("<company>.eps_diluted", "USD/share", "diluted earnings per share, GAAP"),
      .init("<company>.shareholders_equity, cash_and_equivalents", "USD", "at the fiscal year's end, where found"),
      .init(
        "<company>.marketable_securities_*, long_term_debt_*, ...", "USD",
        "other balance-sheet figures at the fiscal year's end, where found"),
    ],
    dates: "fiscal years ended 2024-05-31 (ORCL) to 2025-01-26 (NVDA)",
    files: [PeerFundamentalsDatasets.path, FundamentalsDatasets.path, NVDACashFlowDatasets.path],
    sourceIDs: [
      "AAPL_10K_FY24_IX", "AMZN_10K_FY24_IX", "GOOGL_10K_FY24_IX", "META_10K_FY24_IX", "ZACKS_MSFT_IS", "SAON_CF_MSFT",
      "SECWATCH_MSFT_8K", "ASSETROOM_MSFT_10Q", "SAON_BS_Q_MSFT", "STOCKANALYSIS_MSFT_CF", "SAON_IS_AVGO",
      "AVGO_8K_FY25", "AMD_PR_Q4FY24", "STOCKANALYSIS_ORCL_IS", "PR_Q4FY25", "SAON_BS_Q", "QIHUI_XBRL",
      "SEC_10K_FY25_R", "SEC_10Q_Q3FY25_R", "PR_Q3FY25", "SAON_BS_A", "SAON_IS", "NVDA_10K_FY25_IX", "SEC_CF_NVDA",
    ],
    notes: """
      Fiscal years end on different days: AAPL 2024-09-28, MSFT 2024-06-30, AVGO 2024-11-03, ORCL 2024-05-31, \
      AMZN, GOOGL and META 2024-12-31, AMD 2024-12-28, NVDA 2025-01-26. Every record says which \
      (`fiscal_year`, `fiscal_year_end`) and every figure's citation gives its period. NVIDIA's names follow the \
      peers': its cash-flow file's `net_cash_from_operating_activities` is `operating_cash_flow` here and its \
      capex `capex`; its equity is the exact $79,327M.

      - Timing: the calendar-year companies (AMZN, GOOGL, META, AMD) published FY2024 after 27 January 2025 \
      (META's 10-K on 30 January, AMD's results on 4 February, GOOGL's 10-K on 5 February, AMZN's on 7 \
      February), and NVIDIA its FY2025 on 26 February: the market did not know these figures on the event day. \
      AAPL's, MSFT's, AVGO's and ORCL's were public.
      - Missing: MSFT has no non-current debt, AVGO no equity, cash, debt or capex, AMD no exact net income \
      ($1.6B, rounded) or equity, ORCL only revenue, net income and EPS (all from a third-party site). A figure \
      that was not found is not a field: asking for it is an error naming the fields there are.
      - Debt is defined differently by each company (carrying amount, face value, commercial paper); no total \
      was computed where the filing gives none.
      """,
    examples: [
      .init("fundamentals.aapl.revenue", yields: "$391.0B"),
      .init("fundamentals.aapl.fiscal_year_end", yields: "2024-09-28"),
      .init("fundamentals.googl.eps_diluted", yields: "$8.04/share"),
      .init("fundamentals.nvda.operating_cash_flow", yields: "$64.09B"),
      .init("fundamentals.meta.net_income / fundamentals.meta.revenue in %", yields: "37.91%"),
      .init("market_cap(aapl, 2025-01-24) / fundamentals.aapl.revenue", yields: "8.55836"),
    ],
    seeAlso: ["peers", "share_counts", "nvda_fundamentals", "pe", "datasets"],
    load: { PeerFundamentalsDatasets.all })

  static let shareCounts = DatasetDescription(
    name: "share_counts",
    summary: "Cover-page shares outstanding with their as-of dates and filings, by company.",
    shape: "record of lists, one per company, each count a record (oldest first)",
    fields: [
      .init(
        ShareCountDatasets.tickers.map { $0.lowercased() }.joined(separator: ", "), "list of records",
        "the company's counts"),
      .init("<company>[i].as_of", "date", "the date the cover counts the shares at"),
      .init("<company>[i].shares", "shares", "the count"),
      .init("<company>[i].share_class", "string", "`A`, `B`, `C` for one class of several; `all` otherwise"),
      .init("<company>[i].filing", "string", "the filing whose cover gives it"),
    ],
    dates: "as of 2024-07-30 (MSFT) to 2025-02-21 (NVDA)",
    files: [ShareCountDatasets.path, FundamentalsDatasets.path],
    sourceIDs: [
      "AAPL_10K_FY24_IX", "SEC_CF_AAPL", "GOOGL_10K_FY24_IX", "META_10K_FY24_IX", "AMZN_10K_FY24_IX",
      "CAPEDGE_AVGO_10Q_Q3FY24", "MSFT_IR_FAQ", "DERIVED", "PR_Q4FY25", "SAON_BS_Q", "QIHUI_XBRL", "SEC_10K_FY25_R",
      "SEC_10Q_Q3FY25_R", "PR_Q3FY25", "SAON_BS_A", "SAON_IS",
    ],
    notes: """
      `market_cap(t, date)` and `loss(t, date)` take the latest count dated on or before the date. \
      When every count is dated after it, they take the earliest and say so in `why` (a look-ahead): GOOGL's \
      counts are as of 2025-01-28 and AMZN's as of 2025-01-29. Alphabet's three classes and Meta's two are added \
      for the market value, and `why` shows the addition; the file's own GOOGL total (a derived row) is not used.

      - Only AAPL has a count from the filing nearest before 2025-01-27. AVGO's is from the August 2024 10-Q \
      (post 10:1 split), MSFT's from the IR FAQ (not checked against the 10-K cover).
      - No count was found for AMD, ORCL or TSMC: `market_cap` of those needs the shares as a third argument.
      - `market_cap(nvda, date)` keeps `nvda.shares`, the 10-K cover's 24.4B as of 2025-02-21: before that date \
      `why` calls it a look-ahead and names the 10-Q cover's 24.49B as of 2024-11-15, the latest count on or \
      before the date, to give as the third argument.
      """,
    examples: [
      .init("share_counts.aapl[0].shares", yields: "15.12B shares"),
      .init("share_counts.aapl[0].as_of", yields: "2024-10-18"),
      .init("share_counts.meta[1].share_class", yields: "\"B\""),
      .init("len(share_counts.googl)", yields: "3"),
    ],
    seeAlso: ["market_cap", "loss", "fundamentals", "datasets"],
    load: { ShareCountDatasets.all })

  static let nvdaCashFlows = DatasetDescription(
    name: "nvda_cash_flows",
    summary: "NVIDIA's cash flows FY2022 to FY2025, with debt, total liabilities and exact equity at year-ends.",
    shape: "record of records, one per fiscal year (latest first)",
    fields: [
      .init("fy2025, fy2024, fy2023, fy2022", "record", "one fiscal year: `period_end`, then its figures"),
      .init("<year>.net_cash_from_operating_activities", "USD", "operating cash flow"),
      .init("<year>.depreciation_and_amortization, stock_based_compensation", "USD", "cash-flow statement add-backs"),
      .init("<year>.capex_property_equipment_intangibles", "USD", "capital expenditure, a positive outflow"),
      .init("<year>.dividends_paid, repurchases_of_common_stock", "USD", "cash outflows, as positive amounts"),
      .init("fy2025.debt_current, long_term_debt_noncurrent, total_debt", "USD", "debt at 2025-01-26"),
      .init(
        "fy2025.total_liabilities, shareholders_equity", "USD",
        "at 2025-01-26 (fy2024 has total_debt and shareholders_equity at 2024-01-28)"),
    ],
    dates: "fiscal years 2022 to 2025 (FY2025 ended 2025-01-26)",
    files: [NVDACashFlowDatasets.path], sourceIDs: ["NVDA_10K_FY25_IX", "SEC_CF_NVDA"],
    notes: """
      Outflows are stored as positive amounts, as XBRL stores them (the statement prints them in parentheses). \
      Cross-checked against SEC companyfacts and Stock Analysis on Net.

      - Buybacks are the 10-K line "Payments related to repurchases of common stock"; stockanalysis.com gives \
      40,636 / 12,316 / 11,514 / 1,904 (FY2025..FY2022), apparently adding payments for employee stock-plan taxes.
      - FY2022 capex (976) is in XBRL only as restated in the FY2024 10-K.
      """,
    examples: [
      .init("nvda_cash_flows.fy2025.net_cash_from_operating_activities", yields: "$64.09B"),
      .init(
        "nvda_cash_flows.fy2025.net_cash_from_operating_activities - nvda_cash_flows.fy2025.capex_property_equipment_intangibles",
        yields: "$60.85B"),
      .init("nvda_cash_flows.fy2025.total_liabilities", yields: "$32.27B"),
    ],
    seeAlso: ["nvda_fundamentals", "fundamentals", "datasets"],
    load: { NVDACashFlowDatasets.all })
}

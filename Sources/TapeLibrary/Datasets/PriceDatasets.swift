import TapeCore

/// Daily prices per ticker (`nvda`, `spy`, `ixic`, ...) from `prices/<TICKER>.csv`, and every
/// close side by side (`closes`) from `prices/closes_long.csv`.
enum PriceDatasets {
  /// One ticker's file: who it is and what a reader must know about its figures.
  struct Ticker: Sendable {
    let symbol: String
    /// "NVIDIA", "the SPDR S&P 500 ETF Trust", as it reads after "daily prices of".
    let title: String
    /// A stock or an ETF is priced in USD per share; an index in plain points.
    let isIndex: Bool
    /// The id of the document the file was copied from (its `source_id` column).
    let sourceID: String
    /// What only this file needs said: cross-checks, discrepancies, what it stands in for.
    let note: String
    /// Documents that confirmed the figures without being copied into the file.
    let crossChecks: [String]

    var name: String { symbol.lowercased() }
    var path: String { "prices/\(symbol).csv" }
  }

  static let firstDay = "2024-12-02"
  static let lastDay = "2025-02-28"
  static let tradingDays = 60

  /// What every price file shares, from SOURCES.md "Price conventions".
  static let conventions = """
    open, high, low and close are Yahoo Finance prices, split-adjusted but not dividend-adjusted; \
    they match the prices quoted in the news. adj_close is Yahoo's split- and dividend-adjusted close \
    as of the day the source file was written (September 2026 for most files): it moves whenever a \
    later dividend is paid, so use close for event studies and adj_close only for total returns. \
    2025-01-09 has no row in any source file.
    """

  static let float32Note =
    "The source stored float32 decimals (118.41999816894531); they are rounded here to cents (prices) and 4 decimals (adj_close)."

  static let uncheckedNote =
    "No second source was found: checked only for internal consistency (low <= open, close <= high)."

  static let tickers: [Ticker] = [
    Ticker(
      symbol: "NVDA", title: "NVIDIA", isIndex: false, sourceID: "TP_TECH",
      note: """
        All prices are after NVIDIA's 10-for-1 split of June 2024. \(float32Note) The 2025-01-27 close is 118.42 \
        here, in SFRITZ_DATA and in LBKRS_589; seed 001 and SWISH_11858 give 118.58; dividend-adjusted series give \
        118.41 (GHOUS_DATA, downloaded about May 2025) and 118.1112 (adj_close here, as of September 2026). Seed \
        003's "$148 before / $122 after" match neither close (2025-01-24 close 142.62, intraday high 148.97; \
        2025-01-27 close 118.42, open 124.80). Open, high, low and close match SFRITZ_DATA to the cent from \
        2024-12-05 (the ex-dividend date) to 2025-02-05. Volume on 2025-01-31 is 388,161,100 here and \
        390,372,900 in both earlier yfinance downloads; every other volume checked matches.
        """,
      crossChecks: ["SFRITZ_DATA", "GHOUS_DATA"]),
    Ticker(
      symbol: "AVGO", title: "Broadcom", isIndex: false, sourceID: "TP_TECH", note: "\(float32Note) \(uncheckedNote)",
      crossChecks: []),
    Ticker(
      symbol: "TSM", title: "Taiwan Semiconductor Manufacturing", isIndex: false, sourceID: "TP_TECH",
      note: "\(float32Note) \(uncheckedNote)", crossChecks: []),
    Ticker(
      symbol: "AMD", title: "Advanced Micro Devices", isIndex: false, sourceID: "TP_TECH_AMD", note: uncheckedNote,
      crossChecks: []),
    Ticker(
      symbol: "MSFT", title: "Microsoft", isIndex: false, sourceID: "TP_STOCKS",
      note: """
        Open, high, low and close match SFRITZ_DATA to the cent on every date to 2025-02-05. Volume on \
        2025-01-31 is 34,161,900 here and 34,223,400 in the earlier yfinance downloads; every other volume \
        checked matches.
        """,
      crossChecks: ["SFRITZ_DATA", "GHOUS_DATA"]),
    Ticker(
      symbol: "GOOGL", title: "Alphabet class A", isIndex: false, sourceID: "TP_STOCKS",
      note: """
        Open, high, low and close match SFRITZ_DATA to the cent from 2024-12-09 (the ex-dividend date) to \
        2025-02-05. Volume on 2025-01-31 is 32,001,100 here and 32,042,000 in SFRITZ_DATA; every other volume \
        checked matches.
        """,
      crossChecks: ["SFRITZ_DATA"]),
    Ticker(
      symbol: "META", title: "Meta Platforms", isIndex: false, sourceID: "TP_STOCKS",
      note: """
        Open, high, low and close match SFRITZ_DATA to the cent from 2024-12-16 (the ex-dividend date) to \
        2025-02-05. Volume on 2025-01-31 is 19,303,900 here and 19,331,700 in SFRITZ_DATA; every other volume \
        checked matches.
        """,
      crossChecks: ["SFRITZ_DATA"]),
    Ticker(
      symbol: "AMZN", title: "Amazon", isIndex: false, sourceID: "TP_STOCKS", note: uncheckedNote, crossChecks: []),
    Ticker(
      symbol: "AAPL", title: "Apple", isIndex: false, sourceID: "TP_STOCKS",
      note: """
        Volume on 2025-01-31 is 100,959,800 here and 101,075,100 in GHOUS_DATA; every other volume checked \
        matches.
        """,
      crossChecks: ["GHOUS_DATA"]),
    Ticker(
      symbol: "ORCL", title: "Oracle", isIndex: false, sourceID: "TP_STOCKS", note: uncheckedNote, crossChecks: []),
    Ticker(
      symbol: "SPY", title: "the SPDR S&P 500 ETF Trust", isIndex: false, sourceID: "TP_TECH",
      note: """
        An ETF standing in for the S&P 500: index levels for ^GSPC were not found. Reports of the S&P 500 on \
        2025-01-27 differ: -1.46% (TIPRANKS_589), -1.5% (FORBES40_589), -1.8% (ARIFE_251, apparently intraday). \
        \(float32Note) \(uncheckedNote)
        """,
      crossChecks: []),
    Ticker(
      symbol: "QQQ", title: "the Invesco QQQ Trust, a Nasdaq-100 ETF", isIndex: false, sourceID: "TP_MACRO",
      note: "An ETF standing in for the Nasdaq-100: index levels for ^NDX were not found. \(uncheckedNote)",
      crossChecks: []),
    Ticker(
      symbol: "IXIC", title: "the Nasdaq Composite index", isIndex: true, sourceID: "GHOUS_DATA",
      note: """
        Index points, so the prices are plain numbers; the file has no adj_close. Volume is Yahoo's index volume \
        figure. From a yfinance download (GHOUS_DATA). On 2025-01-27 the close went from 19,954.30 to \
        19,341.83; TIPRANKS_589 reports -612 points (-3.07%), other reports -3% and -3.4% (ARIFE_251, \
        apparently intraday).
        """,
      crossChecks: []),
  ]

  /// The citation of a whole price file: every figure in it comes from the same documents under
  /// the same conventions.
  static func citation(_ ticker: Ticker, sourceIDs: [String]) -> Citation {
    let columns =
      ticker.isIndex
      ? "open, high, low, close in index points, volume"
      : "open, high, low, close, adj_close in USD/share, volume in shares"
    let conventions = ticker.isIndex ? "" : conventions + " "
    return Citation(
      key: ticker.path,
      what: "Daily prices of \(ticker.title) (\(ticker.symbol)), \(firstDay)..\(lastDay): \(columns)",
      documents: sourceIDs.map(SourceDocuments.document)
        + ticker.crossChecks.map { "cross-check: " + SourceDocuments.document($0) },
      note: conventions + ticker.note, calendar: .usEquities)
  }

  /// The table of one ticker's file, its columns in file order.
  static func table(_ ticker: Ticker) -> Table {
    let file = CSVDocument.embedded(ticker.path)
    let dateColumn = file.column("date")
    let sourceColumn = file.column("source_id")
    let days = ContiguousArray(
      file.rows.map { Int32(DatasetParsing.date($0[dateColumn], in: file.path).daysSinceEpoch) })
    var sourceIDs: [String] = []
    for row in file.rows {
      for id in SourceDocuments.ids(in: row[sourceColumn]) where !sourceIDs.contains(id) { sourceIDs.append(id) }
    }
    let columns = file.header.enumerated().compactMap { index, name -> Table.Column? in
      guard index != dateColumn, index != sourceColumn else { return nil }
      let unit: Unit =
        name == "volume"
        ? (ticker.isIndex ? .none : DatasetUnits.share) : (ticker.isIndex ? .none : DatasetUnits.usdPerShare)
      let values = ContiguousArray(file.rows.map { DatasetParsing.number($0[index], in: file.path) })
      return Table.Column(name: name, values: values, unit: unit)
    }
    return Table(
      name: ticker.name, days: days, columns: columns,
      provenance: Provenance(citation(ticker, sourceIDs: sourceIDs)))
  }

  /// NVIDIA's prices, with its latest fiscal year's figures as attributes (`nvda.book_value`).
  static let nvda: Table = {
    var nvda = table(tickers[0])
    nvda.attributes = FundamentalsDatasets.latestAttributes
    return nvda
  }()
  static let avgo = withFundamentals(table(tickers[1]))
  static let tsm = table(tickers[2])
  static let amd = withFundamentals(table(tickers[3]))
  static let msft = withFundamentals(table(tickers[4]))
  static let googl = withFundamentals(table(tickers[5]))
  static let meta = withFundamentals(table(tickers[6]))
  static let amzn = withFundamentals(table(tickers[7]))
  static let aapl = withFundamentals(table(tickers[8]))
  static let orcl = withFundamentals(table(tickers[9]))
  static let spy = table(tickers[10])
  static let qqq = table(tickers[11])
  static let ixic = table(tickers[12])

  /// `closes`: the close of every ticker side by side, one column per ticker (lower-case), from
  /// the tidy file `prices/closes_long.csv`.
  static let closes: Table = {
    let path = "prices/closes_long.csv"
    let file = CSVDocument.embedded(path)
    let (dateColumn, tickerColumn, closeColumn, sourceColumn) =
      (file.column("date"), file.column("ticker"), file.column("close"), file.column("source_id"))
    var daySet: Set<Int32> = []
    var closesByTicker: [String: [Int32: Double]] = [:]
    var sourceIDs: [String] = []
    for row in file.rows {
      let day = Int32(DatasetParsing.date(row[dateColumn], in: path).daysSinceEpoch)
      daySet.insert(day)
      closesByTicker[row[tickerColumn], default: [:]][day] = DatasetParsing.number(row[closeColumn], in: path)
      for id in SourceDocuments.ids(in: row[sourceColumn]) where !sourceIDs.contains(id) { sourceIDs.append(id) }
    }
    let days = daySet.sorted()
    let columns = tickers.compactMap { ticker -> Table.Column? in
      guard let byDay = closesByTicker[ticker.symbol] else { return nil }
      // Every ticker has a close on every date (a test checks); a gap would be a broken file.
      let values = days.map { day -> Double in
        guard let value = byDay[day] else { preconditionFailure("\(path): no \(ticker.symbol) close on day \(day)") }
        return value
      }
      return Table.Column(
        name: ticker.name, values: ContiguousArray(values), unit: ticker.isIndex ? .none : DatasetUnits.usdPerShare)
    }
    let citation = Citation(
      key: path,
      what:
        "Daily closes of \(columns.count) tickers \(firstDay)..\(lastDay), in USD/share (ixic in index points)",
      documents: sourceIDs.map(SourceDocuments.document),
      note: "The same closes as the per-ticker tables (`help nvda` and the others give each file's caveats). "
        + conventions, calendar: .usEquities)
    return Table(name: "closes", days: ContiguousArray(days), columns: columns, provenance: Provenance(citation))
  }()
}

extension PriceDatasets {
  /// A company's prices with its latest fiscal year's figures as attributes (`aapl.eps_diluted`),
  /// the record `fundamentals.aapl` holds.
  static func withFundamentals(_ table: Table) -> Table {
    guard let company = PeerFundamentalsDatasets.peerCompanies.first(where: { $0.ticker.lowercased() == table.name })
    else { return table }
    var table = table
    table.attributes = company.record
    return table
  }

  /// The ticker of a built-in price table (or a slice of one): its name and its file's citation
  /// agree. Nil for any other table, such as one a session loads.
  static func symbol(of table: Table) -> String? {
    tickers.first { ticker in
      ticker.name == table.name && table.provenance.citations.contains { $0.key == ticker.path }
    }?.symbol
  }

  /// The companies and ETFs (every ticker but the index), for `stocks`.
  static var listed: [Ticker] { tickers.filter { !$0.isIndex } }

  /// `stocks`: every company's and ETF's price table, by ticker.
  static let stocks: Value = .record(
    Record(names: listed.map(\.name), values: listed.map { .table(cachedTable($0.symbol)) }))

  /// `peers`: the price tables of the companies with fundamentals, by ticker.
  static let peers: Value = {
    let symbols = PeerFundamentalsDatasets.tickers
    return .record(
      Record(names: symbols.map { $0.lowercased() }, values: symbols.map { .table(cachedTable($0)) }))
  }()

  /// The cached table of one ticker (`nvda` with NVIDIA's latest fundamentals as attributes).
  static func cachedTable(_ symbol: String) -> Table {
    switch symbol {
    case "NVDA": nvda
    case "AVGO": avgo
    case "TSM": tsm
    case "AMD": amd
    case "MSFT": msft
    case "GOOGL": googl
    case "META": meta
    case "AMZN": amzn
    case "AAPL": aapl
    case "ORCL": orcl
    case "SPY": spy
    case "QQQ": qqq
    case "IXIC": ixic
    default: preconditionFailure("no price table for `\(symbol)`")
    }
  }
}

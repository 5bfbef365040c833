import TapeCore

/// The declarations of the datasets of single figures: NVIDIA's fundamentals, GDP, the events,
/// the market-value moves, the AI cost figures, the seed figures and the teaching data.
extension DatasetRegistry {
  static let nvdaFundamentals = DatasetDescription(
    name: "nvda_fundamentals",
    summary: "NVIDIA's reported income-statement, balance-sheet and share figures by fiscal period, FY2022 to FY2025.",
    shape: "record of records, one per fiscal period (latest first), then a list of dividends",
    fields: [
      .init(
        "fy2025, q4_fy2025, q3_fy2025, fy2024, q4_fy2024, q3_fy2024, fy2023, fy2022", "record",
        "one fiscal period: `period_end`, then its figures under the file's metric names"),
      .init("<period>.period_end", "date", "the last day of the period"),
      .init(
        "<period>.revenue, net_income, total_assets, ...", "USD",
        "US$ figures (the file's USD_million, USD_billion, USD_trillion, scaled exactly)"),
      .init("<period>.eps_basic, eps_diluted", "USD/share", "earnings per share, GAAP, split-adjusted"),
      .init("<period>.weighted_avg_shares_*, shares_outstanding", "shares", "share counts, split-adjusted"),
      .init("<period>.gross_margin", "percentage", "Q4 FY2025 GAAP gross margin"),
      .init("dividends", "list of records", "`{record_date, amount}`, amount in USD/share"),
    ],
    dates: "fiscal years 2022 to 2025 (NVIDIA's fiscal year ends in late January: FY2025 ended 2025-01-26)",
    files: [FundamentalsDatasets.path],
    sourceIDs: [
      "PR_Q4FY25", "SAON_BS_Q", "QIHUI_XBRL", "SEC_10K_FY25_R", "SEC_10Q_Q3FY25_R", "PR_Q3FY25", "SAON_BS_A",
      "SAON_IS",
    ],
    notes: """
      Each figure cites its row: the document, the period or date, and the value and unit as the file gives them. \
      Balance-sheet figures dated at a fiscal year's end belong to that year; a cover-page figure (shares \
      outstanding, public float) belongs to the period of the filing that reports it, and its citation gives its \
      own date (fy2025.shares_outstanding is as of 2025-02-21).

      - Shareholders' equity is rounded to $0.1B by its source (QIHUI_XBRL); NVIDIA's total liabilities at \
      2025-01-26 were not found as a published figure, nor balance-sheet totals for 2024-10-27.
      - Share and per-share figures are after the ten-for-one split of June 2024 (CAPEDGE_10K_NOTE1).
      - Seed 003's "24.68 billion shares", "total assets $96.01B, liabilities $30.11B, book value $65.9B" match \
      no fiscal-year end here; its "revenue 2022 $26.9B, 2023 $60.9B" are fiscal years 2023 and 2024.
      """,
    examples: [
      .init("nvda_fundamentals.fy2025.revenue", yields: "$130.5B"),
      .init("nvda_fundamentals.fy2024.total_liabilities", yields: "$22.75B"),
      .init("nvda_fundamentals.fy2025.eps_diluted", yields: "$2.94/share"),
      .init("nvda_fundamentals.q3_fy2025.shares_outstanding", yields: "24.49B shares"),
      .init("nvda_fundamentals.fy2025.net_income / nvda_fundamentals.fy2025.revenue in %", yields: "55.85%"),
    ],
    seeAlso: ["nvda", "datasets"],
    load: { FundamentalsDatasets.all })

  static let gdpNotes = """
    Nominal GDP in current US$ (World Bank indicator NY.GDP.MKTP.CD via datahub.io), rounded to whole dollars \
    by the source file. The extract ends in 2023: there are no 2024 figures, and no IMF data was used. \
    Countries are named in snake case: `new_zealand`, `saudi_arabia`, `united_states`, `turkiye`; `world` is \
    the world total. Portugal's and New Zealand's 2023 GDP are both below NVIDIA's one-day loss of 2025-01-27, \
    as seed 003 says.
    """

  static let gdpFields: [DatasetDescription.Field] = [
    .init(
      "<country>", "USD",
      "nominal GDP of argentina, australia, austria, belgium, canada, denmark, finland, greece, ireland, israel, "
        + "italy, netherlands, new_zealand, norway, poland, portugal, saudi_arabia, singapore, spain, sweden, "
        + "switzerland, turkiye, united_states, and the world total (world)")
  ]

  static let gdp = DatasetDescription(
    name: "gdp", summary: "Nominal GDP in current US$ of 23 countries and the world, latest year in the data (2023).",
    shape: "record by country", fields: gdpFields, dates: "2023 (the latest year in the file)",
    files: [GDPDatasets.path], sourceIDs: ["DATAHUB_GDP"], notes: gdpNotes,
    examples: [
      .init("gdp.portugal", yields: "$287.1B"),
      .init("gdp.new_zealand", yields: "$253.5B"),
      .init("gdp.portugal in full", yields: "$287,080,013,574.00"),
      .init("gdp.portugal < -market_cap_moves[0].market_value_change", yields: "true"),
    ],
    seeAlso: ["gdp_2022", "gdp_2023", "datasets"],
    load: { GDPDatasets.latest })

  static let gdpByYear: [DatasetDescription] = [
    DatasetDescription(
      name: "gdp_2022", summary: "Nominal GDP in current US$ of 23 countries and the world, 2022.",
      shape: "record by country", fields: gdpFields, dates: "2022", files: [GDPDatasets.path],
      sourceIDs: ["DATAHUB_GDP"], notes: gdpNotes,
      examples: [.init("gdp_2022.portugal in full", yields: "$255,196,659,934.00")], seeAlso: ["gdp", "gdp_2023"],
      load: { GDPDatasets.gdp2022 }),
    DatasetDescription(
      name: "gdp_2023", summary: "Nominal GDP in current US$ of 23 countries and the world, 2023.",
      shape: "record by country", fields: gdpFields, dates: "2023", files: [GDPDatasets.path],
      sourceIDs: ["DATAHUB_GDP"], notes: gdpNotes,
      examples: [.init("gdp_2023.portugal == gdp.portugal", yields: "true")], seeAlso: ["gdp", "gdp_2022"],
      load: { GDPDatasets.gdp2023 }),
  ]

  static let events = DatasetDescription(
    name: "events", summary: "Dated events around the DeepSeek sell-off, 2022 to 2025, oldest first.",
    shape: "list of records",
    fields: [
      .init("date", "date", "when it happened"),
      .init("event", "string", "what happened, with the figures the source gives"),
      .init("sources", "string", "the ids of the documents in SOURCES.md, comma-separated"),
    ],
    dates: "2022-02-03 to 2025-02-26", files: [TimelineDatasets.eventsPath],
    sourceIDs: [
      "MARKETCAP_279", "PR_Q3FY25", "DSV3_REPO", "DSR1_REPO", "JUSTSECURITY_STARGATE", "TP_TECH", "TIPRANKS_589",
      "FORBES40_589", "GHOUS_DATA", "APIDOG_DEEPSEEK", "PR_Q4FY25", "SEC_10K_FY25_R",
    ],
    notes: """
      An event is text, and text carries no citation in Tape, so each event names its documents in its `sources` \
      field instead; the figures it mentions are in the other datasets with their citations. The date of the \
      $279B drop (2024-09-03) is inferred from "Tuesday" in early September 2024.
      """,
    examples: [
      .init("len(events)", yields: "15"),
      .init("events[0].date", yields: "2022-02-03"),
      .init("events[6].event", yields: "\"DeepSeek-R1 released on GitHub (commit 'Release DeepSeek-R1')\""),
      .init("events[6].date", yields: "2025-01-20"),
    ],
    seeAlso: ["market_cap_moves", "datasets"],
    load: { TimelineDatasets.events })

  static let marketCapMoves = DatasetDescription(
    name: "market_cap_moves", summary: "The largest one-day changes in market value of single US stocks, as reported.",
    shape: "list of records, largest loss first as in the file",
    fields: [
      .init("date", "date", "the trading day"),
      .init("company", "string", "as the source names it"),
      .init("ticker", "string", "the stock's ticker"),
      .init("market_value_change", "USD", "the one-day change in market value (negative for a loss)"),
      .init("price_change", "percentage", "the one-day price change, only where the source gives it"),
    ],
    dates: "2022-02-03 to 2025-01-27", files: [TimelineDatasets.movesPath],
    sourceIDs: ["TIPRANKS_589", "LBKRS_589", "MARKETCAP_279"],
    notes: """
      Where sources disagree the file keeps the most widely reported figure and the citation lists the others:

      - Nvidia on 2025-01-27: $589B (TIPRANKS_589, LBKRS_589, FORBES40_589, seed 003); "almost $600B" in seeds \
      000, 001 and 004; $560B (VIZSTORY_560); $465B (the headline quoted in seed 002). No source giving $593B \
      was found.
      - Meta on 2022-02-03: $232B (MARKETCAP_279) or $251B (TIPRANKS_589, ARIFE_251).
      - Nvidia's $279B drop is dated 2024-09-03 by inference ("Tuesday", "early September").
      """,
    examples: [
      .init("market_cap_moves[0].market_value_change", yields: "-$589.0B"),
      .init("market_cap_moves[0].price_change", yields: "-17.00%"),
      .init("market_cap_moves[2].company", yields: "\"Meta Platforms\""),
      .init("market_cap_moves[2].market_value_change", yields: "-$232.0B"),
    ],
    seeAlso: ["events", "seed_figures", "datasets"],
    load: { TimelineDatasets.moves })

  static let aiCosts = DatasetDescription(
    name: "ai_costs",
    summary:
      "DeepSeek-V3/R1 training cost and size figures, DeepSeek and OpenAI o1 API prices, the Stargate commitment.",
    shape: "record by item",
    fields: [
      .init(
        "deepseek_v3_cost_*, openai_training_cost_2023, stargate_*", "USD",
        "amounts (USD_million, USD_billion scaled exactly)"),
      .init(
        "deepseek_v3_gpu_hours_*", "GPU*hour", "H800 GPU hours (per trillion tokens for `..._per_trillion_tokens`)"),
      .init("deepseek_v3_cluster_size", "GPU", "H800 GPUs"),
      .init("h800_assumed_rental_price", "USD/(GPU*hour)", "the report's assumed rental price"),
      .init("deepseek_*_input_*, *_output, openai_o1_*", "USD/Mtoken", "API prices per million tokens"),
      .init("deepseek_v3_pretraining_tokens", "tokens", "training tokens"),
      .init("*_params", "plain number", "model parameters"),
      .init("chatgpt_pro_subscription", "USD", "per month (Tape has no calendar-month unit)"),
    ],
    dates: "2023 to 2025-01-21, some undated (each citation gives its date)",
    files: [FigureDatasets.aiCostsPath],
    sourceIDs: [
      "DSV3_REPO", "DSV3_PDF", "DSR1_REPO", "DEEPSEEK_PRICING", "CRATE_OPENAI_MODELS", "SEED003", "SEED004",
      "JUSTSECURITY_STARGATE",
    ],
    notes: """
      Units: GPU hours are `GPU*hour` and API prices `USD/Mtoken`, with `GPU`, `token` and `Mtoken` declared as \
      `unit GPU`, `unit token` and `unit Mtoken = 1M tokens` would declare them; declare them in a session to \
      write such quantities yourself. Parameter counts are plain numbers.

      - $5.576M is V3's final training run only, at an assumed $2 per H800 GPU hour on a 2,048-GPU cluster, \
      excluding prior research and ablations (DSV3_PDF). Seeds say "about $6M", "about 2,000 GPUs", and seed \
      003 attributes it to R1.
      - The DeepSeek price page is undated; the o1 prices come from a crate that copied openai.com's page.
      """,
    examples: [
      .init("ai_costs.deepseek_v3_cost_total", yields: "$5.576M"),
      .init("ai_costs.deepseek_v3_gpu_hours_total", yields: "2.788M GPU*hour"),
      .init("ai_costs.deepseek_v3_gpu_hours_total * ai_costs.h800_assumed_rental_price", yields: "$5.576M"),
      .init("ai_costs.deepseek_reasoner_output", yields: "$2.19/Mtoken"),
      .init("ai_costs.openai_o1_output / ai_costs.deepseek_reasoner_output", yields: "27.3973"),
    ],
    seeAlso: ["seed_figures", "datasets"],
    load: { FigureDatasets.aiCosts })

  static let seedFigures = DatasetDescription(
    name: "seed_figures",
    summary: "Every figure stated in the five seed articles, each citing its quote.",
    shape: "record by figure name",
    fields: [
      .init(
        "<figure>", "as stated",
        "USD amounts as money, `percent` as a percentage, USD/share, shares, days, weeks, GPUs; counts and multiples as plain numbers"
      ),
      .init("deepseek_r1_launch", "date", "a date (carries no citation)"),
      .init("deepseek_founded", "string", "\"2023-11\": a month, not a date (carries no citation)"),
    ],
    dates: nil, files: [FigureDatasets.seedFiguresPath],
    sourceIDs: [
      "000_bfb7912ce6044040.txt", "001_d5541df08e05a519.txt", "002_f452aff581671d19.txt", "003_e1eaf442b7272fea.txt",
      "004_6470ca2683f00489.txt",
    ],
    notes: """
      Figures as the articles state them, right or wrong: the quote is in each figure's citation. "Approximately", \
      "under" and "more than" are kept in the citation, not in the value; "one-twentieth" is 0.05 and "a third" \
      0.3333, as the data file converted them. Several disagree with the primary sources: the 27 January close \
      (118.58 here, 118.42 in the price data), the loss (600, 465 or 589 billion), the share count (24.68B here, \
      24.4B on the 10-K cover), seed 003's balance sheet.
      """,
    examples: [
      .init("seed_figures.nvda_close_monday", yields: "$118.58/share"),
      .init("seed_figures.nvda_market_value_loss", yields: "$589.0B"),
      .init("seed_figures.nvda_rout_headline_figure", yields: "$465.0B"),
      .init("seed_figures.nvda_close_monday - nvda.close[2025-01-27]", yields: "$0.16/share"),
    ],
    seeAlso: ["market_cap_moves", "nvda", "datasets"],
    load: { FigureDatasets.seedFigures })

  static let vegaStocks = DatasetDescription(
    name: "vega_stocks",
    summary: "Teaching data: monthly stock prices of MSFT, AMZN, IBM, GOOG and AAPL, 2000 to 2010.",
    shape: "record of series, one per symbol",
    fields: [.init("msft, amzn, ibm, goog, aapl", "USD/share", "the monthly price, dated the first of the month")],
    dates: "2000-01-01 to 2010-03-01, monthly (goog from 2004-08-01)", files: [TeachingDatasets.path],
    sourceIDs: ["PYPI_VEGA"],
    notes: """
      The classic vega_datasets `stocks.csv`, for practice with series; it is not market data for the DeepSeek \
      notebook. The source says neither which price of the month it is nor how it is adjusted.
      """,
    examples: [
      .init("vega_stocks.msft[2000-01-01]", yields: "$39.81/share"),
      .init("vega_stocks.goog[2004-08-01]", yields: "$102.37/share"),
    ],
    seeAlso: ["datasets"],
    load: { TeachingDatasets.stocks })
}

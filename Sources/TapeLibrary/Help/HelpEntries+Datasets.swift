import TapeCore

/// Help for the built-in datasets, written from their declarations (`DatasetRegistry.catalog`):
/// `help nvda` gives the shape, the dates, every column with its unit, the conventions and
/// discrepancies, and the documents behind the figures. docs/datasets.md is written from the same
/// declarations.
enum DatasetHelp {
  static var entries: [HelpEntry] { [overview] + DatasetRegistry.catalog.map(entry) }

  static func entry(_ description: DatasetDescription) -> HelpEntry {
    HelpEntry(
      name: description.name, kind: .dataset, summary: description.summary,
      explanation: explanation(description), examples: description.examples, seeAlso: description.seeAlso)
  }

  static func explanation(_ description: DatasetDescription) -> String {
    var paragraphs: [String] = []
    let dates = description.dates.map { " Dates: \($0)." } ?? ""
    paragraphs.append("A \(description.shape).\(dates)")
    paragraphs.append(
      (["Fields:"] + description.fields.map { "- `\($0.name)` (\($0.unit)): \($0.meaning)" }).joined(separator: "\n"))
    paragraphs.append(description.notes)
    paragraphs.append(
      (["Sources (every figure cites its own; `why` shows them):"] + description.sourceDocuments.map { "- " + $0 })
        .joined(separator: "\n"))
    paragraphs.append(
      "Data file\(description.files.count == 1 ? "" : "s"): \(description.files.map { "`\($0)`" }.joined(separator: ", "))."
    )
    return paragraphs.joined(separator: "\n\n")
  }

  static let overview = HelpEntry(
    name: "datasets", kind: .concept, aliases: ["data", "dataset"],
    summary: "The data built into Tape: daily prices, NVIDIA's fundamentals, GDP, events and quoted figures.",
    explanation: """
      Built-in datasets are names like any other: `nvda` is a table of NVIDIA's daily prices, `nvda.close` its \
      closes as a dated series, `nvda.close[2025-01-27]` one close. A dataset is read from the files embedded in \
      Tape the first time a session names it.

      Every figure knows where it comes from: its citation names the data file, the document it was copied from \
      and the date it was read, and notes conventions (a close is split-adjusted, not dividend-adjusted) and \
      disagreements between sources (the 27 January loss is $589B in most sources, about $600B in others). A \
      result computed from figures carries the citations of all of them: `why x` shows them, `sources` lists \
      every one, and the statement `datasets` lists the datasets.

      Prices: \(PriceDatasets.tickers.map { "`\($0.name)`" }.joined(separator: ", ")) and `closes`; all the \
      companies and ETFs in one record, `stocks`, and those with fundamentals, `peers`. Companies: \
      `fundamentals`, `share_counts`, `nvda_fundamentals`, `nvda_cash_flows`. Rates: `ecb_rates`, \
      `treasury_yields`, `equity_risk_premium`. Figures: `gdp` (also `gdp_2022`, `gdp_2023`), `events`, \
      `market_cap_moves`, `ai_costs`, `seed_figures`. Teaching: `vega_stocks`. `help NAME` describes one; \
      docs/datasets.md is the catalogue.
      """,
    examples: [
      .init("nvda.close[2025-01-27]", yields: "$118.42/share"),
      .init("gdp.portugal < -market_cap_moves[0].market_value_change", yields: "true"),
    ],
    seeAlso: ["nvda", "closes", "gdp", "seed_figures", "records"])
}

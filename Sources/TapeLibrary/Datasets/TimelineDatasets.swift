import TapeCore

/// The dated timeline (`events`) and the largest one-day market-value moves
/// (`market_cap_moves`).
enum TimelineDatasets {
  static let eventsPath = "events.csv"
  static let movesPath = "market_cap_moves.csv"

  /// `[{date: 2022-02-03, event: "...", sources: "MARKETCAP_279"}, ...]` in file order.
  ///
  /// A record, a date and a string carry no provenance in TapeCore, so an event names its
  /// documents in its `sources` field (the ids of SOURCES.md) rather than through a citation.
  static let events: Value = {
    let file = CSVDocument.embedded(eventsPath)
    return .list(
      file.records.map { row in
        .record(
          Record(
            names: ["date", "event", "sources"],
            values: [
              .date(DatasetParsing.date(row["date"] ?? "", in: eventsPath)), .string(row["event"] ?? ""),
              .string(SourceDocuments.ids(in: row["source_id"] ?? "").joined(separator: ", ")),
            ]))
      })
  }()

  /// What SOURCES.md says about a move beyond the file's note, keyed by `date:ticker`.
  static let moveDiscrepancies: [String: String] = [
    "2025-01-27:NVDA": """
    Reports differ: $589B (TIPRANKS_589, LBKRS_589, FORBES40_589, seed 003), "almost/nearly $600B" (seeds 000, \
    001, 004), $560B (VIZSTORY_560), $465B (the headline quoted in seed 002), "more than $500 billion" at midday \
    (newser.com). No stored source giving $593B was found.
    """,
    "2022-02-03:META": "$232B in MARKETCAP_279; TIPRANKS_589 and ARIFE_251 report $251B.",
    "2024-09-03:NVDA": """
    The date is inferred: MARKETCAP_279 says "Tuesday", LBKRS_589 "early September last year"; the NVDA price \
    file does not go back that far.
    """,
  ]

  /// `[{date, company, ticker, market_value_change: -$589.0B, price_change: -17.00%}, ...]`;
  /// `price_change` is left out where the source gives none.
  static let moves: Value = {
    let file = CSVDocument.embedded(movesPath)
    return .list(
      file.records.map { row in
        let date = row["date"] ?? ""
        let ticker = row["ticker"] ?? ""
        let company = row["company"] ?? ""
        var notes: [String] = []
        if let note = row["note"]?.trimmedSpaces, !note.isEmpty {
          notes.append("File note: " + DatasetParsing.sentence(note))
        }
        if let discrepancy = moveDiscrepancies["\(date):\(ticker)"] { notes.append(discrepancy) }
        func citation(_ column: String, _ what: String, _ unit: String) -> Provenance {
          Provenance(
            Citation(
              key: "\(movesPath):\(date):\(ticker):\(column)",
              what: "\(company) (\(ticker)) \(what) on \(date): \(row[column] ?? "") \(unit)",
              documents: SourceDocuments.documents(row["source_id"] ?? ""),
              note: notes.isEmpty ? nil : notes.joined(separator: " ")))
        }
        var names = ["date", "company", "ticker"]
        var values: [Value] = [.date(DatasetParsing.date(date, in: movesPath)), .string(company), .string(ticker)]
        if let change = SourceUnit("USD_billion")?.quantity(
          row["market_value_change_usd_billion"] ?? "",
          provenance: citation("market_value_change_usd_billion", "one-day change in market value", "USD billion"))
        {
          names.append("market_value_change")
          values.append(.quantity(change))
        }
        if let percent = SourceUnit("percent")?.quantity(
          row["price_change_percent"] ?? "",
          provenance: citation("price_change_percent", "one-day price change", "percent"))
        {
          names.append("price_change")
          values.append(.quantity(percent))
        }
        return .record(Record(names: names, values: values))
      })
  }()
}

import TapeCore

/// `vega_stocks`: the classic monthly stock-price teaching dataset (vega_datasets `stocks.csv`),
/// one series per symbol, since the symbols cover different months (GOOG starts in August 2004).
enum TeachingDatasets {
  static let path = "teaching/vega_stocks_monthly.csv"

  static let citation = Citation(
    key: path,
    what: "Monthly stock prices of MSFT, AMZN, IBM, GOOG and AAPL, 2000-01..2010-03, in USD/share",
    documents: [SourceDocuments.document("PYPI_VEGA")],
    note: """
      A teaching dataset, not market data for the DeepSeek notebook: the source states neither which price of \
      the month it is nor how it is adjusted for splits and dividends. Dates were converted from "Jan 1 2000" to \
      ISO; each is the first of its month.
      """)

  static let stocks: Value = {
    let file = CSVDocument.embedded(path)
    var symbols: [String] = []
    var points: [String: (days: ContiguousArray<Int32>, values: ContiguousArray<Double>)] = [:]
    for row in file.records {
      let symbol = row["symbol"] ?? ""
      if points[symbol] == nil {
        symbols.append(symbol)
        points[symbol] = ([], [])
      }
      points[symbol]?.days.append(Int32(DatasetParsing.date(row["date"] ?? "", in: path).daysSinceEpoch))
      points[symbol]?.values.append(DatasetParsing.number(row["price_usd"] ?? "", in: path))
    }
    let series = symbols.map { symbol -> Value in
      let (days, values) = points[symbol] ?? ([], [])
      return .series(
        Series(
          name: "vega_stocks.\(symbol.lowercased())", days: days, values: values, unit: DatasetUnits.usdPerShare,
          provenance: Provenance(citation)))
    }
    return .record(Record(names: symbols.map { $0.lowercased() }, values: series))
  }()
}

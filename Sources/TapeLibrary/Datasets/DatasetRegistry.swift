import TapeCore

/// Every built-in dataset, declared once: `DatasetRegistry.all` goes to the interpreter,
/// `DatasetRegistry.catalog` to `help` and docs/datasets.md.
///
///     Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
public enum DatasetRegistry {
  /// The declarations, in the order `help` and the catalogue list them.
  public static let catalog: [DatasetDescription] =
    PriceDatasets.tickers.map(priceDescription) + [closes, stocks, peers, nvdaFundamentals, nvdaCashFlows]
    + [fundamentals, shareCounts, ecbRates, treasuryYields, equityRiskPremium, gdp] + gdpByYear
    + [events, marketCapMoves, aiCosts, seedFigures, vegaStocks]

  /// The datasets an interpreter resolves by name; each parses its files on first use only.
  public static let all: [Dataset] = catalog.map(\.dataset)

  /// `all` by name, made once per process when a session first looks a name up in it: the
  /// catalogue, with every dataset's help, is not built for a session that names none.
  public static let byName = BuiltinTables.byName(all, \.name)

  /// The declaration named `name`.
  public static func description(named name: String) -> DatasetDescription? {
    catalog.first { $0.name == name }
  }
}

import TapeCore

/// The declarations of the rates: the ECB's exchange rates, US Treasury yields and the equity
/// risk premium.
extension DatasetRegistry {
  static let ecbRates = DatasetDescription(
    name: "ecb_rates",
    summary: "ECB euro reference rates of 12 currencies, every ECB business day of 2024 and 2025.",
    shape: "table, one row per ECB business day",
    fields: [
      .init(
        ExchangeRateDatasets.currencies.map { $0.lowercased() }.joined(separator: ", "), "USD/EUR, GBP/EUR, ...",
        "units of the currency per euro")
    ],
    dates: "2024-01-02 to 2025-12-31, 511 ECB business days", files: [ExchangeRateDatasets.path],
    sourceIDs: ["ECB_EUROFXREF_HIST"],
    notes: """
      `x in USD at DATE` converts with these rates (`help in`), as does `fx_rate(from, to, date)`: through the \
      euro when neither currency is the euro, and `why` cites the rate's date. A date with no rate (a weekend, a \
      TARGET holiday) is an error naming the nearest dates. Without a date Tape still never converts. \
      \(ExchangeRateDatasets.conventions)

      - There is no TWD rate (the ECB publishes none), so TSMC's figures in New Taiwan dollars cannot be converted \
      here.
      """,
    examples: [
      .init("ecb_rates.usd[2025-01-27]", yields: "1.053 USD/EUR"),
      .init("ecb_rates.gbp[2025-01-27]", yields: "0.84106 GBP/EUR"),
      .init("€100 in USD at 2025-01-27", yields: "$105.30"),
    ],
    seeAlso: ["fx_rate", "in", "money", "datasets"],
    load: { .table(ExchangeRateDatasets.table) })

  static let treasuryYields = DatasetDescription(
    name: "treasury_yields",
    summary: "US Treasury yields, 10-year (DGS10) and 3-month (DGS3MO), daily from FRED.",
    shape: "record of series, one per FRED series",
    fields: [
      .init("dgs10", "percentage", "10-year Treasury constant-maturity yield"),
      .init("dgs3mo", "percentage", "3-month Treasury constant-maturity yield"),
    ],
    dates: "2024-12-02 to 2025-02-28, 61 dates", files: [RateDatasets.yieldsPath],
    sourceIDs: ["FRED_CODEJONCODE"],
    notes: """
      For valuation: a risk-free rate for discounting. \(RateDatasets.yieldsNote)
      """,
    examples: [
      .init("treasury_yields.dgs10[2025-01-27]", yields: "4.53%"),
      .init("treasury_yields.dgs10[2025-01-24]", yields: "4.63%"),
      .init("treasury_yields.dgs3mo[2025-01-27]", yields: "4.32%"),
    ],
    seeAlso: ["equity_risk_premium", "dcf", "datasets"],
    load: { RateDatasets.yields })

  static let equityRiskPremium = DatasetDescription(
    name: "equity_risk_premium",
    summary: "Damodaran's implied equity risk premium for the US market on 2025-01-01.",
    shape: "record",
    fields: [
      .init("date", "date", "2025-01-01"),
      .init("market", "string", "US (S&P 500)"),
      .init("erp", "percentage", "the implied premium over the risk-free rate"),
      .init("method", "string", "how it was computed"),
    ],
    dates: "2025-01-01", files: [RateDatasets.premiumPath], sourceIDs: ["BVWIRE_DAMODARAN_2025"],
    notes: """
      For valuation: the premium investors required over Treasuries at the start of 2025, implied from the \
      S&P 500's price and trailing 12-month cash yield. One secondary source (BVWire, 2025-01-22) reports it; \
      Damodaran's own page and the 2025-02-01 figure were not found.
      """,
    examples: [
      .init("equity_risk_premium.erp", yields: "4.33%"),
      .init("treasury_yields.dgs10[2025-01-27] + equity_risk_premium.erp", yields: "8.86%"),
    ],
    seeAlso: ["treasury_yields", "dcf", "datasets"],
    load: { RateDatasets.premium })
}

import TapeCore
import Testing

@testable import TapeLibrary

/// `x in USD at DATE`, `fx_rate` and `fx_convert` against the ECB file itself.
struct ExchangeRateTests {
  /// The ECB's rate of `currency` per euro on `date`, read from the file on disk.
  static func fileRate(_ currency: String, _ date: String) throws -> Double {
    let row = try #require(
      try DataFiles.rows(ExchangeRateDatasets.path).first { $0["date"] == date && $0["currency"] == currency })
    return try #require(Double(row["units_per_eur"] ?? ""))
  }

  /// The message and the underlined text of the error `source` gives.
  static func error(_ source: String) throws -> (message: String, at: String, notes: [String], help: String?) {
    var interpreter = Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
    guard case .error(let diagnostic)? = interpreter.run(source).first else {
      throw DatasetSession.Failure(description: "`\(source)` did not fail")
    }
    let bytes = Array(source.utf8)
    let span = diagnostic.span
    let underlined = String(decoding: bytes[span.start..<min(span.end, bytes.count)], as: UTF8.self)
    return (diagnostic.message, underlined, diagnostic.notes, diagnostic.help)
  }

  @Test func euroToDollarsAtADateIsTheECBRate() throws {
    let converted = try DatasetSession.quantity("€100 in USD at 2025-01-27")
    #expect(converted.value == 100 * (try Self.fileRate("USD", "2025-01-27")))
    #expect(Value.quantity(converted).display == "$105.30")
    let citation = try #require(converted.provenance.citations.first)
    #expect(citation.key == "fx/ecb_eur_reference_rates.csv:2025-01-27:USD")
    #expect(citation.what.contains("2025-01-27") && citation.documents[0].hasPrefix("ECB_EUROFXREF_HIST:"))
  }

  @Test func dollarsToEurosUseTheInverseRate() throws {
    let converted = try DatasetSession.quantity("$1B in EUR at 2025-01-24")
    #expect(abs(converted.value - 1e9 / (try Self.fileRate("USD", "2025-01-24"))) < 1e-3)
    #expect(converted.unit.currency?.name == "EUR")
  }

  @Test func aCrossRateGoesThroughTheEuroAndSaysSo() throws {
    let converted = try DatasetSession.quantity("£100 in JPY at 2025-01-27")
    let expected = 100 * (try Self.fileRate("JPY", "2025-01-27")) / (try Self.fileRate("GBP", "2025-01-27"))
    #expect(abs(converted.value - expected) < 1e-9)
    let keys = converted.provenance.citations.map(\.key)
    #expect(keys.contains("fx/ecb_eur_reference_rates.csv:2025-01-27:GBP"))
    #expect(keys.contains("fx/ecb_eur_reference_rates.csv:2025-01-27:JPY"))
    let derivation = try #require(converted.provenance.citations.first { $0.what.hasPrefix("Cross rate through the euro") })
    #expect(derivation.what.contains("JPY/EUR") && derivation.what.contains("GBP/EUR"))
  }

  @Test func theFunctionFormAgreesWithTheSyntax() throws {
    let viaSyntax = try DatasetSession.quantity("£250 in CHF at 2025-02-03")
    let viaFunction = try DatasetSession.quantity("fx_convert(£250, \"CHF\", 2025-02-03)")
    let viaRate = try DatasetSession.quantity("£250 * fx_rate(\"GBP\", \"CHF\", 2025-02-03)")
    #expect(viaSyntax.value == viaFunction.value)
    #expect(abs(viaSyntax.value - viaRate.value) < 1e-9)
  }

  @Test func aListConvertsItemByItem() throws {
    guard case .list(let items) = try DatasetSession.value("[€1, €2] in USD at 2025-01-27") else {
      Issue.record("not a list")
      return
    }
    #expect(items.map(\.display) == ["$1.05", "$2.11"])
  }

  @Test func aWeekendIsAnErrorNamingTheNearestDates() throws {
    let error = try Self.error("€100 in USD at 2025-01-25")
    #expect(error.message == "`ecb_rates` has no value on 2025-01-25 (a Saturday: the ECB publishes no reference rates at weekends)")
    #expect(error.at == "2025-01-25")
    #expect(error.notes == ["nearest dates with data: `2025-01-24` before, `2025-01-27` after"])
  }

  @Test func withoutADateTapeStillRefuses() throws {
    let error = try Self.error("€100 in USD")
    #expect(error.message == "cannot show `EUR` in `USD`")
    #expect(error.help?.contains("`x in USD at 2025-01-27`") == true)
  }

  @Test func aCurrencyTheECBDoesNotPublishIsNamed() throws {
    let error = try Self.error("€100 in TWD at 2025-01-27")
    #expect(error.message == "no exchange rate for `TWD`")
    #expect(error.at == "TWD")
  }

  @Test func atNeedsACurrency() throws {
    let error = try Self.error("€100 in % at 2025-01-27")
    #expect(error.message == "`at` dates a conversion to a currency, not to `%`")
  }

  /// `at` is a word only after a conversion's target: the function `at` still works.
  @Test func atRemainsAName() throws {
    let close = try DatasetSession.quantity("at(nvda.close, 2025-01-27)")
    #expect(Value.quantity(close).display == "$118.42/share")
  }

  @Test func everyRateOfTheFileIsInTheTable() throws {
    let table = ExchangeRateDatasets.table
    let rows = try DataFiles.rows(ExchangeRateDatasets.path)
    #expect(rows.count == table.count * ExchangeRateDatasets.currencies.count)
    for row in rows.prefix(600) {
      let date = DatasetParsing.date(row["date"] ?? "", in: "test")
      let rate = try #require(ExchangeRateDatasets.euroRate(row["currency"] ?? "", on: date))
      #expect(rate.value == Double(row["units_per_eur"] ?? ""))
    }
  }
}

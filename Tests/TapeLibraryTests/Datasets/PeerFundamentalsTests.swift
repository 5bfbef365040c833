import TapeCore
import Testing

@testable import TapeLibrary

/// `fundamentals`, the peers' price tables and `nvda_cash_flows` against their files.
struct PeerFundamentalsTests {
  @Test func everyRowOfPeersIsAFigureOfItsCompany() throws {
    for row in try DataFiles.rows(PeerFundamentalsDatasets.path) {
      let ticker = try #require(row["ticker"]).lowercased()
      let metric = try #require(row["metric"])
      let figure = try DatasetSession.quantity("fundamentals.\(ticker).\(metric)")
      let written = try #require(Double(row["value"] ?? ""))
      let scales: [String: Double] = ["USD_million": 1e6, "USD_billion": 1e9]
      let expected: Double = written * (scales[row["unit"] ?? ""] ?? 1)
      let difference: Double = abs(figure.value - expected)
      #expect(difference <= abs(expected) * 1e-15, "\(ticker).\(metric)")
      #expect(figure.provenance.citations.first?.what.contains(row["period_end"] ?? "?") == true)
      // The price table carries the same figure.
      #expect(try DatasetSession.quantity("\(ticker).\(metric)").value == figure.value)
    }
  }

  @Test func theFiscalYearsWrittenOutAreTheFilesYears() throws {
    let rows = try DataFiles.rows(PeerFundamentalsDatasets.path)
    for (ticker, year, end) in PeerFundamentalsDatasets.fiscalYears where ticker != "NVDA" {
      let fiscal = rows.filter { $0["ticker"] == ticker && $0["period"] != "instant" }
      #expect(!fiscal.isEmpty && fiscal.allSatisfy { $0["period"] == year && $0["period_end"] == end }, "\(ticker)")
      #expect(try DatasetSession.value("fundamentals.\(ticker.lowercased()).fiscal_year").display == "\"\(year)\"")
    }
    let nvda = try #require(PeerFundamentalsDatasets.fiscalYear(of: "NVDA"))
    #expect(FundamentalsDatasets.latestYear.label == nvda.year && FundamentalsDatasets.latestYear.end.iso == nvda.end)
  }

  @Test func calendarYearFiguresSayTheyWerePublishedAfterTheEvent() throws {
    let note = try DatasetSession.quantity("fundamentals.googl.revenue").provenance.citations.first?.note ?? ""
    #expect(note.contains("Published after 2025-01-27"))
    let apple = try DatasetSession.quantity("fundamentals.aapl.revenue").provenance.citations.first?.note ?? ""
    #expect(!apple.contains("Published after"))
  }

  @Test func nvidiaUsesThePeersNamesAndTheExactEquity() throws {
    let cashFlow = try DataFiles.rows(NVDACashFlowDatasets.path)
    let equity = try #require(cashFlow.first { $0["metric"] == "shareholders_equity" && $0["period"] == "instant" })
    #expect(try DatasetSession.quantity("fundamentals.nvda.shareholders_equity").value == Double(equity["value"]!)! * 1e6)
    let ocf = try #require(cashFlow.first { $0["metric"] == "net_cash_from_operating_activities" })
    #expect(try DatasetSession.quantity("fundamentals.nvda.operating_cash_flow").value == Double(ocf["value"]!)! * 1e6)
  }

  @Test func aPriceToEarningsAcrossPeersIsOneLineEach() throws {
    for ticker in PeerFundamentalsDatasets.tickers.map({ $0.lowercased() }) {
      let pe = try DatasetSession.quantity("\(ticker).close[2025-01-24] / \(ticker).eps_diluted")
      #expect(pe.unit.isNone && pe.value > 0, "\(ticker)")
    }
  }

  @Test func aMissingFigureIsAnErrorNamingIt() throws {
    let error = try ExchangeRateTests.error("avgo.shareholders_equity")
    #expect(error.message == "no field `shareholders_equity`")
  }

  @Test func everyCashFlowRowIsInItsYear() throws {
    for row in try DataFiles.rows(NVDACashFlowDatasets.path) {
      let end = row["period_end"] ?? ""
      let year = try #require(NVDACashFlowDatasets.yearEnds[end]).lowercased()
      let figure = try DatasetSession.quantity("nvda_cash_flows.\(year).\(row["metric"] ?? "")")
      #expect(figure.value == Double(row["value"] ?? "")! * 1e6)
    }
  }

  @Test func theUniversesHoldTheirTables() throws {
    let stocks = try DatasetSession.record("stocks")
    #expect(stocks.names == PriceDatasets.tickers.filter { !$0.isIndex }.map(\.name))
    for value in stocks.values {
      guard case .table = value else { Issue.record("not a table"); continue }
    }
    #expect(try DatasetSession.record("peers").names == PeerFundamentalsDatasets.tickers.map { $0.lowercased() })
  }

  @Test func treasuryYieldsAreThePercentOfTheFile() throws {
    for row in try DataFiles.rows(RateDatasets.yieldsPath).prefix(20) {
      let name = (row["series"] ?? "").lowercased()
      let rate = try DatasetSession.quantity("treasury_yields.\(name)[\(row["date"] ?? "")]")
      #expect(abs(rate.value * 100 - Double(row["percent"] ?? "")!) < 1e-12)
    }
  }
}

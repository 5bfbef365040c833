import TapeCore
import TapeLibrary
import Testing

/// Every price table equals its CSV file, row by row, read independently of the library.
struct PriceDatasetTests {
  static let tickers = [
    "NVDA", "AVGO", "TSM", "AMD", "MSFT", "GOOGL", "META", "AMZN", "AAPL", "ORCL", "SPY", "QQQ", "IXIC",
  ]

  @Test(arguments: tickers)
  func tableEqualsItsFileRowByRow(_ ticker: String) throws {
    let rows = try DataFiles.rows("prices/\(ticker).csv")
    let table = try DatasetSession.table(ticker.lowercased())
    #expect(table.name == ticker.lowercased())
    #expect(table.days.map(Int.init) == rows.map { DataFiles.days($0["date"]!) })
    let expectedColumns =
      ticker == "IXIC"
      ? ["open", "high", "low", "close", "volume"] : ["open", "high", "low", "close", "adj_close", "volume"]
    #expect(table.columns.map(\.name) == expectedColumns)
    for column in table.columns {
      let written = rows.map { Double($0[column.name]!)! }
      #expect(Array(column.values) == written, "\(ticker).\(column.name)")
    }
  }

  @Test(arguments: tickers)
  func pricesAreInUSDPerShareAndVolumesInShares(_ ticker: String) throws {
    let table = try DatasetSession.table(ticker.lowercased())
    for column in table.columns {
      let expected = ticker == "IXIC" ? "" : column.name == "volume" ? "share" : "USD/share"
      #expect((column.unit.isNone ? "" : column.unit.described) == expected, "\(ticker).\(column.name)")
    }
  }

  @Test func everyTickerHasTheSameSixtyTradingDays() throws {
    let nvda = try DatasetSession.table("nvda")
    #expect(nvda.count == 60)
    #expect(nvda.days.first.map(Int.init) == DataFiles.days("2024-12-02"))
    #expect(nvda.days.last.map(Int.init) == DataFiles.days("2025-02-28"))
    #expect(!nvda.days.contains(Int32(DataFiles.days("2025-01-09"))), "SOURCES.md: 2025-01-09 has no row")
    for ticker in Self.tickers {
      #expect(try DatasetSession.table(ticker.lowercased()).days == nvda.days, "\(ticker)")
    }
  }

  @Test func closesTableEqualsTheTidyFile() throws {
    let closes = try DatasetSession.table("closes")
    let rows = try DataFiles.rows("prices/closes_long.csv")
    #expect(rows.count == 780)
    #expect(closes.columns.map(\.name) == Self.tickers.map { $0.lowercased() })
    for row in rows {
      let day = Int32(DataFiles.days(row["date"]!))
      let index = try #require(closes.days.firstIndex(of: day))
      let column = try #require(closes.columns.first { $0.name == row["ticker"]!.lowercased() })
      #expect(column.values[index] == Double(row["close"]!)!, "\(row["ticker"]!) \(row["date"]!)")
    }
  }

  /// The tidy file and the per-ticker files are two copies of the same closes.
  @Test func tidyFileAgreesWithEveryTickerFile() throws {
    let closes = try DatasetSession.table("closes")
    for ticker in Self.tickers {
      let table = try DatasetSession.table(ticker.lowercased())
      #expect(closes.series(ticker.lowercased())?.values == table.series("close")?.values, "\(ticker)")
    }
  }

  @Test func nvdaCarriesTheLatestFiscalYearAsAttributes() throws {
    let attributes = try #require(try DatasetSession.table("nvda").attributes)
    for name in [
      "revenue", "net_income", "book_value", "shares", "shareholders_equity", "shares_outstanding", "eps_diluted",
    ] {
      #expect(attributes[name] != nil, "nvda.\(name)")
    }
  }
}

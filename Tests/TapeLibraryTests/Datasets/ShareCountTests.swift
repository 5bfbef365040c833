import TapeCore
import Testing

@testable import TapeLibrary

/// `market_cap(t, date)` for every company with a cover-page count, against the files.
struct ShareCountTests {
  /// The shares of a row of `shares_outstanding.csv`, scaled by its unit.
  static func fileShares(_ name: String) throws -> Double {
    let row = try #require(try DataFiles.rows(ShareCountDatasets.path).first { $0["ticker"] == name })
    let value = try #require(Double(row["shares"] ?? ""))
    return row["unit"] == "million_shares" ? value * 1e6 : value
  }

  static func close(_ ticker: String, _ date: String) throws -> Double {
    let row = try #require(try DataFiles.rows("prices/\(ticker).csv").first { $0["date"] == date })
    return try #require(Double(row["close"] ?? ""))
  }

  @Test func appleUsesTheLatestCountOnOrBeforeTheDate() throws {
    let cap = try DatasetSession.quantity("market_cap(aapl, 2025-01-24)")
    let rows = try DataFiles.rows(ShareCountDatasets.path).filter { $0["ticker"] == "AAPL" }
    let latest = try #require(rows.filter { ($0["as_of"] ?? "") <= "2025-01-24" }.max { $0["as_of"]! < $1["as_of"]! })
    let shares = try #require(Double(latest["shares"] ?? ""))
    #expect(abs(cap.value - shares * (try Self.close("AAPL", "2025-01-24"))) < 1)
    let what = cap.provenance.citations.map(\.what).joined(separator: "\n")
    #expect(what.contains("as of \(latest["as_of"]!)"))
    #expect(what.contains(latest["filing"]!))
    // The count is dated before the 24th but was filed after it; that is said too.
    #expect(what.contains("was filed on 2025-01-31, after 2025-01-24"))
  }

  @Test func beforeItsLaterCountAppleUsesTheEarlierOne() throws {
    let cap = try DatasetSession.quantity("market_cap(aapl, 2025-01-16)")
    #expect(abs(cap.value - (try Self.fileShares("AAPL")) * (try Self.close("AAPL", "2025-01-16"))) < 1)
    #expect(!cap.provenance.citations.contains { $0.what.contains("filed on") })
  }

  @Test func classesAreAddedAndTheAdditionShown() throws {
    let cap = try DatasetSession.quantity("market_cap(meta, 2025-01-27)")
    let shares = try Self.fileShares("META_CLASS_A") + Self.fileShares("META_CLASS_B")
    #expect(abs(cap.value - shares * (try Self.close("META", "2025-01-27"))) < 1)
    let sum = try #require(cap.provenance.citations.first { $0.what.contains("every class added") })
    #expect(sum.what.contains("class A") && sum.what.contains("class B"))
    #expect(!cap.provenance.citations.contains { $0.what.hasPrefix("Look-ahead") }, "META's count is as of 2025-01-24")
  }

  @Test func onlyALaterCountIsALookAheadThatSaysSo() throws {
    let cap = try DatasetSession.quantity("market_cap(googl, 2025-01-24)")
    let shares = try ["A", "B", "C"].reduce(0.0) { $0 + (try Self.fileShares("GOOGL_CLASS_\($1)")) }
    #expect(abs(cap.value - shares * (try Self.close("GOOGL", "2025-01-24"))) < 1)
    let lookAhead = try #require(cap.provenance.citations.first { $0.what.hasPrefix("Look-ahead") })
    #expect(lookAhead.what.contains("2025-01-28") && lookAhead.what.contains("dated after 2025-01-24"))
  }

  /// Issue 19: NVIDIA follows the issue-16 rule like every company, so 24 January 2025 uses the
  /// 10-Q cover's 24.49B (as of 2024-11-15), not the 10-K's 24.4B dated 2025-02-21.
  @Test func nvidiaUsesTheLatestCountDatedOnOrBeforeTheDate() throws {
    let cap = try DatasetSession.quantity("market_cap(nvda, 2025-01-24)")
    #expect(abs(cap.value - 24.49e9 * (try Self.close("NVDA", "2025-01-24"))) < 1)
    #expect(!cap.provenance.citations.contains { $0.what.hasPrefix("Look-ahead") })
    #expect(cap.provenance.citations.contains { $0.what.contains("2024-11-15") })
    let after = try DatasetSession.quantity("market_cap(nvda, 2025-02-24)")
    #expect(abs(after.value - 24.4e9 * (try Self.close("NVDA", "2025-02-24"))) < 1)
    #expect(!after.provenance.citations.contains { $0.what.hasPrefix("Look-ahead") })
  }

  /// `market_value_change` reads right both ways; `loss` is the same function under its old name.
  @Test func aRiseIsAPositiveChangeInMarketValue() throws {
    let rise = try DatasetSession.quantity("market_value_change(nvda, 2025-01-28)")
    #expect(rise.value > 0)
    let old = try DatasetSession.quantity("loss(nvda, 2025-01-28)")
    #expect(old.value == rise.value)
  }

  @Test(arguments: ["amd", "orcl", "tsm"])
  func aCompanyWithoutACountIsAnErrorThatSaysHowToGiveOne(_ name: String) throws {
    let error = try ExchangeRateTests.error("market_cap(\(name), 2025-01-24)")
    #expect(error.message == "no share count for `\(name)` in the data")
    #expect(error.at == name)
    #expect(error.help?.contains("`market_cap(\(name), DATE, COUNT shares)`") == true)
  }

  @Test func aGivenCountIsUsedAsGiven() throws {
    let cap = try DatasetSession.quantity("market_cap(orcl, 2025-01-24, 2B shares)")
    #expect(cap.value == 2e9 * (try Self.close("ORCL", "2025-01-24")))
  }

  @Test func theTickersWrittenOutAreTheFilesTickers() throws {
    let inFile = Set(ShareCountDatasets.counts.map(\.ticker))
    #expect(Set(ShareCountDatasets.tickers) == inFile)
    #expect(ShareCountDatasets.fileCounts.count == (try DataFiles.rows(ShareCountDatasets.path)).count - 1)
  }
}

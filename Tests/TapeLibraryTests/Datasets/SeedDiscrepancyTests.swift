import Testing
import TapeCore

@testable import TapeLibrary

/// Issue 19: a seed figure whose label misleads carries SOURCES.md's note wherever it is read,
/// so `why` says what the figure really is.
struct SeedDiscrepancyTests {
  static func notes(_ source: String) throws -> String {
    let figure = try DatasetSession.quantity(source)
    return figure.provenance.citations.compactMap(\.note).joined(separator: " ")
  }

  @Test func revenueLabelled2022IsFiscal2023s() throws {
    let notes = try Self.notes("seed_figures.nvda_revenue_2022")
    #expect(notes.contains("fiscal 2023 revenue"), "\(notes)")
  }

  @Test func theSeedsCloseNamesTheExchangesClose() throws {
    let notes = try Self.notes("seed_figures.nvda_close_monday")
    #expect(notes.contains("$118.42"), "\(notes)")
  }

  @Test func theSeedsShareCountNamesTheFiledOnes() throws {
    let notes = try Self.notes("seed_figures.nvda_shares_in_circulation")
    #expect(notes.contains("24.4B") && notes.contains("24.49B"), "\(notes)")
  }
}

import Foundation
import TapeCore
import Testing

@testable import TapeLibrary

/// Every built-in figure cites at least one document, every document is one of SOURCES.md, and
/// the discrepancies SOURCES.md lists reach the citations of the figures they concern.
struct DatasetProvenanceTests {
  static let names = DatasetRegistry.catalog.map(\.name)
  /// Datasets of figures: `events` holds only dates and text, which carry no citation in TapeCore
  /// (see `eventsNameTheirSources`).
  static let figureDatasets = names.filter { $0 != "events" }

  static func sourcesText() throws -> String { try DataFiles.text("SOURCES.md") }

  @Test(arguments: figureDatasets)
  func everyFigureHasACitationWithADocument(_ name: String) throws {
    let figures = DatasetSession.figures(in: try DatasetSession.dataset(name), at: name)
    #expect(!figures.isEmpty, "`\(name)` has no figures")
    for (path, value) in figures {
      let citations = try value.provenance().citations
      #expect(!citations.isEmpty, "`\(path)` has no citation")
      for citation in citations {
        #expect(!citation.documents.isEmpty, "`\(path)`: citation \(citation.key) names no document")
        #expect(!citation.what.isEmpty && !citation.key.isEmpty, "`\(path)`: empty citation")
      }
    }
  }

  /// A figure of a record or list cites its own row, not the whole file.
  @Test(arguments: ["nvda_fundamentals", "gdp", "gdp_2022", "market_cap_moves", "ai_costs", "seed_figures"])
  func everyRowFigureHasItsOwnCitation(_ name: String) throws {
    let figures = DatasetSession.figures(in: try DatasetSession.dataset(name), at: name)
    var keys: [String: String] = [:]
    for (path, value) in figures {
      for citation in try value.provenance().citations {
        if let other = keys[citation.key] {
          Issue.record("`\(path)` and `\(other)` share the citation \(citation.key)")
        }
        keys[citation.key] = path
      }
    }
  }

  @Test(arguments: figureDatasets)
  func everyDocumentIsASourceOfSourcesMD(_ name: String) throws {
    let sources = try Self.sourcesText()
    let figures = DatasetSession.figures(in: try DatasetSession.dataset(name), at: name)
    for (path, value) in figures {
      for document in try value.provenance().citations.flatMap(\.documents) {
        let id = String(
          document.hasPrefix("cross-check: ")
            ? document.dropFirst("cross-check: ".count).prefix { $0 != ":" } : document.prefix { $0 != ":" })
        // SOURCES.md names some aggregators' pages as a family: `STOCKANALYSIS_*`.
        let family = (id.split(separator: "_").first.map(String.init) ?? id) + "_*"
        let named = sources.contains(id) || sources.contains(family)
        #expect(named, "`\(path)` cites `\(id)`, which SOURCES.md does not list")
        let readDate = SourceDocuments.isExtension(id) ? "2026-12-06" : "2026-11-23"
        #expect(document.hasSuffix("read \(readDate)"), "`\(path)`: \(document)")
      }
    }
  }

  @Test func eventsNameTheirSources() throws {
    for event in try DatasetSession.list("events") {
      guard case .record(let record) = event, case .string(let sources)? = record["sources"] else {
        Issue.record("an event has no sources")
        continue
      }
      let ids = sources.split(separator: ",").map { $0.drop(while: { $0 == " " }) }.map(String.init)
      #expect(!ids.isEmpty)
      for id in ids { #expect(SourceDocuments.description(of: id) != nil, "event cites unknown `\(id)`") }
    }
  }

  /// Every id in a `source_id` or `seed_file` column has a description.
  @Test func everySourceIDOfTheDataHasADescription() throws {
    for path in try DataFiles.paths() where path.hasSuffix(".csv") {
      for row in try DataFiles.rows(path) {
        for column in ["source_id", "seed_file"] {
          for id in (row[column] ?? "").split(separator: ";") {
            #expect(SourceDocuments.description(of: String(id)) != nil, "\(path): `\(id)` has no description")
          }
        }
      }
    }
  }

  static func note(of source: String) throws -> String {
    let citations = try DatasetSession.value(source).provenance().citations
    return citations.compactMap(\.note).joined(separator: "\n")
  }

  @Test func closeCitationStatesTheConventionAndTheOtherReportedClose() throws {
    let note = try Self.note(of: "nvda.close[2025-01-27]")
    #expect(note.contains("split-adjusted but not dividend-adjusted"))
    #expect(note.contains("118.58"))
    #expect(note.contains("SWISH_11858"))
    #expect(note.contains("118.1112"))
  }

  @Test func lossCitationKeepsEveryReportedFigure() throws {
    let note = try Self.note(of: "market_cap_moves[0].market_value_change")
    for figure in ["$589B", "$600B", "$560B", "$465B", "$593B"] {
      #expect(note.contains(figure), "the loss's citation does not mention \(figure)")
    }
  }

  @Test func metaLossCitationKeepsBothReports() throws {
    let note = try Self.note(of: "market_cap_moves[2].market_value_change")
    #expect(note.contains("$232B") && note.contains("$251B"))
  }

  @Test func seedFigureCitationQuotesItsSeed() throws {
    let citations = try DatasetSession.value("seed_figures.nvda_close_monday").provenance().citations
    let citation = try #require(citations.first)
    #expect(citation.note?.contains("with shares dropping from $142.62 on Friday to $118.58 by Monday") == true)
    #expect(citation.documents.first?.hasPrefix("001_d5541df08e05a519.txt:") == true)
  }

  @Test func approximateFiguresSayWhatTheyAre() throws {
    #expect(try Self.note(of: "seed_figures.nvda_market_cap_loss").contains("Approximate"))
    #expect(try Self.note(of: "seed_figures.deepseek_claimed_build_cost").contains("upper bound"))
    #expect(try Self.note(of: "ai_costs.chatgpt_pro_subscription").contains("Per month"))
  }

  @Test func fundamentalsCitationsStateTheirPeriod() throws {
    let shares = try #require(try DatasetSession.value("nvda.shares").provenance().citations.first)
    #expect(shares.what.contains("2025-02-21"))
    #expect(shares.note?.contains("24.68") == true, "seed 003's share count is not mentioned")
    let revenue = try #require(try DatasetSession.value("nvda.revenue").provenance().citations.first)
    #expect(revenue.what.contains("FY2025"))
    #expect(revenue.documents.first?.hasPrefix("PR_Q4FY25:") == true)
    let equity = try #require(try DatasetSession.value("nvda.book_value").provenance().citations.first)
    #expect(equity.what.contains("shareholders_equity") && equity.note?.contains("rounded") == true)
  }

  /// A result computed from figures cites all of them.
  @Test func computedResultCitesEveryInput() throws {
    let keys = try DatasetSession.value("(nvda.close[2025-01-27] - nvda.close[2025-01-24]) * nvda.shares")
      .provenance().citations.map(\.key)
    #expect(keys.contains("prices/NVDA.csv"))
    #expect(keys.contains("fundamentals/nvda.csv:shares_outstanding:2025-02-21"))
  }

  /// Each figure's unit and provenance survive a lookup: a dataset is loaded once, then shared.
  @Test func aDatasetIsParsedOnceAndShared() throws {
    let first = try DatasetSession.table("nvda")
    let second = try DatasetSession.table("nvda")
    first.columns[0].values.withUnsafeBufferPointer { a in
      second.columns[0].values.withUnsafeBufferPointer { b in #expect(a.baseAddress == b.baseAddress) }
    }
  }
}

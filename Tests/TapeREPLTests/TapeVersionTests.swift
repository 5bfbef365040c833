import Foundation
import TapeLibrary
import Testing

@testable import TapeREPL

/// `tape --version`: the number VERSION sets, and the dates of the built-in data.
struct TapeVersionTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func numberIsTheOneInVersionFile() throws {
    let file = try String(contentsOf: Self.repository.appendingPathComponent("VERSION"), encoding: .utf8)
    #expect(
      file.trimmingCharacters(in: .whitespacesAndNewlines) == TapeVersion.current,
      "VERSION and TapeVersion.current differ: run `make version`")
  }

  @Test func describedGivesTheNumberThenTheDataVintage() {
    #expect(
      TapeVersion.described
        == "\(TapeVersion.current)\nbuilt-in data: market prices 2024-12-02 to 2025-02-28, newest figure 2025-12-31, sources read 2026-11-23 and 2026-12-06")
  }

  /// The vintage is read from the declarations docs/datasets.md is written from, so the two agree.
  @Test func vintageAgreesWithTheDatasetCatalogue() throws {
    let catalogue = try String(contentsOf: Self.repository.appendingPathComponent("docs/datasets.md"), encoding: .utf8)
    #expect(catalogue.contains("| [`closes`](#closes) | The daily close of every ticker side by side, one column per ticker. | table, one row per trading day | 2024-12-02 to 2025-02-28"))
    #expect(catalogue.contains("read 2026-11-23"))
  }

  @Test func vintageOfACatalogWithoutDatesSaysNone() {
    #expect(TapeVersion.dataVintage([]) == "built-in data: none")
  }

  @Test(arguments: [
    ("2024-12-02 to 2025-02-28, 60 trading days (no row for 2025-01-09)", ["2024-12-02", "2025-02-28", "2025-01-09"]),
    ("fiscal years 2022 to 2025", []),
    ("12024-12-02 and 2024-12-021 are not dates; 2024-1-02 neither", []),
    ("2023", []),
  ])
  func isoDatesAreFoundWhole(text: String, dates: [String]) {
    #expect(TapeVersion.isoDates(in: text) == dates)
  }
}

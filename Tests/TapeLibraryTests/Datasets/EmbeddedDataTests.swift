import Foundation
import Testing

@testable import TapeLibrary

/// EmbeddedData+Generated.swift holds exactly the files of Datasets/Data.
struct EmbeddedDataTests {
  static let stale = "EmbeddedData+Generated.swift is stale: run `make data` (swift run GenerateEmbeddedData)"

  @Test func embedsEveryFileOfTheDataFolderAndNothingElse() throws {
    let onDisk = try DataFiles.paths()
    #expect(onDisk.count >= 20, "Datasets/Data lost its files")
    #expect(Array(EmbeddedData.files.keys).sorted() == onDisk, "\(Self.stale)")
  }

  @Test func everyEmbeddedFileEqualsTheFileOnDisk() throws {
    for path in try DataFiles.paths() {
      #expect(EmbeddedData.files[path] == (try DataFiles.text(path)), "\(path) differs. \(Self.stale)")
    }
  }

  @Test func generatedFileSaysSoOnItsFirstLineAndNamesTheCommand() throws {
    let generated = DataFiles.packageRoot.appendingPathComponent(
      "Sources/TapeLibrary/Datasets/EmbeddedData+Generated.swift")
    let firstLine = try String(contentsOf: generated, encoding: .utf8).prefix { $0 != "\n" }
    #expect(firstLine.contains("Generated"))
    #expect(firstLine.contains("do not edit"))
    #expect(firstLine.contains("make data"))
  }

  @Test func sourcesListAndEveryPriceFileAreEmbedded() {
    #expect(EmbeddedData.files["SOURCES.md"]?.contains("## Discrepancies and caveats") == true)
    for ticker in ["NVDA", "AVGO", "TSM", "AMD", "MSFT", "GOOGL", "META", "AMZN", "AAPL", "ORCL", "SPY", "QQQ", "IXIC"]
    {
      #expect(EmbeddedData.files["prices/\(ticker).csv"] != nil, "prices/\(ticker).csv")
    }
  }
}

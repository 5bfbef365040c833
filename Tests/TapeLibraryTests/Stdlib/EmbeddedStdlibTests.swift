import Foundation
import Testing

@testable import TapeLibrary

/// EmbeddedStdlib+Generated.swift holds exactly the files of stdlib/, and TAPE_STDLIB_PATH reads
/// the same files from disk.
struct EmbeddedStdlibTests {
  static let stale = "EmbeddedStdlib+Generated.swift is stale: run `make data` (swift run GenerateEmbeddedData)"
  static let folder = DataFiles.packageRoot.appendingPathComponent("stdlib").path

  @Test func embedsEveryStdlibFileByteForByte() throws {
    let onDisk = try StdlibLoader.files(inFolder: Self.folder)
    #expect(onDisk.count >= 3, "stdlib/ lost its files")
    #expect(StdlibLoader.embedded.map(\.path) == onDisk.map(\.path), "\(Self.stale)")
    for file in onDisk {
      #expect(StdlibLoader.embedded.first { $0.path == file.path }?.text == file.text, "\(file.path) differs. \(Self.stale)")
    }
  }

  @Test func generatedFileSaysSoOnItsFirstLineAndNamesTheCommand() throws {
    let generated = DataFiles.packageRoot.appendingPathComponent(
      "Sources/TapeLibrary/Stdlib/EmbeddedStdlib+Generated.swift")
    let firstLine = try String(contentsOf: generated, encoding: .utf8).prefix { $0 != "\n" }
    #expect(firstLine.contains("Generated"))
    #expect(firstLine.contains("do not edit"))
    #expect(firstLine.contains("make data"))
  }

  @Test func filesAreNamedFromThePackageRoot() {
    for file in StdlibLoader.embedded {
      #expect(file.path.hasPrefix("stdlib/") && file.path.hasSuffix(".tape"), "\(file.path)")
    }
  }
}

import Foundation
import Testing

@testable import TapeLibrary

struct TildeExpansionTests {
  @Test(arguments: ["~", "~/", "~/prices.csv", "~/data/prices.csv"])
  func aLeadingTildeIsTheHomeFolderAsNSStringExpandedIt(_ path: String) {
    #expect(
      URL(fileURLWithPath: CSVLoader.expandingTilde(path)).standardizedFileURL.path
        == URL(fileURLWithPath: NSString(string: path).expandingTildeInPath).standardizedFileURL.path)
  }
}

import Foundation
import Testing

/// `tape --version` on the command line: the number on the first line (scripts read it), the
/// vintage of the built-in data on the second.
struct VersionCommandTests {
  @Test func versionPrintsNumberAndDataVintage() throws {
    let run = try TapeCommandTests().tape(["--version"])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.split(separator: ".").count == 3)
    #expect(lines.last?.hasPrefix("built-in data: market prices 2024-12-02 to 2025-02-28") == true)
  }
}

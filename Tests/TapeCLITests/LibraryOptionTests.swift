import Foundation
import Testing

/// `tape --lib FILE.tape`: a user's library loads before `-e` and pipes; its errors fail the run.
struct LibraryOptionTests {
  func library(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lib-\(UUID().uuidString).tape").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func definitionsAreThereForExpressionsAndPipes() throws {
    let path = try library("fn gross_margin(revenue, cost) = (revenue - cost) / revenue in %\ntax = 21%\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let expression = try TapeCommandTests().tape(["--lib", path, "-e", "gross_margin($130.5B, $32.64B)"])
    #expect(expression.status == 0)
    #expect(expression.output == "74.99%\n")
    let piped = try TapeCommandTests().tape(["--lib", path], input: "$100 * tax\n")
    #expect(piped.output == "$21.00\n")
  }

  @Test func aBrokenLibraryReportsItsLineAndFailsTheRun() throws {
    let path = try library("ok = 1\nbad = 1 + $2\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try TapeCommandTests().tape(["--lib", path, "-e", "ok + 1"])
    #expect(run.status == 1)
    #expect(run.output == "2\n", "the rest of the library and the expression still run")
    #expect(run.errors.hasPrefix("\(path):2:9: error: cannot add a plain number and `USD`"))
  }

  @Test func aMissingLibraryIsNamed() throws {
    let run = try TapeCommandTests().tape(["--lib", "/no/such.tape", "-e", "1 + 1"])
    #expect(run.status == 1)
    #expect(run.errors == "error: cannot read /no/such.tape: no such file\n")
  }
}

import Foundation
import TapeCore
import Testing

@testable import TapeLibrary

/// Files from Windows (`\r\n`), from old Macs and some exports (a lone `\r`), with a UTF-8
/// byte-order mark, or in UTF-16: the same rows, or an error that names the encoding.
struct LineEndingTests {
  static let rows = ["date,close (USD/share)", "2025-01-24,142.62", "2025-01-27,118.42", "2025-01-28,128.99"]

  /// The table `bytes` load as, dumped, or the error's message.
  static func loaded(_ bytes: [UInt8], chunkSize: Int = CSVLoader.chunkSize) throws -> String {
    let directory = try TemporaryDirectory()
    let path = try directory.write("p.csv", bytes: bytes)
    do {
      guard case .table(let table) = try CSVLoader.load(path, chunkSize: chunkSize) else { return "not a table" }
      return "\(table.days.count) days: " + table.columns.map { "\($0.name) \(Array($0.values))" }.joined(separator: "; ")
    } catch {
      return "error: \(error.message.replacingOccurrences(of: path, with: "p.csv"))"
    }
  }

  static let expected = "3 days: close [142.62, 118.42, 128.99]"

  @Test(arguments: ["\n", "\r\n", "\r"])
  func everyLineEndReadsTheSameRows(_ end: String) throws {
    let text = Self.rows.joined(separator: end) + end
    for chunkSize in [1, 2, 5, CSVLoader.chunkSize] {
      #expect(try Self.loaded(Array(text.utf8), chunkSize: chunkSize) == Self.expected, "chunks of \(chunkSize)")
    }
    #expect(try Self.loaded(Array(Self.rows.joined(separator: end).utf8)) == Self.expected, "no end on the last row")
  }

  @Test func mixedLineEndsAndBlankLines() throws {
    let text = "date,close (USD/share)\r\n2025-01-24,142.62\r\r2025-01-27,118.42\n\n2025-01-28,128.99\r"
    #expect(try Self.loaded(Array(text.utf8)) == Self.expected)
  }

  @Test(arguments: ["\n", "\r\n", "\r"])
  func aByteOrderMarkIsSkipped(_ end: String) throws {
    let text = Self.rows.joined(separator: end) + end
    for chunkSize in [1, 4, CSVLoader.chunkSize] {
      #expect(try Self.loaded([0xEF, 0xBB, 0xBF] + Array(text.utf8), chunkSize: chunkSize) == Self.expected)
    }
  }

  @Test(arguments: ["\n", "\r\n", "\r"])
  func aLineBreakInQuotesKeepsLaterLineNumbersRight(_ end: String) throws {
    let text = ["name,note,v", "a,\"two\(end)lines\",1", "b,x,oops", "c,y,3"].joined(separator: end) + end
    let directory = try TemporaryDirectory()
    let path = try directory.write("q.csv", text)
    let (_, message, _) = try LoadErrorTests.error(path: path)
    #expect(message == "\(path):4: column `v` has `oops`, not a number")
  }

  @Test(arguments: ["\n", "\r\n", "\r"])
  func aQuoteNeverClosedIsNamed(_ end: String) throws {
    let text = ["a,b", "1,2", "3,\"4", "5,6"].joined(separator: end) + end
    #expect(try Self.loaded(Array(text.utf8)) == "error: p.csv:3: a quoted field is never closed")
  }

  @Test func aCarriageReturnFileIsSizedForItsRows() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("cr.csv", "a,b\r1,2\r3,4\r")
    let source = try CSVSource(openingFile: path, path: path)
    #expect(try CSVTextCheck.checked(source, chunkSize: CSVLoader.chunkSize).rowCapacity == 4)
  }

  static let utf16Cases: [(name: String, bytes: [UInt8], encoding: String, iconv: String)] = [
    ("little-endian with a mark", [0xFF, 0xFE] + utf16("date,v\r\n2025-01-24,1\r\n", bigEndian: false),
     "UTF-16 text (it starts with UTF-16's byte-order mark)", "UTF-16"),
    ("big-endian with a mark", [0xFE, 0xFF] + utf16("date,v\n2025-01-24,1\n", bigEndian: true),
     "UTF-16 text (it starts with UTF-16's byte-order mark)", "UTF-16"),
    ("little-endian without a mark", utf16("date,v\n2025-01-24,1\n", bigEndian: false),
     "UTF-16 text (little-endian: every other byte of its first characters is zero)", "UTF-16LE"),
    ("big-endian without a mark", utf16("date,v\n2025-01-24,1\n", bigEndian: true),
     "UTF-16 text (big-endian: every other byte of its first characters is zero)", "UTF-16BE"),
    ("UTF-32 with a mark", [0xFF, 0xFE, 0, 0] + Array("d\0\0\0".utf8),
     "UTF-32 text (it starts with UTF-32's byte-order mark)", "UTF-32"),
  ]

  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit in
      let bytes = [UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8)]
      return bigEndian ? bytes.reversed() : bytes
    }
  }

  @Test(arguments: utf16Cases.map(\.name))
  func utf16IsRefusedByName(_ name: String) throws {
    let file = try #require(Self.utf16Cases.first { $0.name == name })
    let directory = try TemporaryDirectory()
    let path = try directory.write("wide.csv", bytes: file.bytes)
    for chunkSize in [1, CSVLoader.chunkSize] {
      do {
        _ = try CSVLoader.load(path, chunkSize: chunkSize)
        Issue.record("\(name) was read")
      } catch {
        #expect(error.message == "`\(path)` is \(file.encoding), not UTF-8")
        #expect(
          error.help
            == "convert it to UTF-8, for example with `iconv -f \(file.iconv) -t UTF-8 \(path) > converted.csv`, or save it from Excel as \"CSV UTF-8\""
        )
      }
    }
  }
}

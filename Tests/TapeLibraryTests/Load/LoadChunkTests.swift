import Foundation
import TapeCore
import Testing

@testable import TapeLibrary

/// `load` reads a file a chunk at a time and parses each cell into its column as it is split:
/// the result, and every error, are the same whatever the chunks.
struct LoadChunkTests {
  /// `load(path)` with chunks of `chunkSize` bytes: the value dumped, or the error's message.
  static func outcome(_ path: String, chunkSize: Int) -> String {
    do {
      var text = ""
      dump(try CSVLoader.load(path, chunkSize: chunkSize), to: &text)
      return text
    } catch {
      return "error: \(error.message)"
    }
  }

  static let files: [(name: String, bytes: [UInt8])] = [
    ("table.csv", Array("date,close (USD/share),volume\r\n2025-01-24,$142.62,\"234,657,600\"\r\n2025-01-27,$118.42,\"818,830,900\"\r\n".utf8)),
    ("bom.csv", [0xEF, 0xBB, 0xBF] + Array("name,note\n\"café, \"\"au lait\"\"\",\"two\nlines\"\nb,€\n".utf8)),
    ("cr.csv", Array("date,v\r2025-01-24,1\r\r2025-01-27,2".utf8)),
    ("records.csv", Array("name,salary,share\nAda,\"€1,200.50\",12.5%\nBob,€-3,-1%\n".utf8)),
    ("late-error.csv", Array("date,close\n2025-01-24,1\n2025-01-27,2\n2025-01-28,3\n2025-01-29,n/a".utf8)),
    ("late-utf8.csv", Array("name,v\nx,1\ny,2\n".utf8) + [0x43, 0xE2, 0x82]),
    ("unclosed.csv", Array("a,b\n1,2\n3,\"4\n5,6\n".utf8)),
  ]

  @Test(arguments: files.map(\.name))
  func everyChunkSizeReadsTheSame(name: String) throws {
    let directory = try TemporaryDirectory()
    let bytes = try #require(Self.files.first { $0.name == name }?.bytes)
    let path = try directory.write(name, bytes: bytes)
    let whole = Self.outcome(path, chunkSize: CSVLoader.chunkSize)
    for chunkSize in 1...9 {
      #expect(Self.outcome(path, chunkSize: chunkSize) == whole, "chunks of \(chunkSize) bytes")
    }
  }

  @Test func anErrorOnTheLastRowWithoutALineBreak() throws {
    let (path, message, _) = try LoadErrorTests.error(
      "last.csv", "date,close\n2025-01-24,1\n2025-01-27,2\n2025-01-28,n/a")
    #expect(message == "\(path):4: column `close` has `n/a`, not a number")
    let (path2, message2, _) = try LoadErrorTests.error("ragged.csv", "date,close\n2025-01-24,1\n2025-01-27")
    #expect(message2 == "\(path2):3: 1 field where the header has 2")
  }

  @Test func aCharacterCutAtTheEndOfTheFileIsNotUTF8() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("cut.csv", bytes: Array("name,v\nx,1\ny,2\n".utf8) + [0x43, 0xE2, 0x82])
    let (_, message, _) = try LoadErrorTests.error(path: path)
    #expect(message == "\(path):4: not UTF-8 text (invalid byte at offset 16)")
  }

  @Test func aColumnWhoseTypeIsDecidedLateNamesItsFirstMisfit() throws {
    // Dates first, then more numbers: a number column whose dates are the mistakes.
    let (path, message, _) = try LoadErrorTests.error(
      "late.csv", "name,v\na,2025-01-24\nb,2025-01-27\nc,1\nd,2\ne,3\n")
    #expect(message == "\(path):2: column `v` has `2025-01-24`, not a number")
    // Numbers first, then more text: a text column, its numbers shown as written.
    let directory = try TemporaryDirectory()
    let records = try directory.write("text.csv", "name,note\na,7\nb,1.50\nc,gap\nd,n/a\ne,-\n")
    #expect(loadSession(#"load("\#(records)")[1].note"#).value?.display == #""1.50""#)
    #expect(loadSession(#"load("\#(records)")[2].note"#).value?.display == #""gap""#)
  }

  @Test func linesAfterBlankLinesAndQuotedBreaksAreCounted() throws {
    let (path, message, _) = try LoadErrorTests.error(
      "blank.csv", "date,note,close\n2025-01-24,\"a\nb\",1\n\n\n2025-01-27,c,2\n2025-01-28,d,x\n")
    #expect(message == "\(path):7: column `close` has `x`, not a number")
    let (path2, message2, _) = try LoadErrorTests.error(
      "order.csv", "date,close\n\n2025-01-24,1\n2025-01-28,2\n\n2025-01-27,3\n")
    #expect(message2 == "\(path2):6: the date 2025-01-27 in column `date` is out of order (line 4 has 2025-01-28)")
  }

  @Test func aTableKeepsOnlyTheColumnsAtTheirWidth() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("w.csv", "date,close,ticker\n2025-01-24,1.5,NVDA\n2025-01-27,2.5,NVDA\n")
    guard case .table(let table) = try CSVLoader.load(path) else { Issue.record("not a table"); return }
    #expect(Array(table.days) == [Int32(isoDays("2025-01-24")), Int32(isoDays("2025-01-27"))])
    #expect(table.columns.map(\.name) == ["close"])
    #expect(Array(table.columns[0].values) == [1.5, 2.5])
  }
}

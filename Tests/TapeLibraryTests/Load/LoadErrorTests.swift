import Foundation
import TapeCore
import Testing

@testable import TapeLibrary

/// Every problem with a file is an error at `load`'s argument naming the file, the line and the
/// column; none is a crash.
struct LoadErrorTests {
  /// The message and help of `load(path)` on a file holding `text`, named by its absolute path.
  static func error(_ name: String, _ text: String) throws -> (path: String, message: String, help: String?) {
    let directory = try TemporaryDirectory()
    let path = try directory.write(name, text)
    return try error(path: path)
  }

  static func error(path: String) throws -> (path: String, message: String, help: String?) {
    let result = loadSession(#"load("\#(path)")"#)
    #expect(result.value == nil)
    return (path, try #require(result.message), result.help)
  }

  @Test func theErrorPointsAtTheArgument() throws {
    var interpreter = Interpreter(natives: BuiltinRegistry.natives)
    guard case .error(let diagnostic) = interpreter.run(#"1 + load("nowhere/missing.csv")"#).last else {
      Issue.record("no error")
      return
    }
    #expect(diagnostic.message == "cannot read `nowhere/missing.csv`: no such file")
    #expect(diagnostic.help == "a relative path is read from the directory Tape was started in")
    #expect(interpreter.rendered(diagnostic).contains("  |          ^^^^^^^^^^^^^^^^^^^^^ this argument"))
  }

  /// A 512 MB file without a newline took 60 s and 2.2 GB to be called "a header but no rows".
  @Test func aLineLongerThanTheLimitIsRefusedWhereItIsFound() throws {
    let long = String(repeating: "a", count: CSVTextCheck.maximumLineBytes + 10)
    let (path, message, _) = try Self.error("one-line.csv", long)
    #expect(message == "\(path):1: a line longer than 16 MiB: this is not a CSV file with a row on each line")
    let (later, laterMessage, _) = try Self.error("third.csv", "a,b\r\n1,2\r\n" + long + "\r\n")
    #expect(laterMessage == "\(later):3: a line longer than 16 MiB: this is not a CSV file with a row on each line")
    let directory = try TemporaryDirectory()
    let fine = try directory.write("long-but-fine.csv", "name,n\n" + String(repeating: "b", count: 3 << 20) + ",1\n")
    let loaded = loadSession(#"len(load("\#(fine)"))"#)
    #expect(loaded.message == nil, "a 3 MiB line is read")
  }

  @Test func aCellThatDoesNotFitItsColumnIsNamedWithItsLine() throws {
    let (path, message, help) = try Self.error(
      "prices.csv", "date,close\n2025-01-24,142.62\n2025-01-27,n/a\n2025-01-28,128.99\n")
    #expect(message == "\(path):3: column `close` has `n/a`, not a number")
    #expect(help == "the rest of the column are numbers; fix the cell or delete the row")
  }

  @Test func aBadDateInADateColumn() throws {
    let (path, message, _) = try Self.error(
      "d.csv", "date,close\n2025-01-24,1\n2025-02-30,2\n2025-01-28,3\n")
    #expect(message == "\(path):3: column `date` has `2025-02-30`, not a date")
  }

  @Test func anEmptyCellInANumericColumn() throws {
    let (path, message, _) = try Self.error("e.csv", "date,close\n2025-01-24,1\n2025-01-27,\n2025-01-28,3\n")
    #expect(message == "\(path):3: column `close` is empty")
  }

  @Test func aPercentageAmongAmounts() throws {
    let (path, message, _) = try Self.error("p.csv", "name,v\na,1\nb,2\nc,3%\n")
    #expect(message == "\(path):4: column `v` has `3%`, not an amount (it is a percentage)")
  }

  @Test func twoCurrenciesInOneColumn() throws {
    let (path, message, _) = try Self.error("c.csv", "name,v\na,$1\nb,€2\n")
    #expect(message == "\(path):3: column `v` has `€2`, not an amount in USD")
  }

  @Test func aCurrencyThatDisagreesWithTheHeader() throws {
    let (path, message, _) = try Self.error("h.csv", "name,v (EUR)\na,$1\n")
    #expect(message == "\(path):2: column `v` has `$1`, not an amount in `EUR` as the header says")
  }

  @Test func aRowWithTheWrongNumberOfFields() throws {
    let (path, message, help) = try Self.error("r.csv", "date,close\n2025-01-24,1\n2025-01-27,1,234\n")
    #expect(message == "\(path):3: 3 fields where the header has 2")
    #expect(help == "a field holding a comma must be in double quotes: \"1,234\"")
  }

  @Test func aLineBreakInsideAQuotedFieldKeepsTheLineNumbersRight() throws {
    let (path, message, _) = try Self.error(
      "q.csv", "name,note,v\na,\"two\nlines\",1\nb,x,oops\nc,y,3\nd,z,4\n")
    #expect(message == "\(path):4: column `v` has `oops`, not a number")
  }

  @Test func raggedRowsAreAnErrorEvenWhenShort() throws {
    let (path, message, _) = try Self.error("s.csv", "a,b,c\n1,2,3\n4,5\n")
    #expect(message == "\(path):3: 2 fields where the header has 3")
  }

  @Test func aRepeatedDateNamesBothLines() throws {
    let (path, message, _) = try Self.error("r.csv", "date,close\n2025-01-24,1\n2025-01-27,2\n2025-01-27,3\n")
    #expect(message == "\(path):4: the date 2025-01-27 in column `date` is also on line 3")
  }

  @Test func datesOutOfOrder() throws {
    let (path, message, _) = try Self.error("o.csv", "date,close\n2025-01-24,1\n2025-01-28,2\n2025-01-27,3\n")
    #expect(message == "\(path):4: the date 2025-01-27 in column `date` is out of order (line 3 has 2025-01-28)")
  }

  @Test func headerProblems() throws {
    let (path, message, _) = try Self.error("h.csv", "date,close,close\n2025-01-24,1,2\n")
    #expect(message == "\(path):1: columns 2 and 3 are both named `close`")
    let (path2, message2, _) = try Self.error("h2.csv", "date,,close\n2025-01-24,1,2\n")
    #expect(message2 == "\(path2):1: column 2 of the header has no name")
    let (path3, message3, _) = try Self.error("h3.csv", "a,--\n1,2\n")
    #expect(message3 == "\(path3):1: column 2 of the header, `--`, has no name")
  }

  @Test func emptyFilesAndHeadersWithoutRows() throws {
    let (path, message, _) = try Self.error("empty.csv", "")
    #expect(message == "`\(path)` is empty")
    let (path2, message2, _) = try Self.error("blank.csv", "\n\n")
    #expect(message2 == "`\(path2)` is empty")
    let (path3, message3, _) = try Self.error("header.csv", "a,b\n")
    #expect(message3 == "`\(path3)` has a header but no rows")
  }

  @Test func invalidUTF8GivesTheByteOffsetAndLine() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("latin1.csv", bytes: Array("name,v\n".utf8) + [0x43, 0x61, 0x66, 0xE9] + Array(",1\n".utf8))
    let (_, message, help) = try Self.error(path: path)
    #expect(message == "\(path):2: not UTF-8 text (invalid byte at offset 10)")
    #expect(help == #"save the file as UTF-8 (in Excel: "CSV UTF-8")"#)
  }

  @Test func aDirectoryAndAnUnreadableFile() throws {
    let directory = try TemporaryDirectory()
    let (_, message, _) = try Self.error(path: directory.url.path)
    #expect(message == "cannot read `\(directory.url.path)`: it is a directory")
    let path = try directory.write("secret.csv", "a\n1\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
    // root reads any file; the check only means something for other users.
    if !FileManager.default.isReadableFile(atPath: path) {
      let (_, message2, _) = try Self.error(path: path)
      #expect(message2 == "cannot read `\(path)`: permission denied")
    }
  }

  @Test(arguments: ["/dev/zero", "/dev/null", "fifo"])
  func aDeviceOrAPipeIsNotReadNotEvenForever(name: String) throws {
    // These used to fail with Foundation's misleading "You don’t have permission".
    let directory = try TemporaryDirectory()
    var path = name
    if name == "fifo" {
      path = directory.url.appendingPathComponent("fifo.csv").path
      #expect(mkfifo(path, 0o600) == 0)
    }
    let (_, message, _) = try Self.error(path: path)
    #expect(message == "cannot read `\(path)`: it is not a regular file (a device, a pipe or a socket)")
  }

  @Test func aNonStringArgumentIsAWrongType() {
    #expect(loadSession("load(5)").message == "`load` expects `path` to be a string, found a plain number")
  }

  @Test func anUnknownEmbeddedFile() {
    #expect(loadSession(#"load("tape:nope.csv")"#).message == "Tape has no built-in file `nope.csv`")
  }
}

/// How a column's type is decided when its cells disagree.
struct LoadInferenceTests {
  @Test func halfTheCellsDecideTheType() throws {
    let (path, message, _) = try LoadErrorTests.error("half.csv", "date,close\n2025-01-24,142.62\n2025-01-27,n/a\n")
    #expect(message == "\(path):3: column `close` has `n/a`, not a number")
  }

  @Test func aMostlyTextColumnIsText() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("t.csv", "date,close,note\n2025-01-24,1,n/a\n2025-01-27,2,7\n2025-01-28,3,gap\n")
    guard case .table(let table) = try CSVLoader.load(path) else { Issue.record("not a table"); return }
    #expect(table.columns.map(\.name) == ["close"])
    #expect(table.provenance.citations.first?.note == "Left out of the table (not numbers): `note`.")
  }

  @Test func aUnitInTheHeaderMakesTheColumnNumeric() throws {
    let (path, message, _) = try LoadErrorTests.error(
      "u.csv", "date,close (USD)\n2025-01-24,n/a\n2025-01-27,n/a\n2025-01-28,3\n")
    #expect(message == "\(path):2: column `close` has `n/a`, not a number")
  }
}

/// Quotes CSV.swift accepts silently.
struct LoadQuoteTests {
  @Test func aQuoteNeverClosedIsAnError() throws {
    let (path, message, _) = try LoadErrorTests.error("q.csv", "a,b\n1,2\n3,\"4\n5,6\n")
    #expect(message == "\(path):3: a quoted field is never closed")
  }

  @Test func aQuotedLineBreakIsNotAnError() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("ok.csv", "a,b\n1,\"two\nlines\"\n")
    #expect(loadSession(#"load("\#(path)")[0].b"#).value?.display == "\"two\nlines\"")
  }
}

extension LoadQuoteTests {
  @Test func aStrayQuoteAfterAQuotedLineBreakIsNotTakenForAnOpenQuote() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("ok2.csv", "a,b\n1,\"two\nlines\"\n3,4\"x\n")
    #expect(loadSession(#"load("\#(path)")[1].b"#).value?.display == #""4"x""#)
  }
}

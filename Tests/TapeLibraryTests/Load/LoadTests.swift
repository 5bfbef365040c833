import Foundation
import TapeCore
import Testing

@testable import TapeLibrary

/// A directory of its own under the system's temporary directory, removed when the test ends.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("tape-load-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `bytes` to `name` and returns the file's absolute path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    return file.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, bytes: Array(text.utf8)) }
}

/// Runs `input` in a fresh session with the builtins; the value, or the error's message and help.
func loadSession(_ input: String) -> (value: Value?, message: String?, help: String?) {
  var interpreter = Interpreter(natives: BuiltinRegistry.natives)
  switch interpreter.run(input).last {
  case .value(let value, _): return (value, nil, nil)
  case .error(let diagnostic): return (nil, diagnostic.message, diagnostic.help)
  default: return (nil, nil, nil)
  }
}

/// `load(path)`: what each kind of CSV becomes, with its units and citation.
struct LoadTests {
  @Test func aFileWithADateColumnIsATableWithUnitsFromTheHeaderAndTheCells() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "prices.csv",
      """
      date,close (USD/share),volume (shares),ticker,open_usd,change
      2025-01-24,$142.62,"234,657,600",NVDA,136.69,-3.12%
      2025-01-27,$118.42,"818,830,900",NVDA,124.80,-16.97%
      2025-01-28,$128.99,"579,666,400",NVDA,121.81,8.93%

      """)
    let value = try CSVLoader.load(path)
    guard case .table(let table) = value else { Issue.record("not a table: \(value)"); return }
    #expect(table.name == "prices")
    #expect(table.days.map { Int($0) } == ["2025-01-24", "2025-01-27", "2025-01-28"].map(isoDays))
    #expect(table.columns.map(\.name) == ["close", "volume", "open_usd", "change"])
    let close = try #require(table.series("close"))
    #expect(Array(close.values) == [142.62, 118.42, 128.99])
    #expect(close.unit.described == "USD/share")
    let volume = try #require(table.series("volume"))
    #expect(Array(volume.values) == [234_657_600, 818_830_900, 579_666_400])
    #expect(volume.unit.described(plural: true) == "shares")
    #expect(try #require(table.series("open_usd")).unit.described == "USD")
    let change = try #require(table.series("change"))
    #expect(change.unit.isNone)
    #expect(abs(change.values[1] - -0.1697) < 1e-12)

    let citation = try #require(table.provenance.citations.first)
    #expect(table.provenance.citations.count == 1)
    #expect(citation.key == "load:\(path)")
    #expect(
      citation.what == "\(path), 3 rows, columns date, close (USD/share), volume (shares), open_usd (USD), change (%)")
    let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(citation.documents == ["\(path) (read \(size) bytes)"])
    #expect(citation.note?.contains("`ticker`") == true)
  }

  @Test func aLoadedFigureCarriesTheFileUnderWhy() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("p.csv", "date,close (USD/share)\n2025-01-27,118.42\n2025-01-28,128.99\n")
    let result = loadSession(#"load("\#(path)").close[2025-01-27]"#)
    let value = try #require(result.value)
    #expect(value.display == "$118.42/share")
    #expect(try value.provenance().citations.map(\.key) == ["load:\(path)"])
  }

  /// A loaded file follows no calendar Tape knows: a missing date is named by its weekday, not
  /// explained by US market holidays (a European stock's file was told US markets were closed).
  @Test func aDateMissingFromALoadedFileIsNotExplainedByTheUSCalendar() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("eu.csv", "date,close\n2025-01-17,10\n2025-01-21,11\n")
    let holiday = loadSession(#"load("\#(path)").close[2025-01-20]"#)
    #expect(holiday.message == "`eu.close` has no value on 2025-01-20 (a Monday)")
    #expect(holiday.help == "for the previous date with data use `2025-01-17`")
    let weekend = loadSession(#"load("\#(path)")[2025-01-18]"#)
    #expect(weekend.message == "`eu` has no value on 2025-01-18 (a Saturday)")
  }

  @Test func datesInDescendingOrderAreReversed() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("d.csv", "date,close\n2025-01-28,3\n2025-01-27,2\n2025-01-24,1\n")
    guard case .table(let table) = try CSVLoader.load(path) else { Issue.record("not a table"); return }
    #expect(table.days.map { Int($0) } == ["2025-01-24", "2025-01-27", "2025-01-28"].map(isoDays))
    #expect(Array(table.columns[0].values) == [1, 2, 3])
  }

  @Test func withoutADateColumnTheRowsAreRecordsWithTypedFields() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "people.csv",
      "name,salary,share,note\r\nAda,\"€1,200.50\",12.5%,\"first, of course\"\r\nBob,€-3,-1%,\r\n"
    )
    let result = loadSession(#"load("\#(path)")"#)
    let value = try #require(result.value)
    // A list of records with the same keys shows as a table, a column of one unit with it in its header.
    #expect(
      value.display == """
        name  salary (EUR)   share  note
        ────  ────────────  ──────  ────────────────
        Ada      €1,200.50  12.50%  first, of course
        Bob         -€3.00  -1.00%
        """
    )
    guard case .list(let rows) = value, case .record(let bob) = rows[1] else { return }
    #expect(bob["note"].map { if case .string("") = $0 { true } else { false } } == true)
    #expect(try value.provenance().citations.map(\.key) == ["load:\(path)"])
  }

  @Test func aByteOrderMarkIsDropped() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("bom.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("name,value\nx,1\n".utf8))
    #expect(loadSession(#"load("\#(path)")[0].name"#).value?.display == #""x""#)
  }

  @Test func numbersTakeUnderscoresCommasSignsAndExponents() {
    #expect(CSVLoader.parseCell("1_234.5").1 == 1234.5)
    #expect(CSVLoader.parseCell("-1,234,567").1 == -1_234_567)
    #expect(CSVLoader.parseCell("+5").1 == 5)
    #expect(CSVLoader.parseCell("1e6").1 == 1e6)
    #expect(CSVLoader.parseCell(".5").1 == 0.5)
    #expect(CSVLoader.parseCell("-$5").0 == .money)
    #expect(CSVLoader.parseCell("$-5").1 == -5)
    #expect(CSVLoader.parseCell("£5").2 == "GBP")
    #expect(CSVLoader.parseCell("¥500").2 == "JPY")
    #expect(CSVLoader.parseCell("12.5%").1 == 0.125)
    for text in ["1,", ",1", "1__2", "1.2.3", "n/a", "$", "%", "-", "1.5$", "$5%", "2025-02-30", "12 34"] {
      #expect(CSVLoader.parseCell(text).0 == .text, "`\(text)`")
    }
    #expect(CSVLoader.parseCell("  ").0 == .empty)
  }

  @Test func headerUnits() {
    #expect(CSVLoader.headerInfo("close (USD)").unit?.described == "USD")
    #expect(CSVLoader.headerInfo("close (USD)").name == "close")
    #expect(CSVLoader.headerInfo("price (USD/share)").unit?.described == "USD/share")
    #expect(CSVLoader.headerInfo("price (USD per share)").unit?.described == "USD/share")
    #expect(CSVLoader.headerInfo("volume (shares)").unit?.described == "share")
    #expect(CSVLoader.headerInfo("close_usd").unit?.described == "USD")
    #expect(CSVLoader.headerInfo("close_usd").name == "close_usd")
    #expect(CSVLoader.headerInfo("yield (%)").percent)
    #expect(CSVLoader.headerInfo("Adj Close").name == "Adj_Close")
    #expect(CSVLoader.headerInfo("price (lightyears)").unknownUnit == "lightyears")
  }

  @Test func aPercentHeaderReadsBareNumbersAsPercentages() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("y.csv", "name,yield (%)\nA,4.5\nB,5%\n")
    #expect(loadSession(#"load("\#(path)")[0].yield"#).value?.display == "4.50%")
    #expect(loadSession(#"load("\#(path)")[1].yield"#).value?.display == "5.00%")
  }

  @Test func theEmbeddedDataFilesLoadWithTapePrefix() throws {
    guard case .table(let table) = try CSVLoader.load("tape:prices/NVDA.csv") else {
      Issue.record("not a table")
      return
    }
    #expect(table.count == 60)
    #expect(table.provenance.citations.first?.note?.contains("`source_id`") == true)
  }

  @Test func loadOnlyReads() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("r.csv", "name,value\nx,1\n")
    let before = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    _ = try CSVLoader.load(path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == before)
    #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)
  }

  @Test func aRelativePathIsReadFromTheCurrentDirectory() throws {
    let directory = try TemporaryDirectory()
    try directory.write("rel.csv", "name,value\nx,1\n")
    let cwd = FileManager.default.currentDirectoryPath
    let relative = relativePath(from: cwd, to: directory.url.appendingPathComponent("rel.csv").path)
    guard case .list(let rows) = try CSVLoader.load(relative) else { Issue.record("not a list"); return }
    #expect(rows.count == 1)
    let citation = try #require(rows.first?.provenance().citations.first)
    #expect(citation.key == "load:\(relative)")
    #expect(citation.documents.first?.hasPrefix(directory.url.standardizedFileURL.path) == true)
  }
}

/// Days since 1970-01-01 of an ISO date.
func isoDays(_ iso: String) -> Int {
  let parts = iso.split(separator: "-").compactMap { Int($0) }
  return TapeDate(year: parts[0], month: parts[1], day: parts[2])?.daysSinceEpoch ?? 0
}

/// `to` relative to the directory `from`, with `..` steps.
func relativePath(from: String, to: String) -> String {
  let base = URL(fileURLWithPath: from).standardizedFileURL.resolvingSymlinksInPath().pathComponents
  let target = URL(fileURLWithPath: to).standardizedFileURL.resolvingSymlinksInPath().pathComponents
  var common = 0
  while common < min(base.count, target.count), base[common] == target[common] { common += 1 }
  return (Array(repeating: "..", count: base.count - common) + target[common...]).joined(separator: "/")
}

import Foundation
import TapeCore
import TapeLibrary
import Testing

@testable import TapeNotebook

/// A loaded file's rows are its columns (`RecordColumns`), with fast paths for length, indexes,
/// slices, fields, display, JSON, sources, `write_csv` and `==`. Each entry here gives the same
/// text, JSON and errors for them as for the same rows made into records one by one (`map(a, r
/// => r)`), which take the ordinary paths.
@Suite(.serialized) struct ColumnarRecordsTests {
  /// 120 rows (past the display's row limit): numbers, money, percentages, texts, blank cells.
  static func csvText() -> String {
    let tickers = ["NVDA", "AMD", "INTC", "TSM"]
    var lines = ["id,ticker,price (USD),shares,yield (%),note"]
    for row in 1...120 {
      let note = row % 5 == 0 ? "" : "\"row \(row), noted\""
      lines.append("\(row),\(tickers[row % 4]),\(10 + Double(row) * 1.25),\(row * 7 % 17),\(Double(row % 9) / 4),\(note)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static let entries = [
    "len(X)", "X[0]", "X[-1]", "X[119]", "X[120]", "X[2..5]", "X[..3]", "X[117..]", "X[5..2]", "X[3..-110]",
    "X", "X[10..60]", "X.price", "X.price[3]", "X.note", "X.yield", "X.nosuch", "X[2..5].shares", "X[2..5][1].ticker",
    "len(X[2..5])", "map(X, r => r.price * 2)", "filter(X, r => r.shares > 10)", "sort(X, r => r.price)",
    "sort(X, r => r.shares)[..4]", "X == a", "X == b", "X != X[1..]", "X[1..3] == X[1..3]", "X.price + 1",
    "X.price * X.shares", "-X.price", "sum(X.price)", "X.yield in %", "X.price in k", "len(X.price)",
    "X.price[10..12]", "X + 1",
  ]

  func shown(_ outcome: Outcome?, _ sources: SourceMap) -> String {
    guard let outcome else { return "nothing" }
    let text: String
    if case .error(let diagnostic) = outcome {
      text = "error: " + diagnostic.message
    } else {
      text = OutcomeText.result(outcome) ?? ""
    }
    return text + "\n" + (JSONOutcome.encoded(outcome, sources: sources) ?? "")
  }

  @Test func aLoadedListBehavesAsTheSameRowsMadeIntoRecords() throws {
    let directory = try TemporaryFolder()
    let path = try directory.write("rows.csv", ColumnarRecordsTests.csvText())
    var interpreter = Interpreter(natives: BuiltinRegistry.natives)
    _ = interpreter.run("a = load(\"\(path)\")\nb = map(a, r => r)")
    // The two must differ in how they are held, or every comparison below would be vacuous.
    guard case .value(.list(let loaded), _) = interpreter.run("a").last,
      case .value(.list(let made), _) = interpreter.run("b").last
    else {
      Issue.record("`a` and `b` are not lists")
      return
    }
    #expect(loaded.columns != nil)
    #expect(made.columns == nil)
    for entry in ColumnarRecordsTests.entries {
      let fromColumns = shown(interpreter.run(entry.replacingOccurrences(of: "X", with: "a")).last, interpreter.sources)
      let fromRecords = shown(interpreter.run(entry.replacingOccurrences(of: "X", with: "b")).last, interpreter.sources)
      #expect(fromColumns == fromRecords, "\(entry)")
    }
  }

  @Test func sourcesJSONAndCSVOfALoadedListAreTheRecords() throws {
    let directory = try TemporaryFolder()
    let path = try directory.write("rows.csv", ColumnarRecordsTests.csvText())
    var interpreter = Interpreter(natives: BuiltinRegistry.natives)
    _ = interpreter.run("a = load(\"\(path)\")\nb = map(a, r => r)")
    let values = ["a", "b", "a.price", "b.price", "a[3..9]", "b[3..9]"].map { name -> Value in
      if case .value(let value, _) = interpreter.run(name).last { return value }
      return .bool(false)
    }
    for pair in stride(from: 0, to: values.count, by: 2) {
      let (loaded, made) = (values[pair], values[pair + 1])
      #expect(try loaded.provenance() == made.provenance())
      #expect(try loaded.provenance().citations.map(\.key) == ["load:\(path)"])
      // Cut short at the same place.
      var short = (JSONValueWriter(limit: 500), JSONValueWriter(limit: 500))
      short.0.write(loaded)
      short.1.write(made)
      #expect(short.0.text == short.1.text)
      #expect(short.0.isTruncated && short.1.isTruncated)
    }
    let why = shown(interpreter.run("why a").last, interpreter.sources)
    #expect(why.contains("rows.csv, 120 rows"))
    let written = ["a", "b"].map { name in directory.url.appendingPathComponent("\(name).csv").path }
    _ = interpreter.run("write_csv(a, \"\(written[0])\")\nwrite_csv(b, \"\(written[1])\")")
    let texts = try written.map { try String(contentsOfFile: $0, encoding: .utf8) }
    #expect(texts[0] == texts[1])
    #expect(texts[0].hasPrefix("id,ticker,price (USD),shares,yield,note\n"))
    #expect(texts[0].split(separator: "\n").count == 121)
  }

  @Test func aListIsOnePointerWideAndAValueNoWider() {
    #expect(MemoryLayout<ValueList>.size == MemoryLayout<[Value]>.size)
    #expect(MemoryLayout<Value>.size == 18)
  }
}

/// A folder of its own under the system's temporary directory, removed when the test ends.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("tape-columns-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ name: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
  }
}

import Foundation
import TapeCore
import TapeLibrary
import Testing

/// `write_csv` writes what `load` reads back to equal values, atomically, never over other data
/// unasked, and inside a confined session's folder only.
@Suite struct WriteCSVTests {
  @Test func aTableRoundTripsThroughCSV() throws {
    let directory = try TemporaryDirectory()
    var session = LabelledValuesTests.session()
    let path = directory.url.appendingPathComponent("closes.csv").path
    _ = session.interpreter.run("back = load(write_csv(closes, \"\(path)\"))")
    guard case .table(let back)? = session.value("back"), case .table(let closes)? = session.value("closes") else { return }
    #expect(back.days == closes.days)
    #expect(back.columns.map(\.name) == closes.columns.map(\.name))
    #expect(back.columns.map(\.unit) == closes.columns.map(\.unit))
    #expect(back.columns.map(\.values) == closes.columns.map(\.values))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("date,nvda (USD/share),amd (USD/share),avgo (USD/share)\n2024-12-02,138.63,"))
  }

  @Test func aTableOfPercentagesRoundTripsAsPercentages() throws {
    let directory = try TemporaryDirectory()
    var session = LabelledValuesTests.session()
    let path = directory.url.appendingPathComponent("changes.csv").path
    guard case .table(let back)? = session.value("load(write_csv(pct_change(closes), \"\(path)\"))"),
      case .table(let changes)? = session.value("pct_change(closes)")
    else { return }
    #expect(back.columns.map(\.format) == changes.columns.map { _ in .percent })
    for (read, written) in zip(back.columns, changes.columns) {
      #expect(zip(read.values, written.values).allSatisfy { abs($0 - $1) <= 1e-12 * Swift.max(abs($0), abs($1)) })
    }
    #expect(session.shown("load(\"\(path)\")[2025-01-27].nvda") == "-16.97%")
  }

  @Test func recordsAndPercentagesRoundTrip() throws {
    let directory = try TemporaryDirectory()
    var session = LabelledValuesTests.session()
    let moves = directory.url.appendingPathComponent("moves.csv").path
    _ = session.interpreter.run("moves = pct_change(closes)[2025-01-27]")
    #expect(session.shown("load(write_csv(moves, \"\(moves)\"))[0] == moves") == "true")
    #expect(session.shown("load(\"\(moves)\")[0].nvda") == "-16.97%")
    let rows = directory.url.appendingPathComponent("rows.csv").path
    _ = session.interpreter.run(#"rows = [{name: "a, b", cap: $1.5B, day: 2025-01-27}, {name: "c", cap: $2B, day: 2025-01-28}]"#)
    guard case .list(let back)? = session.value("load(write_csv(rows, \"\(rows)\"))"), back.count == 2,
      case .record(let first) = back[0]
    else { return }
    #expect(first.names == ["name", "cap", "day"])
    #expect(session.shown("load(\"\(rows)\")[0].cap == $1.5B") == "true")
    #expect(session.shown("load(\"\(rows)\")[0].name") == #""a, b""#)
  }

  @Test func otherDataIsNotReplacedUnasked() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("kept.csv", "a,b\n1,2\n")
    var session = LabelledValuesTests.session()
    let error = session.error("write_csv({a: 3, b: 4}, \"\(path)\")")
    #expect(error.message == "`\(path)` already exists and holds other data")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\n1,2\n")
    // The same text again changes nothing and is not an error, so a notebook replays.
    #expect(session.shown("write_csv({a: 1, b: 2}, \"\(path)\")") == "\"\(path)\"")
    #expect(session.shown("write_csv({a: 3, b: 4}, \"\(path)\", true)") == "\"\(path)\"")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\n3,4\n")
    #expect(session.error("write_csv({a: 3}, \"\(directory.url.path)/x.txt\")").message.hasSuffix("the name must end in `.csv`"))
    #expect(session.error("write_csv({a: 3}, \"tape:prices/NVDA.csv\")").message.contains("read-only"))
    #expect(session.error("write_csv(nvda.close[2025-01-27], \"x.csv\")").message.hasPrefix("`write_csv` expects"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    #expect(leftovers == ["kept.csv"])
  }

  @Test func aConfinedSessionWritesOnlyInsideItsFolder() throws {
    let directory = try TemporaryDirectory()
    let inside = directory.url.appendingPathComponent("notebook")
    try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
    var session = LabelledValuesTests.session()
    session.interpreter.fileReadPolicy = .confined(to: inside.path, named: "the notebook's folder")
    let outside = session.error("write_csv({a: 1}, \"../out.csv\")")
    #expect(outside.message == "cannot write `../out.csv`: only files inside the notebook's folder may be written")
    #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("out.csv").path))
    #expect(session.shown("write_csv({a: 1}, \"out.csv\")") == #""out.csv""#)
    #expect(FileManager.default.fileExists(atPath: inside.appendingPathComponent("out.csv").path))
  }
}

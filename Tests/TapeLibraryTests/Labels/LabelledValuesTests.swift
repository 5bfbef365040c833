import Foundation
import TapeCore
import TapeLibrary
import Testing

/// Records keyed by name and tables keyed by column, on the built-in prices: rows, arithmetic
/// key by key, access by key, and the errors that name mismatched keys.
@Suite struct LabelledValuesTests {
  static func session() -> SeriesSession {
    var session = SeriesSession()
    session.interpreter = .standard()
    _ = session.interpreter.run("closes = compare(nvda, amd, avgo)")
    return session
  }

  @Test func aRowOfATableIsARecordKeyedByColumn() {
    var session = Self.session()
    guard case .record(let row)? = session.value("closes[2025-01-27]") else { return }
    #expect(row.names == ["nvda", "amd", "avgo"])
    #expect(session.shown("closes[2025-01-24][\"nvda\"] == nvda.close[2025-01-24]") == "true")
    #expect(session.shown("closes[2025-01-24].amd == amd.close[2025-01-24]") == "true")
    #expect(session.shown("closes[2025-01-27]") == """
      key   value (USD/share)
      ────  ─────────────────
      nvda            $118.42
      amd             $115.01
      avgo            $202.13
      """)
  }

  @Test func recordsCombineKeyByKey() {
    var session = Self.session()
    _ = session.interpreter.run("moves = closes[2025-01-27] / closes[2025-01-24] - 1")
    #expect(session.shown("moves.nvda == nvda.close[2025-01-27] / nvda.close[2025-01-24] - 1") == "true")
    #expect(session.shown("moves.avgo == pct_change(avgo.close[2025-01-24], avgo.close[2025-01-27])") == "true")
    // With one number, and compared: a record of booleans with the same keys.
    guard case .record(let below)? = session.value("closes[2025-01-27] < $120/share") else { return }
    #expect(below.names == ["nvda", "amd", "avgo"])
    #expect(session.shown("(closes[2025-01-27] < $120/share).avgo") == "false")
    #expect(session.shown("(-moves).nvda == -(moves.nvda)") == "true")
    #expect(session.shown("closes[2025-01-27] == closes[2025-01-27]") == "true")
  }

  @Test func keysThatDoNotMatchAreNamed() {
    var session = Self.session()
    let error = session.error("closes[2025-01-27] / {nvda: 1, amd: 2, tsm: 3}")
    #expect(error.message == "the keys differ: `avgo` only on the left; `tsm` only on the right")
    #expect(error.at == "/")
    let missing = session.error("closes[2025-01-27][\"nvdia\"]")
    #expect(missing.message == "no key `nvdia`")
    #expect(missing.help == "did you mean `nvda`?")
  }

  @Test func keysChooseKeysAndColumns() {
    var session = Self.session()
    guard case .record(let chosen)? = session.value("closes[2025-01-27][[\"avgo\", \"nvda\"]]") else { return }
    #expect(chosen.names == ["avgo", "nvda"])
    guard case .table(let two)? = session.value("select(closes, [\"amd\", \"nvda\"])") else { return }
    #expect(two.columns.map(\.name) == ["amd", "nvda"])
    guard case .table(let same)? = session.value("closes[[\"amd\", \"nvda\"]]") else { return }
    #expect(same.columns.map(\.name) == ["amd", "nvda"])
    #expect(session.error("select(closes, [\"tsm\"])").message == "no key `tsm`")
  }

  @Test func aListOfRecordsExposesAFieldOfEach() {
    var session = Self.session()
    _ = session.interpreter.run(#"rows = [{name: "a", change: 1%}, {name: "b", change: -2%}]"#)
    #expect(session.shown("rows.change") == "[1.00%, -2.00%]")
    #expect(session.shown("rows.name") == #"["a", "b"]"#)
  }

  @Test func mapOverARecordKeepsItsKeys() {
    var session = Self.session()
    _ = session.interpreter.run("universe = {nvda: nvda, amd: amd, avgo: avgo}")
    guard case .record(let moves)? = session.value("map(universe, t => pct_change(t.close)[2025-01-27])") else { return }
    #expect(moves.names == ["nvda", "amd", "avgo"])
    #expect(session.shown("map(universe, t => pct_change(t.close)[2025-01-27]).amd == pct_change(amd.close)[2025-01-27]") == "true")
    guard case .table(let fromRecord)? = session.value("compare(universe)") else { return }
    #expect(fromRecord.columns.map(\.name) == ["nvda", "amd", "avgo"])
  }

  @Test func aBigValueShowsOneLinePerItem() {
    var session = Self.session()
    let shown = session.shown("[nvda, amd]")
    #expect(shown.split(separator: "\n").count == 2)
    #expect(shown.hasPrefix("[table `nvda` (open, high, low, close, adj_close, volume): "))
    let record = session.shown("{nvda: nvda, amd: amd}")
    #expect(record.split(separator: "\n").count == 4)
  }

  @Test func aListOfRecordsShowsAsATableWithABlankForAMissingKey() {
    var session = Self.session()
    #expect(
      session.shown(#"[{name: "a", cap: $1.5B}, {name: "b", cap: $2B, change: -3%}]"#) == """
        name  cap (USD)  change
        ────  ─────────  ──────
        a       $1.500B
        b       $2.000B  -3.00%
        """)
    // Records that hold lists stay inline.
    #expect(session.shown("[{a: [1]}, {a: [2]}]") == "[{a: [1]}, {a: [2]}]")
  }
}

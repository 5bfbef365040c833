import Foundation
import TapeCore
import TapeLibrary
import Testing

/// Series functions over every column of a table, table arithmetic aligned on dates, and
/// choosing rows and columns.
@Suite struct TableOperationsTests {
  @Test func seriesFunctionsApplyToEveryColumn() {
    var session = LabelledValuesTests.session()
    guard case .table(let changes)? = session.value("pct_change(closes)"),
      case .series(let nvda)? = session.value("pct_change(nvda.close)"),
      case .series(let amd)? = session.value("pct_change(amd.close)")
    else { return }
    #expect(changes.columns.map(\.name) == ["nvda", "amd", "avgo"])
    #expect(changes.days == nvda.days)
    #expect(changes.columns[0].values == nvda.values)
    #expect(changes.columns[1].values == amd.values)
    #expect(changes.columns[0].format == .percent)
    // Reductions give a record keyed by column.
    #expect(session.shown("max(closes).nvda == max(nvda.close)") == "true")
    #expect(session.shown("stdev(returns(closes)).amd == stdev(returns(amd.close))") == "true")
    #expect(session.shown("last(closes).avgo == last(avgo.close)") == "true")
    #expect(session.shown("argmin(closes).nvda == argmin(nvda.close)") == "true")
  }

  @Test func rankingTheMoveOfADayIsOneLine() {
    var session = LabelledValuesTests.session()
    guard case .record(let ranked)? = session.value("sort(pct_change(closes)[2025-01-27])") else { return }
    // NVIDIA fell 16.97% and Broadcom 17.40% on 27 January; AMD 6.37%.
    #expect(ranked.names == ["avgo", "nvda", "amd"])
    guard case .record(let falls)? = session.value("sort_desc(pct_change(closes)[2025-01-27])") else { return }
    #expect(falls.names == ["amd", "nvda", "avgo"])
    #expect(session.shown("argmin(pct_change(closes)[2025-01-27])") == #""avgo""#)
    guard case .record(let worst)? = session.value("bottom(pct_change(closes)[2025-01-27], 2)") else { return }
    #expect(worst.names == ["avgo", "nvda"])
    guard case .record(let best)? = session.value("top(pct_change(closes)[2025-01-27], 1)") else { return }
    #expect(best.names == ["amd"])
    #expect(session.shown("rank(pct_change(closes)[2025-01-27]).amd") == "1")
  }

  @Test func recordsSortByAKeyFunction() {
    var session = LabelledValuesTests.session()
    _ = session.interpreter.run(#"rows = [{name: "a", change: 1%}, {name: "b", change: -2%}, {name: "c", change: 3%}]"#)
    #expect(session.shown("sort(rows, r => r.change).name") == #"["b", "a", "c"]"#)
    #expect(session.shown("sort_desc(rows, r => r.change).name") == #"["c", "a", "b"]"#)
    #expect(session.shown("top(rows, 2, r => r.change).name") == #"["c", "a"]"#)
    #expect(session.shown("bottom(rows, 1, r => r.change).name") == #"["b"]"#)
    #expect(session.shown("rank(rows, r => r.change)") == "[2, 3, 1]")
    let noKey = session.error("sort(rows)")
    #expect(noKey.message == "records need a function that says what to order them by")
    #expect(noKey.help == "give one after the list, as in `sort(rows, r => r.change)`")
    #expect(session.error("sort(rows, r => r.name)").message == "`item 0` is a string, not a number or quantity")
  }

  @Test func tableArithmeticAlignsOnDates() {
    var session = LabelledValuesTests.session()
    guard case .table(let doubled)? = session.value("closes * 2"), case .series(let nvda)? = session.value("nvda.close * 2")
    else { return }
    #expect(doubled.columns[0].values == nvda.values)
    guard case .table(let week)? = session.value("closes - closes[2025-01-24..2025-01-31]") else { return }
    #expect(week.count == 6)
    #expect(session.shown("(closes / closes[2025-01-24] - 1)[2025-01-27].nvda == closes[2025-01-27].nvda / closes[2025-01-24].nvda - 1") == "true")
    let mismatch = session.error("closes + compare(nvda, amd)")
    #expect(mismatch.message == "the columns differ: `avgo` only on the left")
  }

  @Test func rowsColumnsAndJoins() {
    var session = LabelledValuesTests.session()
    guard case .table(let high)? = session.value("filter(nvda, row => row.close > $140/share)"),
      case .series(let closes)? = session.value("filter(nvda.close, p => p > $140/share)")
    else { return }
    #expect(high.days == closes.days)
    #expect(high.columns.count == 6)
    #expect(session.error("filter(nvda, row => row.close)").message == "the condition returned `USD/share`, not true or false")
    guard case .table(let ranged)? = session.value("with_column(nvda, \"range\", nvda.high - nvda.low)") else { return }
    #expect(ranged.columns.last?.name == "range")
    #expect(session.shown("with_column(nvda, \"range\", nvda.high - nvda.low)[2025-01-27].range == nvda.high[2025-01-27] - nvda.low[2025-01-27]") == "true")
    #expect(session.error("with_column(nvda, \"close\", 1)").message == "the table already has a column `close`")
    guard case .table(let joined)? = session.value("join(closes, amd.volume)") else { return }
    #expect(joined.columns.map(\.name) == ["nvda", "amd", "avgo", "amd.volume"])
    #expect(session.error("join(closes, closes)").message == "both tables have the columns `nvda`, `amd`, `avgo`")
  }
}

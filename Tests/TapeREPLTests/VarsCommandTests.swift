import TapeCore
import TapeLibrary
import Testing

@testable import TapeREPL

/// `:vars` shows one line per name, whatever the value: a table as its summary.
struct VarsCommandTests {
  @Test func everyNameTakesOneLine() {
    var interpreter = Interpreter.standard()
    _ = interpreter.run("tickers = [nvda, amd]\nuniverse = {nvda: nvda, amd: amd}\nweek = nvda.close[2025-01-24..2025-01-31]\nx = $5")
    let lines = REPLCommands.variables(interpreter.environment).split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.contains { $0.hasPrefix("week     = series `nvda.close` in USD/share: 6 days, 2025-01-24 to 2025-01-31") })
    #expect(lines.contains { $0.hasPrefix("tickers  = list of 2 items") })
    #expect(lines.contains { $0.hasPrefix("universe = record of 2 keys: nvda, amd") })
  }
}

import Testing
import TapeCore
import TapeLibrary

/// `why` names what a formula read from the built-in data, with the value it gave.
struct WhyReadsTests {
  static func why(_ lines: [String]) -> String {
    var interpreter = Interpreter.standard()
    var report = ""
    for line in lines {
      for outcome in interpreter.run(line) {
        if case .report(let text, _) = outcome { report = text }
      }
    }
    return report
  }

  @Test func readsOfADatasetAreShownWithTheirValues() {
    let report = Self.why(["cap = nvda.close[2025-01-27] * nvda.shares", "r = cap / gdp_2023.portugal", "why r"])
    #expect(report.hasPrefix("""
      r = cap / gdp_2023.portugal  → 10.065
        cap = nvda.close[2025-01-27] * nvda.shares  → $2.889T
          nvda.close[2025-01-27] = $118.42/share
          nvda.shares = 24.4B shares
        gdp_2023.portugal = $287.1B
      = 10.065
      sources:
      """), "\(report)")
  }

  @Test func aWholeDatasetPassedToAFunctionIsNamedWithItsSummary() {
    let report = Self.why(["lost = loss(nvda, 2025-01-27)", "why lost"])
    #expect(report.contains("\n  nvda: built-in dataset, Daily prices and volumes of NVIDIA (NVDA)"), "\(report)")
  }

  @Test func aReadTooBigForALineIsNamedWithItsDataset() {
    let report = Self.why(["x = nvda.close[2025-01-20..2025-01-31] * 2", "why x"])
    #expect(report.contains("\n  nvda.close[2025-01-20..2025-01-31]: from the built-in dataset `nvda`, Daily prices"), "\(report)")
  }

  @Test func anExpressionNotBoundIsExplainedTheSameWay() {
    let report = Self.why(["why nvda.close[2025-01-24] - nvda.close[2025-01-27]"])
    #expect(report.hasPrefix("""
      nvda.close[2025-01-24] - nvda.close[2025-01-27]
        nvda.close[2025-01-24] = $142.62/share
        nvda.close[2025-01-27] = $118.42/share
      = $24.20/share
      """), "\(report)")
  }

  @Test func aNameThatShadowsADatasetIsTheUsersValue() {
    let report = Self.why(["nvda = {close: $1/share}", "x = nvda.close * 2 shares", "why x"])
    #expect(report.contains("\n  nvda = {close: $1/share}  → {close: $1.00/share}\n"), "\(report)")
    #expect(!report.contains("built-in dataset"), "\(report)")
  }
}

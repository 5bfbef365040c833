import TapeCore
import Testing

@testable import TapeLibrary

/// Bars and axes keep the form of the values they draw: percentages label as percentages.
struct ChartUnitLabelTests {
  func shown(_ source: String) -> String {
    var interpreter = Interpreter.standard()
    guard case .value(let value, _)? = interpreter.run(source).last else { return "" }
    return value.display
  }

  @Test func barsOfPercentagesAreLabelledAsPercentages() {
    let text = shown("bar({a: 10%, b: -5%})")
    #expect(text.contains(" 10.00%"), "\(text)")
    #expect(text.contains(" -5.00%"), "\(text)")
    #expect(!text.contains("0.1") && !text.contains("-0.05"), "\(text)")
  }

  @Test func barsOfMoneyKeepTheirCurrency() {
    #expect(shown("bar({cash: $3, debt: -$1})").contains("$3.00"))
  }

  @Test func anAxisOfPercentagesIsLabelledInPercent() {
    let axis = ChartRenderer.yAxisLabels(ChartScale(lower: -0.17, upper: 0.09, cells: 12, pixelsPerCell: 4), isPercent: true)
    #expect(axis.map(\.text).allSatisfy { $0.hasSuffix("%") })
    #expect(axis.first?.text == "9%")
    #expect(axis.last?.text == "-17%")
  }
}

import Testing
@testable import TapeLibrary

struct BarChartTests {
  let compact: (Double) -> String = { ChartNumberFormat.compact($0) }

  @Test func positiveBarsGrowRightFromTheLabels() {
    // 37 columns - 3 (label and space) - 4 (space and the widest text) = 30 cells for 150.
    let text = BarChart.rendered(labels: ["A", "BB"], values: [150, 75], width: 37, style: .ascii, valueText: compact)
    let expected = """
      A  ############################## 150
      BB ############### 75
      """
    #expect(text == expected)
  }

  @Test func negativeBarsGrowLeftOfTheZeroAxis() {
    // 25 bar cells for 130.5 + 20 = 150.5: 3 left of the axis, 22 for Revenue on the right.
    let text = BarChart.rendered(
      labels: ["Revenue", "Costs", "Loss"], values: [130.5, 45.2, -20], width: 40, style: .unicode,
      valueText: compact)
    let expected = """
      Revenue    │██████████████████████ 130.5
      Costs      │████████ 45.2
      Loss    ███│ -20
      """
    #expect(text == expected)
  }

  @Test func zeroAndNonFiniteValuesGetOnlyTheirText() {
    let text = BarChart.rendered(
      labels: ["zero", "gap", "one"], values: [0, .nan, 1], width: 20, style: .ascii, valueText: compact)
    // 20 columns - 5 (label and space) - 4 (space and "nan") = 11 cells for 1.
    #expect(text == "zero 0\ngap  nan\none  ########### 1")
  }

  @Test func widthHoldsAndAsciiStaysAscii() {
    let labels = ["a rather long label for a bar", "short", "mid label"]
    let values = [-3.4e6, 1.2e3, 2.9e9]
    for width in 1...120 {
      for style in [ChartStyle.ascii, .unicode] {
        let text = BarChart.rendered(labels: labels, values: values, width: width, style: style, valueText: compact)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= width }, "width \(width)")
        if style == .ascii { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }) }
      }
    }
  }

  @Test func emptyInputGivesNothing() {
    #expect(BarChart.rendered(labels: [], values: [], width: 40, style: .unicode, valueText: compact) == "")
    #expect(BarChart.rendered(labels: ["a"], values: [1, 2], width: 0, style: .unicode, valueText: compact) == "")
  }
}

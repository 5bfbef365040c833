import Testing
import TapeCore
@testable import TapeLibrary

/// Chart titles, series names and labels can come from data; a terminal must see them escaped.
@Suite struct ChartEscapingTests {
  static let payload = "\u{1B}]0;pwned\u{07}\u{1B}[2J"

  static let chart = Chart(
    title: "t" + payload, unit: "u\u{9B}",
    series: [
      ChartSeries(name: "A" + payload, dates: ChartFixtures.nvidia.dates, values: [1, 2, 3]),
      ChartSeries(name: "B\u{202E}", dates: ChartFixtures.nvidia.dates, values: [3, 2, 1]),
    ],
    markers: [ChartMarker(date: ChartFixtures.nvidia.dates[1], label: "m" + payload)])

  static func hasNoControls(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.isTerminalControl }
  }

  @Test(arguments: [ChartStyle.ascii, .unicode])
  func textChartShowsTitleLegendAndMarkersEscaped(style: ChartStyle) {
    let text = ChartRenderer.rendered(Self.chart, width: 120, height: 16, style: style)
    #expect(Self.hasNoControls(text))
    #expect(text.hasPrefix(#"t\e]0;pwned\u{7}\e[2J (u\u{9B})"#))
    #expect(text.contains(#"A\e]0;pwned\u{7}\e[2J"#) && text.contains(#"B\u{202E}"#))
    #expect(text.contains(#"2025-01-27 m\e]0;pwned\u{7}\e[2J"#))
  }

  @Test func svgChartHasNoControlCharacters() {
    let svg = SVGChartRenderer.rendered(Self.chart)
    #expect(Self.hasNoControls(svg))
    #expect(svg.contains(#"aria-label="t\e]0;pwned\u{7}\e[2J""#))
  }

  @Test func barLabelsAreEscapedBeforeTheyAreMeasured() {
    let text = BarChart.rendered(
      labels: ["a\u{1B}", "bbb"], values: [1, 2], width: 40, style: .ascii, valueText: { String(Int($0)) })
    #expect(Self.hasNoControls(text))
    let lines = text.split(separator: "\n")
    #expect(lines[0].hasPrefix(#"a\e #"#) && lines[1].hasPrefix("bbb #"))
  }

  @Test func aSeriesNamedByAStringIsEscapedInItsChart() {
    var interpreter = Interpreter.standard()
    let outcomes = interpreter.run("chart(dated([2025-01-24, 2025-01-27], [1, 2], \"n\(Self.payload)\"))")
    guard case .value(let value, _)? = outcomes.last else {
      Issue.record("no chart: \(outcomes)")
      return
    }
    #expect(Self.hasNoControls(value.display))
    #expect(value.display.hasPrefix(#"n\e]0;pwned\u{7}\e[2J"#))
  }
}

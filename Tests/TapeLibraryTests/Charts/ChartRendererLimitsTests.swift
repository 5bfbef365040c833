import Testing
import TapeCore
@testable import TapeLibrary

/// Whatever the chart and the size, the output fits, stays in its character set and never traps.
struct ChartRendererLimitsTests {
  static let charts: [Chart] = [
    ChartFixtures.nvidiaChart, ChartFixtures.nvidiaWithRelease, ChartFixtures.threeSeries,
    Chart(
      title: "Large values with a title long enough to need clipping on narrow terminals", unit: "USD",
      series: [ChartSeries(name: "big", dates: Array(0..<50), values: (0..<50).map { 2.9e9 + Double($0) * 1.7e7 })]),
  ]

  @Test(arguments: [ChartStyle.ascii, .unicode])
  func everyLineFitsTheWidthAndTheHeight(_ style: ChartStyle) {
    for chart in Self.charts {
      for width in 20...200 {
        for height in [1, 4, 8, 12, 24] {
          let lines = ChartRenderer.rendered(chart, width: width, height: height, style: style)
            .split(separator: "\n", omittingEmptySubsequences: false)
          #expect(lines.count <= height, "\(chart.title) at \(width)x\(height)")
          #expect(lines.allSatisfy { $0.count <= width }, "\(chart.title) at \(width)x\(height)")
        }
      }
    }
  }

  @Test func asciiStyleUsesOnlyAscii() {
    for chart in Self.charts {
      for width in [20, 41, 80, 133] {
        let text = ChartRenderer.rendered(chart, width: width, height: 20, style: .ascii)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(chart.title) at width \(width)")
      }
    }
  }

  @Test func unicodePlotUsesBrailleAndBoxDrawing() {
    let text = ChartRenderer.rendered(ChartFixtures.nvidiaChart, width: 40, height: 8, style: .unicode)
    #expect(text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
    #expect(text.contains("┤") && text.contains("└"))
  }

  @Test func chartWithoutFiniteValuesSaysNoData() {
    let empty = ChartRenderer.rendered(Chart(title: "t", series: []), width: 40, height: 10, style: .ascii)
    #expect(empty == "t\n(no data)")
    let blanks = Chart(
      title: "", series: [ChartSeries(name: "x", dates: [1, 2, 3], values: [.nan, .infinity, -.infinity])])
    #expect(ChartRenderer.rendered(blanks, width: 40, height: 10, style: .unicode) == "(no data)")
  }

  @Test func nonFiniteValuesAreSkipped() {
    let withGaps = ChartSeries(
      name: "NVDA", dates: ChartFixtures.nvidia.dates + [ChartFixtures.day(2025, 1, 29)],
      values: [142.62, .nan, 128.99, .infinity])
    let chart = Chart(title: "t", series: [withGaps])
    let text = ChartRenderer.rendered(chart, width: 40, height: 8, style: .ascii)
    #expect(text.contains("142.62 +") && text.contains("128.99 +"))
    #expect(text.contains("2025-01-24") && text.contains("2025-01-28"))
  }

  @Test func flatLineHasOneLabelOnItsOwnRow() {
    let chart = Chart(title: "flat", series: [ChartSeries(name: "x", dates: [0, 1, 2], values: [5, 5, 5])])
    for style in [ChartStyle.ascii, .unicode] {
      let lines = ChartRenderer.rendered(chart, width: 30, height: 8, style: style).split(separator: "\n")
      let labelled = lines.filter { $0.hasPrefix("5 ") }
      #expect(labelled.count == 1)
      #expect(lines.dropFirst().filter { $0.first?.isNumber == true }.count == 1)
      #expect(labelled.first.map { $0.count > 3 } == true, "the line is drawn on the labelled row")
    }
  }

  /// Three years of a user's data met 15 events: the chart was refused as `(chart needs 16x21,
  /// has 80x16)`. The markers that do not fit are left out, and a line says how many.
  @Test func markersThatDoNotFitAreLeftOutAndCounted() {
    let dates = ChartFixtures.weekdays(800)
    let markers = (0..<15).map { ChartMarker(date: dates[$0 * 50], label: "event \($0)") }
    let chart = Chart(
      title: "mine", series: [ChartSeries(name: "x", dates: dates, values: dates.indices.map { Double($0 % 37) })],
      markers: markers)
    let lines = ChartRenderer.rendered(chart, width: 80, height: 16, style: .ascii).split(separator: "\n")
    #expect(lines.count <= 16)
    #expect(lines.last == "(6 more events not marked: no room; a taller chart shows them)")
    #expect(lines.contains { $0.contains("event 8") } && !lines.contains { $0.contains("event 9") })
    let tall = ChartRenderer.rendered(chart, width: 80, height: 40, style: .ascii)
    #expect(tall.contains("event 14") && !tall.contains("not marked"))
  }

  @Test func tooSmallGivesOneLineSayingWhatItNeeds() {
    let text = ChartRenderer.rendered(ChartFixtures.nvidiaChart, width: 40, height: 5, style: .ascii)
    #expect(text == "(chart needs 16x6, has 40x5)")
    let narrow = ChartRenderer.rendered(ChartFixtures.nvidiaChart, width: 12, height: 20, style: .unicode)
    #expect(narrow == "(chart need…")
    #expect(ChartRenderer.rendered(ChartFixtures.nvidiaChart, width: 0, height: 10, style: .ascii) == "")
    #expect(ChartRenderer.rendered(ChartFixtures.nvidiaChart, width: 10, height: 0, style: .ascii) == "")
  }

  @Test func oddInputsDoNotTrap() {
    let odd: [ChartSeries] = [
      ChartSeries(name: "", dates: [], values: []),
      ChartSeries(name: "mismatched", dates: [0, 1, 2, 3], values: [1, 2]),
      ChartSeries(name: "huge", dates: [0, 1], values: [-1e308, 1e308]),
      ChartSeries(name: "tiny", dates: [5, 6], values: [1e-9, 2e-9]),
      ChartSeries(name: "descending dates", dates: [9, 3, 1], values: [1, 2, 3]),
      ChartSeries(name: "absurd dates", dates: [Int.min, 0, Int.max], values: [1, 2, 3]),
      ChartSeries(name: "negative", dates: [0, 1, 2], values: [-3.4e6, 0, 1.2e3]),
    ]
    let markers = [ChartMarker(date: Int.max, label: "far"), ChartMarker(date: 1, label: "")]
    for series in odd {
      for style in [ChartStyle.ascii, .unicode] {
        for (width, height) in [(1, 1), (5, 3), (20, 6), (80, 24)] {
          let chart = Chart(title: series.name, series: [series, ChartFixtures.nvidia], markers: markers)
          let lines = ChartRenderer.rendered(chart, width: width, height: height, style: style).split(separator: "\n")
          #expect(lines.allSatisfy { $0.count <= width })
        }
      }
    }
  }
}

import Testing
import TapeCore
@testable import TapeLibrary

/// Exact renderings of small charts, worked out by hand from the algorithm (scales, Bresenham,
/// braille bits) and then checked.
struct ChartRendererTests {
  @Test func asciiChartOfThreeClosesMatchesHandDrawing() {
    // 5 plot rows and 32 columns; x by date over 4 days: columns 0, 23 (Monday) and 31.
    let expected = """
      NVDA close (USD/share)
      142.62 +***
             |   ******
      130.52 +         ******              ***
             |               ******    ****
      118.42 +                     ****
             +--------------------------------
              2025-01-24            2025-01-28
      """
    #expect(ChartRenderer.rendered(ChartFixtures.nvidiaChart, width: 40, height: 8, style: .ascii) == expected)
  }

  @Test func unicodeDiagonalFillsBrailleCellsTwoDotsAtATime() {
    // 8 columns × 4 rows = 16×16 dots; the line from the bottom left to the top right raises
    // dots 7 and 6 (⡠), then dots 2 and 4 (⠊), in every cell it crosses. Too narrow for dates.
    let chart = Chart(title: "t", series: [ChartSeries(name: "x", dates: [0, 1], values: [0, 1])])
    let expected = """
      t
         1 ┤      ⡠⠊
      0.63 ┤    ⡠⠊
           │  ⡠⠊
         0 ┤⡠⠊
           └────────
      """
    #expect(ChartRenderer.rendered(chart, width: 14, height: 7, style: .unicode) == expected)
  }

  @Test func singlePointSitsInTheMiddleWithItsDateUnderIt() {
    let chart = Chart(
      title: "NVDA close", unit: "USD/share",
      series: [ChartSeries(name: "NVDA", dates: [ChartFixtures.day(2025, 1, 24)], values: [142.62])])
    let expected = """
      NVDA close (USD/share)
             |
             |
      142.62 +          *
             |
             +----------+-----------
                   2025-01-24
      """
    #expect(ChartRenderer.rendered(chart, width: 30, height: 7, style: .ascii) == expected)
  }

  @Test func documentedSampleStaysTrue() {
    // The rendering shown in `ChartRenderer`'s documentation.
    let expected = """
      NVDA close (USD/share)
      142.62 ┤⠉⠒⠤⢄⣀                              │
             │     ⠉⠒⠢⠤⣀                         │
             │          ⠉⠑⠢⠤⣀⡀                   │
      130.52 ┤               ⠈⠑⠒⠤⢄⡀              │           ⣀
             │                    ⠈⠉⠒⠢⢄⣀         │       ⣀⠤⠒⠉
             │                          ⠉⠒⠢⠤⣀    │   ⣀⠤⠒⠉
      118.42 ┤                               ⠉⠑⠒⠤⣀⠤⠒⠉
             └────────────────────────┬──────────a────────────
              2025-01-24         2025-01-26         2025-01-28
      │ a: 2025-01-27 R1 release
      """
    #expect(ChartRenderer.rendered(ChartFixtures.nvidiaWithRelease, width: 56, height: 11, style: .unicode) == expected)
  }

  @Test func weekendGapShowsAsRealTime() {
    // Friday at column 0, Tuesday at column 31: Monday is 3/4 of the way, not halfway.
    let lines = ChartRenderer.rendered(ChartFixtures.nvidiaChart, width: 40, height: 8, style: .ascii)
      .split(separator: "\n").map(String.init)
    let plotStart = "118.42 +".count
    #expect(Array(lines[5]).firstIndex(of: "*") == plotStart + 21)
    #expect(Array(lines[3]).lastIndex(of: "*") == plotStart + 31)
  }

  @Test(arguments: [ChartStyle.ascii, .unicode])
  func markersAppearAtTheColumnOfTheirDate(_ style: ChartStyle) {
    // 31 days on 31 columns: day k is column k. Labels are "10", "5", "0", so the plot
    // starts 4 characters in.
    let series = ChartSeries(name: "x", dates: Array(0...30), values: (0...30).map { Double($0 % 11) })
    let markers = [0, 7, 15, 30].map { ChartMarker(date: $0, label: "day \($0)") }
    let chart = Chart(title: "markers", series: [series], markers: markers)
    let lines = ChartRenderer.rendered(chart, width: 35, height: 14, style: style).split(separator: "\n")
      .map { Array($0) }
    // Heading, 7 plot rows, the axis, the dates, then one note per marker.
    let axis = lines[8]
    for (index, day) in [0, 7, 15, 30].enumerated() {
      #expect(axis[4 + day] == ChartRenderer.markerLetter(index))
    }
    #expect(lines[1...7].contains { $0.count > 11 && $0[11] == style.markerLine })
    #expect(String(lines[10]) == "\(style.markerLine) a: 1970-01-01 day 0")
  }

  @Test func markerOutsideTheDatesIsListedButNotDrawn() {
    let chart = Chart(
      title: "NVDA close", unit: "USD/share", series: [ChartFixtures.nvidia],
      markers: [ChartMarker(date: ChartFixtures.day(2025, 2, 26), label: "earnings")])
    let text = ChartRenderer.rendered(chart, width: 40, height: 9, style: .ascii)
    #expect(text.hasSuffix("| a: 2025-02-26 earnings (off chart)"))
    #expect(!text.contains("-a-"))
  }

  @Test func unicodeLegendPairsLettersWithStrokes() {
    let text = ChartRenderer.rendered(ChartFixtures.threeSeries, width: 72, height: 18, style: .unicode)
    #expect(text.contains("A ⠒⠒⠒ Alpha   B ⠒⠀⠒ Beta   G ⠂⠂⠂ Gamma"))
    // Each letter is written after its line's last point, in the column right of the plot.
    let lastColumn = text.split(separator: "\n").compactMap { $0.count == 72 ? $0.last : nil }
    #expect(Set(lastColumn) == ["A", "B", "G"])
  }

  @Test func asciiLegendUsesEachSeriesGlyph() {
    let text = ChartRenderer.rendered(ChartFixtures.threeSeries, width: 72, height: 18, style: .ascii)
    #expect(text.contains("* Alpha   + Beta   o Gamma"))
    #expect(text.contains("| b: 2025-03-07 second event with a rather long description"))
  }

  @Test func seriesLettersAvoidCollisions() {
    #expect(ChartRenderer.seriesLetters(["NVDA", "Nasdaq", "!!", "nvda"]) == ["N", "A", "1", "V"])
  }

  @Test func strokeSamplesShowSolidDashedAndDotted() {
    #expect(BrailleCanvas.Stroke.allCases.map(ChartRenderer.strokeSample) == ["⠒⠒⠒", "⠒⠀⠒", "⠂⠂⠂"])
  }

  @Test func dateLabelsGetMiddleDatesWhenThereIsRoom() {
    let scale = ChartScale(lower: 0, upper: 90, cells: 60, pixelsPerCell: 1)
    let labels = ChartRenderer.dateLabels(scale).map(\.text)
    #expect(labels == ["1970-01-01", "1970-01-31", "1970-03-02", "1970-04-01"])
    let narrow = ChartScale(lower: 0, upper: 90, cells: 30, pixelsPerCell: 1)
    #expect(ChartRenderer.dateLabels(narrow).map(\.text) == ["1970-01-01", "1970-04-01"])
  }
}

import TapeCore
import TapeLibrary

/// Charts shared by the chart tests. The NVIDIA closes are test data only (three real closes
/// around the DeepSeek R1 sell-off); everything else is a simple synthetic sequence.
enum ChartFixtures {
  /// Days since 1970-01-01 for a calendar date the tests spell out.
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
    TapeDate(year: year, month: month, day: day)?.daysSinceEpoch ?? 0
  }

  /// Friday 2025-01-24, Monday 2025-01-27 and Tuesday 2025-01-28: a weekend gap in the middle.
  static let nvidia = ChartSeries(
    name: "NVDA", dates: [day(2025, 1, 24), day(2025, 1, 27), day(2025, 1, 28)],
    values: [142.62, 118.42, 128.99])

  static let nvidiaChart = Chart(title: "NVDA close", unit: "USD/share", series: [nvidia])

  static let nvidiaWithRelease = Chart(
    title: "NVDA close", unit: "USD/share", series: [nvidia],
    markers: [ChartMarker(date: day(2025, 1, 27), label: "R1 release")])

  /// Trading days only (five on, two off) starting on Friday 2025-01-24.
  static func weekdays(_ count: Int) -> [Int] {
    (0..<count).map { day(2025, 1, 24) + $0 + 2 * (($0 + 4) / 5) }
  }

  /// Three synthetic series on trading days with two markers: a sawtooth, a falling line and a
  /// flat line.
  static let threeSeries: Chart = {
    let dates = weekdays(40)
    return Chart(
      title: "Synthetic", unit: "USD",
      series: [
        ChartSeries(name: "Alpha", dates: dates, values: (0..<40).map { Double($0 % 10) + Double($0) * 0.5 }),
        ChartSeries(name: "Beta", dates: dates, values: (0..<40).map { 20 - Double($0) * 0.3 }),
        ChartSeries(name: "Gamma", dates: dates, values: Array(repeating: 12, count: 40)),
      ],
      markers: [
        ChartMarker(date: dates[10], label: "first event"),
        ChartMarker(date: dates[30], label: "second event with a rather long description"),
      ])
  }()
}

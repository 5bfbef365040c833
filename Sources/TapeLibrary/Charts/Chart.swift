/// A dated line chart as plain data: what to draw, not how. `ChartRenderer` turns it into text.
///
/// The model knows nothing about the rest of Tape: dates are whole days since 1970-01-01 (the
/// same count as `TapeDate.daysSinceEpoch`) and values are plain `Double`s, so any caller can
/// build one.
public struct Chart: Sendable, Equatable {
  /// The heading printed on the first line, e.g. `NVDA close`.
  public var title: String
  /// The unit of every value on the y-axis, e.g. `USD/share`; printed once in the heading so the
  /// axis labels can stay plain numbers. Empty for none.
  public var unit: String
  /// The lines to draw; with more than one, the renderer adds a legend.
  public var series: [ChartSeries]
  /// Dated events drawn as vertical lines and listed under the chart.
  public var markers: [ChartMarker]
  /// Whether the values are percentages: the axis labels them `5%`, not `0.05`.
  public var isPercent = false

  /// A chart of `series` with optional event `markers`.
  public init(title: String, unit: String = "", series: [ChartSeries], markers: [ChartMarker] = []) {
    self.title = title
    self.unit = unit
    self.series = series
    self.markers = markers
  }
}

/// One named line of a chart: values at dates, as two parallel arrays.
///
/// `dates` are days since 1970-01-01 in ascending order. Points whose value is NaN or infinite are
/// skipped (the line joins their neighbours). When the arrays differ in length the extra elements
/// of the longer one are ignored.
public struct ChartSeries: Sendable, Equatable {
  /// The name shown in the legend, e.g. `NVDA`.
  public var name: String
  /// Days since 1970-01-01, ascending.
  public var dates: [Int]
  /// The value at each date.
  public var values: [Double]

  /// A series of `values` observed at `dates` (days since 1970-01-01).
  public init(name: String, dates: [Int], values: [Double]) {
    self.name = name
    self.dates = dates
    self.values = values
  }

  /// The points that can be drawn: paired up, with non-finite values dropped.
  var finitePoints: [(date: Int, value: Double)] {
    zip(dates, values).filter { $0.1.isFinite }.map { (date: $0.0, value: $0.1) }
  }
}

/// An event on the time axis, e.g. a model release or an earnings date.
///
/// Drawn as a vertical line at its date, tagged with a letter (`a`, `b`, ...) on the x-axis, and
/// listed under the chart with its date and label.
public struct ChartMarker: Sendable, Equatable {
  /// Days since 1970-01-01.
  public var date: Int
  /// A short description, e.g. `R1 release`.
  public var label: String

  /// A marker at `date` (days since 1970-01-01) described by `label`.
  public init(date: Int, label: String) {
    self.date = date
    self.label = label
  }
}

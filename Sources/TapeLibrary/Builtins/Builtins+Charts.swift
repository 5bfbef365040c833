import TapeCore

extension Builtins {
  static let charts: [Builtin] = [chart, spark, bar]

  static let chart = Builtin(
    name: "chart", topic: .charts,
    parameters: [
      .init("series", .oneOf([.series, .table]), "a price table draws its close"),
      .init("more", .oneOf([.series, .table]), "in the same unit"),
    ],
    optionalCount: 1, repeatsLast: true, returns: .chart,
    summary: "A line chart of one or more series, by date, with the events of the timeline marked.",
    examples: [
      .init(
        #"chart(dated([2025-01-24, 2025-01-27, 2025-01-28], [$142.62, $118.42, $128.99], "close"))"#,
        yields: """
          close (USD)
          142.62 ┤⠉⠒⠒⠤⢄⣀⡀                                              │                 │
                 ││     ⠈⠉⠒⠢⠤⢄⣀                                        │                 │
                 ││            ⠉⠉⠒⠢⠤⢄⣀                                 │                 │
          132.08 ┤│                   ⠉⠉⠒⠢⠤⢄⣀                          │                 │
                 ││                          ⠉⠑⠒⠢⠤⣀⣀                   │              ⢀⣀⠤⠒
                 ││                                 ⠉⠑⠒⠢⠤⣀⣀            │         ⢀⡠⠤⠒⠉⠁  │
                 ││                                        ⠉⠑⠒⠢⠤⣀⡀     │    ⣀⡠⠤⠒⠉⠁       │
          118.42 ┤│                                              ⠈⠉⠑⠒⠤⠤⣀⡠⠔⠒⠉             │
                 └a─────────────────┬──────────────────────────────────d─────────────────e
                  2025-01-24   2025-01-25                         2025-01-27    2025-01-28
          │ a: 2025-01-24 NVDA closes at 142.62 (last close before the De…
          │ b: 2025-01-27 NVDA closes at 118.42 on volume 818,830,900 sha…
          │ c: 2025-01-27 DeepSeek overtakes ChatGPT as the most-download…
          │ d: 2025-01-27 Nasdaq Composite falls 612 points (3.07%); S&P …
          │ e: 2025-01-28 NVDA rebounds, closing at 128.99
          """)
    ],
    details: """
      Draws in the terminal with braille dots (plain ASCII when `TERM=dumb`), fitted to its \
      width; notebooks and pipes draw at 80 columns so their output never depends on a terminal. \
      Dated events from `events` that fall inside the chart's dates are marked with a vertical \
      line and listed under it. In an HTML export the same chart is drawn as SVG.
      """,
    seeAlso: ["spark", "bar", "events"]
  ) { arguments, call throws(EvalError) in
    var lines: [ChartSeries] = []
    var unit: Unit? = nil
    var allPercent = !arguments.isEmpty
    for index in arguments.indices {
      let series = try chartSeries(arguments, index, call)
      allPercent = allPercent && series.format == .percent
      if let unit, unit.dimension != series.unit.dimension {
        throw EvalError.invalidArgument(
          "a chart's series share one unit; this one is in `\(series.unit.described)`", at: call.argumentSpan(index),
          help: "chart series in different units separately, or divide by a first value to compare growth")
      }
      unit = unit ?? series.unit
      lines.append(
        ChartSeries(name: series.name, dates: series.days.map { Int($0) }, values: Array(series.values)))
    }
    let first = lines.compactMap(\.dates.first).min() ?? 0
    let last = lines.compactMap(\.dates.last).max() ?? 0
    var model = Chart(
      title: lines.map(\.name).joined(separator: ", "), unit: unit.map { $0.isNone ? "" : $0.described } ?? "",
      series: lines, markers: eventMarkers(from: first, through: last))
    model.isPercent = allPercent
    return .figure(figure(model))
  }

  static let spark = Builtin(
    name: "spark", topic: .charts, parameters: [.init("values", seriesOrList)], returns: .chart,
    resultNote: "one line",
    summary: "A sparkline: one block character per point, low to high.",
    examples: [.init("spark([1, 2, 3, 4, 5, 6, 7, 8])", yields: "▁▂▃▄▅▆▇█")],
    details: """
      Eight levels of block from the smallest value to the largest, one character per point; \
      plain ASCII (`_.-~^`) when `TERM=dumb`. A flat series sits at the middle level.
      """,
    seeAlso: ["chart"]
  ) { arguments, call throws(EvalError) in
    let values: [Double]
    switch arguments[0] {
    case .series(let series): values = Array(series.values)
    default: values = try quantities(arguments, 0, call).map(\.value)
    }
    return .figure(Figure(title: "sparkline", text: { Sparkline.rendered(values, style: $0.isASCII ? .ascii : .unicode) }, svg: { "" }))
  }

  static let bar = Builtin(
    name: "bar", topic: .charts,
    parameters: [.init("values", .record, "of quantities in one dimension; its fields label the bars")],
    returns: .chart,
    summary: "A horizontal bar chart of a record's values, labelled by its field names.",
    examples: [
      .init(
        "bar({cash: $3, debt: -$1})", yields: "cash                 │██████████████████████████████████████████████████ $3.00\ndebt ████████████████│ -$1.00")
    ],
    details: """
      Bars are scaled to the largest magnitude. When a value is negative, a zero axis appears and \
      negative bars grow to its left. The bars fit the terminal's width (80 columns in notebooks).
      """,
    seeAlso: ["chart"]
  ) { arguments, call throws(EvalError) in
    guard case .record(let record) = arguments[0] else { throw undeclared(0, call) }
    let items = try inOneUnit(record.values, at: call.argumentSpan(0)) { (field: Value) throws(EvalError) -> Never in
      throw EvalError.unexpectedField(expected: .recordOfNumbers, found: field.kind, at: call.argumentSpan(0))
    }
    let values = items.map(\.value)
    let unit = items.first?.unit ?? .none
    // Percentages label as percentages (`10%`, not `0.1`), as the values show.
    let format: DisplayFormat = items.allSatisfy(\.isPercent) && !items.isEmpty ? .percent : .automatic
    let labels = record.names
    let text: @Sendable (Figure.Context) -> String = { context in
      BarChart.rendered(
        labels: labels, values: values, width: context.width, style: context.isASCII ? .ascii : .unicode,
        valueText: { Quantity($0, unit, format: format).display })
    }
    return .figure(Figure(title: "bar chart", text: text, svg: { "" }))
  }

  /// A series to draw: a series as it is, a price table by its close. A table without a close
  /// column asks for one of its columns.
  static func chartSeries(_ arguments: [Value], _ index: Int, _ call: CallContext) throws(EvalError) -> Series {
    guard case .table(let table) = arguments[index] else { return try series(arguments, index, call) }
    guard let close = table.series("close") else {
      throw EvalError.invalidArgument(
        "expected a series, found a table", at: call.argumentSpan(index),
        help: "pick one column, as in `\(table.name).\(table.columns.first?.name ?? "close")`")
    }
    return close
  }

  /// The timeline's events between two days, as chart markers.
  static func eventMarkers(from first: Int, through last: Int) -> [ChartMarker] {
    guard case .list(let events) = TimelineDatasets.events else { return [] }
    return events.compactMap { event -> ChartMarker? in
      guard case .record(let record) = event, case .date(let date)? = record["date"],
        case .string(let text)? = record["event"], (first...Swift.max(first, last)).contains(date.daysSinceEpoch)
      else { return nil }
      let label = text.count > 48 ? String(text.prefix(47)) + "…" : text
      return ChartMarker(date: date.daysSinceEpoch, label: label)
    }
  }

  static func figure(_ model: Chart) -> Figure {
    Figure(
      title: model.title,
      text: { ChartRenderer.rendered(model, width: $0.width, height: $0.height, style: $0.isASCII ? .ascii : .unicode) },
      svg: { SVGChartRenderer.rendered(model) })
  }
}

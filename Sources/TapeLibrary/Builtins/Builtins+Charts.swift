import TapeCore

extension Builtins {
  static let charts: [Builtin] = [chart, spark, bar]

  static let chart = Builtin(
    name: "chart", topic: .charts,
    parameters: [
      .init("series", .oneOf([.series, .table]), "a price table draws its close"),
      .init(
        "more", .oneOf([.series, .table, .record]),
        "more series in the same unit, then optionally `{events: false}`, `{rebase: true}`"),
    ],
    optionalCount: 1, repeatsLast: true, returns: .chart,
    summary: "A line chart of one or more series, by date; charts of the built-in market data mark the timeline's events.",
    examples: [
      .init(
        #"chart(dated([2025-01-24, 2025-01-27, 2025-01-28], [$142.62, $118.42, $128.99], "close"))"#,
        yields: """
          close (USD)
          142.62 ┤⠉⠒⠤⣀
                 │    ⠉⠒⠤⣀
                 │        ⠉⠒⠤⢄⡀
                 │            ⠈⠑⠢⢄⡀
                 │                ⠈⠑⠢⢄⡀
                 │                    ⠈⠉⠒⠤⣀
          130.52 ┤                         ⠉⠒⠤⣀
                 │                             ⠉⠒⠤⣀⡀                                   ⢀⡠⠔
                 │                                 ⠈⠑⠢⢄⡀                            ⢀⠤⠒⠁
                 │                                     ⠈⠑⠢⢄⡀                     ⣀⠤⠊⠁
                 │                                         ⠈⠑⠒⠤⣀              ⡠⠔⠊
                 │                                              ⠉⠒⠤⣀      ⢀⡠⠒⠉
          118.42 ┤                                                  ⠉⠒⠤⣀⠤⠒⠁
                 └──────────────────┬──────────────────────────────────┬──────────────────
                  2025-01-24   2025-01-25                         2025-01-27    2025-01-28
          """)
    ],
    details: """
      Draws in the terminal with braille dots (plain ASCII when `TERM=dumb`), fitted to its \
      width; notebooks and pipes draw at 80 columns so their output never depends on a terminal. \
      The title is the expression each series was made by (`nvda.close * 1,200 shares + \
      amd.close * 800 shares`) and the unit is the result's. Dated events from `events` are \
      marked with a vertical line and listed under the chart only when every series comes from \
      the built-in market prices (a company's or an index's own series, or one computed from \
      them): never on loaded or typed data, and an event about one company (`NVDA closes at...`) \
      only on that company's charts. A record as the last argument sets options: \
      `{events: false}` leaves the markers off; `{rebase: true}` divides each series by its \
      first value and draws it from 100, so series in different units or of different sizes \
      share one chart (`chart(nvda, amd, qqq, {rebase: true})`). In an HTML export the same \
      chart is drawn as SVG.
      """,
    seeAlso: ["spark", "bar", "events", "cumulative"]
  ) { arguments, call throws(EvalError) in
    var options = ChartOptions()
    var seriesArguments = arguments
    if case .record(let record) = arguments.last {
      options = try ChartOptions(record, at: call.argumentSpan(arguments.count - 1))
      seriesArguments.removeLast()
    }
    var lines: [ChartSeries] = []
    var unit: Unit? = nil
    var provenances: [Provenance] = []
    var allPercent = !seriesArguments.isEmpty
    for index in seriesArguments.indices {
      var series = try chartSeries(seriesArguments, index, call)
      if options.rebase {
        guard let base = series.values.first, base != 0 else {
          throw EvalError.timeSeries(.cannotRebase(series: series.name), at: call.argumentSpan(index))
        }
        series.values = ContiguousArray(series.values.map { $0 / base * 100 })
        series.unit = .none
      }
      allPercent = allPercent && !options.rebase && series.format == .percent
      if let unit, unit.dimension != series.unit.dimension {
        throw EvalError.badArgument(.chartUnits(first: unit, found: series.unit), at: call.argumentSpan(index))
      }
      unit = unit ?? series.unit
      provenances.append(series.provenance)
      lines.append(
        ChartSeries(name: series.name, dates: series.days.map { Int($0) }, values: Array(series.values)))
    }
    let first = lines.compactMap(\.dates.first).min() ?? 0
    let last = lines.compactMap(\.dates.last).max() ?? 0
    let unitText = options.rebase ? "rebased to 100" : unit.map { $0.isNone ? "" : $0.described } ?? ""
    let markers =
      options.events && provenances.allSatisfy(isBuiltinMarketData)
      ? eventMarkers(from: first, through: last, about: chartedCompanies(provenances)) : []
    var model = Chart(title: lines.map(\.name).joined(separator: ", "), unit: unitText, series: lines, markers: markers)
    model.isPercent = allPercent
    return .figure(figure(model))
  }

  /// `chart`'s options, from a trailing record: `{events: false, rebase: true}`.
  struct ChartOptions {
    var events = true
    var rebase = false

    init() {}

    init(_ record: Record, at span: Span) throws(EvalError) {
      for (name, value) in zip(record.names, record.values) {
        guard case .bool(let flag) = value else {
          throw EvalError.unexpectedField(expected: .boolean, found: value.kind, at: span)
        }
        switch name {
        case "events": events = flag
        case "rebase": rebase = flag
        default: throw EvalError.noSuchField(name, available: ["events", "rebase"], at: span)
        }
      }
    }
  }

  /// Whether a series comes only from the built-in market prices, which the timeline's events are
  /// about: typed series (no sources) and loaded files are not.
  static func isBuiltinMarketData(_ provenance: Provenance) -> Bool {
    !provenance.isEmpty && provenance.citations.allSatisfy { $0.key.hasPrefix("prices/") }
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
      throw EvalError.badArgument(
        .tableWithoutClose(table: table.name, firstColumn: table.columns.first?.name), at: call.argumentSpan(index))
    }
    return close
  }

  /// The tickers whose own prices a chart draws (from the series' sources), or nil when one of
  /// them is the table of every ticker's closes.
  static func chartedCompanies(_ provenances: [Provenance]) -> Set<String>? {
    var symbols: Set<String> = []
    for citation in provenances.flatMap(\.citations) {
      guard let ticker = PriceDatasets.tickers.first(where: { $0.path == citation.key }) else { return nil }
      symbols.insert(ticker.symbol)
    }
    return symbols
  }

  /// The company an event is about: the one its sentence starts with ("NVDA closes at...",
  /// "Meta Platforms fell..."), by ticker or name. Nil for the market's own events (DeepSeek's
  /// releases, the Nasdaq's fall), which mark every chart of the built-in prices.
  static func company(of event: String) -> String? {
    let lowered = event.lowercased()
    return PriceDatasets.tickers.first { ticker in
      !ticker.title.hasPrefix("the ")
        && (event.hasPrefix(ticker.symbol + " ") || lowered.hasPrefix(ticker.title.lowercased() + " "))
    }?.symbol
  }

  /// The timeline's events between two days that concern the charted companies (all of them when
  /// `companies` is nil), as chart markers.
  static func eventMarkers(from first: Int, through last: Int, about companies: Set<String>?) -> [ChartMarker] {
    guard case .list(let events) = TimelineDatasets.events else { return [] }
    return events.compactMap { event -> ChartMarker? in
      guard case .record(let record) = event, case .date(let date)? = record["date"],
        case .string(let text)? = record["event"], (first...Swift.max(first, last)).contains(date.daysSinceEpoch)
      else { return nil }
      if let companies, let company = company(of: text), !companies.contains(company) { return nil }
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

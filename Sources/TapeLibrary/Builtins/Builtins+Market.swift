import TapeCore

/// Market value from prices and shares outstanding, and ratios of figures.
extension Builtins {
  static let market: [Builtin] = [marketCap, marketValueChange, loss, ratio, compare, fxRate, fxConvert] + valuation + trailing

  /// What `market_cap` and `loss` take for the shares outstanding.
  static let shareCount: ParameterType = .oneOf([
    .dimension(of: Unit(.base("share", plural: "shares"))), .series, .record,
  ])

  /// A figure, or a column of them (see `seriesOrList`).
  static let quantityOrColumn: ParameterType = .oneOf([.quantity, .series, .list(of: .quantity)])

  static let marketCap = Builtin(
    name: "market_cap", topic: .market,
    parameters: [
      .init("prices", .oneOf([.table, .series]), "a company's price table, or a series in money per share"),
      .init("date", .date, "a date with a price"),
      .init("shares", shareCount, "a count, a dated series of counts, or a figure holding one"),
    ],
    optionalCount: 1, returns: .money, resultNote: "in the currency of the prices",
    summary: "Market value on `date`: the close that day times shares outstanding.",
    examples: [
      .init(
        "market_cap(dated([2025-01-24, 2025-01-27], [$142.62/share, $118.42/share]), 2025-01-27, 24.4B shares)",
        yields: "$2.889T")
    ],
    details: """
      For a price table such as `aapl`, the price is its `close` column on `date` and the shares \
      are the company's cover-page count for `date` (`help share_counts`): the latest dated on or \
      before `date`, or, when every count is dated after it, the earliest, which `why` then calls a \
      look-ahead. Classes of shares (Alphabet A, B, C; Meta A, B) are added and `why` shows the \
      addition. NVIDIA follows the same rule: 24.49B shares (10-Q cover, as of 2024-11-15) up to \
      2025-02-20, then the 10-K cover's 24.4B (`nvda.shares`, as of 2025-02-21). A company without a count (AMD, \
      ORCL, TSMC) is an error: give `shares` yourself (a dated `shares` figure is taken as it \
      stood on or before `date`). For a series, give the shares. The result is in the price's \
      currency and cites the sources of both the price and the share count. `date` must have a \
      price; the error names the nearest trading days.
      """,
    seeAlso: ["market_value_change", "share_counts", "at", "money"]
  ) { arguments, call throws(EvalError) in
    let date = try date(arguments, 1, call)
    let inputs = try marketInputs(arguments, call, on: date, function: "market_cap")
    guard let index = inputs.prices.index(of: date) else {
      throw TradingDays.noData(on: date, in: inputs.prices.days, name: inputs.prices.name, provenance: inputs.prices.provenance, at: call.argumentSpan(1))
    }
    return try finite(
      Quantity(
        inputs.prices.values[index] * inputs.shares.value * inputs.scale, inputs.unit,
        provenance: inputs.prices.provenance.union(inputs.shares.provenance)), call)
  }

  /// The parameters of `market_value_change` and of its older name `loss`.
  static let valueChangeParameters: [Builtin.Parameter] = [
    .init("prices", .oneOf([.table, .series]), "a price table with a `shares` attribute, or a series in money per share"),
    .init("date", .date, "a date with a price"),
    .init("shares", shareCount, "a count, a dated series of counts, or a figure holding one"),
  ]

  static let valueChangeDetails = """
    `market_cap(prices, date) - market_cap(prices, day before)`, where the day before is the \
    previous date with a price (the previous trading day), with the same share count on both \
    days, as news reports compute it. A fall is negative (the market value lost), a rise \
    positive. Prices and shares are found as for `market_cap`; `date` must have a price and a \
    trading day before it.
    """

  static let marketValueChange = Builtin(
    name: "market_value_change", topic: .market, parameters: valueChangeParameters,
    optionalCount: 1, returns: .money, resultNote: "negative for a fall, positive for a rise",
    summary: "The one-day change in market value on `date`: negative for a fall, positive for a rise.",
    examples: [
      .init(
        "market_value_change(dated([2025-01-24, 2025-01-27], [$142.62/share, $118.42/share]), 2025-01-27, 24.49B shares)",
        yields: "-$592.7B")
    ],
    details: valueChangeDetails,
    seeAlso: ["loss", "market_cap", "prev", "change"]
  ) { arguments, call throws(EvalError) in
    try valueChange(arguments, call, function: "market_value_change")
  }

  /// The older name of `market_value_change`, kept for the notebooks that use it.
  static let loss = Builtin(
    name: "loss", topic: .market, parameters: valueChangeParameters,
    optionalCount: 1, returns: .money, resultNote: "negative for a fall, positive for a rise",
    summary: "The older name of `market_value_change`: the one-day change in market value, positive for a rise.",
    examples: [
      .init(
        "loss(dated([2025-01-24, 2025-01-27], [$142.62/share, $118.42/share]), 2025-01-27, 24.49B shares)",
        yields: "-$592.7B")
    ],
    details: valueChangeDetails + " The name reads wrongly for a rise (`loss(nvda, 2025-01-28)` is positive): prefer `market_value_change`.",
    seeAlso: ["market_value_change", "market_cap", "prev", "change"]
  ) { arguments, call throws(EvalError) in
    try valueChange(arguments, call, function: "loss")
  }

  /// The body of `market_value_change` and `loss`.
  static func valueChange(_ arguments: [Value], _ call: CallContext, function: String) throws(EvalError) -> Value {
    let date = try date(arguments, 1, call)
    let inputs = try marketInputs(arguments, call, on: date, function: function)
    let prices = inputs.prices
    guard let index = prices.index(of: date) else {
      throw TradingDays.noData(on: date, in: prices.days, name: prices.name, provenance: prices.provenance, at: call.argumentSpan(1))
    }
    guard index > 0 else {
      throw EvalError.badArgument(
        .noDateBefore(series: prices.name, date: date, first: date, toMeasureMove: true), at: call.argumentSpan(1))
    }
    let factor = inputs.shares.value * inputs.scale
    let (after, before) = (prices.values[index] * factor, prices.values[index - 1] * factor)
    return try finite(
      Quantity(
        DecimalRounding.sum(after - before, of: after, before), inputs.unit,
        provenance: prices.provenance.union(inputs.shares.provenance)), call)
  }

  /// The prices, the shares outstanding on `date`, and the unit and scale of their product.
  static func marketInputs(_ arguments: [Value], _ call: CallContext, on date: TapeDate, function: String)
    throws(EvalError) -> (prices: Series, shares: Quantity, unit: Unit, scale: Double)
  {
    let given: (value: Value, span: Span)? = arguments.count > 2 ? (arguments[2], call.argumentSpan(2)) : nil
    // The prices, and the shares given or else the company's count for the date.
    let prices: Series
    let count: Quantity
    switch arguments[0] {
    case .table(let table):
      guard var close = table.series("close") else {
        throw EvalError.noSuchField("close", available: table.columns.map(\.name), at: call.argumentSpan(0))
      }
      close.name = table.name
      prices = close
      if let given {
        count = try sharesOutstanding(given.value, on: date, at: given.span)
      } else {
        count = try companyShares(table, on: date, call, function: function)
      }
    case .series(let series):
      prices = series
      guard let given else {
        throw EvalError.badArgument(.sharesNeeded, at: call.span)
      }
      count = try sharesOutstanding(given.value, on: date, at: given.span)
    default:
      throw undeclared(0, call)
    }
    let (unit, scale) = prices.unit.multiplied(by: count.unit)
    guard let currency = unit.currency, unit.factors.count == 1 else {
      throw EvalError.unexpectedKind(
        expected: .pricesPerShare, found: Value.series(prices).kind, at: call.argumentSpan(0))
    }
    return (prices, count, Unit(currency), scale)
  }

  /// The shares outstanding of a price table's company for `date`: its `shares` attribute (NVIDIA),
  /// or the built-in cover counts of its ticker (`ShareCountDatasets.shares`), each saying in its
  /// provenance when the count is dated after `date`.
  static func companyShares(_ table: Table, on date: TapeDate, _ call: CallContext, function: String)
    throws(EvalError) -> Quantity
  {
    // The issue-16 rule for every company, NVIDIA included: the latest cover count dated on or
    // before `date`, so `nvda.shares` (dated 2025-02-21) is not used for an earlier day.
    let symbol = PriceDatasets.symbol(of: table)
    if let symbol, let shares = ShareCountDatasets.shares(symbol, on: date) { return shares }
    if let attribute = table.attributes?["shares"] {
      return try sharesOutstanding(attribute, on: date, at: call.argumentSpan(0))
    }
    throw EvalError.marketData(.noShareCount(table: table.name, function: function), at: call.argumentSpan(0))
  }

  /// A share count: a quantity in shares, the latest point on or before `date` of a dated one,
  /// or the quantity in shares inside a record (a figure with its period).
  static func sharesOutstanding(_ value: Value, on date: TapeDate, at span: Span) throws(EvalError) -> Quantity {
    let shareDimension = Dimension(base: "share")
    switch value {
    case .quantity(let quantity) where quantity.dimension == shareDimension:
      return quantity
    case .series(let series) where series.unit.dimension == shareDimension:
      let index = TradingDays.firstPosition(in: series.days, after: Int32(clamping: date.daysSinceEpoch)) - 1
      guard index >= 0 else {
        throw EvalError.badArgument(
          .noShareCount(
            series: series.name, date: date, first: series.days.first.map { TapeDate(daysSinceEpoch: Int($0)) }),
          at: span)
      }
      return series.quantity(at: index)
    case .record(let record):
      for case .quantity(let quantity) in record.values where quantity.dimension == shareDimension {
        return quantity
      }
      fallthrough
    default:
      throw EvalError.unexpectedKind(expected: .sharesOutstanding, found: value.kind, at: span)
    }
  }

  static let ratio = Builtin(
    name: "ratio", topic: .market,
    parameters: [.init("a", quantityOrColumn), .init("b", quantityOrColumn, "in the dimension of a")],
    returns: .oneOf([.number, .series, .list(of: .number)]),
    summary: "`a / b` for two figures in one dimension, as a plain ratio (`in %` shows it in percent).",
    examples: [
      .init("ratio($589B, $287B)", yields: "2.05226"),
      .init("ratio($5.576M, $100M) in %", yields: "5.58%"),
      .init("ratio(1 day, 12 hours)", yields: "2"),
    ],
    details: """
      Both sides must have the same dimension (two amounts in one currency, two prices per \
      share, two durations), so the units cancel and the answer reads as "times" or, with \
      `in %`, as a share. Units of one dimension convert first: `ratio(1 day, 12 hours)` is 2. \
      A series with a quantity or with another series gives a series of ratios on the dates \
      both have. For a rate between different units, such as dollars per share, use `/`.
      """,
    seeAlso: ["pct_change", "percent", "in"]
  ) { arguments, call throws(EvalError) in
    func unitOf(_ index: Int) throws(EvalError) -> Unit {
      switch arguments[index] {
      case .quantity(let quantity): return quantity.unit
      case .series(let series): return series.unit
      case .list: return try points(arguments, index, call, function: "ratio", minimum: 0).series.unit
      default: throw undeclared(index, call)
      }
    }
    let (unitA, unitB) = (try unitOf(0), try unitOf(1))
    guard unitA.dimension == unitB.dimension else {
      throw EvalError.badArgument(.ratioDimensions(unitA, unitB), at: call.argumentSpan(1))
    }
    // Both sides in base units, so `ratio(1 day, 12 hours)` is 2.
    let scale = unitA.factor / unitB.factor
    if case .quantity(let a) = arguments[0], case .quantity(let b) = arguments[1] {
      guard b.value != 0 else { throw EvalError.divisionByZero(at: call.span, divisor: call.argumentSpan(1)) }
      return try finite(Quantity(a.value / b.value * scale, provenance: a.provenance.union(b.provenance)), call)
    }
    return try ratioSeries(arguments, call, scale: scale)
  }

  /// `ratio` with a series (or list) on either side or both.
  static func ratioSeries(_ arguments: [Value], _ call: CallContext, scale: Double) throws(EvalError) -> Value {
    func column(_ index: Int, like other: Points?) throws(EvalError) -> Points {
      guard case .quantity(let quantity) = arguments[index], let other else {
        return try points(arguments, index, call, function: "ratio")
      }
      var constant = other
      constant.series.values = ContiguousArray(repeating: quantity.value, count: other.count)
      constant.series.provenance = quantity.provenance
      return constant
    }
    let (first, second) = (arguments[0], arguments[1])
    let a: Points
    let b: Points
    if case .quantity = first {
      b = try column(1, like: nil)
      a = try column(0, like: b)
    } else {
      a = try column(0, like: nil)
      b = try column(1, like: second.isQuantity ? a : nil)
    }
    let pair = try aligned(a, b, call)
    var values = ContiguousArray<Double>(repeating: 0, count: pair.days.count)
    for index in values.indices {
      guard pair.b[index] != 0 else {
        let place: EvalError.Place =
          b.isList ? .position(index) : .date(TapeDate(daysSinceEpoch: Int(pair.days[index])))
        throw EvalError.ratioByZero(place: place, at: call.argumentSpan(1))
      }
      values[index] = pair.a[index] / pair.b[index] * scale
    }
    let named = a.isList || first.isQuantity ? b : a
    return named.result(
      name: "ratio(\(named.series.name))", days: pair.days, values: values, unit: .none, format: .automatic,
      provenance: a.provenance.union(b.provenance))
  }
}

extension Value {
  var isQuantity: Bool {
    if case .quantity = self { true } else { false }
  }
}

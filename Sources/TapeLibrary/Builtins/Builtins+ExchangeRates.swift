import TapeCore

/// Conversions between currencies at the ECB's reference rates of a stated date: `fx_rate`, and
/// `fx_convert`, which `x in USD at DATE` calls.
extension Builtins {
  static let fxRate = Builtin(
    name: "fx_rate", topic: .market,
    parameters: [
      .init("from", .string, "a currency code, such as \"EUR\""),
      .init("to", .string, "a currency code, such as \"USD\""),
      .init("date", .date, "an ECB business day of 2024 or 2025"),
    ],
    returns: .quantity, resultNote: "in `to/from`, citing the ECB and the rate's date",
    summary: "The ECB reference rate on `date` that turns an amount in `from` into `to`.",
    examples: [
      .init("fx_rate(\"EUR\", \"USD\", 2025-01-27)", yields: "1.053 USD/EUR"),
      .init("€100 * fx_rate(\"EUR\", \"USD\", 2025-01-27)", yields: "$105.30"),
      .init("fx_rate(\"GBP\", \"JPY\", 2025-01-27)", yields: "192.864 JPY/GBP"),
    ],
    details: """
      The ECB publishes each currency's rate against the euro (`ecb_rates`). Between the euro and another \
      currency the rate is the ECB's, or its inverse; between two other currencies it is the cross rate through \
      the euro, and `why` shows the division. A date without a rate (a weekend, a TARGET holiday) is an error \
      naming the nearest dates; there is no TWD rate.
      """,
    seeAlso: ["fx_convert", "ecb_rates", "in", "money"]
  ) { arguments, call throws(EvalError) in
    guard case .string(let from) = arguments[0], case .string(let to) = arguments[1] else {
      throw undeclared(0, call)
    }
    let date = try date(arguments, 2, call)
    return .quantity(try exchangeRate(from: from, to: to, on: date, call, fromSpan: 0, toSpan: 1, dateSpan: 2))
  }

  static let fxConvert = Builtin(
    name: "fx_convert", topic: .market,
    parameters: [
      .init("amount", .oneOf([.money, .list(of: .money)]), "an amount, or a list of amounts each converted"),
      .init("currency", .string, "the code of the currency to convert to, such as \"USD\""),
      .init("date", .date, "an ECB business day of 2024 or 2025"),
    ],
    returns: .oneOf([.money, .list(of: .money)]), resultNote: "in `currency`, citing the ECB and the rate's date",
    summary: "`amount` in `currency` at the ECB reference rate of `date`; `x in USD at DATE` calls it.",
    examples: [
      .init("fx_convert(€100, \"USD\", 2025-01-27)", yields: "$105.30"),
      .init("€100 in USD at 2025-01-27", yields: "$105.30"),
      .init("$1B in EUR at 2025-01-24", yields: "€954.9M"),
      .init("[£100, ¥10000] in USD at 2025-01-27", yields: "[$125.20, $64.92]"),
    ],
    details: """
      Converts with `fx_rate(currency of amount, currency, date)`: the ECB's rate, its inverse, or the cross \
      rate through the euro, each cited in `why` with its date. Without a date Tape never converts between \
      currencies: `€100 in USD` is an error.
      """,
    seeAlso: ["fx_rate", "ecb_rates", "in"]
  ) { arguments, call throws(EvalError) in
    guard case .string(let code) = arguments[1] else { throw undeclared(1, call) }
    let date = try date(arguments, 2, call)
    func converted(_ value: Value) throws(EvalError) -> Value {
      guard case .quantity(let amount) = value else { throw undeclared(0, call) }
      guard amount.unit.factors.count == 1, let currency = amount.unit.currency else {
        guard let target = DatasetUnits.known[code] else {
          throw EvalError.marketData(
            .noExchangeRate(currency: code, source: "the ECB reference rates", covered: ExchangeRateDatasets.currencies),
            at: call.argumentSpan(1))
        }
        throw EvalError.cannotConvert(
          from: ValueKind(of: .quantity(amount)), to: Unit(target), at: call.argumentSpan(1), isCurrency: false)
      }
      let rate = try exchangeRate(from: currency.name, to: code, on: date, call, fromSpan: 0, toSpan: 1, dateSpan: 2)
      return try finite(
        Quantity(
          amount.value * rate.value, Unit(DatasetUnits.builtin(code)),
          provenance: amount.provenance.union(rate.provenance)), call)
    }
    guard case .list(let amounts) = arguments[0] else { return try converted(arguments[0]) }
    var results: [Value] = []
    for amount in amounts { results.append(try converted(amount)) }
    return .list(results)
  }

  /// `ExchangeRateDatasets.rate`, its failures as errors at the argument they are about.
  static func exchangeRate(
    from: String, to: String, on date: TapeDate, _ call: CallContext, fromSpan: Int, toSpan: Int, dateSpan: Int
  ) throws(EvalError) -> Quantity {
    let result: Result<Quantity, ExchangeRateDatasets.Missing>
    do throws(ExchangeRateDatasets.Missing) {
      result = .success(try ExchangeRateDatasets.rate(from: from, to: to, on: date))
    } catch {
      result = .failure(error)
    }
    switch result {
    case .success(let rate):
      return rate
    case .failure(.currency(let code)):
      throw EvalError.marketData(
        .noExchangeRate(currency: code, source: "the ECB reference rates", covered: ExchangeRateDatasets.currencies),
        at: call.argumentSpan(code == from ? fromSpan : toSpan))
    case .failure(.date):
      throw TradingDays.noData(
        on: date, in: ExchangeRateDatasets.table.days, name: "ecb_rates",
        provenance: ExchangeRateDatasets.table.provenance, at: call.argumentSpan(dateSpan))
    }
  }
}

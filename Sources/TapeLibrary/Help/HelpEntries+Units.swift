import TapeCore

/// Help for the units every session starts with. The list of units comes from TapeCore
/// (`Environment().units`); this file supplies the words and examples for each, keyed by the
/// unit's name. A unit without text here gets no entry, and `HelpCoverageTests` fails.
enum UnitHelp {
  struct Text {
    var summary: String
    var explanation: String
    var examples: [HelpEntry.Example]
    var seeAlso: [String]
  }

  /// One entry per unit definition, in the order of `texts`, with every other name of the unit
  /// (plural, currency symbol) as an alias.
  static func entries(from units: [String: UnitDefinition]) -> [HelpEntry] {
    var namesByUnit: [String: [String]] = [:]
    var definitionByName: [String: UnitDefinition] = [:]
    for (name, definition) in units {
      namesByUnit[definition.name, default: []].append(name)
      definitionByName[definition.name] = definition
    }
    return texts.compactMap { unitName, text in
      guard let definition = definitionByName[unitName] else { return nil }
      let others = (namesByUnit[unitName] ?? []).filter { $0 != unitName }.sorted()
      let aliases = others + (definition.symbol.map { [$0] } ?? [])
      return HelpEntry(
        name: unitName, kind: .unit, aliases: aliases, summary: text.summary, explanation: text.explanation,
        examples: text.examples, seeAlso: text.seeAlso)
    }
  }

  static let texts: [(String, Text)] = [
    (
      "share",
      Text(
        summary: "A share of a company's stock; a price is money per share (`USD/share`).",
        explanation: """
          `share` counts shares. It is a dimension of its own, so shares never add to money: a \
          price per share times a number of shares is money (a market capitalisation), and money \
          divided by a price per share is a number of shares. A percentage of a number of shares \
          is still shares.
          """,
        examples: [
          .init("24.68B shares", yields: "24.68B shares"),
          .init("$118.42/share * 24.68B shares", yields: "$2.923T"),
          .init("24.68B shares * 17%", yields: "4.196B shares"),
          .init("$589B / ($118.42/share)", yields: "4.974B shares"),
          .init("1 share", yields: "1 share"),
        ],
        seeAlso: ["units", "money"])
    ),
    (
      "day",
      Text(
        summary: "A day, Tape's base unit of time; one date minus another is a number of days.",
        explanation: """
          Every duration is measured in days underneath: an hour is 1/24 of a day, a week 7 days, \
          a year 365 days (added to a date, a year moves the calendar; see `year`). Subtracting two dates gives days, and adding days to a date gives a date. \
          Durations in other units convert to days with `in days`.
          """,
        examples: [
          .init("2025-01-27 - 2024-12-31", yields: "27 days"),
          .init("2025-01-27 + 30 days", yields: "2025-02-26"),
          .init("36 hours in days", yields: "1.5 days"),
          .init("1 day", yields: "1 day"),
        ],
        seeAlso: ["dates", "week", "year", "hour"])
    ),
    (
      "week",
      Text(
        summary: "A week, exactly 7 days.",
        explanation: "A week is 7 days. Adding weeks to a date moves it by whole weeks, to the same weekday.",
        examples: [
          .init("3 weeks in days", yields: "21 days"),
          .init("2025-01-27 + 1 week", yields: "2025-02-03"),
          .init("1 week in hours", yields: "168 hours"),
        ],
        seeAlso: ["day", "dates"])
    ),
    (
      "year",
      Text(
        summary: "A year: 365 days as a duration (actual/365); a calendar year when added to a date.",
        explanation: """
          As a duration, in rates and growth (`10% per year`, `cagr`, `1 year in days`), a year is \
          always 365 days, the actual/365 convention. Added to or subtracted from a date, whole \
          years move the calendar instead: `2024-01-01 + 1 year` is `2025-01-01`, and February 29 \
          plus a year is February 28. For a fixed span of days, add days: `2024-01-01 + 365 days`.
          """,
        examples: [
          .init("1 year in days", yields: "365 days"),
          .init("730 days in years", yields: "2 years"),
          .init("0.5 years in days", yields: "182.5 days"),
          .init("2025-01-27 + 1 year", yields: "2026-01-27"),
          .init("2024-01-01 + 1 year", yields: "2025-01-01"),
          .init("2024-01-01 + 365 days", yields: "2024-12-31"),
        ],
        seeAlso: ["day", "month", "dates", "units"])
    ),
    (
      "month",
      Text(
        summary: "A calendar month, for moving dates: 2025-01-31 + 1 month is 2025-02-28.",
        explanation: """
          A month has no fixed length in days, so it is not a duration: it is a count of calendar \
          months, which a date takes (`date + 3 months`), keeping the day of the month or, when the \
          month is shorter, landing on its last day. Months add to months and quarters (a quarter is \
          3 months) but not to days or years; a rate over time is written per year or per day.
          """,
        examples: [
          .init("2025-01-31 + 1 month", yields: "2025-02-28"),
          .init("2025-03-31 - 1 month", yields: "2025-02-28"),
          .init("2024-01-31 + 1 month", yields: "2024-02-29"),
          .init("1 quarter in months", yields: "3 months"),
        ],
        seeAlso: ["quarter", "year", "dates"])
    ),
    (
      "quarter",
      Text(
        summary: "A calendar quarter, three months, for moving dates.",
        explanation: """
          A quarter is 3 calendar months: `date + 1 quarter` is `date + 3 months`, clamped to the end \
          of a shorter month. Like a month it has no fixed length in days.
          """,
        examples: [
          .init("2024-11-30 + 1 quarter", yields: "2025-02-28"),
          .init("2 quarters in months", yields: "6 months"),
        ],
        seeAlso: ["month", "resample", "dates"])
    ),
    (
      "trading day",
      Text(
        summary: "A day the US stock market is open, for moving dates: 2025-01-08 + 1 trading day is 2025-01-10.",
        explanation: """
          Adding trading days to a date steps over weekends and the days US exchanges were closed, \
          from \(USMarketCalendar.source), for the years \(USMarketCalendar.coveredYears.lowerBound) \
          to \(USMarketCalendar.coveredYears.upperBound); outside them the count is refused rather \
          than guessed. The date itself need not be a trading day. Written `trading day` or \
          `trading days`.
          """,
        examples: [
          .init("2025-01-08 + 1 trading day", yields: "2025-01-10"),
          .init("2025-01-27 - 5 trading days", yields: "2025-01-17"),
          .init("2025-01-24 + 1 trading day", yields: "2025-01-27"),
        ],
        seeAlso: ["next_trading_day", "trading_days_between", "is_trading_day", "dates"])
    ),
    (
      "hour",
      Text(
        summary: "An hour, 1/24 of a day.",
        explanation: """
          An hour is 1/24 of a day. Hours combine with units you declare for rates of use, such as \
          GPU-hours (`GPU*hour`) and a price per GPU-hour (`USD/(GPU*hour)`).
          """,
        examples: [
          .init("36 hours in days", yields: "1.5 days"),
          .init("1 hour in minutes", yields: "60 minutes"),
          .init("unit GPU", yields: "unit GPU"),
          .init("2.788M GPU*hour * $2/(GPU*hour)", yields: "$5.576M"),
        ],
        seeAlso: ["minute", "day", "units"])
    ),
    (
      "minute",
      Text(
        summary: "A minute, 1/1440 of a day.",
        explanation: "A minute is 1/60 of an hour, 1/1440 of a day.",
        examples: [
          .init("90 minutes in hours", yields: "1.5 hours"),
          .init("1 hour in minutes", yields: "60 minutes"),
        ],
        seeAlso: ["second", "hour"])
    ),
    (
      "second",
      Text(
        summary: "A second, 1/86400 of a day.",
        explanation: "A second is 1/60 of a minute, 1/86400 of a day.",
        examples: [
          .init("1 day in seconds", yields: "86,400 seconds"),
          .init("3600 seconds in hours", yields: "1 hour"),
        ],
        seeAlso: ["minute", "day"])
    ),
    currency(
      "USD", "The US dollar", written: "`$142.62` or `142.62 USD`",
      examples: [
        .init("$142.62", yields: "$142.62"),
        .init("142.62 USD", yields: "$142.62"),
        .init("$589B", yields: "$589.0B"),
        .init("$5 + €5 * 1.04 USD/EUR", yields: "$10.20"),
      ]),
    currency(
      "EUR", "The euro", written: "`€12M` or `12M EUR`",
      examples: [
        .init("€12M", yields: "€12.00M"),
        .init("12M EUR", yields: "€12.00M"),
        .init("€5 * 1.04 USD/EUR", yields: "$5.20"),
      ]),
    currency(
      "GBP", "The pound sterling", written: "`£1_000` or `1_000 GBP`",
      examples: [.init("£1_000", yields: "£1,000.00"), .init("£2.5M", yields: "£2.500M")]),
    currency(
      "JPY", "The Japanese yen", written: "`¥1_000` or `1_000 JPY`",
      note: "`¥` always means JPY; write Chinese yuan with its code, `CNY`.",
      examples: [.init("¥1_500_000", yields: "¥1.500M"), .init("1000 JPY", yields: "¥1,000")]),
    currency(
      "CNY", "The Chinese yuan (renminbi)", written: "`5M CNY`",
      note: "`¥` means JPY, so the yuan is always written with its code.",
      examples: [.init("5M CNY", yields: "5.000M CNY"), .init("1_000 CNY", yields: "1,000.00 CNY")]),
    currency(
      "CHF", "The Swiss franc", written: "`1_000 CHF`",
      examples: [.init("1_000 CHF", yields: "1,000.00 CHF"), .init("12 CHF", yields: "12.00 CHF")]),
    currency(
      "CAD", "The Canadian dollar", written: "`1_000 CAD`",
      examples: [.init("1_000 CAD", yields: "1,000.00 CAD")]),
    currency(
      "AUD", "The Australian dollar", written: "`1_000 AUD`",
      examples: [.init("1_000 AUD", yields: "1,000.00 AUD")]),
    currency(
      "HKD", "The Hong Kong dollar", written: "`100 HKD`",
      examples: [.init("100 HKD", yields: "100.00 HKD")]),
    currency(
      "INR", "The Indian rupee", written: "`1_500 INR`",
      examples: [.init("2 * 1_500 INR", yields: "3,000.00 INR")]),
    currency(
      "KRW", "The South Korean won", written: "`1_000_000 KRW`",
      examples: [.init("1_000_000 KRW", yields: "1.000M KRW")]),
    currency(
      "TWD", "The New Taiwan dollar", written: "`1_000 TWD`",
      examples: [.init("1_000 TWD", yields: "1,000.00 TWD")]),
    currency(
      "SEK", "The Swedish krona", written: "`500 SEK`",
      examples: [.init("500 SEK + 250 SEK", yields: "750.00 SEK")]),
    currency(
      "NOK", "The Norwegian krone", written: "`500 NOK`",
      examples: [.init("500 NOK", yields: "500.00 NOK")]),
    (
      "pp",
      Text(
        summary: "A point of a rate (0.01): how far a rate moved, as in `1.5pp`.",
        explanation: """
          `pp` counts percentage points: 1pp is 0.01, without dimension, and shows right after the \
          number, as `%` does. A rate that moves from 3% to 4.5% rose 1.5pp (and rose 50%): \
          `pp_change` gives points, and `in pp` shows a difference of two rates in points. See \
          `help percent vs points`.
          """,
        examples: [
          .init("4.5% - 3% in pp", yields: "1.5pp"),
          .init("pp_change(3%, 4.5%)", yields: "1.5pp"),
          .init("2.5 pp + 1 pp", yields: "3.5pp"),
        ],
        seeAlso: ["percent vs points", "pp_change", "percent"])
    ),
  ]

  /// The text of a currency: what it is, how it is written, and the rules all currencies share.
  static func currency(
    _ code: String, _ name: String, written: String, note: String? = nil, examples: [HelpEntry.Example]
  ) -> (String, Text) {
    let explanation = """
      \(code) is a currency (ISO 4217 code `\(code)`), written \(written). Amounts show as money: \
      cents and thousands separators below a million, four significant digits and a scale suffix \
      (k, M, B, T) from a million up.\(note.map { " " + $0 } ?? "")

      Each currency is a dimension of its own, and Tape never converts between currencies on its \
      own. To combine two currencies, convert at the ECB's exchange rate of a date you state \
      (`€5 in USD at 2025-01-27`, see `help ecb_rates`), or multiply by a rate you state, written \
      with its units, as in `€5 * 1.04 USD/EUR`.
      """
    return (
      code,
      Text(
        summary: "\(name), written \(written).", explanation: explanation, examples: examples,
        seeAlso: ["money", "display"])
    )
  }
}

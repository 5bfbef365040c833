/// Help for the ideas of the language: what `help money`, `help percent`, `help in` and the rest
/// explain. The wording follows docs/language.md; every example is run by `HelpExampleTests`.
enum ConceptHelp {
  /// The concept entries. Lists of names that would go stale (the currencies Tape knows, the
  /// builtin functions) are passed in, not written out.
  static func entries(currencies: [String], functions: [String]) -> [HelpEntry] {
    [
      money(currencies: currencies), percent, units, dates, numbers, operators, names,
      self.functions(functions), lists, records, conversions, ans, errors, display, why,
    ]
  }

  static func money(currencies: [String]) -> HelpEntry {
    HelpEntry(
      name: "money", kind: .concept, aliases: ["currency", "currencies"],
      summary: "Amounts of money: a currency symbol before the number or an ISO code after it.",
      explanation: """
        Money is a quantity whose unit is a currency. Write it with a symbol before the amount \
        (`$` for USD, `€` for EUR, `£` for GBP, `¥` for JPY) or with an ISO code after it \
        (`5M CNY`, `142.62 USD`). Scale suffixes work on money too: `$589B`. Tape knows \
        \(currencies.joined(separator: ", ")); `help USD` describes one.

        Each currency is a dimension of its own, and currencies never convert on their own. To \
        combine two currencies, convert at the ECB's exchange rate of a date you state (`€100 in \
        USD at 2025-01-27`, see `help ecb_rates`), or multiply by a rate you state, written with its \
        units (`1.04 USD/EUR`); the units cancel as they would on paper.

        Money divided by shares is a price per share (`USD/share`). Money divided by money in the \
        same currency is a plain ratio, which `in %` shows as a percentage.
        """,
      examples: [
        .init("$142.62", yields: "$142.62"),
        .init("142.62 USD", yields: "$142.62"),
        .init("€12M", yields: "€12.00M"),
        .init("5M CNY", yields: "5.000M CNY"),
        .init("$5 + €5", yields: "error: cannot add `USD` and `EUR`\nhelp: convert with a rate you state: `€5 * RATE USD/EUR`, where RATE is USD per EUR"),
        .init("$5 + €5 * 1.04 USD/EUR", yields: "$10.20"),
        .init("$118.42/share * 24.68B shares", yields: "$2.923T"),
        .init("$118.42 / $142.62 - 1 in %", yields: "-16.97%"),
      ],
      seeAlso: ["USD", "percent", "display", "share"])
  }

  static let percent = HelpEntry(
    name: "percent", kind: .concept, aliases: ["%"],
    summary: "Percentages: `17%` is the ratio 0.17, shown as a percentage.",
    explanation: """
      `17%` is the plain number 0.17 that remembers to show itself as a percentage, always with two \
      decimals. `in %` shows any ratio as one: a change divided by where it started, as in \
      `(new - old) / old in %`, is a percentage change.

      A percentage survives the operations that keep its meaning: adding or subtracting two \
      percentages (the difference is in percentage points), scaling one by a plain number, \
      negating it. A ratio of two percentages is a plain number, and so is `1 + 10%`.

      Adding a percentage to an amount is an error. In `$100 + 10%` the 10% has no base: it could \
      be 10% of $100, of some other amount, or the bare number 0.1. Tape does not guess what a \
      percentage is a percentage of, so write what you mean: `$100 * (1 + 10%)` for an increase \
      of 10%, `$100 * 10%` for 10% of the amount.
      """,
    examples: [
      .init("17%", yields: "17.00%"),
      .init("(118.42 - 142.62) / 142.62 in %", yields: "-16.97%"),
      .init("17% - 3%", yields: "14.00%"),
      .init("10% / 2", yields: "5.00%"),
      .init("17% / 3%", yields: "5.66667"),
      .init("1 + 10%", yields: "1.1"),
      .init("$100 + 10%", yields: "error: cannot add a percentage to `USD`\nhelp: did you mean `$100 * (1 + 10%)`?"),
      .init("$100 * (1 + 10%)", yields: "$110.00"),
      .init("$100 * 10%", yields: "$10.00"),
    ],
    seeAlso: ["in", "money", "display", "round"])

  static let units = HelpEntry(
    name: "units", kind: .concept, aliases: ["unit", "dimensions", "dimension"],
    summary: "Units and dimensions: shares, durations, currencies, and units you declare.",
    explanation: """
      A unit written after a number makes a quantity: `24.68B shares`, `3 days`. Units multiply \
      and divide like numbers, so a price is `USD/share` and a compute budget is `GPU*hour`.

      `+`, `-` and comparisons need both sides in the same dimension; the error names both \
      sides. Units of one dimension convert automatically (`1 day + 12 hours`), and `in` shows a \
      quantity in another unit of its dimension (`3 weeks in days`).

      Tape knows `share`; the durations `second`, `minute`, `hour`, `day`, `week` and `year` (a \
      year is 365 days); the calendar units `month` and `quarter` and `trading day`, which move \
      dates (see `help dates`); and the currencies (see `help money`). `unit NAME` declares a new base \
      unit; `unit NAME = quantity` defines one in terms of others. A name written after a number \
      must be a unit: to multiply by a variable, write `*`.
      """,
    examples: [
      .init("24.68B shares", yields: "24.68B shares"),
      .init("$118.42/share * 24.68B shares", yields: "$2.923T"),
      .init("1 day + 12 hours", yields: "1.5 days"),
      .init("3 weeks in days", yields: "21 days"),
      .init("$5 + 3 shares", yields: "error: cannot add `USD` and `shares`"),
      .init("unit GPU", yields: "unit GPU"),
      .init("2.788M GPU*hour * $2/(GPU*hour)", yields: "$5.576M"),
      .init("unit fortnight = 14 days", yields: "unit fortnight = 14 days"),
      .init("3 fortnights in days", yields: "42 days"),
    ],
    seeAlso: ["share", "day", "year", "money", "in"])

  static let dates = HelpEntry(
    name: "dates", kind: .concept, aliases: ["date"],
    summary: "Dates such as `2025-01-27`: subtract two for days, add a duration for a date.",
    explanation: """
      A date is written YYYY-MM-DD. One date minus another is a duration in days; a date plus or \
      minus a duration is a date; dates compare with `<`, `==` and the rest. A date that does not \
      exist, such as February 30, is an error.

      Days and weeks move a date by a fixed number of days. Months, quarters and years move the \
      calendar: `2025-01-31 + 1 month` is `2025-02-28` (the day of the month is kept, or the \
      month's last day when it is shorter), `2024-01-01 + 1 year` is `2025-01-01`. As durations \
      elsewhere, in rates and `cagr`, a year stays 365 days. Trading days step over weekends and \
      US market holidays: `2025-01-08 + 1 trading day` is `2025-01-10`. `weekday(d)`, \
      `next_trading_day(d)` and `trading_days_between(a, b)` answer the rest.
      """,
    examples: [
      .init("2025-01-27", yields: "2025-01-27"),
      .init("2025-01-27 - 2024-12-31", yields: "27 days"),
      .init("2025-01-27 + 1 week", yields: "2025-02-03"),
      .init("2025-01-27 - 7 days", yields: "2025-01-20"),
      .init("2025-01-27 < 2025-01-28", yields: "true"),
      .init("2024-01-01 + 1 year", yields: "2025-01-01"),
      .init("2025-01-31 + 1 month", yields: "2025-02-28"),
      .init("2025-01-08 + 1 trading day", yields: "2025-01-10"),
      .init("2025-02-30", yields: "error: invalid date `2025-02-30`\nhelp: dates are written YYYY-MM-DD, as in `2025-01-27`"),
    ],
    seeAlso: ["day", "year", "month", "trading day", "weekday", "units"])

  static let numbers = HelpEntry(
    name: "numbers", kind: .concept, aliases: ["number", "scale", "suffixes"],
    summary: "Writing numbers: `1_000`, scale suffixes k, M, B, T, and exponents.",
    explanation: """
      Numbers are written as usual, with `_` between digit groups and an optional exponent \
      (`1.5e3`). A scale suffix written directly after the digits multiplies by a thousand (`k`), \
      a million (`M`), a billion (`B`) or a trillion (`T`).

      Lower-case `m` is not a scale: in finance it means a million in some houses and a thousand \
      in others (`mm`), so Tape refuses to guess.

      Numbers are 64-bit binary floating point, shown rounded to 15 significant digits, and two \
      numbers are equal when they agree to 12 significant digits.
      """,
    examples: [
      .init("1_000", yields: "1,000"),
      .init("12k", yields: "12,000"),
      .init("589B", yields: "589B"),
      .init("1.5e3", yields: "1,500"),
      .init("0.1 + 0.2 == 0.3", yields: "true"),
      .init("5m", yields: "error: malformed number `5m`\nhelp: digit groups use `_` between digits, as in `1_000`; scales are k, M, B, T, as in `589B`"),
    ],
    seeAlso: ["display", "money", "percent"])

  static let operators = HelpEntry(
    name: "operators", kind: .concept, aliases: ["operator", "precedence", "if"],
    summary: "Arithmetic, comparison, logic and `if`, from loosest to tightest binding.",
    explanation: """
      From loosest to tightest binding:
      - `x in target`: show `x` another way (see `help in`)
      - `if c then a else b`: choice
      - `or`, `and`, `not`: logic on `true` and `false`
      - `==` `!=` `<` `<=` `>` `>=`: comparison, not chained
      - `+` `-`: sum and difference
      - `*` `/`: product and quotient
      - `-x`, `+x`: sign
      - `24.68B shares`: a value followed by unit names
      - `^`: power, right-associative (`2^3^2` is `2^9`)
      - `f(x)`, `r.field`, `xs[i]`: call, field, index

      Division by zero and results too large to represent are errors, not silent infinities.
      """,
    examples: [
      .init("2 + 3 * 4", yields: "14"),
      .init("-2^2", yields: "-4"),
      .init("2^3^2", yields: "512"),
      .init("if 142.62 > 118.42 then \"fell\" else \"rose\"", yields: "\"fell\""),
      .init("not (1 > 2) and 3 >= 3", yields: "true"),
    ],
    seeAlso: ["numbers", "in", "errors"])

  static let names = HelpEntry(
    name: "names", kind: .concept, aliases: ["variables", "variable", "=", "comments", "#"],
    summary: "Binding names with `name = expression`; `#` starts a comment.",
    explanation: """
      `name = expression` binds a name to a value and shows it; later lines use the name. \
      Binding it again replaces the value. A variable may share a unit's name (`shares = 24.68B \
      shares`): after a number or `in` the name still means the unit. Builtin function names and \
      `ans` cannot be bound. `#` starts a comment that runs to the end of the line, and `;` \
      separates statements on one line.

      A misspelled name gets a suggestion when a known name is close.
      """,
    examples: [
      .init("price = $118.42/share", yields: "price = $118.42/share"),
      .init("shares = 24.68B shares   # shares outstanding", yields: "shares = 24.68B shares"),
      .init("price * shares", yields: "$2.923T"),
      .init("x = 2; y = 3; x * y", yields: "x = 2\ny = 3\n6"),
      .init("prise * 2", yields: "error: unknown name `prise`\nhelp: did you mean `price`?"),
    ],
    seeAlso: ["functions", "ans", ":vars"])

  static func functions(_ builtins: [String]) -> HelpEntry {
    HelpEntry(
      name: "functions", kind: .concept, aliases: ["function", "fn"],
      summary: "Calling built-in functions, and defining your own with `fn`.",
      explanation: """
        Call a function with its arguments in parentheses: `round($118.4251, 2)`. Functions that \
        take a quantity keep its unit. `fn name(parameters) = expression` defines a function; it \
        may call itself, and units flow through it like any other arithmetic.

        Built-in functions: \(builtins.joined(separator: ", ")). `help NAME` describes one, with \
        its typed signature: `round(x: quantity, digits?: number) -> same dimension as x` takes a \
        quantity and, optionally (`?`), a plain number; `|` separates alternatives and `...` marks \
        a parameter that may be given again and again. An argument of another kind is an error at \
        that argument, before the function runs.
        """,
      examples: [
        .init("round($118.4251, 2)", yields: "$118.43"),
        .init("sum([$589B, $279B])", yields: "$868.0B"),
        .init("fn pct_move(old, new) = (new - old) / old in %", yields: "fn pct_move(old, new)"),
        .init("pct_move($142.62, $118.42)", yields: "-16.97%"),
        .init("fn half(x) = x / 2", yields: "fn half(x)"),
        .init("half(3 weeks)", yields: "1.5 weeks"),
        .init("fn fact(n) = if n <= 1 then 1 else n * fact(n - 1)", yields: "fn fact(n)"),
        .init("fact(10)", yields: "3.629M"),
      ],
      seeAlso: ["names", "lists"])
  }

  static let lists = HelpEntry(
    name: "lists", kind: .concept, aliases: ["list"],
    summary: "Lists such as `[$142.62, $118.42]`: indexed from 0, arithmetic element by element.",
    explanation: """
      A list holds values in order, written in square brackets. `xs[0]` is the first item and \
      negative indexes count from the end: `xs[-1]` is the last. Arithmetic on lists works element \
      by element: two lists must have the same length, and a single value combines with every \
      element. `len`, `sum`, `mean`, `min` and `max` summarise a list.
      """,
    examples: [
      .init("closes = [$142.62, $118.42, $128.99]", yields: "closes = [$142.62, $118.42, $128.99]"),
      .init("closes[0]", yields: "$142.62"),
      .init("closes[-1]", yields: "$128.99"),
      .init("closes * 2", yields: "[$285.24, $236.84, $257.98]"),
      .init("closes / closes[0] - 1 in %", yields: "[0.00%, -16.97%, -9.56%]"),
      .init("[1, 2, 3] + [10, 20, 30]", yields: "[11, 22, 33]"),
      .init("mean(closes)", yields: "$130.01"),
      .init("closes[3]", yields: "error: index 3 is out of range"),
    ],
    seeAlso: ["len", "sum", "mean", "min", "max", "records"])

  static let records = HelpEntry(
    name: "records", kind: .concept, aliases: ["record", "fields"],
    summary: "Records such as `{price: $118.42/share}`: named fields, read with `.name`.",
    explanation: """
      A record holds named fields, written in braces as `{name: value, ...}`, and `r.name` or \
      `r["name"]` reads a field; `r[["a", "b"]]` keeps some. A misspelled field is an error that \
      lists the fields the record has. The row of a table on a date is a record keyed by column \
      (`closes[2025-01-27]`). Records of figures combine key by key (`r1 / r2 - 1`, `r * 2`, \
      `r > 0`), and keys on one side only are an error that names them. `sort`, `sort_desc`, \
      `top`, `bottom` and `rank` keep the keys; `argmin` and `argmax` give a key; `map` and \
      `filter` keep them too. A record of figures in one unit shows as a table of keys and \
      values; `write_csv` writes it as one CSV row.
      """,
    examples: [
      .init(
        "nvda = {price: $118.42/share, shares: 24.68B shares}",
        yields: "nvda = {price: $118.42/share, shares: 24.68B shares}"),
      .init("nvda.price", yields: "$118.42/share"),
      .init("nvda.price * nvda.shares", yields: "$2.923T"),
      .init("nvda.prise", yields: "error: no field `prise`\nhelp: did you mean `price`?"),
      .init("sort({nvda: -16.97%, amd: -6.37%})", yields: "key     value\n────  ───────\nnvda  -16.97%\namd    -6.37%"),
    ],
    seeAlso: ["lists", "names", "sort", "select", "write_csv"])

  static let conversions = HelpEntry(
    name: "in", kind: .concept, aliases: ["conversions", "conversion", "convert"],
    summary: "`x in target` shows `x` another way: as a percentage, in a scale, or in another unit.",
    explanation: """
      `in` changes how a value is shown, never what it is. It binds loosest of all, so it applies \
      to the whole expression on its left: in `(new - old) / old in %` it converts the ratio. The \
      target can be:
      - `%`: a plain ratio as a percentage
      - `k`, `M`, `B`, `T`: in thousands, millions, billions or trillions, with all digits
      - `full`: every digit, no scale suffix
      - a unit such as `days` or `USD/share`: converted to that unit, which must have the same \
      dimension

      Each currency is its own dimension, so `in` alone never converts one currency into \
      another. `x in USD at DATE` converts at the ECB's euro reference rates of that date (through \
      the euro between two other currencies) and `why` cites the rate; a date without a rate is \
      an error naming the nearest dates. Or multiply by a rate you state (see `help money`).
      """,
    examples: [
      .init("589B / 2.923T in %", yields: "20.15%"),
      .init("€100 in USD at 2025-01-27", yields: "$105.30"),
      .init("$2922605600000 in B", yields: "$2,923B"),
      .init("$589B in full", yields: "$589,000,000,000.00"),
      .init("24.68B shares in M", yields: "24,680M shares"),
      .init("36 hours in days", yields: "1.5 days"),
      .init(
        "$589B in %",
        yields: "error: cannot show `USD` as a percentage\nhelp: divide by another amount in the same unit first, as in `(new - old) / old in %`"
      ),
    ],
    seeAlso: ["percent", "display", "units", "money"])

  static let ans = HelpEntry(
    name: "ans", kind: .concept,
    summary: "`ans` is the last result, so the next line can go on from it.",
    explanation: """
      After every expression and every binding, `ans` holds the value it produced. Use it to \
      carry on a calculation without naming each step. `ans` cannot be bound to a value of your \
      own.
      """,
    examples: [
      .init("142.62 - 118.42", yields: "24.2"),
      .init("ans / 142.62 in %", yields: "16.97%"),
      .init("ans * 2", yields: "33.94%"),
      .init("ans = 1", yields: "error: `ans` is reserved\nhelp: `ans` always holds the last result; choose another name"),
    ],
    seeAlso: ["names", ":vars"])

  static let why = HelpEntry(
    name: "why", kind: .concept, aliases: ["provenance", "sources", "citations"],
    summary: "`why x` shows how `x` was computed and cites the source of every built-in figure in it.",
    explanation: """
      Every figure of the built-in data carries its source: the document, the date it was read, \
      the unit, and a note where sources disagree. Results carry the sources of their inputs, \
      through arithmetic, functions and series. `why x` shows the formula `x` was bound to, the \
      names it used with their values, the result, and a numbered list of the sources behind \
      it; when every input was typed, it says so.

      `sources` lists every document behind the built-in data, with the figures taken from each. \
      `datasets` lists the built-in datasets; `help NAME` describes one.
      """,
    examples: [
      .init("price = $118.42/share", yields: "price = $118.42/share"),
      .init("cap = price * 24.4B shares", yields: "cap = $2.889T"),
      .init(
        "why cap",
        yields: "cap = price * 24.4B shares  → $2.889T\n  price = $118.42/share\n= $2.889T\nno built-in data: every input was typed in this session"),
    ],
    seeAlso: ["datasets", "nvda", "gdp_2023"])

  static let errors = HelpEntry(
    name: "errors", kind: .concept, aliases: ["error", "diagnostics"],
    summary: "How Tape reports a mistake: what is wrong, where, and often how to fix it.",
    explanation: """
      When a line cannot be computed, Tape prints an error instead of a guess: the message, the \
      line with the offending part marked, often a note explaining the rule, and a `help:` line \
      with a fix you can copy. Errors come from how something is written (a malformed number or \
      date, a missing bracket), from units (adding `USD` to `shares`, a percentage to money) and \
      from arithmetic (division by zero, a result too large to represent). A misspelled name gets \
      a suggestion when a known name is close.

      An error changes nothing: names keep their values, and the other statements of the line \
      still run. In the examples below only the message and the help line are shown.
      """,
    examples: [
      .init("$5 + 3 shares", yields: "error: cannot add `USD` and `shares`"),
      .init("$589B / 0", yields: "error: division by zero"),
      .init("10^400", yields: "error: the result is too large to represent"),
      .init("sqrt(-1)", yields: "error: cannot take the square root of a negative number"),
      .init("x = 3", yields: "x = 3"),
      .init("2 x", yields: "error: `x` is not a unit\nhelp: to multiply by `x`, write `*` between the two"),
    ],
    seeAlso: ["percent", "money", "units"])

  static let display = HelpEntry(
    name: "display", kind: .concept, aliases: ["format", "formatting"],
    summary: "How results are shown: one set of rules in the REPL, in pipes and in notebooks.",
    explanation: """
      - Plain numbers and other quantities: 6 significant digits (`118.42 / 2.69` shows \
      `44.0223`), never binary noise; thousands separators below a million; from a million up a \
      scale suffix with at most four significant digits (`171.7M`); from a quadrillion up, or \
      below 0.0001, scientific notation.
      - Money of a million or more: four significant digits and a scale suffix (`$589.0B`). Below \
      a million: cents and thousands separators (`$24,200.00`), except that an amount that \
      rounds to fewer than three significant digits shows three (`$0.0675`, never `$0.07`). A \
      currency without a symbol shows its code after the amount. Money per unit keeps the money \
      format (`$118.42/share`).
      - Percentages: two decimals, or two significant digits where two decimals would show \
      nothing (`0.0012%`).
      - A column of a table shares one number of decimals, so its digits line up.
      - A unit alone after a number other than one is plural (`3 days`, `1 day`); compound units \
      are written as typed (`USD/share`).

      The display rounds only what is shown; the value keeps every digit. `x in full` shows every \
      digit of one result, `--json` every digit of all. Use `in` to show a value another way and \
      `round` to change the value itself. At the prompt, `:set digits 8`, `:set \
      decimal_separator ","` and the other settings change the display (`:set` lists them); \
      `~/.config/tape/config.toml` keeps them. Notebooks show the defaults plus their own `:set` lines.
      """,
    examples: [
      .init("$589B", yields: "$589.0B"),
      .init("$24200", yields: "$24,200.00"),
      .init("-24.2 USD", yields: "-$24.20"),
      .init("$0.27 / 4", yields: "$0.0675"),
      .init("17%", yields: "17.00%"),
      .init("142.62 - 118.42", yields: "24.2"),
      .init("118.42 / 2.69", yields: "44.0223"),
      .init("118.42 / 2.69 in full", yields: "44.0223048327138"),
      .init("118.42 * 24.68B", yields: "2.923T"),
      .init("1 day", yields: "1 day"),
      .init("1e20", yields: "1e20"),
      .init("1e-7", yields: "1e-7"),
    ],
    seeAlso: ["in", "round", "numbers", "money"])
}

/// The display rules of `docs/language.md`, in one place.
extension Value {
  /// How the value is shown as a result.
  public var display: String { display(depth: 0, settings: .standard) }

  /// How the value is shown under `settings` (digits, separators, chart style).
  public func display(_ settings: DisplaySettings) -> String { display(depth: 0, settings: settings) }

  /// A list longer than this shows its first and last items and its length, never megabytes of
  /// text: `x = load("records.csv")` of 10 million records printed 800 MB.
  public static let displayedItemLimit = 100
  /// Lists and records nested deeper than this show as `[…]` and `{…}`: the parser's own limit,
  /// so a value built by recursion cannot exhaust the stack while it is shown.
  public static let displayedDepthLimit = 256

  func display(depth: Int, settings: DisplaySettings = .standard) -> String {
    switch self {
    case .quantity(let quantity): quantity.display(settings)
    case .bool(let value): value ? "true" : "false"
    case .date(let date): date.iso
    // Text from a CSV cell or a literal can hold bytes a terminal obeys; they are shown escaped.
    case .string(let text): "\"" + text.escapingControlCharacters + "\""
    case .list(let values):
      if depth >= Value.displayedDepthLimit {
        "[…]"
      } else if depth == 0, let table = Value.recordsTable(values, depth: depth + 1, settings: settings) {
        table
      } else {
        Value.displayed(values, depth: depth + 1, settings: settings)
      }
    case .record(let record):
      if depth >= Value.displayedDepthLimit {
        "{…}"
      } else if depth == 0, let table = Value.labelledTable(record, depth: depth + 1, settings: settings) {
        table
      } else {
        "{"
          + Value.joinedWithinLimit(record.values.count) {
            "\(record.names[$0].escapingControlCharacters): \(record.values[$0].display(depth: depth + 1, settings: settings))"
          } + "}" + (record.rowDate.map { " (\($0.iso))" } ?? "")
      }
    case .series(let series): series.tableText(settings)
    case .table(let table): table.tableText(settings)
    case .figure(let figure): figure.rendered(settings.figureContext)
    case .function(let function):
      switch function {
      case .user(let user):
        user.name == "lambda" ? "(\(user.parameters.joined(separator: ", "))) => …" : user.declaration
      case .native(let native): "built-in \(native.signature)"
      }
    }
  }
}

extension Value {
  /// `display`, appended to `text`: a plain number's digits go straight into the line being
  /// built instead of into a string of their own first.
  func appendDisplay(to text: inout String, settings: DisplaySettings = .standard) {
    // Below a million, where `plainNumber` groups digits rather than scaling to `M`, `B`, `T`.
    if case .quantity(let quantity) = self, quantity.unit.isNone, quantity.format == .automatic,
      abs(quantity.value) < 1e6, settings.hasStandardSeparators,
      NumberText.appendGroupedSignificant(quantity.value, digits: settings.digits, to: &text)
    {
      return
    }
    text += display(depth: 0, settings: settings)
  }
}

extension Quantity {
  /// `$2.923T`, `$142.62`, `-16.97%`, `24.34B shares`, `$118.42/share`, `24.2`, by the default settings.
  public var display: String { display(.standard) }

  /// The same under `settings`: its significant digits, money decimals and separators.
  public func display(_ settings: DisplaySettings) -> String {
    guard value.isFinite else { return NumberText.significant(value) + unitSuffix(plural: true) }
    // Most results: a plain number, with no unit to look for a currency in or to append.
    if unit.isNone && format == .automatic { return settings.localized(plainNumber(value, settings)) }
    if format == .percent { return settings.localized(Quantity.percentText(value * 100)) + "%" + unitSuffix(plural: true) }
    if let currency = unit.currency { return moneyDisplay(currency, settings) }
    let number = settings.localized(plainNumber(value, settings))
    return number + unitSuffix(plural: value != 1)
  }

  /// A percentage's number: two decimals (`-16.97`), so a column of returns lines up; a
  /// percentage two decimals would show as zero or round by more than half its size shows two
  /// significant digits instead (`0.0012`), never `0.00`.
  static func percentText(_ percent: Double) -> String {
    let magnitude = abs(percent)
    guard magnitude > 0, magnitude < 0.01 else { return NumberText.grouped(NumberText.fixed(percent, decimals: 2)) }
    return NumberText.significant(percent, digits: 2)
  }

  /// `value` with `decimals` decimals, or more when those leave fewer than three significant
  /// digits of a non-zero amount: `$0.0675`, never `$0.07` (a ratio of two such costs read off the
  /// screen would be off by a quarter), and never `$0.00`. Exact amounts keep their decimals
  /// (`$0.10`). Grouped: `1,234.50`.
  static func atLeastThreeSignificant(_ value: Double, decimals: Int) -> String {
    let magnitude = abs(value)
    let rounded = NumberText.fixed(value, decimals: decimals)
    guard magnitude > 0, magnitude < 100, decimals < 15 else { return NumberText.grouped(rounded) }
    let kept = DecimalRounding.significant(value, digits: 3)
    let exactAtDecimals = DecimalRounding.significant(value) == (Double(rounded) ?? value)
    if exactAtDecimals { return rounded }
    // Decimals that keep three significant digits: 0.0675 -> 4, 5.678 -> 2.
    let needed = 2 - DecimalRounding.decimalExponent(abs(kept))
    guard needed > decimals else { return rounded }
    // Below 1e-12 no fixed form is short: `$1.23e-15`.
    guard needed <= 15 else { return NumberText.significant(value, digits: 3) }
    var text = NumberText.fixed(kept, decimals: needed)
    // Zeros past the currency's decimals say nothing: $0.00100 -> $0.001.
    var extra = needed - decimals
    while extra > 0, text.hasSuffix("0") {
      text.removeLast()
      extra -= 1
    }
    return text
  }

  /// Money: the amount with the currency's symbol (or code after it), then the rest of the unit
  /// (`$118.42/share`).
  func moneyDisplay(_ currency: UnitDefinition, _ settings: DisplaySettings = .standard) -> String {
    let decimals = settings.moneyDecimals ?? currency.decimals
    let amount: String
    switch format {
    case .automatic, .percent:
      // Decide on the rounded amount, so $999,999.999 shows as $1.000M, not $1,000,000.00.
      let cents = NumberText.fixed(value, decimals: decimals)
      amount =
        abs(Double(cents) ?? value) >= 1e6
        ? Quantity.scaledSignificant(value, digits: settings.scaledDigits)
        : Quantity.atLeastThreeSignificant(value, decimals: decimals)
    case .scaled(let scale):
      amount =
        NumberText.grouped(NumberText.significant(value / scale.factor, digits: settings.scaledDigits))
        + scale.rawValue
    case .full:
      amount = NumberText.grouped(NumberText.fixed(value, decimals: decimals))
    }
    let localizedAmount = settings.localized(amount)
    let others = unit.factors.filter { $0.definition != currency }
    let per: String
    if others.isEmpty {
      per = ""
    } else if others.allSatisfy({ $0.exponent < 0 }) {
      // `$2.00/(GPU*hour)`: every other factor is a denominator.
      let denominators = others.map { ($0.definition.name, -$0.exponent) }
      let composed = UnitText.compose(denominators)
      per = "/" + (denominators.count == 1 ? composed : "(\(composed))")
    } else {
      per = " " + UnitText.compose(others.map { ($0.definition.name, $0.exponent) })
    }
    guard let symbol = currency.symbol else { return localizedAmount + " " + currency.name + per }
    return localizedAmount.hasPrefix("-")
      ? "-" + symbol + localizedAmount.dropFirst() + per : symbol + localizedAmount + per
  }

  /// Amounts of a million and more: four significant digits and a scale suffix (`$589.0B`).
  static func fourSignificant(_ value: Double) -> String { scaledSignificant(value, digits: 4) }

  /// Amounts of a million and more: `digits` significant digits, kept even when zero
  /// (`$589.0B`), and a scale suffix.
  static func scaledSignificant(_ value: Double, digits: Int) -> String {
    let magnitude = abs(value)
    if magnitude >= 1e18 { return NumberText.significant(value, digits: digits) }
    let ladder: [Scale] = [.million, .billion, .trillion]
    func rendered(_ scale: Scale) -> String {
      let scaled = value / scale.factor
      let integerDigits = String(Int(abs(scaled).rounded(.down))).count
      return NumberText.fixed(scaled, decimals: max(0, digits - integerDigits))
    }
    var index = ladder.lastIndex { magnitude >= $0.factor } ?? 0
    var text = rendered(ladder[index])
    // Rounding can carry into a new digit (999.96M -> 1000M): move up a scale when it does.
    if index < ladder.count - 1, abs(Double(text) ?? 0) >= 1000 {
      index += 1
      text = rendered(ladder[index])
    }
    return NumberText.grouped(text) + ladder[index].rawValue
  }

  /// A magnitude without currency: `settings.digits` significant digits, with a scale suffix
  /// (and at most four significant digits) from a million up so large counts stay readable
  /// (`24.34B`), digit groups below. Written with `,` and `.`; the caller localizes.
  func plainNumber(_ value: Double, _ settings: DisplaySettings = .standard) -> String {
    switch format {
    case .scaled(let scale):
      return NumberText.grouped(NumberText.significant(value / scale.factor, digits: settings.scaledDigits))
        + scale.rawValue
    case .full:
      return NumberText.grouped(NumberText.allDigits(value))
    case .automatic, .percent:
      let magnitude = abs(value)
      if magnitude >= 1e15 { return NumberText.scientific(value, digits: settings.digits) }
      // Decide on the rounded number, so 999,999.9 at 6 digits shows as 1M, not 1,000,000.
      let rounded = DecimalRounding.significant(value, digits: settings.digits)
      if abs(rounded) >= 1e6 {
        let scale = Scale.allCases.last { abs(rounded) >= $0.factor } ?? .million
        let scaled = DecimalRounding.significant(value / scale.factor, digits: settings.scaledDigits)
        // 999.96M at four digits is 1000M: one scale up reads better (1B).
        if abs(scaled) >= 1000, let next = Scale.allCases.first(where: { $0.factor > scale.factor }) {
          return NumberText.significant(value / next.factor, digits: settings.scaledDigits) + next.rawValue
        }
        return NumberText.significant(value / scale.factor, digits: settings.scaledDigits) + scale.rawValue
      }
      return NumberText.groupedSignificant(value, digits: settings.digits)
        ?? NumberText.grouped(NumberText.significant(value, digits: settings.digits))
    }
  }

  /// ` shares`, ` USD/share`; a unit with nothing above the line attaches directly: `2/day`.
  func unitSuffix(plural: Bool) -> String {
    guard !unit.isNone else { return "" }
    let text = unit.described(plural: plural)
    // Points read as one token, like `%`: `1.5pp`.
    if text == BuiltinUnits.percentagePoint.name { return text }
    return text.hasPrefix("1/") ? String(text.dropFirst()) : " " + text
  }
}

extension Value {
  /// `[a, b, c]`, or past `displayedItemLimit` items the first ten, `…`, the last three and the
  /// count: `[1, 2, …, 999,999, 1,000,000] (1,000,000 items)`.
  static func displayed(_ values: ValueList, depth: Int, settings: DisplaySettings = .standard) -> String {
    // Tables and series in a list: one summary line each, not a whole table each.
    // (A loaded file's rows hold none: looking would make every row.)
    if values.columns == nil, values.contains(where: \.isBig) {
      let lines = values.prefix(displayedItemLimit).map {
        $0.isBig ? $0.summary : $0.display(depth: depth, settings: settings)
      }
      let more = values.count > displayedItemLimit ? ",\n … (\(grouped(values.count)) items)" : ""
      return "[" + lines.joined(separator: ",\n ") + more + "]"
    }
    guard values.count > displayedItemLimit else {
      return "[" + joinedWithinLimit(values.count) { values[values.startIndex + $0].display(depth: depth, settings: settings) } + "]"
    }
    let head = values.prefix(10).map { $0.display(depth: depth, settings: settings) }
    let tail = values.suffix(3).map { $0.display(depth: depth, settings: settings) }
    return "[" + (head + ["…"] + tail).joined(separator: ", ") + "] (\(grouped(values.count)) items)"
  }

  /// The items of one list or record shown never pass this many characters: under the item limit
  /// a list nested deep can still hold billions of numbers (`dup(1, 36)` built 2^36 of them
  /// through lists of two), and its text grew past 530 MB while Ctrl-C was ignored.
  public static let displayedTextLimit = 100_000
  public static let displayedTextPollSize = 4096

  /// `item(0)`, `item(1)`, ... joined by `, `, stopping with `…` once the text passes
  /// `displayedTextLimit` or Ctrl-C was pressed (the flag is left for the front end to clear).
  static func joinedWithinLimit(_ count: Int, item: (Int) -> String) -> String {
    var text = ""
    for index in 0..<count {
      if index > 0 { text += ", " }
      // Looked at only once the text is long, so a small result is never cut by a stray flag.
      if text.utf8.count > displayedTextPollSize, Interrupt.requested.load(ordering: .relaxed) {
        text += "…"
        break
      }
      let shown = item(index)
      let room = displayedTextLimit - text.utf8.count
      if shown.utf8.count > room {
        text += shown.prefix(max(room, 0)) + "…"
        break
      }
      text += shown
    }
    return text
  }

  /// `1000000` as `1,000,000`: a count is exact, never scaled to `1M`.
  static func grouped(_ count: Int) -> String {
    var digits = String(count)
    var index = digits.endIndex
    while digits.distance(from: digits.startIndex, to: index) > 3 {
      index = digits.index(index, offsetBy: -3)
      digits.insert(",", at: index)
    }
    return digits
  }
}

extension UserFunction {
  /// How a definition reads back, with what it declares: `fn pe(price: USD/share, eps:
  /// USD/share) -> number`, or `fn f(a, b)` when it declares nothing.
  public var declaration: String {
    "fn " + (signature?.notation ?? "\(name)(\(parameters.joined(separator: ", ")))")
  }
}

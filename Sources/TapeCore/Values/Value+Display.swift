/// The display rules of `docs/language.md`, in one place.
extension Value {
  /// How the value is shown as a result.
  public var display: String { display(depth: 0) }

  /// A list longer than this shows its first and last items and its length, never megabytes of
  /// text: `x = load("records.csv")` of 10 million records printed 800 MB.
  public static let displayedItemLimit = 100
  /// Lists and records nested deeper than this show as `[…]` and `{…}`: the parser's own limit,
  /// so a value built by recursion cannot exhaust the stack while it is shown.
  public static let displayedDepthLimit = 256

  func display(depth: Int) -> String {
    switch self {
    case .quantity(let quantity): quantity.display
    case .bool(let value): value ? "true" : "false"
    case .date(let date): date.iso
    // Text from a CSV cell or a literal can hold bytes a terminal obeys; they are shown escaped.
    case .string(let text): "\"" + text.escapingControlCharacters + "\""
    case .list(let values):
      if depth >= Value.displayedDepthLimit {
        "[…]"
      } else if depth == 0, let table = Value.recordsTable(values, depth: depth + 1) {
        table
      } else {
        Value.displayed(values, depth: depth + 1)
      }
    case .record(let record):
      if depth >= Value.displayedDepthLimit {
        "{…}"
      } else if depth == 0, let table = Value.labelledTable(record, depth: depth + 1) {
        table
      } else {
        "{"
          + Value.joinedWithinLimit(record.values.count) {
            "\(record.names[$0].escapingControlCharacters): \(record.values[$0].display(depth: depth + 1))"
          } + "}"
      }
    case .series(let series): series.tableText
    case .table(let table): table.tableText
    case .figure(let figure): figure.rendered(.standard)
    case .function(let function):
      switch function {
      case .user(let user):
        user.name == "lambda"
          ? "(\(user.parameters.joined(separator: ", "))) => …" : "fn \(user.name)(\(user.parameters.joined(separator: ", ")))"
      case .native(let native): "built-in \(native.signature)"
      }
    }
  }
}

extension Value {
  /// `display`, appended to `text`: a plain number's digits go straight into the line being
  /// built instead of into a string of their own first.
  func appendDisplay(to text: inout String) {
    // Below a million, where `plainNumber` groups digits rather than scaling to `M`, `B`, `T`.
    if case .quantity(let quantity) = self, quantity.unit.isNone, quantity.format == .automatic,
      abs(quantity.value) < 1e6, NumberText.appendGroupedSignificant(quantity.value, to: &text)
    {
      return
    }
    text += display
  }
}

extension Quantity {
  /// `$2.923T`, `$142.62`, `-16.97%`, `24.68B shares`, `$118.42/share`, `24.2`.
  public var display: String {
    guard value.isFinite else { return NumberText.significant(value) + unitSuffix(plural: true) }
    // Most results: a plain number, with no unit to look for a currency in or to append.
    if unit.isNone && format == .automatic { return plainNumber(value) }
    if format == .percent { return NumberText.fixed(value * 100, decimals: 2) + "%" + unitSuffix(plural: true) }
    if let currency = unit.currency { return moneyDisplay(currency) }
    let number = plainNumber(value)
    return number + unitSuffix(plural: value != 1)
  }

  /// Money: the amount with the currency's symbol (or code after it), then the rest of the unit
  /// (`$118.42/share`).
  func moneyDisplay(_ currency: UnitDefinition) -> String {
    let amount: String
    switch format {
    case .automatic, .percent:
      // Decide on the rounded amount, so $999,999.999 shows as $1.000M, not $1,000,000.00.
      let cents = NumberText.fixed(value, decimals: currency.decimals)
      amount = abs(Double(cents) ?? value) >= 1e6 ? Quantity.fourSignificant(value) : NumberText.grouped(cents)
    case .scaled(let scale):
      amount = NumberText.grouped(NumberText.significant(value / scale.factor)) + scale.rawValue
    case .full:
      amount = NumberText.grouped(NumberText.fixed(value, decimals: currency.decimals))
    }
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
    guard let symbol = currency.symbol else { return amount + " " + currency.name + per }
    return amount.hasPrefix("-") ? "-" + symbol + amount.dropFirst() + per : symbol + amount + per
  }

  /// Amounts of a million and more: four significant digits and a scale suffix (`$589.0B`).
  static func fourSignificant(_ value: Double) -> String {
    let magnitude = abs(value)
    if magnitude >= 1e18 { return NumberText.significant(value, digits: 4) }
    let ladder: [Scale] = [.million, .billion, .trillion]
    func rendered(_ scale: Scale) -> String {
      let scaled = value / scale.factor
      let integerDigits = String(Int(abs(scaled).rounded(.down))).count
      return NumberText.fixed(scaled, decimals: max(0, 4 - integerDigits))
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

  /// A magnitude without currency: all significant digits up to 15, with a scale suffix from a
  /// million up so large counts stay readable (`24.68B`), digit groups below.
  func plainNumber(_ value: Double) -> String {
    switch format {
    case .scaled(let scale):
      return NumberText.grouped(NumberText.significant(value / scale.factor)) + scale.rawValue
    case .full:
      return NumberText.grouped(NumberText.allDigits(value))
    case .automatic, .percent:
      let magnitude = abs(value)
      if magnitude >= 1e15 { return NumberText.scientific(value) }
      if magnitude >= 1e6 {
        let scale = Scale.allCases.last { magnitude >= $0.factor } ?? .million
        return NumberText.significant(value / scale.factor) + scale.rawValue
      }
      return NumberText.groupedSignificant(value) ?? NumberText.grouped(NumberText.significant(value))
    }
  }

  /// ` shares`, ` USD/share`; a unit with nothing above the line attaches directly: `2/day`.
  func unitSuffix(plural: Bool) -> String {
    guard !unit.isNone else { return "" }
    let text = unit.described(plural: plural)
    return text.hasPrefix("1/") ? String(text.dropFirst()) : " " + text
  }
}

extension Value {
  /// `[a, b, c]`, or past `displayedItemLimit` items the first ten, `…`, the last three and the
  /// count: `[1, 2, …, 999,999, 1,000,000] (1,000,000 items)`.
  static func displayed(_ values: [Value], depth: Int) -> String {
    // Tables and series in a list: one summary line each, not a whole table each.
    if values.contains(where: \.isBig) {
      let lines = values.prefix(displayedItemLimit).map { $0.isBig ? $0.summary : $0.display(depth: depth) }
      let more = values.count > displayedItemLimit ? ",\n … (\(grouped(values.count)) items)" : ""
      return "[" + lines.joined(separator: ",\n ") + more + "]"
    }
    guard values.count > displayedItemLimit else {
      return "[" + joinedWithinLimit(values.count) { values[values.startIndex + $0].display(depth: depth) } + "]"
    }
    let head = values.prefix(10).map { $0.display(depth: depth) }
    let tail = values.suffix(3).map { $0.display(depth: depth) }
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

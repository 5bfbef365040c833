import Testing

@testable import TapeCore

// The display rules of docs/language.md. Expected texts follow from the rules by hand: money of a
// million or more has four significant digits and a scale suffix, money below has cents and
// digit groups, percentages have two decimals, plain numbers up to 15 significant digits.

@Suite struct MoneyDisplayTests {
  @Test(arguments: [
    ("$589B", "$589.0B"),
    ("$2922605600000", "$2.923T"),
    ("$5.576M", "$5.576M"),
    ("$1M", "$1.000M"),
    ("$12.3456M", "$12.35M"),
    ("$123.456M", "$123.5M"),
    ("$72.5592B", "$72.56B"),
    ("-$5.576M", "-$5.576M"),
    ("€12M", "€12.00M"),
    ("£1.5B", "£1.500B"),
    ("5M CNY", "5.000M CNY"),
  ])
  func millionsAndUpShowFourSignificantDigitsAndAScale(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test(arguments: [
    ("$999.96M", "$1.000B"),
    ("$999999999", "$1.000B"),
    ("-$999.96M", "-$1.000B"),
    ("$999.94M", "$999.9M"),
  ])
  func roundingThatCarriesMovesUpAScale(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test(arguments: [
    ("$142.62", "$142.62"),
    ("$24200", "$24,200.00"),
    ("$999999.99", "$999,999.99"),
    ("-$24.20", "-$24.20"),
    ("-24.2 USD", "-$24.20"),
    ("$0", "$0.00"),
    ("$0.5", "$0.50"),
    ("$0.006", "$0.006"),  // $0.01 would round away more than half of it
    ("-$0.004", "-$0.004"),  // never $0.00 for an amount that is not zero
    ("£3.50", "£3.50"),
    ("¥1000", "¥1,000"),
    ("1234.5 CNY", "1,234.50 CNY"),
    ("-5 CHF", "-5.00 CHF"),
  ])
  func belowAMillionMoneyShowsCentsAndDigitGroups(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test(arguments: [
    ("$118.42/share", "$118.42/share"),
    ("3 CNY/share", "3.00 CNY/share"),
    ("$2/share/day", "$2.00/(share*day)"),
    ("unit GPU; $2/(GPU*hour)", "$2.00/(GPU*hour)"),
    ("$5 * 1 share", "$5.00 share"),
    ("$1.5M/year", "$1.500M/year"),
  ])
  func moneyPerUnitKeepsTheMoneyFormat(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func moneyWithoutAUnitOfItsOwnCurrencyIsAPlainQuantity() {
    // USD squared is not money.
    #expect(result("$5 * $2") == "10 USD^2")
  }
}

@Suite struct PercentDisplayTests {
  @Test(arguments: [
    ("17%", "17.00%"),
    ("-16.968%", "-16.97%"),
    ("0.5%", "0.50%"),
    ("100%", "100.00%"),
    ("-0.001%", "-0.001%"),  // two decimals would show nothing
    ("1 / 3 in %", "33.33%"),
    ("2 / 3 in %", "66.67%"),
  ])
  func percentagesShowTwoDecimals(source: String, expected: String) {
    #expect(result(source) == expected)
  }
}

@Suite struct NumberDisplayTests {
  @Test(arguments: [
    ("142.62 - 118.42", "24.2"),
    ("0.1 + 0.2", "0.3"),
    ("1 / 3", "0.333333"),
    ("2 / 3", "0.666667"),
    ("1.1 * 1.1", "1.21"),
    ("0", "0"),
    ("-0.0", "0"),
    ("42", "42"),
    ("999999", "999,999"),
    ("12345.678", "12,345.7"),
    ("-1234.5", "-1,234.5"),
  ])
  func plainNumbersShowWithoutBinaryNoise(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test(arguments: [
    ("1000000", "1M"),
    ("1234567", "1.235M"),
    ("-1234567", "-1.235M"),
    ("118.42 * 24.68B", "2.923T"),
    ("24.68B shares", "24.68B shares"),
    ("5.576M", "5.576M"),
    ("3.65T", "3.65T"),
    ("999T", "999T"),
    ("12k * 1000", "12M"),
  ])
  func fromAMillionUpAScaleSuffixWithFourSignificantDigits(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test(arguments: [
    ("1e20", "1e20"),
    ("1e-7", "1e-7"),
    ("0.00001", "1e-5"),
    ("-2.5e-6", "-2.5e-6"),
    ("1.5e16", "1.5e16"),
  ])
  func veryLargeAndVerySmallNumbersUseScientificNotation(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func tenThousandthIsStillWrittenOut() {
    #expect(result("0.0001") == "0.0001")
  }

  @Test(arguments: [
    ("1 day", "1 day"),
    ("3 days", "3 days"),
    ("1.5 days", "1.5 days"),
    ("1.0 day", "1 day"),
    ("0 shares", "0 shares"),
    ("1 shares", "1 share"),
    ("2 share^2", "2 share^2"),
    ("unit GPU; 5 GPU * 2 hours", "10 GPU*hour"),
    ("unit GPU; 1 GPU", "1 GPU"),
    ("unit GPU; 2 GPU", "2 GPU"),
    ("unit widget; 2 widget", "2 widgets"),
  ])
  func unitAloneIsPluralAfterANumberOtherThanOne(source: String, expected: String) {
    #expect(result(source) == expected)
  }
}

@Suite struct ConversionDisplayTests {
  @Test(arguments: [
    ("$2922605600000 in B", "$2,923B"),
    ("$2922605600000 in T", "$2.923T"),
    ("$2922605600000 in full", "$2,922,605,600,000.00"),
    ("$589B in full", "$589,000,000,000.00"),
    ("24.68B shares in M", "24,680M shares"),
    ("24.68B shares in full", "24,680,000,000 shares"),
    ("2.5M in k", "2,500k"),
    ("1 in B", "1e-9B"),
    ("0.25 in %", "25.00%"),
    ("$118.42/share in USD/share", "$118.42/share"),
    ("36 hours in days", "1.5 days"),
  ])
  func inTargetsChooseTheForm(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func displayFormSurvivesBindingButNotArithmetic() {
    #expect(result("x = $589B in full; x") == "$589,000,000,000.00")
    #expect(result("x = $589B in full; x * 1") == "$589.0B")
  }
}

@Suite struct ValueDisplayTests {
  @Test(arguments: [
    ("true", "true"),
    ("1 > 2", "false"),
    ("2025-01-27", "2025-01-27"),
    ("\"fell\"", "\"fell\""),
    ("[]", "[]"),
    ("[$142.62, 17%, 3 days]", "[$142.62, 17.00%, 3 days]"),
    ("{}", "{}"),
    ("{price: $118.42/share, date: 2025-01-27}", "{price: $118.42/share, date: 2025-01-27}"),
    ("fn pe(price, eps) = price / eps; pe", "fn pe(price, eps)"),
  ])
  func everyKindOfValueHasADisplay(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func builtinShowsItsSignature() {
    #expect(result("twice", natives: [twice]) == "built-in twice(x)")
  }

  @Test func kindDescriptionsReadAsEnglish() {
    #expect(Value.number(1).kindDescription == "a plain number")
    #expect(Value.quantity(Quantity(0.1, format: .percent)).kindDescription == "a percentage")
    #expect(Value.bool(true).kindDescription == "a boolean")
    #expect(Value.string("").kindDescription == "a string")
    #expect(Value.list([]).kindDescription == "a list")
    #expect(value("$118.42/share")?.kindDescription == "`USD/share`")
    #expect(value("3 days")?.kindDescription == "`days`")
  }

  @Test func quantityBuiltInSwiftDisplaysLikeOneTyped() {
    let usd = UnitDefinition.currency("USD", symbol: "$")
    #expect(Quantity(-24.2, Unit(usd)).display == "-$24.20")
    #expect(Quantity(2.9226056e12, Unit(usd)).display == "$2.923T")
    #expect(Quantity(2.9226056e12, Unit(usd), format: .full).display == "$2,922,605,600,000.00")
    #expect(Quantity(-0.1697, format: .percent).display == "-16.97%")
    #expect(Quantity(24.68e9, Unit(.base("share", plural: "shares"))).display == "24.68B shares")
  }
}

/// Text from a CSV file or a string literal is shown with its control characters escaped, so a
/// cell such as `ESC ] 0;pwned BEL ESC [2J` cannot retitle or clear the terminal.
@Suite struct TextDisplayEscapingTests {
  static let cell = "\u{1B}]0;pwned\u{07}\u{1B}[2J"

  @Test func aStringLiteralHoldingAnEscapeShowsItEscaped() {
    #expect(result("\"" + Self.cell + "\"") == #""\e]0;pwned\u{7}\e[2J""#)
    #expect(result("x = \"a\u{202E}b\"") == #"x = "a\u{202E}b""#)
  }

  @Test func recordKeysAndTextFieldsAreEscaped() {
    let record = Value.record(Record(names: ["na\u{1B}me"], values: [.string(Self.cell)]))
    #expect(record.display == #"{na\eme: "\e]0;pwned\u{7}\e[2J"}"#)
  }

  @Test func aSeriesNameIsEscapedBeforeTheColumnsAreLaidOut() {
    let series = Series(name: "a\u{1B}b", days: [20_115], values: [1])
    #expect(Value.series(series).display == "date        a\\eb\n──────────  ────\n2025-01-27     1")
  }

  @Test func tableColumnNamesAndCellsAreEscaped() {
    let table = Table(
      name: "t", days: [20_115], columns: [.init(name: "c\u{7}", values: [2], unit: .none)],
      attributes: Record(names: ["note\u{1B}"], values: [.string("")]))
    #expect(Value.table(table).display == "date        c\\u{7}\n──────────  ──────\n2025-01-27       2\nalso: `.note\\e`")
    let text = TableText.rendered(headers: ["k", "v"], rows: [["\u{1B}[2J", "1"]], rightAligned: [false, true])
    #expect(text == "k      v\n─────  ─\n\\e[2J  1")
  }

  @Test func reportsAndDeclarationsAreEscaped() {
    let span = Span(source: SourceID(0), start: 0, end: 0)
    #expect(OutcomeText.result(.report("why \u{1B}[2J", span: span)) == #"why \e[2J"#)
    #expect(OutcomeText.line(.declaration("fn \u{9B}", span: span)) == "fn \\u{9B}\n")
  }
}

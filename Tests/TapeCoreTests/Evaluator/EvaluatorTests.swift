import Testing

@testable import TapeCore

// Expected values are worked out by hand (or by a calculator), never copied from Tape's output:
// 118.42 * 24.68e9 = 2_922_605_600_000, 589 / 24.68 = 23.8654781..., and so on.

@Suite struct ArithmeticTests {
  @Test(arguments: [
    ("2 + 3 * 4", "14"),
    ("(2 + 3) * 4", "20"),
    ("7 / 2", "3.5"),
    ("2^10", "1,024"),
    ("2^3^2", "512"),
    ("-2^2", "-4"),
    ("2^-1", "0.5"),
    ("2^0.5", "1.41421"),
    ("--3", "3"),
    ("+3", "3"),
    ("142.62 - 118.42", "24.2"),
    ("0.1 + 0.2", "0.3"),
    ("1_000 * 12k", "12M"),
  ])
  func plainNumbers(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func marketCapIsPriceTimesShares() {
    #expect(result("$118.42/share * 24.68B shares") == "$2.923T")
    let cap = magnitude("$118.42/share * 24.68B shares") ?? 0
    #expect(abs(cap - 2_922_605_600_000) < 0.01)
  }

  @Test(arguments: [
    ("$5 + $3", "$8.00"),
    ("$10 - $2.5", "$7.50"),
    ("$10 / 4", "$2.50"),
    ("4 * $2.5", "$10.00"),
    ("$10 / $4", "2.5"),
    ("3 shares * $2/share", "$6.00"),
    ("$2/share * 3 shares", "$6.00"),
    ("$2.94/share * 24.68B shares", "$72.56B"),
    ("$589B / 24.68B shares", "$23.87/share"),
    ("$5 / 2 shares", "$2.50/share"),
    ("3 shares / 2 shares", "1.5"),
    ("-(3 shares)", "-3 shares"),
    ("+(3 shares)", "3 shares"),
    ("(3 shares)^2", "9 share^2"),
    ("$5 * $2", "10 USD^2"),
    ("$5 + €5 * 1.04 USD/EUR", "$10.20"),
    ("142.62 USD", "$142.62"),
  ])
  func unitsCombineLikeNumbers(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test(arguments: [
    ("1 day + 12 hours", "1.5 days"),
    ("12 hours + 1 day", "36 hours"),
    ("1 week - 3.5 days", "0.5 weeks"),
    ("36 hours in days", "1.5 days"),
    ("3 weeks in days", "21 days"),
    ("1 year in days", "365 days"),
    ("90 minutes in hours", "1.5 hours"),
    ("1 day in seconds", "86,400 seconds"),
    ("$1/hour in USD/day", "$24.00/day"),
    ("$24/day in USD/hour", "$1.00/hour"),
    ("5 shares/day * 2 days", "10 shares"),
  ])
  func unitsOfTheSameDimensionConvert(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func userDeclaredUnitsCombineWithBuiltinOnes() {
    #expect(result("unit GPU; 2.788M GPU*hour * $2/(GPU*hour)") == "$5.576M")
    #expect(result("unit GPU; 5 GPU * 2 hours") == "10 GPU*hour")
    #expect(result("unit GPU; 2000 GPU") == "2,000 GPU")
  }

  @Test func unitDefinedByAnotherConverts() {
    #expect(result("unit fortnight = 14 days; 2 fortnight in days") == "28 days")
    #expect(result("unit fortnight = 14 days; 28 days in fortnight") == "2 fortnights")
  }

  @Test func pluralOfADeclaredUnitIsAlsoAName() {
    #expect(result("unit fortnight = 14 days; 3 fortnights in days") == "42 days")
  }

  @Test func addingMoneyAndSharesNamesBothUnits() {
    assertDiagnostic(
      "1️⃣$5 2️⃣+ 3️⃣3 shares", message: "cannot add `USD` and `shares`", at: "2️⃣", label: "`USD` + `shares`",
      secondary: ["1️⃣", "3️⃣"])
  }

  @Test func subtractingSaysWhatIsTakenFromWhat() {
    assertDiagnostic("$5 1️⃣- 3 shares", message: "cannot subtract `shares` from `USD`")
  }

  @Test func comparingDifferentDimensionsIsAnError() {
    assertDiagnostic("$5 1️⃣< 3 shares", message: "cannot compare `USD` and `shares`")
    assertDiagnostic("$5 1️⃣== 5", message: "cannot compare `USD` and a plain number")
  }

  @Test func moneyDoesNotMixWithOtherDimensions() {
    assertDiagnostic("1 day 1️⃣+ $5", message: "cannot add `days` and `USD`")
    assertDiagnostic("$118.42/share 1️⃣+ $5", message: "cannot add `USD/share` and `USD`")
    assertDiagnostic("$5 1️⃣+ 5", message: "cannot add `USD` and a plain number")
  }

  @Test func currenciesNeverConvertOnTheirOwn() {
    assertDiagnostic("€5 1️⃣+ $3", message: "cannot add `EUR` and `USD`")
    let diagnostic = firstDiagnostic("$5 + €5")
    #expect(diagnostic?.notes == ["Tape never converts between currencies on its own"])
    #expect(diagnostic?.help == "convert with a rate you state: `€5 * RATE USD/EUR`, where RATE is USD per EUR")
  }

  @Test func nonCurrencyMismatchHasNoExchangeRateAdvice() {
    let diagnostic = firstDiagnostic("$5 + 3 shares")
    #expect(diagnostic?.notes == [])
    #expect(diagnostic?.help == nil)
  }

  @Test func divisionByZeroPointsAtTheOperatorAndTheDivisor() {
    assertDiagnostic("$589B 1️⃣/ 2️⃣0", message: "division by zero", label: "divisor is zero", secondary: ["2️⃣"])
    assertDiagnostic("1 1️⃣/ (2 - 2)", message: "division by zero")
    assertDiagnostic("01️⃣^-1", message: "division by zero")
  }

  @Test func overflowIsAnErrorNotInfinity() {
    assertDiagnostic("101️⃣^400", message: "the result is too large to represent")
    assertDiagnostic("1e308 1️⃣* 10", message: "the result is too large to represent")
    assertDiagnostic("$1e308 1️⃣+ $1e308", message: "the result is too large to represent")
  }

  @Test func undefinedResultIsAnError() {
    let message = firstDiagnostic("(-1)^0.5")?.message
    #expect(message != nil)
  }

  @Test func unitRaisedToAFractionalPowerIsAnError() {
    assertDiagnostic("(2 shares)^1️⃣0.5", message: "cannot raise `shares` to a fractional power")
  }

  @Test func exponentMustBeAPlainNumber() {
    assertDiagnostic("2^1️⃣(3 shares)", message: "expected a plain number as exponent, found `shares`")
  }

  @Test func signNeedsANumber() {
    assertDiagnostic("-1️⃣2025-01-01", message: "expected a number after `-`, found a date")
    assertDiagnostic("-1️⃣\"a\"", message: "expected a number after `-`, found a string")
  }

  @Test func stringsDoNotAdd() {
    assertDiagnostic(
      "\"a\" 1️⃣+ \"b\"", message: "expected operands that `+` can combine, found a string and a string")
  }
}

@Suite struct PercentTests {
  @Test(arguments: [
    ("17%", "17.00%"),
    ("17% * 2", "34.00%"),
    ("2 * 17%", "34.00%"),
    ("0.5 * 10%", "5.00%"),
    ("17% - 3%", "14.00%"),
    ("17% + 3%", "20.00%"),
    ("10% / 2", "5.00%"),
    ("-17%", "-17.00%"),
    ("10% * 10%", "1.00%"),
    ("17% / 3%", "5.66667"),
    ("10% / 10%", "1"),
    ("2 / 10%", "20"),
    ("1 + 10%", "1.1"),
    ("$100 * (1 + 10%)", "$110.00"),
    ("$5 * 10%", "$0.50"),
    ("10% * $5", "$0.50"),
    ("$5 / $4 in %", "125.00%"),
    ("0.25 in %", "25.00%"),
    ("0.25 in percent", "25.00%"),
    ("5 in %", "500.00%"),
    ("(118.42 - 142.62) / 142.62 in %", "-16.97%"),
    ("(142.62 - 118.58) / 118.58 in %", "20.27%"),
    ("589B / 2.923T in %", "20.15%"),
    ("10% == 0.1", "true"),
    ("10% < 20%", "true"),
  ])
  func percentageKeepsItsFormWhereItKeepsItsMeaning(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func percentageAddedToMoneyAsksInsteadOfGuessing() {
    assertDiagnostic(
      "1️⃣$100 2️⃣+ 3️⃣10%", message: "cannot add a percentage to `USD`", at: "2️⃣", label: "ambiguous percentage",
      help: "did you mean `$100 * (1 + 10%)`?", secondary: ["1️⃣", "3️⃣"])
    #expect(
      firstDiagnostic("$100 + 10%")?.notes == [
        "a percentage is a ratio; Tape does not guess what it is a percentage of"
      ])
  }

  @Test func percentageSubtractedFromMoneySuggestsTheDiscount() {
    assertDiagnostic(
      "$100 1️⃣- 10%", message: "cannot subtract a percentage from `USD`", help: "did you mean `$100 * (1 - 10%)`?")
  }

  @Test func moneyAddedToAPercentageSuggestsTheSameFix() {
    assertDiagnostic(
      "10% 1️⃣+ $100", message: "cannot add `USD` to a percentage", help: "did you mean `$100 * (1 + 10%)`?")
  }

  @Test func percentageOfAQuantityIsAmbiguousToo() {
    assertDiagnostic("3 shares 1️⃣+ 10%", message: "cannot add a percentage to `shares`")
  }

  @Test func onlyRatiosCanBeShownAsPercentages() {
    assertDiagnostic(
      "1️⃣$589B2️⃣ in %", message: "cannot show `USD` as a percentage", endsAt: "2️⃣",
      label: "only ratios can be percentages")
    assertDiagnostic("1️⃣1 day in %", message: "cannot show `days` as a percentage")
  }
}

@Suite struct ComparisonTests {
  @Test(arguments: [
    ("0.1 + 0.2 == 0.3", "true"),
    ("1 + 1e-13 == 1", "true"),
    ("1.000000001 == 1", "false"),
    ("1 + 1e-13 > 1", "false"),
    ("1 + 1e-13 >= 1", "true"),
    ("1 < 2", "true"),
    ("2 <= 2", "true"),
    ("3 > 2", "true"),
    ("$5 < $6", "true"),
    ("$5 >= $5", "true"),
    ("$5 != $5", "false"),
    ("1 day < 25 hours", "true"),
    ("1 day == 24 hours", "true"),
    ("52 weeks < 1 year", "true"),
    ("\"a\" == \"a\"", "true"),
    ("\"a\" != \"b\"", "true"),
    ("true == false", "false"),
    ("true != false", "true"),
    ("-0.0 == 0", "true"),
  ])
  func comparisonsAgreeToTwelveSignificantDigits(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func stringsAndBooleansOnlyTestEquality() {
    assertDiagnostic(
      "\"a\" 1️⃣< \"b\"", message: "expected operands that `<` can combine, found a string and a string")
    assertDiagnostic(
      "true 1️⃣== 1", message: "expected operands that `==` can combine, found a boolean and a plain number")
  }
}

@Suite struct ConversionTests {
  @Test(arguments: [
    ("$2922605600000 in B", "$2,923B"),
    ("$589B in full", "$589,000,000,000.00"),
    ("$1234 in k", "$1.234k"),
    ("24.68B shares in M", "24,680M shares"),
    ("1234 in full", "1,234"),
    ("123456789 in full", "123,456,789"),
    ("$118.42/share in USD/share", "$118.42/share"),
    ("$118.42/share in $/share", "$118.42/share"),
    ("5 shares in share", "5 shares"),
    ("142.62 USD in $", "$142.62"),
  ])
  func inChangesHowAValueIsShown(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func conversionNeverChangesTheValue() {
    #expect(magnitude("$589B in full") == 589e9)
    #expect(magnitude("36 hours in days") == 1.5)
    #expect(magnitude("0.25 in %") == 0.25)
  }

  @Test func convertingToAnotherCurrencyIsRefused() {
    assertDiagnostic("$5 in 1️⃣EUR", message: "cannot show `USD` in `EUR`", label: "different dimensions")
    #expect(firstDiagnostic("$5 in EUR")?.notes == ["Tape never converts between currencies on its own"])
  }

  @Test func convertingToAnotherDimensionIsRefused() {
    assertDiagnostic("1 day in 1️⃣shares", message: "cannot show `days` in `shares`")
    assertDiagnostic("$118.42/share in 1️⃣USD", message: "cannot show `USD/share` in `USD`")
    #expect(firstDiagnostic("1 day in shares")?.notes == [])
  }

  @Test func onlyNumbersConvert() {
    assertDiagnostic("1️⃣\"a\" in %", message: "expected a number to convert, found a string")
    assertDiagnostic("1️⃣2025-01-01 in days", message: "expected a number to convert, found a date")
  }
}

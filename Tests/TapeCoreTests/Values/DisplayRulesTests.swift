import Testing

@testable import TapeCore

/// The display rules of docs/language.md ("Display"): six significant digits, money in cents
/// unless that hides the amount, scaled figures in four digits, columns sharing their decimals,
/// and the settings that change them. Values never change; only the digits shown.
struct DisplayRulesTests {
  func shown(_ value: Double, _ unit: Unit = .none, format: DisplayFormat = .automatic, _ settings: DisplaySettings = .standard)
    -> String
  {
    Quantity(value, unit, format: format).display(settings)
  }
  let usd = Unit(UnitDefinition.currency("USD", symbol: "$"))

  @Test func aPlainNumberShowsSixSignificantDigits() {
    #expect(shown(118.42 / 2.69) == "44.0223")
    #expect(shown(1.0 / 3) == "0.333333")
    #expect(shown(48.5102040816327) == "48.5102")
    #expect(shown(-0.000551191952597341) == "-0.000551192")
    #expect(shown(123_456.78) == "123,457")
    #expect(shown(24.2) == "24.2", "no zeros are added")
    #expect(Value.quantity(Quantity(118.42 / 2.69)).display == "44.0223")
  }

  @Test func aWholeNumberUnderAMillionKeepsEveryDigit() {
    #expect(shown(999_999) == "999,999")
    #expect(shown(999_999.7) == "1M", "rounded to six digits it is a million")
  }

  @Test func scaledFiguresShowFourSignificantDigits() {
    #expect(shown(171_682_800) == "171.7M")
    #expect(shown(24_338_842_975.2066) == "24.34B")
    #expect(shown(246_491_440, Unit(UnitDefinition.base("share", plural: "shares"))) == "246.5M shares")
    #expect(shown(999_960_000) == "1B")
    #expect(shown(2.5e9, format: .scaled(.million)) == "2,500M")
  }

  @Test func moneyKeepsCentsUnlessThatHidesTheAmount() {
    #expect(shown(118.42, usd) == "$118.42")
    #expect(shown(0.0675, usd) == "$0.0675")
    #expect(shown(0.10, usd) == "$0.10", "an exact amount keeps its cents")
    #expect(shown(5.678, usd) == "$5.68", "three significant digits already")
    #expect(shown(0.001, usd) == "$0.001")
    #expect(shown(-0.004, usd) == "-$0.004")
    #expect(shown(589e9, usd) == "$589.0B")
  }

  @Test func noNonZeroAmountShowsAsZeroOrLosesHalfItsValue() {
    for amount in [0.004, 0.0049, 0.0675, 0.00001234, 0.3333, 1e-20, 0.999e-3] {
      let text = shown(amount, usd)
      #expect(text != "$0.00", "\(amount)")
      let digits = text.dropFirst().filter { $0 != "," }
      guard let read = Double(digits) else { continue }
      #expect(abs(read - amount) <= amount / 2, "\(amount) shows as \(text)")
    }
  }

  @Test func percentagesKeepTwoDecimalsUnlessThatHidesThem() {
    #expect(shown(0.015, format: .percent) == "1.50%")
    #expect(shown(-0.169681671574814, format: .percent) == "-16.97%")
    #expect(shown(0.00243, format: .percent) == "0.24%")
    #expect(shown(0.0000123, format: .percent) == "0.0012%")
    #expect(shown(-0.00000456, format: .percent) == "-0.00046%")
  }

  @Test func percentagePointsShowAsPP() {
    let points = Unit(BuiltinUnits.percentagePoint)
    #expect(shown(1.5, points) == "1.5pp")
    #expect(Quantity(0.015).converted(to: points).display == "1.5pp")
  }

  @Test func inFullShowsEveryDigit() {
    #expect(shown(118.42 / 2.69, format: .full) == "44.0223048327138")
  }

  @Test func fullPrecisionSettingsShowFifteenDigits() {
    #expect(shown(118.42 / 2.69, .none, .fullPrecision) == "44.0223048327138")
  }

  @Test func digitsCanBeSet() throws {
    var settings = DisplaySettings.standard
    try settings.set("digits", to: "4")
    #expect(shown(118.42 / 2.69, .none, settings) == "44.02")
    try settings.set("digits", to: "10")
    #expect(shown(118.42 / 2.69, .none, settings) == "44.02230483")
    #expect(Value.quantity(Quantity(118.42 / 2.69)).display(settings) == "44.02230483")
  }

  @Test func separatorsCanBeSet() throws {
    var settings = DisplaySettings.standard
    try settings.set("decimal_separator", to: "\",\"")
    #expect(shown(1234.5, .none, settings) == "1.234,5")
    #expect(shown(1234.5, usd, settings) == "$1.234,50")
    #expect(shown(0.015, format: .percent, settings) == "1,50%")
    try settings.set("thousands_separator", to: "space")
    #expect(shown(1234.5, .none, settings) == "1 234,5")
    try settings.set("thousands_separator", to: "none")
    #expect(shown(1234.5, .none, settings) == "1234,5")
  }

  @Test func moneyDecimalsCanBeSet() throws {
    var settings = DisplaySettings.standard
    try settings.set("money_decimals", to: "0")
    #expect(shown(118.42, usd, settings) == "$118")
    try settings.set("money_decimals", to: "auto")
    #expect(shown(118.42, usd, settings) == "$118.42")
  }

  @Test func anUnknownSettingOrABadValueNamesTheValidOnes() {
    var settings = DisplaySettings.standard
    #expect(throws: SettingError.unknownSetting("precision")) { try settings.set("precision", to: "4") }
    #expect(throws: SettingError.invalidValue(setting: .digits, value: "0")) { try settings.set("digits", to: "0") }
    #expect(throws: SettingError.invalidValue(setting: .digits, value: "16")) { try settings.set("digits", to: "16") }
    #expect(throws: SettingError.invalidValue(setting: .decimalSeparator, value: ";")) {
      try settings.set("decimal_separator", to: ";")
    }
    #expect(throws: SettingError.sameSeparators(".")) { try settings.set("thousands_separator", to: ".") }
    #expect(SettingError.unknownSetting("precision").message.contains("`digits`, `money_decimals`"))
    #expect(settings == .standard, "nothing changed")
  }

  @Test func theListingShowsEverySettingWithItsValue() {
    #expect(
      DisplaySettings.standard.listing
        == "digits = 6\nmoney_decimals = auto\ndecimal_separator = .\nthousands_separator = ,\ncolour = auto\nchart_style = unicode")
  }

  @Test func aColumnSharesOneNumberOfDecimals() {
    let text = TableText.rendered(
      headers: ["date", "close"], rows: [["a", "19,575.4"], ["b", "19,255.43"], ["c", "19,300"]],
      rightAligned: [false, true])
    #expect(text == "date      close\n────  ─────────\na     19,575.40\nb     19,255.43\nc     19,300.00")
  }

  @Test func aColumnOfRatiosTakesTheDecimalsOfItsLargestNumberNotPaddedZeros() {
    let text = TableText.rendered(
      headers: ["date", "r"], rows: [["a", "0.0117579"], ["b", "-0.000551192"], ["c", "-0.169682"], ["d", "0"]],
      rightAligned: [false, true])
    #expect(text == "date          r\n────  ─────────\na      0.011758\nb     -0.000551\nc     -0.169682\nd      0.000000")
  }

  @Test func aSmallNumberBesideLargeOnesKeepsTwoSignificantDigits() {
    let text = TableText.rendered(
      headers: ["k", "v"], rows: [["a", "1,234.57"], ["b", "0.00123457"]], rightAligned: [false, true])
    #expect(text.contains("1,234.5700") && text.contains("0.0012"))
  }

  @Test func roundingKeepsGroupSeparatorsAndCarries() {
    let text = TableText.rendered(
      headers: ["k", "v"], rows: [["a", "12,345.6"], ["b", "1,999.96"]], rightAligned: [false, true])
    #expect(text.contains("12,345.6") && text.contains("2,000.0"))
  }

  @Test func columnsWithSuffixesAlignWithinTheirSuffix() {
    let text = TableText.rendered(
      headers: ["k", "v"], rows: [["a", "171.7M"], ["b", "24M"], ["c", "-$1.5"], ["d", "n/a"]], rightAligned: [false, true])
    #expect(text.contains("24.0M") && text.contains("-$1.5") && text.contains("n/a"))
  }

  @Test func aPlainValueForTheClipboardHasEveryDigitAndNoDecoration() {
    #expect(Value.quantity(Quantity(118.42 / 2.69)).plainText == "44.0223048327138")
    #expect(Value.quantity(Quantity(1_234_567.5, usd)).plainText == "1234567.5")
    #expect(Value.quantity(Quantity(0.015, format: .percent)).plainText == "1.5%")
  }
}

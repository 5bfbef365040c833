import Testing

@testable import TapeCore

@Suite struct NumberTextTests {
  @Test(arguments: [
    (24.200000000000003, "24.2"),
    (142.62 - 118.42, "24.2"),
    (1.0 / 3, "0.333333333333333"),
    (2.0 / 3, "0.666666666666667"),
    (0.0, "0"),
    (-0.0, "0"),
    (42.0, "42"),
    (-1.5, "-1.5"),
    (1e20, "1e20"),
    (1e-7, "1e-7"),
    (123_456_789_012_345, "123456789012345"),
    (Double.infinity, "infinity"),
    (-Double.infinity, "-infinity"),
    (Double.nan, "NaN"),
  ])
  func significantDropsBinaryNoise(value: Double, text: String) {
    #expect(NumberText.significant(value) == text)
  }

  @Test func significantRoundsToTheDigitsAsked() {
    #expect(NumberText.significant(2.9226056, digits: 4) == "2.923")
    #expect(NumberText.significant(123_456, digits: 2) == "120000")
  }

  @Test(arguments: [
    (24.2, 2, "24.20"),
    (-24.2, 2, "-24.20"),
    (0.125, 2, "0.13"),
    (-0.004, 2, "0.00"),
    (1234.5, 0, "1235"),
    (0.05, 1, "0.1"),
    (7.0, 3, "7.000"),
  ])
  func fixedShowsExactlyTheDecimalsAsked(value: Double, decimals: Int, text: String) {
    #expect(NumberText.fixed(value, decimals: decimals) == text)
  }

  @Test func fixedFallsBackForHugeValues() {
    #expect(NumberText.fixed(1e17, decimals: 2) == "100000000000000000.00")
  }

  @Test(arguments: [
    ("1234567.5", "1,234,567.5"),
    ("-1234", "-1,234"),
    ("123456", "123,456"),
    ("999", "999"),
    ("-999.99", "-999.99"),
    ("1e20", "1e20"),
  ])
  func groupedSeparatesThousands(text: String, expected: String) {
    #expect(NumberText.grouped(text) == expected)
  }

  @Test(arguments: [
    ("24.0", "24"),
    ("24.5", "24.5"),
    ("1e-05", "1e-5"),
    ("1e+16", "1e16"),
    ("1.0e+20", "1e20"),
    ("2.5e-07", "2.5e-7"),
  ])
  func tidyCleansSwiftsShortestText(text: String, expected: String) {
    #expect(NumberText.tidy(text) == expected)
  }
}

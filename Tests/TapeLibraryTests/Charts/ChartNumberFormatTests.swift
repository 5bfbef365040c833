import Testing
@testable import TapeLibrary

struct ChartNumberFormatTests {
  @Test(arguments: [
    (142.62, "142.62"), (118.4, "118.4"), (100, "100"), (0, "0"), (0.05, "0.05"), (0.0012, "0.0012"),
    (-3.5, "-3.5"), (-0.001, "-0.001"), (1234, "1.2k"), (1000, "1k"), (-1500, "-1.5k"), (999.999, "1k"),
    (3_400_000, "3.4M"), (999_960, "1M"), (2.9e9, "2.9B"), (1.5e12, "1.5T"), (1e16, "1e+16"),
    (1e-20, "1e-20"),
  ])
  func compactNumbers(_ value: Double, _ text: String) {
    #expect(ChartNumberFormat.compact(value) == text)
  }

  @Test func nonFiniteValuesHaveNames() {
    #expect([Double.nan, .infinity, -.infinity].map { ChartNumberFormat.compact($0) } == ["nan", "inf", "-inf"])
  }

  @Test func labelsGainDecimalsUntilTheyDiffer() {
    #expect(ChartNumberFormat.labels(for: [1080, 1040, 1000]) == ["1.08k", "1.04k", "1k"])
    #expect(ChartNumberFormat.labels(for: [142.62, 130.52, 118.42]) == ["142.62", "130.52", "118.42"])
    #expect(ChartNumberFormat.labels(for: [1.001, 1.0005, 1]) == ["1.001", "1.0005", "1"])
  }
}

import Testing
@testable import TapeLibrary

struct SparklineTests {
  @Test func eightRisingValuesUseEveryBlock() {
    #expect(Sparkline.rendered([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█")
  }

  @Test func levelsRoundToTheNearestBlock() {
    #expect(Sparkline.rendered([0, 10, 5, 2.5]) == "▁█▅▃")
  }

  @Test func asciiUsesFiveLevels() {
    #expect(Sparkline.rendered([1, 2, 3, 4, 5], style: .ascii) == "_.-~^")
    #expect(Sparkline.rendered([5, 1, 3], style: .ascii) == "^_-")
  }

  @Test func nonFiniteValuesLeaveAlignedGaps() {
    #expect(Sparkline.rendered([1, .nan, 8, .infinity]) == "▁ █ ")
    #expect(Sparkline.rendered([.nan, .nan]) == "  ")
  }

  @Test func flatAndSingleValuesSitInTheMiddle() {
    #expect(Sparkline.rendered([3, 3, 3]) == "▄▄▄")
    #expect(Sparkline.rendered([142.62]) == "▄")
    #expect(Sparkline.rendered([7, 7], style: .ascii) == "--")
  }

  @Test func emptyAndExtremeInputsDoNotTrap() {
    #expect(Sparkline.rendered([]) == "")
    #expect(Sparkline.rendered([-1e308, 1e308, 0]).count == 3)
  }
}

import Testing
import TapeCore

@testable import TapeLibrary

/// Loading the standard library stays a small part of start-up (docs/stdlib.md, "Start-up cost").
struct StdlibLoadTimeTests {
  @Test func loadingEveryFileTakesUnderTwentyMilliseconds() {
    let files = StdlibLoader.embedded
    let clock = ContinuousClock()
    var fastest = Duration.seconds(1)
    for _ in 0..<20 {
      var interpreter = Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
      let elapsed = clock.measure { StdlibLoader.load(files, into: &interpreter) }
      fastest = min(fastest, elapsed)
    }
    print("stdlib load: \(fastest)")
    // Debug builds are several times slower than release; this catches a runaway, not noise.
    #expect(fastest < .milliseconds(20), "loading the stdlib took \(fastest)")
  }
}

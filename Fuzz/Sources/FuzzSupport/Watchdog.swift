import Foundation
import Synchronization
import TapeCore

/// Presses Ctrl-C for an input that runs longer than `patience`. An entry such as `fib(40)` is
/// slow, not broken, as long as Ctrl-C stops it; so only what Ctrl-C cannot stop runs on into
/// libFuzzer's `-timeout` and is reported as a hang.
public enum Watchdog {
  public static let patience: UInt64 = 2_000_000_000

  /// When the current input started (uptime nanoseconds), 0 between inputs.
  private static let startedAt = Atomic<UInt64>(0)

  private static let watching: Bool = {
    Thread.detachNewThread {
      while true {
        Thread.sleep(forTimeInterval: 0.05)
        let started = startedAt.load(ordering: .relaxed)
        let now = DispatchTime.now().uptimeNanoseconds
        if started != 0, now > started, now - started > patience {
          Interrupt.requested.store(true, ordering: .relaxed)
        }
      }
    }
    return true
  }()

  public static func run<Result>(_ body: () -> Result) -> Result {
    _ = watching
    startedAt.store(DispatchTime.now().uptimeNanoseconds, ordering: .relaxed)
    defer {
      startedAt.store(0, ordering: .relaxed)
      Interrupt.requested.store(false, ordering: .relaxed)
    }
    return body()
  }
}

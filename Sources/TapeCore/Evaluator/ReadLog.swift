import Synchronization

/// The values an entry's reads of built-in data gave as it ran (`nvda.close[2025-01-27]` gave
/// `$118.42/share`), kept for `why`, which shows them without computing anything again.
///
/// A class the compiled code shares: a read inside a lambda runs in whatever evaluator calls the
/// lambda (`map` makes its own), and must still land here. Behind a `Mutex` because a lambda can
/// outlive the entry and run again in a later one; the last value read is the one kept.
final class ReadLog: Sendable {
  private let values = Mutex<[Int: Value]>([:])

  func note(_ value: Value, number: Int) {
    values.withLock { $0[number] = value }
  }

  /// The value the `number`th read gave, if it ran.
  func value(number: Int) -> Value? {
    values.withLock { $0[number] }
  }
}

/// Holds a value until the process exits, never freeing it: a pipe's session keeps every entry's
/// source, and freeing them one by one just before `exit` cost a fiftieth of a long pipe's run
/// (3.4 M of the 157 M instructions of 10,000 scalar lines; the operating system takes the
/// memory back at once).
enum KeptUntilExit {
  static func keep<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Box(value))
  }

  private final class Box<Kept> {
    let value: Kept
    init(_ value: Kept) { self.value = value }
  }
}

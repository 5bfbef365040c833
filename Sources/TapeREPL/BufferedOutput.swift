#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output for a pipe: results collect in a buffer and leave in large writes, instead of
/// one `write` call per result (a third of a 100,000-line script's time went to those calls).
/// The owner flushes before it waits for input and before anything goes to standard error, so
/// output still appears as soon as the input read so far is done, and in order with errors.
final class BufferedOutput {
  let fileDescriptor: Int32
  private var pending: [UInt8] = []
  static let capacity = 64 << 10

  init(fileDescriptor: Int32) {
    self.fileDescriptor = fileDescriptor
    pending.reserveCapacity(BufferedOutput.capacity)
  }

  func write(_ text: String) {
    pending.append(contentsOf: text.utf8)
    if pending.count >= BufferedOutput.capacity { flush() }
  }

  func flush() {
    guard !pending.isEmpty else { return }
    Terminal.write(bytes: pending, to: fileDescriptor)
    pending.removeAll(keepingCapacity: true)
  }
}

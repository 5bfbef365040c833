#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One `Double` written by the C library's `printf` rules. Foundation's `String(format:)` hands
/// floating-point conversions to `snprintf` as well, so the text is the same byte for byte; calling
/// the C library directly keeps Foundation, and the libraries it loads at start-up, out of Tape.
/// `NumberText` uses it only where its own digit code cannot go: integers past 2^53 written in
/// full, and roundings far outside money's range.
enum PrintfFormat {
  /// `value` formatted by `format`, which must hold exactly one conversion for a `double`
  /// (`%.14e`, `%.2f`, `%.0f`).
  static func string(_ format: String, _ value: Double) -> String {
    // Enough for any `%e` and for `%f` of everything below 1e40; longer text takes a second call.
    var buffer = [CChar](repeating: 0, count: 64)
    let length = Int(formatted(format, value, into: &buffer))
    if length >= buffer.count {
      buffer = [CChar](repeating: 0, count: length + 1)
      _ = formatted(format, value, into: &buffer)
    }
    return String(decoding: buffer.prefix(length).lazy.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// `vsnprintf` into `buffer`: the length of the whole text, which may exceed the buffer.
  private static func formatted(_ format: String, _ value: Double, into buffer: inout [CChar]) -> Int32 {
    let count = buffer.count
    let length = buffer.withUnsafeMutableBufferPointer { target in
      withVaList([value]) { arguments in vsnprintf(target.baseAddress, count, format, arguments) }
    }
    // Only an encoding error makes it negative, and a format of ASCII and one number has none.
    guard length >= 0 else { preconditionFailure("vsnprintf failed on the format \(format)") }
    return length
  }
}

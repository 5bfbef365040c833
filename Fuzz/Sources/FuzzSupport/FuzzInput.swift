/// The bytes libFuzzer hands a target.
public enum FuzzInput {
  /// The bytes as text, the way a pipe reads them: invalid UTF-8 becomes U+FFFD.
  public static func text(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> String {
    guard let bytes else { return "" }
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}

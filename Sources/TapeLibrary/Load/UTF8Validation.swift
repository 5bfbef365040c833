/// Whether bytes are UTF-8, a chunk at a time: a character cut by the end of a chunk that is not
/// the last is left for the next one. The first invalid byte is the one the standard library's
/// decoder stops at: the start of the first sequence that is not a whole, shortest-form scalar.
enum UTF8Validation {
  enum Outcome: Equatable {
    /// Every byte before `end` is UTF-8; the bytes from `end` on start a character that continues
    /// in the next chunk.
    case valid(end: Int)
    /// The sequence starting at `position` is not UTF-8.
    case invalid(position: Int)
  }

  static func validated(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) -> Outcome {
    let count = bytes.count
    var index = 0
    while index < count {
      // Eight ASCII bytes at a time: most of a CSV file.
      if index + 8 <= count {
        let word = UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if word & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The length of the sequence and the range of its second byte (Unicode's table 3-7:
      // no overlong forms, no surrogates, nothing above U+10FFFF).
      let length: Int
      let second: ClosedRange<UInt8>
      switch lead {
      case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
      case 0xE0: (length, second) = (3, 0xA0...0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
      case 0xED: (length, second) = (3, 0x80...0x9F)
      case 0xF0: (length, second) = (4, 0x90...0xBF)
      case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
      case 0xF4: (length, second) = (4, 0x80...0x8F)
      default: return .invalid(position: index)
      }
      for offset in 1..<length {
        guard index + offset < count else { return isLast ? .invalid(position: index) : .valid(end: index) }
        let byte = bytes[index + offset]
        guard offset == 1 ? second.contains(byte) : (0x80...0xBF).contains(byte) else {
          return .invalid(position: index)
        }
      }
      index += length
    }
    return .valid(end: count)
  }
}

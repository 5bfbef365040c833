/// config.toml's strings: basic (with escapes), literal, and their multi-line forms.
extension ConfigTOMLReader {
  /// `"text"`, with escapes, on one line.
  mutating func basicString() throws(ConfigTOMLError) -> String {
    index += 1
    var kept: [UInt8] = []
    while true {
      guard let byte = peek, byte != UInt8(ascii: "\n") else { throw .unclosedString(line: line) }
      index += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: kept, as: UTF8.self)
      case UInt8(ascii: "\\"): kept += try escape()
      default: kept.append(byte)
      }
    }
  }

  /// `'text'`, as written, on one line.
  mutating func literalString() throws(ConfigTOMLError) -> String {
    index += 1
    let start = index
    while true {
      guard let byte = peek, byte != UInt8(ascii: "\n") else { throw .unclosedString(line: line) }
      index += 1
      if byte == UInt8(ascii: "'") { return text(start..<(index - 1)) }
    }
  }

  /// `"""text"""` (with escapes) or `'''text'''`, over any number of lines; a line end right
  /// after the opening quotes is not part of the text.
  mutating func multilineString(escapes: Bool) throws(ConfigTOMLError) -> String {
    let startLine = line
    let quote = bytes[index]
    index += 3
    if peek == UInt8(ascii: "\n") {
      index += 1
      line += 1
    }
    var kept: [UInt8] = []
    while true {
      guard let byte = peek else { throw .unclosedMultilineString(line: startLine) }
      if byte == quote, self.byte(at: 1) == quote, self.byte(at: 2) == quote {
        // Up to two quotes may stand just inside the closing three: `""""quoted""""`.
        var run = 3
        while run < 5, self.byte(at: run) == quote { run += 1 }
        kept += repeatElement(quote, count: run - 3)
        index += run
        return String(decoding: kept, as: UTF8.self)
      }
      index += 1
      if byte == UInt8(ascii: "\n") { line += 1 }
      if escapes && byte == UInt8(ascii: "\\") {
        // A backslash at the end of a line joins it to the next, dropping the blanks between.
        var ahead = index
        while ahead < bytes.count, bytes[ahead] == UInt8(ascii: " ") || bytes[ahead] == UInt8(ascii: "\t") { ahead += 1 }
        if ahead < bytes.count, bytes[ahead] == UInt8(ascii: "\n") {
          index = ahead
          while let next = peek, next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\n") {
            if next == UInt8(ascii: "\n") { line += 1 }
            index += 1
          }
          continue
        }
        kept += try escape()
        continue
      }
      kept.append(byte)
    }
  }

  /// The bytes an escape after a backslash stands for: `\n`, `\"`, `\u00E9`...
  mutating func escape() throws(ConfigTOMLError) -> [UInt8] {
    guard let byte = peek, byte != UInt8(ascii: "\n") else { throw .unclosedString(line: line) }
    index += 1
    switch byte {
    case UInt8(ascii: "b"): return [0x08]
    case UInt8(ascii: "t"): return [0x09]
    case UInt8(ascii: "n"): return [0x0A]
    case UInt8(ascii: "f"): return [0x0C]
    case UInt8(ascii: "r"): return [0x0D]
    case UInt8(ascii: "e"): return [0x1B]
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): return [byte]
    case UInt8(ascii: "u"), UInt8(ascii: "U"):
      let count = byte == UInt8(ascii: "u") ? 4 : 8
      let end = min(index + count, bytes.count)
      let hex = text(index..<end)
      guard hex.utf8.count == count, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
        throw .invalidEscape(String(decoding: [byte], as: UTF8.self) + hex, line: line)
      }
      index = end
      return Array(String(Character(scalar)).utf8)
    default:
      throw .invalidEscape(String(decoding: [byte], as: UTF8.self), line: line)
    }
  }
}

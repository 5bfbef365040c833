/// Text from data or files, made safe to show on a terminal.
///
/// A CSV cell, a string literal, a notebook's prose or recorded output can hold bytes a terminal
/// obeys instead of showing: `ESC ] 0;title BEL` retitles the window, `ESC [2J` clears the
/// screen, a carriage return moves back over text already written, and the bidirectional
/// overrides reorder what is shown so code reads differently from what runs ("Trojan source",
/// CVE-2021-42574). Every place that turns such text into display text passes it through
/// `escapingControlCharacters` first; colour codes Tape emits itself are added after, so they
/// keep working.
extension String {
  /// The text with every character a terminal could act on written out visibly: `ESC` as `\e`,
  /// carriage return as `\r`, any other as `\u{7}` (Swift's form: the scalar's value in
  /// upper-case hexadecimal without leading zeros, `\u{1F}`, `\u{9B}`, `\u{202E}`).
  ///
  /// Escaped: C0 controls (U+0000–U+001F) except newline and tab, DEL (U+007F), C1 controls
  /// (U+0080–U+009F), and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
  /// U+2066–U+2069). Everything else, backslashes included, is left as it is, so the result is
  /// for reading, not a reversible encoding: a literal `\e` typed in a string shows the same as
  /// an escape character. Escaping twice changes nothing more than escaping once.
  ///
  /// Text with nothing to escape (almost all of it) is returned as it is after one scan of its
  /// UTF-8 bytes, with no copy.
  public var escapingControlCharacters: String {
    guard ControlCharacterEscaping.needsEscaping(utf8) else { return self }
    var out = ""
    out.reserveCapacity(utf8.count + 8)
    for scalar in unicodeScalars {
      if scalar.isTerminalControl {
        ControlCharacterEscaping.appendEscaped(scalar, to: &out)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension Unicode.Scalar {
  /// Whether a terminal could act on this scalar rather than show it: the scalars
  /// `String.escapingControlCharacters` escapes.
  public var isTerminalControl: Bool {
    switch value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}

enum ControlCharacterEscaping {
  /// Whether `bytes` (valid UTF-8) hold a scalar to escape, read byte by byte: ASCII directly,
  /// and the only multi-byte forms that matter by their lead bytes, C1 as `C2 80`–`C2 9F`, the
  /// bidirectional controls as `E2 80 AA`–`E2 80 AE` and `E2 81 A6`–`E2 81 A9`.
  static func needsEscaping(_ bytes: String.UTF8View) -> Bool {
    // A native string hands out its bytes directly; a bridged one is read through the view.
    if let found = bytes.withContiguousStorageIfAvailable({ needsEscaping(bytesIn: $0) }) { return found }
    return Array(bytes).withUnsafeBufferPointer { needsEscaping(bytesIn: $0) }
  }

  static func needsEscaping(bytesIn bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let end = bytes.count
    while index < end {
      let byte = bytes[index]
      if byte >= 0x20 && byte < 0x7F {
        index += 1
        continue
      }
      if byte < 0x20 {
        if byte != 0x0A && byte != 0x09 { return true }
      } else if byte == 0x7F {
        return true
      } else if byte == 0xC2 {
        if index + 1 < end, (0x80...0x9F).contains(bytes[index + 1]) { return true }
      } else if byte == 0xE2, index + 2 < end {
        let (second, third) = (bytes[index + 1], bytes[index + 2])
        if second == 0x80 && (0xAA...0xAE).contains(third) || second == 0x81 && (0xA6...0xA9).contains(third) {
          return true
        }
      }
      index += 1
    }
    return false
  }

  static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
    switch scalar {
    case "\u{1B}": out += "\\e"
    case "\r": out += "\\r"
    default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }
}

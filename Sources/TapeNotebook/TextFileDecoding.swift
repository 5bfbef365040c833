/// Turns the bytes of a notebook or a library into text: UTF-8, with or without a byte-order
/// mark. Anything else is refused with the line where it shows, since reading it as UTF-8 would
/// put replacement characters in place of the user's bytes, and writing it back would lose them.
public enum TextFileDecoding {
  /// The text of a file, and whether it started with a UTF-8 byte-order mark (dropped from
  /// `text`; the printer puts it back).
  public struct Decoded: Sendable, Equatable {
    public var text: String
    public var hasByteOrderMark: Bool

    public init(text: String, hasByteOrderMark: Bool) {
      self.text = text
      self.hasByteOrderMark = hasByteOrderMark
    }
  }

  /// Why the bytes are not a UTF-8 text; `line` is 1-based.
  public struct Problem: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
    public var help: String
  }

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  public static func decoded(_ bytes: some Collection<UInt8>) throws(Problem) -> Decoded {
    let bytes = Array(bytes)
    let convert = "convert it to UTF-8, for example with `iconv -f UTF-16 -t UTF-8 FILE > NEW`"
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw Problem(line: 1, message: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); Tape reads UTF-8", help: convert)
    }
    let hasByteOrderMark = bytes.starts(with: byteOrderMark)
    let body = hasByteOrderMark ? bytes[3...] : bytes[...]
    var line = 1
    var lineStart = body.startIndex
    var index = body.startIndex
    // Line by line, so a problem names its line.
    while lineStart < body.endIndex {
      while index < body.endIndex, body[index] != UInt8(ascii: "\n"), body[index] != UInt8(ascii: "\r") { index += 1 }
      let lineBytes = body[lineStart..<index]
      if lineBytes.contains(0) {
        throw Problem(
          line: line, message: "this line holds a NUL byte: the file is not UTF-8 text (it may be UTF-16 or binary)",
          help: convert)
      }
      if String(validating: lineBytes, as: UTF8.self) == nil {
        throw Problem(
          line: line, message: "this line is not valid UTF-8 (the file may be Latin-1 or Windows-1252)",
          help: "convert it to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW`")
      }
      if index < body.endIndex {
        if body[index] == UInt8(ascii: "\r"), index + 1 < body.endIndex, body[index + 1] == UInt8(ascii: "\n") { index += 1 }
        index += 1
        line += 1
      }
      lineStart = index
    }
    return Decoded(text: String(decoding: body, as: UTF8.self), hasByteOrderMark: hasByteOrderMark)
  }
}

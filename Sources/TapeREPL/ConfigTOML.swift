/// config.toml read as TOML (v1.0): its top-level `key = value` lines, which are Tape's settings.
///
/// Written here rather than taken from a TOML library: the one Tape used (TOMLKit) imports
/// Foundation, which linked all of Foundation, ICU and Dispatch into the static binary (64 MB
/// stripped, against 17 MB without it; twice the relocations) and cost every `echo 1+1 | tape`
/// 0.8 M instructions and 150 page faults at start-up (docs/performance.md). Settings are strings, whole numbers and booleans;
/// any other TOML value (a float, a date, an array, a table) is read, checked and kept as
/// written, so the error for a setting given one quotes it. A table's keys are not settings: the
/// table is one top-level name, as a TOML library would give it.
public enum ConfigTOML {
  /// A top-level value.
  public enum Value: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    /// A float, date, time, array or table, as written in the file.
    case other(String)
  }

  /// One top-level name, its value and the line it is set on.
  public struct Entry: Equatable, Sendable {
    public let key: String
    public let value: Value
    public let line: Int
  }

  /// The top-level entries of `text` (with `\n` line ends), in file order.
  public static func entries(in text: String) throws(ConfigTOMLError) -> [Entry] {
    var reader = ConfigTOMLReader(bytes: Array(text.utf8))
    return try reader.document()
  }
}

/// The scanner behind `ConfigTOML`: one pass over the bytes, counting lines for the errors. Its
/// values and strings are in `ConfigTOMLReader+Values.swift` and `ConfigTOMLReader+Strings.swift`.
struct ConfigTOMLReader {
  let bytes: [UInt8]
  var index = 0
  var line = 1

  init(bytes: [UInt8]) {
    self.bytes = bytes
    // A byte-order mark, which some editors write first, is not part of the document.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  func byte(at offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

  mutating func document() throws(ConfigTOMLError) -> [ConfigTOML.Entry] {
    var entries: [ConfigTOML.Entry] = []
    var isInTable = false
    while true {
      skipSpaces()
      guard let byte = peek else { return entries }
      switch byte {
      case UInt8(ascii: "\n"):
        index += 1
        line += 1
      case UInt8(ascii: "#"):
        skipComment()
      case UInt8(ascii: "["):
        let headerLine = line
        let start = index
        let isArrayOfTables = self.byte(at: 1) == UInt8(ascii: "[")
        index += isArrayOfTables ? 2 : 1
        skipSpaces()
        let keys = try dottedKey()
        skipSpaces()
        for _ in 0..<(isArrayOfTables ? 2 : 1) {
          guard peek == UInt8(ascii: "]") else { throw .unclosedTableHeader(line: headerLine) }
          index += 1
        }
        let header = text(start..<index)
        try endOfLine()
        isInTable = true
        if !entries.contains(where: { $0.key == keys[0] }) {
          entries.append(ConfigTOML.Entry(key: keys[0], value: .other(header), line: headerLine))
        }
      default:
        let keyLine = line
        let keyStart = index
        let keys = try dottedKey()
        let written = text(keyStart..<index)
        skipSpaces()
        guard peek == UInt8(ascii: "=") else { throw .expectedEquals(key: written, line: line) }
        index += 1
        skipSpaces()
        let valueStart = index
        var value = try self.value(after: written)
        let valueText = text(valueStart..<index)
        try endOfLine()
        if isInTable { continue }
        let isKnown = entries.contains { $0.key == keys[0] }
        if keys.count > 1 {
          // `a.b = 1` makes a table `a`: one name, however many of its keys are set.
          value = .other(written + " = " + valueText)
          if isKnown { continue }
        } else if isKnown {
          throw .duplicateKey(keys[0], line: keyLine)
        }
        entries.append(ConfigTOML.Entry(key: keys[0], value: value, line: keyLine))
      }
    }
  }

  // MARK: Keys

  /// `name`, `"quoted name"` or `a.b.c`; each part's text.
  mutating func dottedKey() throws(ConfigTOMLError) -> [String] {
    var keys = [try simpleKey()]
    while true {
      let resume = index
      skipSpaces()
      guard peek == UInt8(ascii: ".") else {
        index = resume
        return keys
      }
      index += 1
      skipSpaces()
      keys.append(try simpleKey())
    }
  }

  mutating func simpleKey() throws(ConfigTOMLError) -> String {
    switch peek {
    case UInt8(ascii: "\""): return try basicString()
    case UInt8(ascii: "'"): return try literalString()
    default:
      let start = index
      while let byte = peek, ConfigTOMLReader.isBareKeyByte(byte) { index += 1 }
      guard index > start else { throw .expectedKey(found: foundText(), line: line) }
      return text(start..<index)
    }
  }

  static func isBareKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "_"), UInt8(ascii: "-"):
      return true
    default: return false
    }
  }

  // MARK: Blanks and line ends

  mutating func skipSpaces() {
    while let byte = peek, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
  }

  mutating func skipComment() {
    while let byte = peek, byte != UInt8(ascii: "\n") { index += 1 }
  }

  mutating func skipSpacesNewlinesAndComments() {
    while true {
      skipSpaces()
      switch peek {
      case UInt8(ascii: "\n"):
        index += 1
        line += 1
      case UInt8(ascii: "#"): skipComment()
      default: return
      }
    }
  }

  /// After a value or a header: blanks, perhaps a comment, then the line's end.
  mutating func endOfLine() throws(ConfigTOMLError) {
    skipSpaces()
    if peek == UInt8(ascii: "#") { skipComment() }
    guard let byte = peek else { return }
    guard byte == UInt8(ascii: "\n") else { throw .expectedEndOfLine(found: foundText(), line: line) }
    index += 1
    line += 1
  }

  // MARK: Text

  func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  /// What stands at the current position, for an error: up to the next blank, at most 20
  /// bytes, in backticks; or the end of the line or file.
  func foundText() -> String {
    guard index < bytes.count else { return "the end of the file" }
    var end = index
    while end < bytes.count, end - index < 20, !" \t\n".utf8.contains(bytes[end]) { end += 1 }
    return end == index ? "the end of the line" : "`" + text(index..<end) + "`"
  }
}

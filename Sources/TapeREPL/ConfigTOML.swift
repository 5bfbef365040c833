/// config.toml read as TOML (v1.0): its top-level `key = value` lines, which are Tape's settings.
///
/// Written here rather than taken from a TOML library: the one Tape used (TOMLKit) imports
/// Foundation, which linked all of Foundation, ICU and Dispatch into the static binary (36 MB,
/// twice the relocations) and cost every `echo 1+1 | tape` 0.8 M instructions and 150 page
/// faults at start-up (docs/performance.md). Settings are strings, whole numbers and booleans;
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

/// The scanner behind `ConfigTOML`: one pass over the bytes, counting lines for the errors.
private struct ConfigTOMLReader {
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

  // MARK: Values

  mutating func value(after key: String) throws(ConfigTOMLError) -> ConfigTOML.Value {
    switch peek {
    case nil, UInt8(ascii: "\n"), UInt8(ascii: "#"):
      throw .expectedValue(key: key, line: line)
    case UInt8(ascii: "\""):
      return .string(byte(at: 1) == UInt8(ascii: "\"") && byte(at: 2) == UInt8(ascii: "\"") ? try multilineString(escapes: true) : try basicString())
    case UInt8(ascii: "'"):
      return .string(byte(at: 1) == UInt8(ascii: "'") && byte(at: 2) == UInt8(ascii: "'") ? try multilineString(escapes: false) : try literalString())
    case UInt8(ascii: "["):
      let start = index
      try array()
      return .other(text(start..<index))
    case UInt8(ascii: "{"):
      let start = index
      try inlineTable()
      return .other(text(start..<index))
    default:
      return try bareValue()
    }
  }

  /// `[1, 2, 3]`, over as many lines as it takes, with comments between its values.
  mutating func array() throws(ConfigTOMLError) {
    let startLine = line
    index += 1
    while true {
      skipSpacesNewlinesAndComments()
      guard let byte = peek else { throw .unclosedArray(line: startLine) }
      if byte == UInt8(ascii: "]") {
        index += 1
        return
      }
      _ = try value(after: "[")
      skipSpacesNewlinesAndComments()
      switch peek {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return
      case nil: throw .unclosedArray(line: startLine)
      default: throw .expectedSeparator(found: foundText(), closing: "]", line: line)
      }
    }
  }

  /// `{ a = 1, b = "x" }`, on one line.
  mutating func inlineTable() throws(ConfigTOMLError) {
    let startLine = line
    index += 1
    skipSpaces()
    if peek == UInt8(ascii: "}") {
      index += 1
      return
    }
    while true {
      skipSpaces()
      let keyStart = index
      _ = try dottedKey()
      let written = text(keyStart..<index)
      skipSpaces()
      guard peek == UInt8(ascii: "=") else { throw .expectedEquals(key: written, line: line) }
      index += 1
      skipSpaces()
      _ = try value(after: written)
      skipSpaces()
      switch peek {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return
      case nil, UInt8(ascii: "\n"): throw .unclosedInlineTable(line: startLine)
      default: throw .expectedSeparator(found: foundText(), closing: "}", line: line)
      }
    }
  }

  /// `true`, `false`, an integer, a float, a date or a time.
  mutating func bareValue() throws(ConfigTOMLError) -> ConfigTOML.Value {
    let start = index
    while let byte = peek, !ConfigTOMLReader.endsBareValue(byte) { index += 1 }
    // A date and a time may be written with a space between them: `1979-05-27 07:32:00`.
    if ConfigTOMLReader.isDate(bytes[start..<index]), peek == UInt8(ascii: " "),
      let first = byte(at: 1), let second = byte(at: 2), ConfigTOMLReader.isDigit(first), ConfigTOMLReader.isDigit(second),
      byte(at: 3) == UInt8(ascii: ":")
    {
      index += 1
      while let byte = peek, !ConfigTOMLReader.endsBareValue(byte) { index += 1 }
    }
    let token = bytes[start..<index]
    guard !token.isEmpty else { throw .invalidValue(text(index..<min(index + 1, bytes.count)), line: line) }
    let written = text(start..<index)
    if written == "true" { return .boolean(true) }
    if written == "false" { return .boolean(false) }
    if let integer = ConfigTOMLReader.integer(token) { return .integer(integer) }
    if ConfigTOMLReader.isFloat(token) || ConfigTOMLReader.isDateOrTime(token) { return .other(written) }
    throw .invalidValue(written, line: line)
  }

  static func endsBareValue(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "]"),
      UInt8(ascii: "}"):
      return true
    default: return false
    }
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// Digits in `radix`, an underscore allowed only between two of them.
  static func digits(_ token: ArraySlice<UInt8>, radix: Int) -> String? {
    var kept: [UInt8] = []
    var previousWasDigit = false
    for byte in token {
      if byte == UInt8(ascii: "_") {
        guard previousWasDigit else { return nil }
        previousWasDigit = false
        continue
      }
      let isDigit: Bool
      switch radix {
      case 16: isDigit = Self.isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
      case 10: isDigit = Self.isDigit(byte)
      default: isDigit = byte >= UInt8(ascii: "0") && Int(byte - UInt8(ascii: "0")) < radix
      }
      guard isDigit else { return nil }
      kept.append(byte)
      previousWasDigit = true
    }
    guard previousWasDigit else { return nil }
    return String(decoding: kept, as: UTF8.self)
  }

  /// `42`, `-17`, `1_000`, `0xff`, `0o755`, `0b1101`; nil for anything else, or one too large.
  static func integer(_ token: ArraySlice<UInt8>) -> Int? {
    for (prefix, radix) in [(UInt8(ascii: "x"), 16), (UInt8(ascii: "o"), 8), (UInt8(ascii: "b"), 2)]
    where token.count > 2 && token.first == UInt8(ascii: "0") && token.dropFirst().first == prefix {
      return digits(token.dropFirst(2), radix: radix).flatMap { Int($0, radix: radix) }
    }
    var unsigned = token
    var sign = ""
    if let first = token.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      unsigned = token.dropFirst()
      if first == UInt8(ascii: "-") { sign = "-" }
    }
    // No leading zeros: `007` is not a TOML integer.
    if unsigned.count > 1 && unsigned.first == UInt8(ascii: "0") { return nil }
    return digits(unsigned, radix: 10).flatMap { Int(sign + $0) }
  }

  /// `3.14`, `-0.01`, `5e+22`, `6.626e-34`, `inf`, `nan`.
  static func isFloat(_ token: ArraySlice<UInt8>) -> Bool {
    var rest = token
    if let first = rest.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { rest = rest.dropFirst() }
    if rest.elementsEqual("inf".utf8) || rest.elementsEqual("nan".utf8) { return true }
    let exponentAt = rest.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    let mantissa = rest[..<(exponentAt ?? rest.endIndex)]
    let pointAt = mantissa.firstIndex(of: UInt8(ascii: "."))
    let whole = mantissa[..<(pointAt ?? mantissa.endIndex)]
    guard exponentAt != nil || pointAt != nil, digits(whole, radix: 10) != nil else { return false }
    if whole.count > 1 && whole.first == UInt8(ascii: "0") { return false }
    if let pointAt, digits(mantissa[(pointAt + 1)...], radix: 10) == nil { return false }
    if let exponentAt {
      var exponent = rest[(exponentAt + 1)...]
      if let first = exponent.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { exponent = exponent.dropFirst() }
      if digits(exponent, radix: 10) == nil { return false }
    }
    return true
  }

  /// `1979-05-27`
  static func isDate(_ token: ArraySlice<UInt8>) -> Bool {
    let shape = Array("0000-00-00".utf8)
    return token.count == shape.count
      && zip(token, shape).allSatisfy { $1 == UInt8(ascii: "0") ? isDigit($0) : $0 == $1 }
  }

  /// A date, a date with a time (and offset), or a time: `1979-05-27T07:32:00Z`, `07:32:00`.
  static func isDateOrTime(_ token: ArraySlice<UInt8>) -> Bool {
    let startsAsDate = token.count >= 10 && isDate(token.prefix(10))
    let time = Array(token)
    let startsAsTime = time.count >= 8 && isDigit(time[0]) && isDigit(time[1]) && time[2] == UInt8(ascii: ":")
    guard startsAsDate || startsAsTime else { return false }
    return token.allSatisfy { byte in
      isDigit(byte) || ":-+.TtZz ".utf8.contains(byte)
    }
  }

  // MARK: Strings

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

/// config.toml's values: strings' openings, arrays, inline tables, booleans, numbers, dates and times.
extension ConfigTOMLReader {
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
}

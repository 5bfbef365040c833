/// Turns source text into tokens. Never fails: text it cannot read becomes an `.invalid` token
/// so the parser can report it in context and carry on with the next statement.
public struct Lexer {
  let bytes: [UInt8]
  let source: SourceID
  var position = 0

  public init(_ file: SourceFile) {
    bytes = file.bytes
    source = file.id
  }

  /// All tokens of the file, ending with `.endOfInput`.
  /// Each token is moved into the array, not copied: copying a token goes through its payloads.
  public mutating func tokens() -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 2 + 1)
    while true {
      let token = next()
      let isEnd = token.shape == .endOfInput
      tokens.append(token)
      if isEnd { return tokens }
    }
  }

  mutating func next() -> Token {
    skipSpacesAndComments()
    let start = position
    guard let byte = peek() else { return Token(kind: .endOfInput, span: span(from: start)) }
    switch byte {
    case UInt8(ascii: "\n"):
      position += 1
      return Token(kind: .newline, span: span(from: start))
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return number()
    case UInt8(ascii: "."):
      if let next = peek(1), isDigit(next) { return number() }
      position += 1
      if peek() == UInt8(ascii: ".") {
        position += 1
        return symbol(.dotDot, from: start)
      }
      return symbol(.dot, from: start)
    case UInt8(ascii: "\""):
      return string()
    case UInt8(ascii: "$"):
      position += 1
      return currency("USD", symbol: "$", from: start)
    default:
      break
    }
    if isIdentifierStart(byte) { return identifier() }
    if let token = punctuation(byte, from: start) { return token }
    return nonASCII(from: start)
  }

  mutating func punctuation(_ byte: UInt8, from start: Int) -> Token? {
    if byte == UInt8(ascii: "="), peek(1) == UInt8(ascii: ">") {
      position += 2
      return symbol(.fatArrow, from: start)
    }
    // `=`, `<`, `>` alone or followed by `=`; a switch, as a table here would be built per token.
    let twoCharacter: (double: Symbol, single: Symbol)? =
      switch byte {
      case UInt8(ascii: "="): (.equalEqual, .equal)
      case UInt8(ascii: "<"): (.lessEqual, .less)
      case UInt8(ascii: ">"): (.greaterEqual, .greater)
      default: nil
      }
    if let (double, single) = twoCharacter {
      position += 1
      if peek() == UInt8(ascii: "=") {
        position += 1
        return symbol(double, from: start)
      }
      return symbol(single, from: start)
    }
    if byte == UInt8(ascii: "!"), peek(1) == UInt8(ascii: "=") {
      position += 2
      return symbol(.bangEqual, from: start)
    }
    // `->` before a function's result type; no expression has `-` directly before `>`.
    if byte == UInt8(ascii: "-"), peek(1) == UInt8(ascii: ">") {
      position += 2
      return symbol(.arrow, from: start)
    }
    let single: Symbol? =
      switch byte {
      case UInt8(ascii: "+"): .plus
      case UInt8(ascii: "-"): .minus
      case UInt8(ascii: "*"): .star
      case UInt8(ascii: "/"): .slash
      case UInt8(ascii: "^"): .caret
      case UInt8(ascii: "("): .leftParen
      case UInt8(ascii: ")"): .rightParen
      case UInt8(ascii: "["): .leftBracket
      case UInt8(ascii: "]"): .rightBracket
      case UInt8(ascii: "{"): .leftBrace
      case UInt8(ascii: "}"): .rightBrace
      case UInt8(ascii: ","): .comma
      case UInt8(ascii: ":"): .colon
      case UInt8(ascii: ";"): .semicolon
      case UInt8(ascii: "%"): .percent
      case UInt8(ascii: "|"): .bar
      default: nil
      }
    guard let single else { return nil }
    position += 1
    return symbol(single, from: start)
  }

  /// Currency symbols other than `$` are multi-byte UTF-8; anything else here is an error.
  mutating func nonASCII(from start: Int) -> Token {
    let symbols: [(String, String)] = [("€", "EUR"), ("£", "GBP"), ("¥", "JPY")]
    for (symbol, code) in symbols {
      let utf8 = Array(symbol.utf8)
      if bytes[position...].starts(with: utf8) {
        position += utf8.count
        return currency(code, symbol: symbol, from: start)
      }
    }
    if letterLength(at: position) != nil { return identifier() }
    // Consume one whole Unicode scalar (or one bad byte) so the message shows what the user typed.
    position += max(1, scalarLength(at: position))
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    return Token(kind: .invalid(.unexpectedCharacter(text, at: span(from: start))), span: span(from: start))
  }

  /// A currency symbol: followed by an amount it is a money literal, alone it names the currency
  /// (so `x in $` and `$/share` work).
  mutating func currency(_ code: String, symbol: String, from start: Int) -> Token {
    if let byte = peek(), isDigit(byte) || (byte == UInt8(ascii: ".") && peek(1).map(isDigit) == true) {
      let amount = number()
      switch amount.kind {
      case .number(let value):
        return Token(kind: .money(currency: code, amount: value), span: span(from: start))
      case .percent:
        let span = span(from: start)
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return Token(kind: .invalid(.malformedNumber(text, at: span)), span: span)
      default:
        return Token(kind: amount.kind, span: span(from: start))
      }
    }
    if let byte = peek(), isIdentifierStart(byte) {
      return Token(kind: .invalid(.currencySymbolWithoutAmount(symbol, at: span(from: start))), span: span(from: start))
    }
    if peek() == UInt8(ascii: "-"), let next = peek(1), isDigit(next) {
      return Token(kind: .invalid(.signAfterCurrencySymbol(symbol, at: span(from: start))), span: span(from: start))
    }
    return Token(kind: .identifier(code), span: span(from: start))
  }

  mutating func identifier() -> Token {
    let start = position
    while let byte = peek() {
      if isIdentifierContinue(byte) {
        position += 1
      } else if byte >= 0x80, let length = letterLength(at: position) {
        position += length
      } else {
        break
      }
    }
    let name = String(decoding: bytes[start..<position], as: UTF8.self)
    if Lexer.mayBeKeyword(bytes[start], length: position - start), let keyword = Keyword(rawValue: name) {
      return Token(kind: .keyword(keyword), span: span(from: start))
    }
    return Token(kind: .identifier(name), span: span(from: start))
  }

  /// Keywords are 2 to 8 letters and start with one of these; other names skip the string switch.
  static func mayBeKeyword(_ first: UInt8, length: Int) -> Bool {
    guard length >= 2 && length <= 8 else { return false }
    switch first {
    case UInt8(ascii: "a"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "i"), UInt8(ascii: "n"),
      UInt8(ascii: "o"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "u"), UInt8(ascii: "w"):
      return true
    default: return false
    }
  }

  mutating func string() -> Token {
    let start = position
    position += 1
    while let byte = peek(), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\n") { position += 1 }
    guard peek() == UInt8(ascii: "\"") else {
      return Token(kind: .invalid(.unterminatedString(at: span(from: start))), span: span(from: start))
    }
    position += 1
    let text = String(decoding: bytes[(start + 1)..<(position - 1)], as: UTF8.self)
    return Token(kind: .string(text), span: span(from: start))
  }

  mutating func skipSpacesAndComments() {
    while let byte = peek() {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
        position += 1
      } else if byte == UInt8(ascii: "#") {
        while let next = peek(), next != UInt8(ascii: "\n") { position += 1 }
      } else if byte == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "\n") {
        position += 2  // A backslash at the end of a line continues the statement.
      } else if byte == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "\r"), peek(2) == UInt8(ascii: "\n") {
        position += 3
      } else {
        return
      }
    }
  }

  func symbol(_ symbol: Symbol, from start: Int) -> Token {
    Token(kind: .symbol(symbol), span: span(from: start))
  }

  func span(from start: Int) -> Span { Span(source: source, start: start, end: position) }

  func peek(_ offset: Int = 0) -> UInt8? {
    let index = position + offset
    return index < bytes.count ? bytes[index] : nil
  }

  /// The byte length of the non-ASCII letter at `index` (`é` in `café`), or nil.
  func letterLength(at index: Int) -> Int? {
    let length = scalarLength(at: index)
    guard length > 1 else { return nil }
    let scalar = String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars
    guard scalar.count == 1, scalar.first?.properties.isAlphabetic == true else { return nil }
    return length
  }

  func scalarLength(at index: Int) -> Int {
    guard index < bytes.count else { return 0 }
    let lead = bytes[index]
    let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    return min(length, bytes.count - index)
  }
}

func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

func isIdentifierStart(_ byte: UInt8) -> Bool {
  (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    || byte == UInt8(ascii: "_")
}

func isIdentifierContinue(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

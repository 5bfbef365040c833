extension Lexer {
  /// A number literal: digits with `_` groups, an optional fraction and exponent, then an
  /// optional scale suffix (`k`, `M`, `B`, `T`) and an optional `%`. `2025-01-27` is a date.
  mutating func number() -> Token {
    let start = position
    // Every date has a `-` after its four-digit year, and few numbers do: the test here spares
    // the others a call.
    if start + 4 < bytes.count, bytes[start + 4] == UInt8(ascii: "-"), let date = date() { return date }
    if let plain = plainNumber() { return plain }
    var text: [UInt8] = []
    var isMalformed = false
    if peek() != UInt8(ascii: ".") { digits(into: &text, malformed: &isMalformed) }
    if peek() == UInt8(ascii: "."), peek(1).map(isDigit) == true {
      if text.isEmpty { text.append(UInt8(ascii: "0")) }
      text.append(UInt8(ascii: "."))
      position += 1
      digits(into: &text, malformed: &isMalformed)
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E"),
      let next = peek(1),
      isDigit(next) || ((next == UInt8(ascii: "-") || next == UInt8(ascii: "+")) && peek(2).map(isDigit) == true)
    {
      text.append(UInt8(ascii: "e"))
      position += 1
      if let sign = peek(), !isDigit(sign) {
        text.append(sign)
        position += 1
      }
      digits(into: &text, malformed: &isMalformed)
    }
    var scale = 1.0
    if let byte = peek(), let factor = Lexer.scaleSuffix(byte), !(peek(1).map(isIdentifierContinue) ?? false) {
      scale = factor
      position += 1
    }
    // A number glued to letters (`12kg`, `5mn`) is not a number we can read, except percentage
    // points: Tape shows `1.5pp`, so `1.5pp` reads back as `1.5 pp`.
    if gluedPercentagePoints() { return finishedNumber(text, start: start, scale: scale) }
    if let byte = peek(), isIdentifierContinue(byte) {
      while let byte = peek(), isIdentifierContinue(byte) { position += 1 }
      isMalformed = true
    }
    if !isMalformed { return finishedNumber(text, start: start, scale: scale) }
    let span = span(from: start)
    let written = String(decoding: bytes[start..<position], as: UTF8.self)
    return Token(kind: .invalid(.malformedNumber(written, at: span)), span: span)
  }

  /// `pp` right after a number, and no letter after it: the lexer stops before it, so the unit
  /// is the next token.
  func gluedPercentagePoints() -> Bool {
    peek() == UInt8(ascii: "p") && peek(1) == UInt8(ascii: "p") && !(peek(2).map(isIdentifierContinue) ?? false)
  }

  /// The value of the digits read, with its scale and a `%` after it, or an error for a number
  /// out of range.
  mutating func finishedNumber(_ text: [UInt8], start: Int, scale: Double) -> Token {
    let span = span(from: start)
    guard let value = ExactDecimal.value(of: text) ?? Double(String(decoding: text, as: UTF8.self)) else {
      let written = String(decoding: bytes[start..<position], as: UTF8.self)
      return Token(kind: .invalid(.malformedNumber(written, at: span)), span: span)
    }
    // A literal must not silently become infinity or 0 (`1e999`, `1e-400`).
    let isZeroWritten = text.prefix { $0 != UInt8(ascii: "e") }.allSatisfy { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") }
    if !(value * scale).isFinite || (value == 0 && !isZeroWritten) {
      let written = String(decoding: bytes[start..<position], as: UTF8.self)
      return Token(kind: .invalid(.numberOutOfRange(written, isTooLarge: value != 0, at: span)), span: span)
    }
    if peek() == UInt8(ascii: "%") {
      position += 1
      return Token(kind: .percent(value * scale / 100), span: self.span(from: start))
    }
    return Token(kind: .number(value * scale), span: span)
  }

  /// The common literal, `118.42` or `9326`, read in place: digits with at most one point, and
  /// after them nothing the general reader below would take (`_`, an exponent, a suffix, a
  /// letter, `%`). The general reader builds the digits in an array first.
  mutating func plainNumber() -> Token? {
    var end = position
    var seenPoint = false
    while end < bytes.count {
      if isDigit(bytes[end]) {
        end += 1
      } else if bytes[end] == UInt8(ascii: "."), !seenPoint, end + 1 < bytes.count, isDigit(bytes[end + 1]) {
        seenPoint = true
        end += 2
      } else {
        break
      }
    }
    if end < bytes.count {
      let next = bytes[end]
      if isIdentifierContinue(next) || next == UInt8(ascii: "%") || next == UInt8(ascii: ".") { return nil }
    }
    guard let value = ExactDecimal.value(of: bytes[position..<end]) else { return nil }
    let start = position
    position = end
    return Token(kind: .number(value), span: span(from: start))
  }

  /// Scale suffixes and their factors. Lower-case `m` is deliberately absent: it could mean
  /// million or thousand (as in `mm`), and a financial calculator must not guess.
  /// A switch, not a dictionary: building the dictionary was a measurable part of start-up.
  static func scaleSuffix(_ byte: UInt8) -> Double? {
    switch byte {
    case UInt8(ascii: "k"): 1e3
    case UInt8(ascii: "M"): 1e6
    case UInt8(ascii: "B"): 1e9
    case UInt8(ascii: "T"): 1e12
    default: nil
    }
  }

  mutating func digits(into text: inout [UInt8], malformed: inout Bool) {
    var previousWasDigit = false
    while let byte = peek() {
      if isDigit(byte) {
        text.append(byte)
        previousWasDigit = true
      } else if byte == UInt8(ascii: "_") {
        // `_` must sit between two digits.
        if !previousWasDigit || !(peek(1).map(isDigit) ?? false) { malformed = true }
        previousWasDigit = false
      } else {
        break
      }
      position += 1
    }
  }

  /// `YYYY-MM-DD` not followed by another digit or letter.
  mutating func date() -> Token? {
    let start = position
    let length = 10  // YYYY-MM-DD; checked without an array, as this runs before every number
    // Only `dddd-` can start a date written with a one-digit month or day (`shortDate`); a
    // number that is not one costs no more than the test of its first five bytes.
    guard start + length <= bytes.count else { return isYearAndDash(at: start) ? shortDate() : nil }
    for offset in 0..<length {
      let byte = bytes[start + offset]
      let wantsDigit = offset != 4 && offset != 7
      if wantsDigit ? !isDigit(byte) : byte != UInt8(ascii: "-") { return offset >= 5 ? shortDate() : nil }
    }
    if start + length < bytes.count {
      let after = bytes[start + length]
      if isIdentifierContinue(after) { return nil }
    }
    func field(_ from: Int, _ length: Int) -> Int {
      bytes[(start + from)..<(start + from + length)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
    position += length
    let (year, month, day) = (field(0, 4), field(5, 2), field(8, 2))
    let span = span(from: start)
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard (1...12).contains(month) else {
      return Token(kind: .invalid(.invalidDate(text, reason: "there is no month \(month)", at: span)), span: span)
    }
    guard let date = TapeDate(year: year, month: month, day: day) else {
      let reason =
        year == 0
        ? "there is no year 0"
        : "\(TapeDate.monthNames[month - 1]) \(year) has \(TapeDate.daysIn(month: month, year: year)) days"
      return Token(kind: .invalid(.invalidDate(text, reason: reason, at: span)), span: span)
    }
    return Token(kind: .date(date), span: span)
  }

  /// Whether four digits and a `-` start at `start`.
  func isYearAndDash(at start: Int) -> Bool {
    start + 4 < bytes.count && bytes[start + 4] == UInt8(ascii: "-") && (0..<4).allSatisfy { isDigit(bytes[start + $0]) }
  }

  /// `2025-1-1` or `2025-01-1`: a date with a one-digit month or day, which would otherwise read
  /// as `2025 - 1 - 1` and silently give `2,023`. An error that shows the date's written form.
  @inline(never)
  mutating func shortDate() -> Token? {
    let start = position
    var offset = start
    func digits(_ range: ClosedRange<Int>) -> Int? {
      var count = 0
      while offset < bytes.count, isDigit(bytes[offset]) {
        offset += 1
        count += 1
      }
      return range.contains(count) ? count : nil
    }
    guard digits(4...4) != nil, offset < bytes.count, bytes[offset] == UInt8(ascii: "-") else { return nil }
    offset += 1
    guard let month = digits(1...2), offset < bytes.count, bytes[offset] == UInt8(ascii: "-") else { return nil }
    offset += 1
    guard let day = digits(1...2), month + day < 4 else { return nil }
    if offset < bytes.count, isIdentifierContinue(bytes[offset]) || bytes[offset] == UInt8(ascii: ".") { return nil }
    position = offset
    let span = span(from: start)
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    let fields = text.split(separator: "-").map { $0.count == 1 ? "0" + $0 : String($0) }
    let reason = "write the month and the day with two digits each, as `\(fields.joined(separator: "-"))`"
    return Token(kind: .invalid(.invalidDate(text, reason: reason, at: span)), span: span)
  }
}

extension TapeDate {
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
}

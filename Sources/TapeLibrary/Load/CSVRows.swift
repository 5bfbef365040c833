/// Splits CSV text into rows of fields, byte by byte. It reads exactly as CSV.swift's
/// `CSVReader(string:hasHeaderRow: false)` did, quirks included, at a fraction of the cost (that
/// reader decoded one Unicode scalar at a time through a type-erased iterator and built each field
/// scalar by scalar, which was 40% of loading a 1,000,000-row file):
///
/// - a field ends at `,`; a row at `\n`, `\r\n` or a lone `\r`; the text at its end;
/// - a field that starts with `"` is quoted: `""` inside it is one `"`, and it ends at a `"`
///   followed by `,`, a line break or the end. A `"` followed by anything else is kept and the
///   character after it is dropped (`"ab"cd` reads `ab"d`). A quote that is never closed runs to
///   the end of the text;
/// - a `"` inside an unquoted field is an ordinary character;
/// - an empty line is a row of one empty field.
///
/// Every special character is ASCII, so splitting valid UTF-8 on bytes splits it on characters.
struct CSVRows {
  private let bytes: [UInt8]
  private var position = 0
  /// Line feeds inside the quoted fields of the row `next` returned last, so a caller can count
  /// the file's lines without searching every field.
  private(set) var lineFeedsInRow = 0

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// How many rows there can be at most: one per line feed, and one more.
  var rowCapacity: Int { bytes.reduce(1) { $0 + ($1 == CSVRows.lineFeed ? 1 : 0) } }

  mutating func next() -> [String]? {
    guard position < bytes.count else { return nil }
    lineFeedsInRow = 0
    var row: [String] = []
    while true {
      let (field, endsRow) = position < bytes.count && bytes[position] == CSVRows.quote ? quotedField() : plainField()
      row.append(field)
      if endsRow { return row }
    }
  }

  /// A field not in quotes, from `position`; true when it ends the row.
  private mutating func plainField() -> (String, Bool) {
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == CSVRows.comma {
        position += 1
        return (String(decoding: bytes[start..<(position - 1)], as: UTF8.self), false)
      }
      if byte == CSVRows.lineFeed || byte == CSVRows.carriageReturn {
        let end = position
        skipLineBreak()
        return (String(decoding: bytes[start..<end], as: UTF8.self), true)
      }
      position += 1
    }
    return (String(decoding: bytes[start...], as: UTF8.self), true)
  }

  /// A field in quotes, `position` on its opening quote; true when it ends the row.
  private mutating func quotedField() -> (String, Bool) {
    position += 1
    var field: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      guard byte == CSVRows.quote else {
        if byte == CSVRows.lineFeed { lineFeedsInRow += 1 }
        field.append(byte)
        continue
      }
      guard position < bytes.count else { break }
      let after = bytes[position]
      position += 1
      switch after {
      case CSVRows.lineFeed:
        return (String(decoding: field, as: UTF8.self), true)
      case CSVRows.carriageReturn:
        if position < bytes.count, bytes[position] == CSVRows.lineFeed { position += 1 }
        return (String(decoding: field, as: UTF8.self), true)
      case CSVRows.comma:
        return (String(decoding: field, as: UTF8.self), false)
      default:
        // `""` is one quote; after any other character the quote stays and that character goes.
        // A multi-byte character is dropped whole, as the scalar reader dropped one scalar.
        field.append(CSVRows.quote)
        if after >= 0xC0 { position += min(CSVRows.continuationCount(after), bytes.count - position) }
      }
    }
    return (String(decoding: field, as: UTF8.self), true)
  }

  /// After `\r` or `\n` at `position`: past it, and past the `\n` of a `\r\n`.
  private mutating func skipLineBreak() {
    if bytes[position] == CSVRows.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == CSVRows.lineFeed {
      position += 2
    } else {
      position += 1
    }
  }

  /// The continuation bytes after a UTF-8 lead byte.
  private static func continuationCount(_ lead: UInt8) -> Int { lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1 }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
}

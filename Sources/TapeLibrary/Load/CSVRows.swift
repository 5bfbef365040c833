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
/// It reads the text's own UTF-8 storage, so a large file is not held twice.
struct CSVRows {
  private var text: String
  private var position = 0
  /// Line feeds inside the quoted fields of the row `next` returned last, so a caller can count
  /// the file's lines without searching every field.
  private(set) var lineFeedsInRow = 0

  init(_ text: String) {
    self.text = text
    self.text.makeContiguousUTF8()
  }

  /// How many rows there can be at most: one per line feed, and one more.
  var rowCapacity: Int {
    var text = self.text
    return text.withUTF8 { bytes in bytes.reduce(1) { $0 + ($1 == CSVRows.lineFeed ? 1 : 0) } }
  }

  mutating func next() -> [String]? {
    var position = self.position
    var lineFeeds = 0
    let row = text.withUTF8 { bytes -> [String]? in
      guard position < bytes.count else { return nil }
      var row: [String] = []
      while true {
        let (field, endsRow) =
          position < bytes.count && bytes[position] == CSVRows.quote
          ? CSVRows.quotedField(bytes, &position, &lineFeeds) : CSVRows.plainField(bytes, &position)
        row.append(field)
        if endsRow { return row }
      }
    }
    self.position = position
    lineFeedsInRow = lineFeeds
    return row
  }

  /// A field not in quotes, from `position`; true when it ends the row.
  private static func plainField(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> (String, Bool) {
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == comma {
        position += 1
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self), false)
      }
      if byte == lineFeed || byte == carriageReturn {
        let end = position
        if byte == carriageReturn, position + 1 < bytes.count, bytes[position + 1] == lineFeed {
          position += 2
        } else {
          position += 1
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), true)
      }
      position += 1
    }
    return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self), true)
  }

  /// A field in quotes, `position` on its opening quote; true when it ends the row.
  private static func quotedField(
    _ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ lineFeeds: inout Int
  ) -> (String, Bool) {
    position += 1
    var field: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      guard byte == quote else {
        if byte == lineFeed { lineFeeds += 1 }
        field.append(byte)
        continue
      }
      guard position < bytes.count else { break }
      let after = bytes[position]
      position += 1
      switch after {
      case lineFeed:
        return (String(decoding: field, as: UTF8.self), true)
      case carriageReturn:
        if position < bytes.count, bytes[position] == lineFeed { position += 1 }
        return (String(decoding: field, as: UTF8.self), true)
      case comma:
        return (String(decoding: field, as: UTF8.self), false)
      default:
        // `""` is one quote; after any other character the quote stays and that character goes.
        // A multi-byte character is dropped whole, as the scalar reader dropped one scalar.
        field.append(quote)
        if after >= 0xC0 { position += min(continuationCount(after), bytes.count - position) }
      }
    }
    return (String(decoding: field, as: UTF8.self), true)
  }

  /// The continuation bytes after a UTF-8 lead byte.
  private static func continuationCount(_ lead: UInt8) -> Int { lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1 }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
}

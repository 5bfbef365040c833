import Foundation

/// The data files as they are on disk in `Sources/TapeLibrary/Datasets/Data`, read without the
/// library's CSV code, so the tests compare the datasets with the files, not the code with itself.
enum DataFiles {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let folder = packageRoot.appendingPathComponent("Sources/TapeLibrary/Datasets/Data")

  /// Every file under `Data/`, relative to it, sorted.
  static func paths() throws -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var paths: [String] = []
    while let path = enumerator.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        paths.append(path)
      }
    }
    return paths.sorted()
  }

  static func text(_ path: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  /// The rows of a CSV file as dictionaries from header name to field: a plain RFC 4180 reading
  /// (commas split fields, a field in double quotes may hold commas, `""` inside it is `"`).
  static func rows(_ path: String) throws -> [[String: String]] {
    let lines = try text(path).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    guard let headerLine = lines.first else { return [] }
    let header = fields(of: headerLine)
    return lines.dropFirst().map { line in
      Dictionary(uniqueKeysWithValues: zip(header, fields(of: line)))
    }
  }

  static func fields(of line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(line)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters = characters.dropFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field)
    return fields
  }

  /// Days since 1970-01-01 of an ISO date, by Foundation's calendar (not Tape's date code).
  static func days(_ iso: String) -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    return Int((date.timeIntervalSince1970 / 86400).rounded())
  }

  /// `5.328` in `USD_million` is 5,328,000: the written number times a power of ten, computed
  /// with Foundation's `Decimal` so the expectation does not share the library's arithmetic.
  static func scaled(_ text: String, by exponent: Int) -> Double {
    let decimal = Decimal(string: text)! * Decimal(sign: .plus, exponent: exponent, significand: 1)
    return NSDecimalNumber(decimal: decimal).doubleValue
  }
}

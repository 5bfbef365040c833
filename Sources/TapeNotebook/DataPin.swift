/// A file a notebook entry read, pinned by its size and SHA-256, so `tape check` can tell "the
/// data changed" apart from "the calculation changed". Written after the entry's output:
///
///     > holdings = load("portfolio.csv")
///     holdings = [3 records]
///     @ data portfolio.csv (1234 bytes, sha256 9f86d0...)
public struct DataPin: Sendable, Equatable {
  /// The path as `load` resolved it: relative to the notebook's folder when inside it.
  public var path: String
  public var byteCount: Int
  /// Lower-case hexadecimal, 64 digits.
  public var sha256: String

  public init(path: String, byteCount: Int, sha256: String) {
    self.path = path
    self.byteCount = byteCount
    self.sha256 = sha256
  }

  static let prefix = "@ data "

  /// The line as the notebook records it.
  public var line: String { "\(DataPin.prefix)\(path) (\(byteCount) bytes, sha256 \(sha256))" }

  /// The size and checksum, as a person compares them.
  public var summary: String { "\(byteCount) bytes, sha256 \(sha256)" }

  /// Reads a pin line; nil when it is not one (the parser then names the line).
  init?(line: String) {
    guard line.hasPrefix(DataPin.prefix), line.hasSuffix(")") else { return nil }
    let rest = line.dropFirst(DataPin.prefix.count).dropLast()
    // The path may hold spaces and brackets; the size and checksum follow the last ` (`.
    guard let open = rest.indices.last(where: { rest[$0] == "(" && $0 > rest.startIndex && rest[rest.index(before: $0)] == " " })
    else { return nil }
    let path = rest[..<rest.index(before: open)]
    let fields = rest[rest.index(after: open)...].split(separator: " ")
    guard !path.isEmpty, fields.count == 4, fields[1] == "bytes,", fields[2] == "sha256", let count = Int(fields[0]),
      count >= 0, fields[3].count == 64, fields[3].allSatisfy(\.isHexDigit)
    else { return nil }
    self.init(path: String(path), byteCount: count, sha256: fields[3].lowercased())
  }
}

import TapeLibrary

/// The version `tape --version` prints, with the vintage of the built-in data: Tape knows the
/// market of one period, and an analyst must see which before trusting a number.
public enum TapeVersion {
  /// The release number. VERSION, at the top of the repository, is where it is set; `make version`
  /// copies it here, and a test fails when the two differ.
  public static let current = "0.1.0"

  /// What `tape --version` prints: the number, then the dates of the built-in data. Made on
  /// first use (it reads the dataset catalogue), so other commands do not pay for it.
  ///
  ///     0.1.0
  ///     built-in data: market prices 2024-12-02 to 2025-02-28, newest figure 2025-12-31, sources read 2026-11-23 and 2026-12-06
  public static let described = current + "\n" + dataVintage(DatasetRegistry.catalog)

  /// One line on the dates of `catalog`: the span of the daily prices (the `closes` table holds
  /// every ticker's), the newest date any dataset reaches, and when the sources were read.
  static func dataVintage(_ catalog: [DatasetDescription]) -> String {
    var parts: [String] = []
    let prices = isoDates(in: catalog.first { $0.name == "closes" }?.dates ?? "")
    if prices.count >= 2 { parts.append("market prices \(prices[0]) to \(prices[1])") }
    if let newest = catalog.flatMap({ isoDates(in: $0.dates ?? "") }).max() { parts.append("newest figure \(newest)") }
    // A citation reads `ID: description; read 2026-11-23`.
    let citations = catalog.flatMap { $0.sourceDocuments }
    let read = Set(citations.compactMap { citation in citation.firstRange(of: "; read ").map { String(citation[$0.upperBound...]) } })
    let readDates = read.sorted()
    if !readDates.isEmpty, readDates.allSatisfy({ isoDates(in: $0) == [$0] }) {
      parts.append("sources read \(readDates.joined(separator: " and "))")
    }
    return "built-in data: " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
  }

  /// The `YYYY-MM-DD` dates in `text`, in order.
  static func isoDates(in text: String) -> [String] {
    let characters = Array(text)
    var dates: [String] = []
    var index = 0
    while index + 10 <= characters.count {
      let candidate = characters[index..<(index + 10)]
      let isDate = candidate.enumerated().allSatisfy { offset, character in
        offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
      }
      let isBounded = (index == 0 || !characters[index - 1].isNumber) && (index + 10 == characters.count || !characters[index + 10].isNumber)
      if isDate && isBounded {
        dates.append(String(candidate))
        index += 10
      } else {
        index += 1
      }
    }
    return dates
  }
}

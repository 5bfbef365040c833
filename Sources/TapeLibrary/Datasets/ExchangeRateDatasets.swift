import TapeCore

/// The ECB's euro reference rates from `fx/ecb_eur_reference_rates.csv`: the `ecb_rates` table
/// (one column per currency, in units of it per euro) and the dated rate between any two of its
/// currencies that `x in USD at DATE` and `fx_rate` use, through the euro when neither is it.
enum ExchangeRateDatasets {
  static let path = "fx/ecb_eur_reference_rates.csv"

  /// The currencies of the file, in its order (the ECB's).
  static let currencies = ["USD", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "INR", "KRW", "SEK", "NOK"]

  /// What every rate's citation notes, from SOURCES.md's extension set.
  static let conventions = """
    ECB euro reference rates: units of the currency per 1 EUR, set once a day around 14:15 CET on ECB business \
    days only (no rate on weekends or TARGET holidays). Copied character for character from the ECB's \
    historical file, which drops trailing zeros (HKD 8.098 there, 8.0980 on the ECB's daily page). The ECB \
    publishes no TWD, SAR or AED rate. Cross-checked: all 12 currencies on 2025-02-28, USD on 2025-01-22 and \
    2025-02-21.
    """

  static let fileCitation = Citation(
    key: path,
    what: "ECB euro reference rates, 2024-01-02..2025-12-31, 12 currencies in units per EUR",
    documents: [SourceDocuments.document("ECB_EUROFXREF_HIST")], note: conventions, calendar: .ecbReferenceRates)

  /// `ecb_rates`: one row per ECB business day, one column per currency (`usd` in USD/EUR).
  /// The file lists each day's 12 currencies together, days ascending (a test checks), so the
  /// columns fill in one pass, with no table keyed by date and currency.
  static let table: Table = {
    let file = CSVDocument.embedded(path)
    let (dateColumn, currencyColumn, rateColumn) =
      (file.column("date"), file.column("currency"), file.column("units_per_eur"))
    var days: ContiguousArray<Int32> = []
    var columns = currencies.map { _ in ContiguousArray<Double>() }
    var lastDateText = ""
    for row in file.rows {
      if row[dateColumn] != lastDateText {
        lastDateText = row[dateColumn]
        let day = Int32(DatasetParsing.date(lastDateText, in: path).daysSinceEpoch)
        guard days.last.map({ $0 < day }) ?? true else { preconditionFailure("\(path): dates out of order") }
        days.append(day)
      }
      guard let index = currencies.firstIndex(of: row[currencyColumn]), columns[index].count == days.count - 1 else {
        preconditionFailure("\(path): \(row[currencyColumn]) on \(lastDateText) is not one of each day's currencies")
      }
      columns[index].append(DatasetParsing.number(row[rateColumn], in: path))
    }
    // SOURCES.md: every currency is published with no N/A in the range.
    for (index, code) in currencies.enumerated() where columns[index].count != days.count {
      preconditionFailure("\(path): \(code) misses a day")
    }
    return Table(
      name: "ecb_rates", days: days,
      columns: currencies.indices.map { Table.Column(name: currencies[$0].lowercased(), values: columns[$0], unit: perEuro(currencies[$0])) },
      provenance: Provenance(fileCitation))
  }()

  /// A rate as Tape shows a plain number: up to 15 significant digits, no binary noise.
  static func plain(_ value: Double) -> String { Value.quantity(Quantity(value)).display }

  /// Units of `code` per euro: `USD/EUR`.
  static func perEuro(_ code: String) -> Unit {
    Unit(DatasetUnits.builtin(code)).multiplied(by: Unit(DatasetUnits.builtin("EUR")).inverted).unit
  }

  /// One published rate: `code` per euro on `date`, citing its row.
  static func euroRate(_ code: String, on date: TapeDate) -> Quantity? {
    guard let column = table.columns.first(where: { $0.name == code.lowercased() }),
      let index = TradingDays.position(of: date, in: table.days)
    else { return nil }
    let value = column.values[index]
    let citation = Citation(
      key: "\(path):\(date.iso):\(code)",
      what: "ECB euro reference rate on \(date.iso): 1 EUR = \(plain(value)) \(code)",
      documents: [SourceDocuments.document("ECB_EUROFXREF_HIST")], note: conventions, calendar: .ecbReferenceRates)
    return Quantity(value, column.unit, provenance: Provenance(citation))
  }

  /// Why a rate cannot be given: the currency is not the ECB's, or the date has no rate.
  enum Missing: Error {
    case currency(String)
    case date
  }

  /// The rate that turns an amount in `from` into `to` on `date`, in `to/from`: the ECB's rate
  /// when one side is the euro, its inverse the other way, and the cross rate through the euro
  /// otherwise, which its own citation states.
  static func rate(from: String, to: String, on date: TapeDate) throws(Missing) -> Quantity {
    for code in [from, to] where code != "EUR" && !currencies.contains(code) { throw .currency(code) }
    let unit = Unit(DatasetUnits.builtin(to)).multiplied(by: Unit(DatasetUnits.builtin(from)).inverted).unit
    guard TradingDays.position(of: date, in: table.days) != nil else { throw .date }
    if from == to { return Quantity(1, unit) }
    let toPerEuro = to == "EUR" ? nil : euroRate(to, on: date)
    let fromPerEuro = from == "EUR" ? nil : euroRate(from, on: date)
    switch (fromPerEuro, toPerEuro) {
    case (nil, let toRate?):
      return Quantity(toRate.value, unit, provenance: toRate.provenance)
    case (let fromRate?, nil):
      return Quantity(1 / fromRate.value, unit, provenance: fromRate.provenance)
    case (let fromRate?, let toRate?):
      let cross = toRate.value / fromRate.value
      let derivation = Citation(
        key: "\(path):\(date.iso):\(from)/\(to)",
        what: """
          Cross rate through the euro on \(date.iso): 1 \(from) = \(plain(toRate.value)) \(to)/EUR \
          / \(plain(fromRate.value)) \(from)/EUR = \(plain(cross)) \(to)
          """,
        documents: [SourceDocuments.document("ECB_EUROFXREF_HIST")],
        note: "The ECB publishes rates against the euro only; a rate between two other currencies is the ratio of their euro rates.")
      return Quantity(
        cross, unit, provenance: fromRate.provenance.union(toRate.provenance).union(Provenance(derivation)))
    case (nil, nil):
      return Quantity(1, unit)
    }
  }
}

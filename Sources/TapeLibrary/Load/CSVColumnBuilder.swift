/// One column of a CSV file as its cells are read: each cell is parsed from its bytes straight
/// into the column's values, with no string per cell. What decides the column's type (how many
/// cells of each kind) and what its errors quote (the first cell of each kind) is kept on the way.
///
/// A column's values are of use only when every cell is a date, or every cell an amount
/// (number, money or percentage): any other mix makes it text or an error. So it keeps days
/// (4 bytes a cell) or amounts (8 bytes) while its cells agree, and drops them at the first
/// that does not.
struct CSVColumnBuilder {
  /// The first cell of a kind: its row and its text as written.
  struct FirstCell {
    var row: Int
    var text: String
  }

  /// What the column's values hold so far.
  private enum Holding { case nothingYet, days, amounts, neither }

  private var holding = Holding.nothingYet
  /// Cells read.
  private(set) var rows = 0
  /// Days since 1970-01-01, while every cell is a date.
  private(set) var days = ContiguousArray<Int32>()
  /// Values, while every cell is an amount: a percentage as a fraction.
  private(set) var amounts = ContiguousArray<Double>()
  /// Cells of each `CellKind`, by raw value.
  private(set) var counts = [Int](repeating: 0, count: CSVLoader.CellKind.allCases.count)
  private(set) var firstCells = [FirstCell?](repeating: nil, count: CSVLoader.CellKind.allCases.count)
  /// The first money cell's currency, and the first cell whose currency differs from it.
  private(set) var currency: String?
  private(set) var otherCurrencyCell: FirstCell?
  /// Every cell's text, when asked for: a list of records shows its text columns.
  private(set) var texts: ContiguousArray<String>?

  /// Whether the header says the column holds percentages (`yield (%)`): a bare number in it is
  /// read as one, `4.5` as 4.5%.
  let percent: Bool
  /// Room for this many cells, reserved at the first.
  private let capacity: Int

  init(percent: Bool, capacity: Int, keepsTexts: Bool) {
    self.percent = percent
    self.capacity = capacity
    if keepsTexts {
      texts = []
      texts?.reserveCapacity(capacity)
    }
  }

  func count(_ kind: CSVLoader.CellKind) -> Int { counts[Int(kind.rawValue)] }

  /// The first cell of any of `kinds`.
  func firstCell(of kinds: [CSVLoader.CellKind]) -> (kind: CSVLoader.CellKind, cell: FirstCell)? {
    kinds.compactMap { kind in firstCells[Int(kind.rawValue)].map { (kind, $0) } }.min { $0.cell.row < $1.cell.row }
  }

  mutating func add(_ cell: UnsafeBufferPointer<UInt8>) {
    let row = rows
    rows += 1
    let (kind, value, cellCurrency) = CSVLoader.parseCell(cell)
    let index = Int(kind.rawValue)
    counts[index] += 1
    if firstCells[index] == nil { firstCells[index] = FirstCell(row: row, text: String(decoding: cell, as: UTF8.self)) }
    if let cellCurrency {
      if currency == nil {
        currency = cellCurrency
      } else if currency != cellCurrency, otherCurrencyCell == nil {
        otherCurrencyCell = FirstCell(row: row, text: String(decoding: cell, as: UTF8.self))
      }
    }
    texts?.append(String(decoding: cell, as: UTF8.self))
    switch (holding, kind) {
    case (.days, .date):
      days.append(Int32(value))
    case (.amounts, .number):
      amounts.append(percent ? value / 100 : value)
    case (.amounts, .money), (.amounts, .percent):
      amounts.append(value)
    case (.nothingYet, .date):
      holding = .days
      days.reserveCapacity(capacity)
      days.append(Int32(value))
    case (.nothingYet, .number), (.nothingYet, .money), (.nothingYet, .percent):
      holding = .amounts
      amounts.reserveCapacity(capacity)
      amounts.append(kind == .number && percent ? value / 100 : value)
    case (.neither, _):
      break
    case (.nothingYet, _), (.days, _), (.amounts, _):
      holding = .neither
      days = []
      amounts = []
    }
  }

  /// The days, handed over: the column keeps none.
  mutating func takeDays() -> ContiguousArray<Int32> {
    defer { days = [] }
    return days
  }

  /// The amounts, handed over: the column keeps none.
  mutating func takeAmounts() -> ContiguousArray<Double> {
    defer { amounts = [] }
    return amounts
  }

  /// The texts, handed over: the column keeps none.
  mutating func takeTexts() -> ContiguousArray<String> {
    defer { texts = nil }
    return texts ?? []
  }
}

/// A value without decoration, for pasting into a spreadsheet (`:copy`): every digit Tape keeps,
/// no currency symbol, no digit groups, `.` for decimals whatever the display settings.
extension Value {
  public var plainText: String {
    switch self {
    case .quantity(let quantity):
      // A percentage keeps its sign, which spreadsheets read: `1.5%`.
      if quantity.isPercent { return NumberText.significant(quantity.value * 100) + "%" }
      return NumberText.significant(quantity.value)
    case .date(let date): return date.iso
    case .string(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    default: return display(.fullPrecision)
    }
  }
}

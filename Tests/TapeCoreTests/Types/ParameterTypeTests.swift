import Testing

@testable import TapeCore

/// Values of every kind, made the way a session makes them.
private enum Sample {
  static let usd = UnitDefinition.currency("USD", symbol: "$")
  static let share = UnitDefinition.base("share", plural: "shares")
  static let usdPerShare = Unit(usd).multiplied(by: Unit(share).inverted).unit
  static let hour = UnitDefinition(name: "hour", plural: "hours", dimension: BuiltinUnits.day.dimension, factor: 1.0 / 24)

  static let plain = Value.number(5)
  static let percent = Value.quantity(Quantity(0.05, format: .percent))
  static let dollars = Value.quantity(Quantity(5, Unit(usd)))
  static let price = Value.quantity(Quantity(118.42, usdPerShare))
  static let shares = Value.quantity(Quantity(3, Unit(share)))
  static let hours = Value.quantity(Quantity(36, Unit(hour)))
  static let date = Value.date(TapeDate(year: 2025, month: 1, day: 27)!)
  static let series = Value.series(Series(name: "close", days: [0, 1], values: [1, 2], unit: usdPerShare))
  static let table = Value.table(
    Table(name: "nv", days: [0], columns: [Table.Column(name: "close", values: [1], unit: usdPerShare)], provenance: .none))
  static let record = Value.record(Record(names: ["a"], values: [plain]))
}

struct ParameterTypeTests {
  @Test(arguments: [
    (ParameterType.number, Sample.plain, true), (.number, Sample.percent, true), (.number, Sample.dollars, false),
    (.quantity, Sample.shares, true), (.quantity, Sample.series, false),
    (.dimension(of: Sample.usdPerShare), Sample.price, true), (.dimension(of: Sample.usdPerShare), Sample.dollars, false),
    (.dimension(of: Unit(BuiltinUnits.day)), Sample.hours, true),
    (.money, Sample.dollars, true), (.money, Sample.price, false), (.money, Sample.plain, false),
    (.percent, Sample.percent, true), (.percent, Sample.plain, true), (.percent, Sample.dollars, false),
    (.duration, Sample.hours, true), (.duration, Sample.plain, false),
    (.date, Sample.date, true), (.date, Sample.plain, false), (.string, .string("a"), true), (.string, Sample.plain, false),
    (.boolean, .bool(true), true), (.series, Sample.series, true), (.series, Sample.table, false),
    (.table, Sample.table, true), (.record, Sample.record, true), (.any, Sample.table, true),
    (.list(of: .date), .list([Sample.date]), true), (.list(of: .date), .list([Sample.date, Sample.plain]), false),
    (.list(of: .any), .list([Sample.date, Sample.plain]), true), (.list(of: .date), .list([]), true),
    (.oneOf([.series, .list(of: .quantity)]), Sample.series, true),
    (.oneOf([.series, .list(of: .quantity)]), .list([Sample.shares]), true),
    (.oneOf([.series, .list(of: .quantity)]), Sample.table, false),
  ])
  func acceptsExactlyItsKind(_ type: ParameterType, _ value: Value, _ accepted: Bool) {
    #expect(type.accepts(value) == accepted, "\(type.notation(parameters: [])) given \(value.kindDescription)")
  }

  /// The screen that lets most arguments through with a bit test never lets through one the
  /// full check refuses, and never refuses one it accepts.
  @Test func theScreenAgreesWithTheFullCheck() {
    let types: [ParameterType] = [
      .number, .quantity, .dimension(of: Sample.usdPerShare), .money, .percent, .duration, .sameDimension(as: 0), .date,
      .string, .boolean, .list(of: .any), .list(of: .date), .series, .table, .record, .function, .chart, .any,
      .oneOf([.series, .list(of: .quantity)]), .oneOf([.quantity, .series, .table]), .oneOf([.dimension(of: Unit(Sample.share)), .record]),
    ]
    let values: [Value] = [
      Sample.plain, Sample.percent, Sample.dollars, Sample.price, Sample.shares, Sample.hours, Sample.date, .string("a"),
      .bool(false), .list([]), .list([Sample.date]), .list([Sample.plain]), Sample.series, Sample.table, Sample.record,
      .figure(Figure(title: "t", text: { _ in "" }, svg: { "" })),
    ]
    for type in types {
      let screen = type.screen
      for value in values {
        let bit = ParameterType.Screen.bit(value)
        if screen.passes(value) { #expect(type.accepts(value), "\(type) lets \(value.kindDescription) through unchecked") }
        if (screen.surely | screen.maybe) & bit == 0 {
          #expect(!type.accepts(value, arguments: [Sample.dollars]), "\(type) screens out \(value.kindDescription)")
        }
      }
    }
  }

  @Test func sameDimensionReadsTheArgumentItNames() {
    let type = ParameterType.sameDimension(as: 0)
    #expect(type.accepts(Sample.dollars, arguments: [Sample.dollars, Sample.dollars]))
    #expect(!type.accepts(Sample.shares, arguments: [Sample.dollars, Sample.shares]))
    // When the argument it names is not a quantity, any quantity fits.
    #expect(type.accepts(Sample.shares, arguments: [Sample.series, Sample.shares]))
    #expect(!type.accepts(Sample.date, arguments: [Sample.series, Sample.date]))
  }

  @Test func notationIsCompact() {
    let names = ["old", "new"]
    #expect(ParameterType.sameDimension(as: 0).notation(parameters: names) == "same dimension as old")
    #expect(ParameterType.dimension(of: Sample.usdPerShare).notation(parameters: names) == "USD/share")
    #expect(ParameterType.list(of: .date).notation(parameters: names) == "list of dates")
    #expect(ParameterType.list(of: .any).notation(parameters: names) == "list")
    #expect(ParameterType.oneOf([.series, .list(of: .quantity)]).notation(parameters: names) == "series | list of quantities")
  }

  @Test func expectationIsInWords() {
    #expect(ParameterType.oneOf([.series, .list(of: .quantity)]).expectation(parameters: []) == "a series or a list of numbers")
    #expect(ParameterType.oneOf([.quantity, .series, .table]).expectation(parameters: []) == "a number or quantity, a series or a table")
    #expect(
      ParameterType.sameDimension(as: 0).expectation(parameters: ["old"], reference: Sample.dollars.kind)
        == "a quantity in `USD`, like `old`")
  }

  @Test func aListIsBlamedOnItsFirstWrongItem() {
    let mismatch = ParameterType.list(of: .date).mismatch(for: .list([Sample.date, Sample.plain, .string("a")]))
    #expect(mismatch == .item(expected: .list(of: .date), position: 1, found: .plainNumber))
    #expect(
      mismatch?.message(function: "dated", parameter: "dates", parameters: ["dates"])
        == "`dated` expects `dates` to be a list of dates, found a plain number at position 1")
  }

  @Test func aQuantityInAnotherDimensionIsBlamedOnTheDimension() {
    let mismatch = ParameterType.sameDimension(as: 0).mismatch(for: Sample.shares, arguments: [Sample.dollars, Sample.shares])
    #expect(mismatch == .dimension(expected: .sameDimension(as: 0), reference: Sample.dollars.kind, found: Sample.shares.kind, fix: nil))
    #expect(
      mismatch?.message(function: "pct_change", parameter: "new", parameters: ["old", "new"])
        == "`pct_change` expects `new` to be a quantity in `USD`, like `old`, found `shares`")
  }

  @Test func foundIsTheOneDescriptionOfAValuesKind() {
    for value in [Sample.plain, Sample.percent, Sample.price, Sample.date, Sample.series, Sample.table, Sample.record] {
      let mismatch = ParameterType.boolean.mismatch(for: value)
      #expect(mismatch?.found == value.kind)
      #expect(mismatch?.label == "this is \(value.kindDescription)")
    }
    #expect(Sample.series.kindDescription == "a series in `USD/share`")
  }

  /// A plain number for a duration, for money and for a unit; a series for one value; a table
  /// for a series; a list for a series; one value for a list.
  @Test(arguments: [
    (ParameterType.duration, Sample.plain, "5", "write `5 years`"),
    (.duration, Sample.plain, "n", "multiply by the unit: `n * 1 year`"),
    (.money, Sample.plain, "5", "write `$5`"),
    (.money, Sample.plain, "-5", "write `-$5`"),
    (.money, Sample.plain, "a + b", "multiply by the unit: `(a + b) * $1`"),
    (.dimension(of: Sample.usdPerShare), Sample.plain, "118.42", "write `$118.42/share`"),
    (.dimension(of: Unit(Sample.share)), Sample.plain, "24.4B", "write `24.4B shares`"),
    (.number, Sample.dollars, "$4", "divide out the unit first, as in `$4 / $1`"),
    (.number, Sample.price, "p", "divide out the unit first, as in `p / ($1/share)`"),
    (.quantity, Sample.series, "nvda.close", "for its latest value, write `last(nvda.close)`"),
    (.oneOf([.series, .list(of: .quantity)]), Sample.table, "nv", "pick one column, as in `nv.close`"),
    (.series, .list([Sample.plain]), "[5]", "a list has no dates; make a series with `dated(dates, [5])`"),
    (.list(of: .quantity), Sample.plain, "5", "write a list in brackets: `[5]`"),
    (.function, Sample.plain, "5", "pass a function, such as `x => x * 2`"),
    (.date, .string("2025-01-27"), "\"2025-01-27\"", "write a date as YYYY-MM-DD, as in `2025-01-27`"),
  ])
  func anObviousFixIsOffered(_ type: ParameterType, _ value: Value, _ written: String, _ help: String) {
    #expect(type.mismatch(for: value)?.help(argument: written) == help)
  }

  @Test func noFixIsInventedWhenNoneIsObvious() {
    #expect(ParameterType.percent.mismatch(for: Sample.dollars)?.help(argument: "$5") == nil)
    #expect(ParameterType.string.mismatch(for: Sample.plain)?.help(argument: "5") == nil)
    #expect(ParameterType.oneOf([.series, .list(of: .quantity)]).mismatch(for: Sample.plain)?.help(argument: "3") == nil)
    #expect(ParameterType.list(of: .date).mismatch(for: .list([Sample.plain]))?.help(argument: "[5]") == nil)
  }
}

import Testing

@testable import TapeCore

private let share = UnitDefinition.base("share", plural: "shares")
private let usd = UnitDefinition.currency("USD", symbol: "$")
private let eur = UnitDefinition.currency("EUR", symbol: "€")
private let gpu = UnitDefinition.base("GPU")
private let day = BuiltinUnits.day
private let hour = UnitDefinition(name: "hour", plural: "hours", dimension: day.dimension, factor: 1.0 / 24)

@Suite struct UnitTests {
  @Test func pricePerShareTimesSharesIsMoney() {
    let price = Unit(usd).multiplied(by: Unit(share).inverted)
    #expect(price.unit.described == "USD/share")
    let cap = price.unit.multiplied(by: Unit(share))
    #expect(cap.unit == Unit(usd))
    #expect(cap.scale == 1)
  }

  @Test func sameDimensionUnderAnotherNameConvertsToTheLeftUnit() {
    // hour / day = 1/24, with no unit left.
    let ratio = Unit(hour).multiplied(by: Unit(day).inverted)
    #expect(ratio.unit.isNone)
    #expect(abs(ratio.scale - 1.0 / 24) < 1e-15)
    // GPU*hour / (GPU*hour) cancels exactly.
    let budget = Unit(gpu).multiplied(by: Unit(hour)).unit
    #expect(budget.multiplied(by: budget.inverted) == (Unit.none, 1))
  }

  @Test func currenciesNeverMerge() {
    let rate = Unit(usd).multiplied(by: Unit(eur).inverted).unit
    #expect(rate.described == "USD/EUR")
    #expect(rate.dimension != Dimension.none)
  }

  @Test func currencyIsFoundWhenItAppearsOnceToThePowerOne() {
    #expect(Unit(usd).currency == usd)
    #expect(Unit(usd).multiplied(by: Unit(share).inverted).unit.currency == usd)
    #expect(Unit(usd).raised(to: 2).currency == nil)
    #expect(Unit(usd).multiplied(by: Unit(eur)).unit.currency == nil)
    #expect(Unit(share).currency == nil)
  }

  @Test func dimensionIgnoresTheOrderUnitsWereWritten() {
    let a = Unit(usd).multiplied(by: Unit(share).inverted).unit
    let b = Unit(share).inverted.multiplied(by: Unit(usd)).unit
    #expect(a.dimension == b.dimension)
    #expect(a.dimension.described == "USD/share")
  }

  @Test func hourAndDayShareADimension() {
    #expect(Unit(hour).dimension == Unit(day).dimension)
    #expect(Unit(hour).factor == 1.0 / 24)
  }

  @Test(arguments: [
    (Unit(share), true, "shares"),
    (Unit(share), false, "share"),
    (Unit(gpu).multiplied(by: Unit(hour)).unit, true, "GPU*hour"),
    (Unit(usd).multiplied(by: Unit(gpu).multiplied(by: Unit(hour)).unit.inverted).unit, true, "USD/(GPU*hour)"),
    (Unit(day).inverted, true, "1/day"),
    (Unit(share).raised(to: 2), true, "share^2"),
    (Unit(share).raised(to: -2), true, "1/share^2"),
    (Unit(share).raised(to: 0), true, ""),
  ])
  func unitsReadTheWayTheyAreTyped(unit: Unit, plural: Bool, text: String) {
    #expect(unit.isNone ? text.isEmpty : unit.described(plural: plural) == text)
  }

  @Test func integerPowerIsExactForSmallExponents() {
    #expect(integerPower(10, 3) == 1000)
    #expect(integerPower(2, -2) == 0.25)
    #expect(integerPower(7, 0) == 1)
  }
}

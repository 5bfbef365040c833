import Testing

@testable import TapeCore

/// The calendar a value's dates follow comes from its citations.
struct TradingCalendarTests {
  static func cited(_ key: String, _ calendar: TradingCalendar?) -> Provenance {
    Provenance(Citation(key: key, what: key, documents: ["TEST"], calendar: calendar))
  }

  @Test func theCitationsCalendarIsTheValuesCalendar() {
    #expect(Self.cited("prices", .usEquities).calendar == .usEquities)
    #expect(Self.cited("rates", .ecbReferenceRates).calendar == .ecbReferenceRates)
  }

  @Test func citationsWithoutACalendarLeaveTheOthersTheirs() {
    // A price series times a share count (dated by filing, no trading calendar) stays on the price's.
    #expect(Self.cited("prices", .usEquities).union(Self.cited("shares", nil)).calendar == .usEquities)
  }

  @Test func noCalendarOrTwoCalendarsIsNone() {
    #expect(Provenance.none.calendar == nil)
    #expect(Self.cited("load:eu.csv", nil).calendar == nil)
    #expect(Self.cited("prices", .usEquities).union(Self.cited("rates", .ecbReferenceRates)).calendar == nil)
  }
}

import Testing

@testable import TapeCore

@Suite struct TapeDateTests {
  @Test func epochIsDayZero() {
    #expect(TapeDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
    #expect(TapeDate(year: 1969, month: 12, day: 31)?.daysSinceEpoch == -1)
    #expect(TapeDate(year: 1970, month: 2, day: 1)?.daysSinceEpoch == 31)
  }

  @Test func knownDayCounts() {
    // 1970..1999 is 30 years with 7 leap days (72, 76, 80, 84, 88, 92, 96): 30 * 365 + 7 = 10957.
    #expect(TapeDate(year: 2000, month: 1, day: 1)?.daysSinceEpoch == 10_957)
    // 2000 is a leap year: January 31 + February 29 days later is March 1.
    #expect(TapeDate(year: 2000, month: 3, day: 1)?.daysSinceEpoch == 10_957 + 60)
    // 2025-01-01: 2000..2024 adds 25 * 365 + 7 leap days (2000, 04, 08, 12, 16, 20, 24) = 9132.
    #expect(TapeDate(year: 2025, month: 1, day: 1)?.daysSinceEpoch == 10_957 + 9_132)
  }

  @Test(arguments: [
    (2025, 1, 27), (2024, 2, 29), (2000, 2, 29), (1, 1, 1), (9999, 12, 31), (1969, 7, 20), (1600, 3, 1),
    (2100, 12, 31),
  ])
  func componentsRoundTrip(year: Int, month: Int, day: Int) throws {
    let date = try #require(TapeDate(year: year, month: month, day: day))
    #expect(date.components == (year, month, day))
    #expect(TapeDate(daysSinceEpoch: date.daysSinceEpoch).components == (year, month, day))
  }

  @Test func everyDayOfFourHundredYearsRoundTrips() throws {
    // 400 Gregorian years repeat exactly: 146,097 days.
    let start = try #require(TapeDate(year: 1900, month: 1, day: 1)).daysSinceEpoch
    let end = try #require(TapeDate(year: 2300, month: 1, day: 1)).daysSinceEpoch
    #expect(end - start == 146_097)
    var previous = (year: 1899, month: 12, day: 31)
    for days in start..<end {
      let (year, month, day) = TapeDate(daysSinceEpoch: days).components
      let isNextDay =
        (year == previous.year && month == previous.month && day == previous.day + 1)
        || (year == previous.year && month == previous.month + 1 && day == 1)
        || (year == previous.year + 1 && month == 1 && day == 1 && previous.month == 12)
      guard isNextDay, TapeDate(year: year, month: month, day: day)?.daysSinceEpoch == days else {
        Issue.record("day \(days) is \(year)-\(month)-\(day), after \(previous)")
        return
      }
      previous = (year, month, day)
    }
  }

  @Test(arguments: [
    (2025, 2, 29), (1900, 2, 29), (2100, 2, 29), (2025, 4, 31), (2025, 13, 1), (2025, 0, 1), (2025, 1, 0),
    (2025, 1, 32), (0, 1, 1), (10_000, 1, 1), (-1, 1, 1),
  ])
  func impossibleDatesAreNil(year: Int, month: Int, day: Int) {
    #expect(TapeDate(year: year, month: month, day: day) == nil)
  }

  @Test func leapYearRules() {
    #expect(TapeDate.isLeap(2024))
    #expect(!TapeDate.isLeap(2025))
    #expect(!TapeDate.isLeap(1900))
    #expect(TapeDate.isLeap(2000))
    #expect(TapeDate.daysIn(month: 2, year: 2024) == 29)
    #expect(TapeDate.daysIn(month: 2, year: 2023) == 28)
    #expect(TapeDate.daysIn(month: 4, year: 2025) == 30)
    #expect(TapeDate.daysIn(month: 12, year: 2025) == 31)
  }

  @Test(arguments: [
    (1970, 1, 1, 4),  // a Thursday
    (2025, 1, 27, 1),  // a Monday
    (2025, 2, 2, 7),  // a Sunday
    (2000, 1, 1, 6),  // a Saturday
    (1969, 12, 29, 1),  // a Monday, before the epoch
  ])
  func isoWeekdayCountsFromMonday(year: Int, month: Int, day: Int, weekday: Int) {
    #expect(TapeDate(year: year, month: month, day: day)?.isoWeekday == weekday)
  }

  @Test func isoTextIsZeroPadded() {
    #expect(TapeDate(year: 2025, month: 1, day: 7)?.iso == "2025-01-07")
    #expect(TapeDate(year: 1, month: 1, day: 1)?.iso == "0001-01-01")
    #expect(TapeDate(year: 9999, month: 12, day: 31)?.iso == "9999-12-31")
  }

  @Test func datesOrderByDay() throws {
    let earlier = try #require(TapeDate(year: 2024, month: 12, day: 31))
    let later = try #require(TapeDate(year: 2025, month: 1, day: 1))
    #expect(earlier < later)
    #expect(!(later < earlier))
    #expect(earlier == TapeDate(daysSinceEpoch: later.daysSinceEpoch - 1))
  }

  @Test func rangeSpansYearOneToYear9999() {
    #expect(TapeDate(daysSinceEpoch: TapeDate.range.lowerBound).iso == "0001-01-01")
    #expect(TapeDate(daysSinceEpoch: TapeDate.range.upperBound).iso == "9999-12-31")
  }
}

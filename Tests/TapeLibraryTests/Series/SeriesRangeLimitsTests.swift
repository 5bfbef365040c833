import TapeCore
import TapeLibrary
import Testing

/// Slices as wide as the calendar, and wider: a slice searches for its ends, it never walks the
/// days between them, and an end past the years 1 to 9999 is an error.
struct SeriesRangeLimitsTests {
  @Test func aSliceOfEveryRepresentableDateIsTheWholeSeries() {
    var session = SeriesSession()
    #expect(session.shown("len(nv.close[0001-01-01..9999-12-31])") == session.shown("len(nv.close)"))
    #expect(session.error("nv.close[9999-12-31..0001-01-01]").message == "the range ends before it starts")
  }

  @Test func aSliceEndingATrillionDaysOnIsADateError() {
    var session = SeriesSession()
    let error = session.error("nv.close[2025-01-01..2025-01-01 + 1000000000000 days]")
    #expect(error.message == "the date falls outside the years 1 to 9999")
  }
}

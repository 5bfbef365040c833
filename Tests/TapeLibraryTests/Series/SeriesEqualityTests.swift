import Testing

/// `==` between two series or two tables was an error ("expected `+`, `-`, `*` or `/` between
/// series"); it is now one answer for the whole value, as for two lists.
struct SeriesEqualityTests {
  @Test func twoSeriesAreEqualWithTheSameDatesAndNumbers() {
    var session = SeriesSession()
    #expect(session.shown("nv.close == nv.close") == "true")
    #expect(session.shown("nv.close != nv.close") == "false")
    #expect(session.shown("nv.close == nv.close * 1") == "true")
    // Numbers agree to 12 significant digits, as two quantities do.
    #expect(session.shown("nv.close == nv.close * 1.0000000000001") == "true")
    #expect(session.shown("nv.close == nv.close * 1.001") == "false")
    // Other dates: not equal, even where the dates they share agree.
    #expect(session.shown("nv.close[2025-01-24..2025-01-27] == nv.close") == "false")
    #expect(session.shown("nv.close == bench") == "false")
  }

  @Test func amountsOfDifferentDimensionsAreAnError() {
    var session = SeriesSession()
    let error = session.error("nv.close == gappy")
    #expect(error.message == "cannot compare `USD/share` and a plain number")
  }

  @Test func twoTablesAreEqualColumnByColumn() {
    var session = SeriesSession()
    #expect(session.shown("nv == nv") == "true")
    #expect(session.shown("nv == bare") == "true")
    #expect(session.shown("nv != nv * 2") == "true")
    #expect(session.shown("nv == select(nv * 1, [\"close\"])") == "true")
  }
}

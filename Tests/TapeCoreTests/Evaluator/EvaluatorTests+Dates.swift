import Testing

@testable import TapeCore

@Suite struct DateArithmeticTests {
  @Test(arguments: [
    ("2025-01-27", "2025-01-27"),
    ("2025-01-27 + 7 days", "2025-02-03"),
    ("2025-01-27 + 1 week", "2025-02-03"),
    ("7 days + 2025-01-27", "2025-02-03"),
    ("2025-01-27 - 2024-12-31", "27 days"),
    ("2024-12-31 - 2025-01-27", "-27 days"),
    ("2025-03-01 - 2025-02-01", "28 days"),
    ("2024-03-01 - 2024-02-01", "29 days"),
    // A year added to or taken from a date moves the calendar; 365 days is a fixed span.
    ("2025-01-01 - 1 year", "2024-01-01"),
    ("2025-01-01 - 365 days", "2024-01-02"),
    ("2025-01-01 + 48 hours", "2025-01-03"),
    ("2024-12-31 + 1 day", "2025-01-01"),
    ("2025-03-01 - 1 day", "2025-02-28"),
    ("(2025-03-01 - 2025-01-01) in weeks", "8.42857 weeks"),
    ("2025-01-27 < 2025-01-28", "true"),
    ("2025-01-27 >= 2025-01-28", "false"),
    ("2025-01-27 == 2025-01-20 + 1 week", "true"),
    ("2025-01-27 != 2025-01-27", "false"),
  ])
  func datesMoveByDaysAndSubtractToDays(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func dateMovesOnlyByWholeDays() {
    assertDiagnostic("2025-01-01 1️⃣+ 36 hours", message: "a date moves by whole days; this is 1.5 days")
  }

  @Test func twoDatesDoNotAdd() {
    assertDiagnostic(
      "2025-01-01 1️⃣+ 2025-01-02", message: "cannot add two dates",
      help: "subtract two dates to get the days between them")
  }

  @Test func onlyDurationsMoveADate() {
    assertDiagnostic(
      "2025-01-01 1️⃣+ $5", message: "cannot add `USD` to a date", help: "add a duration, as in `2025-01-27 + 7 days`")
    assertDiagnostic("2025-01-01 1️⃣+ 5", message: "cannot add a plain number to a date")
  }

  @Test func datesStayWithinTheCalendar() {
    assertDiagnostic("9999-12-31 1️⃣+ 1 day", message: "the date falls outside the years 1 to 9999")
    assertDiagnostic("0001-01-01 1️⃣- 1 day", message: "the date falls outside the years 1 to 9999")
    assertDiagnostic("2025-01-01 1️⃣+ 1e300 days", message: "the date falls outside the years 1 to 9999")
  }

  @Test func datesDoNotMultiply() {
    assertDiagnostic(
      "2025-01-01 1️⃣* 2", message: "expected operands that `*` can combine, found a date and a plain number")
  }
}

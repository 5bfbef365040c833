import Testing

@testable import TapeCore

@Suite struct ListAndRecordTests {
  @Test(arguments: [
    ("[]", "[]"),
    ("[1, [2, 3]]", "[1, [2, 3]]"),
    ("[1, 2, 3] + [10, 20, 30]", "[11, 22, 33]"),
    ("[$142.62, $118.42, $128.99] * 2", "[$285.24, $236.84, $257.98]"),
    ("[$1, $2] + $3", "[$4.00, $5.00]"),
    ("10 - [1, 2]", "[9, 8]"),
    ("-[1, 2]", "[-1, -2]"),
    ("[1, 2] < 2", "[true, false]"),
    ("[[1, 2], [3, 4]] * 10", "[[10, 20], [30, 40]]"),
    ("[0.1, 0.2] in %", "[10.00%, 20.00%]"),
    ("[10, 20, 30][0]", "10"),
    ("[10, 20, 30][2]", "30"),
    ("[10, 20, 30][-1]", "30"),
    ("[10, 20, 30][-3]", "10"),
    ("[10, 20, 30][1 + 1]", "30"),
    ("xs = [1, 2]; xs[0] + xs[1]", "3"),
    ("[2025-01-01, 2025-01-02] + 1 day", "[2025-01-02, 2025-01-03]"),
  ])
  func listsWorkElementByElement(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func listsOfDifferentLengthsDoNotCombine() {
    assertDiagnostic(
      "[1, 2] 1️⃣+ [1, 2, 3]", message: "lists of different lengths (2 and 3)",
      label: "element-wise needs equal lengths")
  }

  @Test func indexOutOfRangeSaysWhichIndexesExist() {
    #expect(firstDiagnostic("[10, 20, 30][3]")?.message == "index 3 is out of range")
    #expect(firstDiagnostic("[10, 20, 30][3]")?.notes == ["valid indexes are 0 to 2"])
    #expect(firstDiagnostic("[10, 20, 30][-4]")?.message == "index -4 is out of range")
    #expect(firstDiagnostic("[][0]")?.notes == ["the list is empty"])
  }

  @Test func indexMustBeAWholeNumberAndTheBaseAList() {
    #expect(firstDiagnostic("[1, 2][0.5]")?.message.hasPrefix("expected a whole-number index") == true)
    #expect(firstDiagnostic("[1, 2][\"a\"]")?.message == "expected a whole-number index, found a string")
    #expect(firstDiagnostic("[1, 2][1 share]")?.message == "expected a whole-number index, found `shares`")
    #expect(firstDiagnostic("5[0]")?.message == "expected a list, series or table to index, found a plain number")
  }

  @Test(arguments: [
    ("[10, 20, 30, 40][1..2]", "[20, 30]"),
    ("[10, 20, 30, 40][0..0]", "[10]"),
    ("[10, 20, 30, 40][2..-1]", "[30, 40]"),
    ("[10, 20, 30, 40][-2..-1]", "[30, 40]"),
    ("xs = [$1, $2, $3]; xs[0..1] * 2", "[$2.00, $4.00]"),
  ])
  func aRangeOfPositionsTakesBothEnds(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func aRangeOfPositionsMustFitTheListAndGoForward() {
    #expect(firstDiagnostic("[10, 20, 30][0..3]")?.message == "index 3 is out of range")
    #expect(firstDiagnostic("[10, 20, 30][2..1]")?.message == "the range ends before it starts")
    #expect(firstDiagnostic("[10, 20, 30][0..1.5]")?.message.hasPrefix("expected a whole-number position") == true)
    #expect(firstDiagnostic("[10, 20][0..2025-01-01]")?.message == "expected a whole-number position, found a date")
  }

  @Test(arguments: [
    ("{}", "{}"),
    ("{price: $118.42/share, shares: 24.68B shares}", "{price: $118.42/share, shares: 24.68B shares}"),
    ("{a: {b: 5}}.a.b", "5"),
    ("{a: 0.5, b: 2} in %", "key    value\n───  ───────\na     50.00%\nb    200.00%"),
    ("nvda = {price: $118.42/share, shares: 24.68B shares}; nvda.price * nvda.shares", "$2.923T"),
    ("r = {xs: [1, 2, 3]}; r.xs[1]", "2"),
  ])
  func recordsHoldNamedFields(source: String, expected: String) {
    #expect(result(source) == expected)
  }

  @Test func missingFieldListsTheFieldsAndSuggestsOne() {
    assertDiagnostic(
      "nvda.1️⃣prise2️⃣", message: "no field `prise`", endsAt: "2️⃣", label: "unknown field",
      help: "did you mean `price`?", setup: "nvda = {price: $118.42/share, shares: 24.68B shares}")
    #expect(
      firstDiagnostic("nvda = {price: 1, shares: 2}; nvda.prise")?.notes == ["fields: `price`, `shares`"])
  }

  @Test func fieldOfANonRecordIsAnError() {
    #expect(firstDiagnostic("5.a")?.message == "expected a record with a field `a`, found a plain number")
  }
}

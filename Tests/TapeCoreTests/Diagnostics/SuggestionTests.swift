import Testing

@testable import TapeCore

@Suite struct SuggestionTests {
  @Test(arguments: [
    ("kitten", "sitting", 3),
    ("", "abc", 3),
    ("abc", "", 3),
    ("abc", "abc", 0),
    ("price", "prise", 1),
    ("price", "pric", 1),
    ("price", "pricee", 1),
    ("ab", "ba", 1),
    ("shares", "shraes", 1),
    ("ca", "abc", 3),  // optimal string alignment: a swapped pair is not edited again
    ("€uro", "euro", 1),
  ])
  func editDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps(a: String, b: String, distance: Int) {
    #expect(Suggestion.editDistance(a, b) == distance)
    #expect(Suggestion.editDistance(b, a) == distance)
  }

  @Test func closestCandidateWins() {
    #expect(Suggestion.closest(to: "prise", among: ["shares", "price", "prices"]) == "price")
    #expect(Suggestion.closest(to: "pricee", among: ["pric", "price"]) == "price")
  }

  @Test func allowedDistanceGrowsWithTheName() {
    // Up to 3 characters: one edit.
    #expect(Suggestion.closest(to: "abd", among: ["abc"]) == "abc")
    #expect(Suggestion.closest(to: "axy", among: ["abc"]) == nil)
    // 4 to 6 characters: two edits.
    #expect(Suggestion.closest(to: "shrs", among: ["shares"]) == "shares")
    #expect(Suggestion.closest(to: "abcd", among: ["wxyz"]) == nil)
    // Longer: three edits.
    #expect(Suggestion.closest(to: "mrkt_cp", among: ["market_cap"]) == "market_cap")
    #expect(Suggestion.closest(to: "mkt_c", among: ["market_cap"]) == nil)
  }

  @Test func nameIsNeverSuggestedToItself() {
    #expect(Suggestion.closest(to: "price", among: ["price"]) == nil)
  }

  @Test func caseDoesNotCount() {
    #expect(Suggestion.closest(to: "gpu", among: ["GPU"]) == "GPU")
    #expect(Suggestion.closest(to: "Price", among: ["price"]) == "price")
  }

  @Test func tieGoesToTheAlphabeticallyFirstWhateverTheOrder() {
    #expect(Suggestion.closest(to: "hous", among: ["hour", "hours"]) == "hour")
    #expect(Suggestion.closest(to: "hous", among: ["hours", "hour"]) == "hour")
  }

  @Test func noCandidatesNoSuggestion() {
    #expect(Suggestion.closest(to: "price", among: [String]()) == nil)
  }

  @Test func interpreterSuggestsAmongBindingsUnitsAndBuiltins() {
    #expect(firstDiagnostic("revenu = 1; revenue")?.help == "did you mean `revenu`?")
    #expect(firstDiagnostic("3 yeer")?.help == "did you mean `year`?")
    #expect(firstDiagnostic("twiec(2)", natives: [twice])?.help == "did you mean `twice`?")
  }
}

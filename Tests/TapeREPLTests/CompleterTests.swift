import Testing
import TapeREPL

struct CompleterTests {
  let completer = Completer(
    context: CompletionContext(
      names: ["price", "pe", "pct", "shares", "share", "sqrt", "sum", "nvda"],
      fields: ["nvda": ["price", "shares", "book_value"]],
      helpTopics: ["round", "percent", "pe_ratio", "market cap", "market_cap", "percent vs points"],
      commands: [":help", ":history", ":vars", ":load"]))

  func complete(_ line: String) -> Completer.Result {
    // The word starts after the last break character, as libedit splits it.
    let breaks = Set(" \t\"'`@><=;|&{([,+-*/^:.%")
    let start = line.lastIndex { breaks.contains($0) }.map { line.index(after: $0) } ?? line.startIndex
    return completer.complete(
      line: line, wordStart: line.utf8.distance(from: line.startIndex, to: start), word: String(line[start...]))
  }

  @Test func namesCompleteFromTheSession() {
    #expect(complete("pr") == .candidates(["price"]))
    #expect(complete("2 * p") == .candidates(["pct", "pe", "price"]))
  }

  @Test func keywordsCompleteToo() {
    #expect(complete("x = i") == .candidates(["if", "in"]))
  }

  @Test func fieldsCompleteAfterADot() {
    #expect(complete("nvda.") == .candidates(["book_value", "price", "shares"]))
    #expect(complete("nvda.sh") == .candidates(["shares"]))
  }

  @Test func fieldsOfUnknownOwnerCompleteToNothing() {
    #expect(complete("other.p") == .candidates([]))
  }

  @Test func commandsCompleteAfterAColon() {
    #expect(complete(":h") == .candidates(["help", "history"]))
  }

  @Test func helpTopicsCompleteAfterHelp() {
    #expect(complete("help pe") == .candidates(["pe_ratio", "percent", "percent vs points"]))
    #expect(complete(":help r") == .candidates(["round"]))
  }

  @Test func helpTopicsOfSeveralWordsCompleteWordByWord() {
    #expect(complete("help mar") == .candidates(["market cap", "market_cap"]))
    #expect(complete("help market c") == .candidates(["cap"]))
    #expect(complete("help percent vs p") == .candidates(["points"]))
    #expect(complete("help percent ") == .candidates(["vs points"]))
    #expect(complete("help market x") == .candidates([]))
  }

  @Test func pathsAfterLoadAreLeftToTheFileCompleter() {
    #expect(complete(":load ses") == .files)
  }
}

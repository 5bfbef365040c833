import Testing

@testable import TapeCore

/// The kinds of all tokens of `text`, without the final `.endOfInput`.
private func kinds(_ text: String) -> [TokenKind] {
  var lexer = Lexer(SourceFile(id: SourceID(0), name: "<test>", text: text))
  let tokens = lexer.tokens()
  #expect(tokens.last?.kind == .endOfInput)
  return tokens.dropLast().map(\.kind)
}

/// The single token `text` lexes to.
private func token(_ text: String) -> TokenKind? {
  let all = kinds(text)
  #expect(all.count == 1, "\(text) lexed to \(all)")
  return all.first
}

/// The lexer error of a text that lexes to one invalid token.
private func lexError(_ text: String) -> LexError? {
  guard case .invalid(let error)? = token(text) else { return nil }
  return error
}

@Suite struct LexerTests {
  // MARK: Numbers

  @Test(arguments: [
    ("42", 42.0),
    ("142.62", 142.62),
    (".5", 0.5),
    ("1_000", 1000),
    ("1_000_000", 1_000_000),
    ("1.5e3", 1500),
    ("2E2", 200),
    ("1e-3", 0.001),
    ("1e+3", 1000),
    ("12k", 12_000),
    ("12.5k", 12_500),
    ("5.576M", 5_576_000),
    ("589B", 589e9),
    ("3.65T", 3.65e12),
  ])
  func numberLiteralsDecodeDigitGroupsExponentsAndScales(text: String, expected: Double) {
    #expect(token(text) == .number(expected))
  }

  @Test func percentLiteralIsDividedByHundred() {
    #expect(token("17%") == .percent(0.17))
    #expect(token("2.5%") == .percent(0.025))
  }

  @Test func scaleAppliesBeforePercent() {
    // 1k% is 1000% = 10.
    #expect(token("1k%") == .percent(10))
  }

  /// Tape shows percentage points glued to the number (`1.5pp`), so that reads back.
  @Test func percentagePointsGluedToANumberAreTheUnitAfterIt() {
    #expect(kinds("1.5pp") == [.number(1.5), .identifier("pp")])
    #expect(kinds("0.42pp + 1") == [.number(0.42), .identifier("pp"), .symbol(.plus), .number(1)])
  }

  @Test(arguments: ["5m", "5mm", "5mn", "12kg", "5Bn", "1__0", "1_", "1_.5", "2ppx", "3Mpp"])
  func numbersGluedToLettersOrMisplacedUnderscoresAreMalformed(text: String) {
    #expect(lexError(text) == .malformedNumber(text, at: Span(source: SourceID(0), start: 0, end: text.utf8.count)))
  }

  @Test func lowerCaseMIsNotAScaleSoItIsReadAsAName() {
    #expect(kinds("5 m") == [.number(5), .identifier("m")])
  }

  @Test func exponentNeedsDigitsOtherwiseTheLetterIsPartOfAWord() {
    // `2e` is not an exponent: the `e` is glued to the number.
    #expect(lexError("2e") == .malformedNumber("2e", at: Span(source: SourceID(0), start: 0, end: 2)))
  }

  // MARK: Money

  @Test(arguments: [
    ("$142.62", "USD", 142.62),
    ("$589B", "USD", 589e9),
    ("$.5", "USD", 0.5),
    ("€12M", "EUR", 12e6),
    ("£3.50", "GBP", 3.5),
    ("¥1_000", "JPY", 1000),
  ])
  func currencySymbolBeforeAnAmountIsMoney(text: String, currency: String, amount: Double) {
    #expect(token(text) == .money(currency: currency, amount: amount))
  }

  @Test func currencySymbolAloneNamesTheCurrency() {
    #expect(kinds("$/share") == [.identifier("USD"), .symbol(.slash), .identifier("share")])
    #expect(kinds("x in €") == [.identifier("x"), .keyword(.in), .identifier("EUR")])
  }

  @Test func currencySymbolBeforeANameIsAnError() {
    #expect(
      kinds("$abc")
        == [
          .invalid(.currencySymbolWithoutAmount("$", at: Span(source: SourceID(0), start: 0, end: 1))),
          .identifier("abc"),
        ])
  }

  @Test func moneyCannotBeAPercentage() {
    #expect(lexError("$5%") == .malformedNumber("$5%", at: Span(source: SourceID(0), start: 0, end: 3)))
  }

  @Test func moneySpanCoversSymbolAndAmount() {
    var lexer = Lexer(SourceFile(id: SourceID(0), name: "<test>", text: "€12M + 1"))
    let tokens = lexer.tokens()
    // `€` is three UTF-8 bytes.
    #expect(tokens[0].span == Span(source: SourceID(0), start: 0, end: 6))
    #expect(tokens[1].span == Span(source: SourceID(0), start: 7, end: 8))
  }

  // MARK: Dates

  @Test func isoDateIsOneToken() {
    #expect(token("2025-01-27") == .date(TapeDate(year: 2025, month: 1, day: 27)!))
    #expect(token("2024-02-29") == .date(TapeDate(year: 2024, month: 2, day: 29)!))
  }

  @Test func dateFollowedByOperatorStillLexes() {
    #expect(
      kinds("2025-01-27-2024-12-31")
        == [
          .date(TapeDate(year: 2025, month: 1, day: 27)!), .symbol(.minus),
          .date(TapeDate(year: 2024, month: 12, day: 31)!),
        ])
  }

  @Test func numbersSeparatedBySpacedMinusAreNotADate() {
    #expect(kinds("2025 - 1 - 27") == [.number(2025), .symbol(.minus), .number(1), .symbol(.minus), .number(27)])
    #expect(kinds("100-1-27") == [.number(100), .symbol(.minus), .number(1), .symbol(.minus), .number(27)])
  }

  /// `2025-1-27` silently gave `1,997`: it is a date written without its leading zeros.
  @Test func aDateWithAOneDigitMonthOrDayIsAnError() {
    for text in ["2025-1-27", "2025-01-7", "2025-1-1"] {
      guard case .invalid(.invalidDate(let written, let reason, _))? = kinds(text).first else {
        Issue.record("\(text) lexed as \(kinds(text))")
        continue
      }
      #expect(written == text)
      #expect(reason.contains("two digits"))
    }
  }

  @Test(arguments: [
    ("2025-02-29", "February 2025 has 28 days"),
    ("2025-02-30", "February 2025 has 28 days"),
    ("2025-04-31", "April 2025 has 30 days"),
    ("1900-02-29", "February 1900 has 28 days"),
    ("2025-13-01", "there is no month 13"),
    ("2025-00-10", "there is no month 0"),
    ("2025-01-00", "January 2025 has 31 days"),
    ("0000-01-01", "there is no year 0"),
  ])
  func impossibleDatesSayWhy(text: String, reason: String) {
    guard case .invalidDate(let written, let given, let span)? = lexError(text) else {
      Issue.record("\(text) is not an invalid date")
      return
    }
    #expect(written == text)
    #expect(given == reason)
    #expect(span == Span(source: SourceID(0), start: 0, end: 10))
  }

  // MARK: Names, keywords, strings

  @Test func keywordsAreRecognisedAndOtherWordsAreNames() {
    #expect(
      kinds("fn unit if then else and or not in true false")
        == [
          .keyword(.fn), .keyword(.unit), .keyword(.if), .keyword(.then), .keyword(.else), .keyword(.and),
          .keyword(.or), .keyword(.not), .keyword(.in), .keyword(.true), .keyword(.false),
        ])
    #expect(
      kinds("pct_change _x x2 iff") == [
        .identifier("pct_change"), .identifier("_x"), .identifier("x2"), .identifier("iff"),
      ])
  }

  @Test func nameMayStartWithANonASCIILetter() {
    #expect(kinds("éa") == [.identifier("éa")])
  }

  @Test func stringLiteralDropsItsQuotes() {
    #expect(token("\"fell\"") == .string("fell"))
    #expect(token("\"\"") == .string(""))
  }

  @Test func stringMustCloseOnItsLine() {
    #expect(
      kinds("\"abc\n1")
        == [.invalid(.unterminatedString(at: Span(source: SourceID(0), start: 0, end: 4))), .newline, .number(1)])
  }

  // MARK: Symbols, comments, layout

  @Test func operatorsAndPunctuation() {
    #expect(
      kinds("+ - * / ^ ( ) [ ] { } , : ; % . ..")
        == [
          .symbol(.plus), .symbol(.minus), .symbol(.star), .symbol(.slash), .symbol(.caret), .symbol(.leftParen),
          .symbol(.rightParen), .symbol(.leftBracket), .symbol(.rightBracket), .symbol(.leftBrace),
          .symbol(.rightBrace), .symbol(.comma), .symbol(.colon), .symbol(.semicolon), .symbol(.percent),
          .symbol(.dot), .symbol(.dotDot),
        ])
  }

  @Test func comparisonOperatorsTakeTwoCharactersWhenTheyCan() {
    #expect(
      kinds("= == != < <= > >= <==")
        == [
          .symbol(.equal), .symbol(.equalEqual), .symbol(.bangEqual), .symbol(.less), .symbol(.lessEqual),
          .symbol(.greater), .symbol(.greaterEqual), .symbol(.lessEqual), .symbol(.equal),
        ])
  }

  @Test func commentRunsToTheEndOfTheLine() {
    #expect(kinds("1 # two + 2\n3") == [.number(1), .newline, .number(3)])
  }

  @Test func backslashAtEndOfLineJoinsTheLines() {
    #expect(kinds("1 +\\\n2") == [.number(1), .symbol(.plus), .number(2)])
  }

  @Test func newlinesAreTokensAndOtherWhitespaceIsNot() {
    #expect(kinds(" 1\t\r\n2 ") == [.number(1), .newline, .number(2)])
  }

  @Test func emptyTextIsJustTheEnd() {
    #expect(kinds("") == [])
    #expect(kinds("   # nothing") == [])
  }

  @Test func tokenSpansAreUTF8Offsets() {
    var lexer = Lexer(SourceFile(id: SourceID(3), name: "<test>", text: "$142.62 + 24.68B shares"))
    let spans = lexer.tokens().map { ($0.span.start, $0.span.end) }
    #expect(spans.count == 5)
    #expect(spans[0] == (0, 7))
    #expect(spans[1] == (8, 9))
    #expect(spans[2] == (10, 16))
    #expect(spans[3] == (17, 23))
    #expect(spans[4] == (23, 23))
  }

  @Test func tokensCarryTheirSourceID() {
    var lexer = Lexer(SourceFile(id: SourceID(7), name: "<test>", text: "1 + 2"))
    #expect(lexer.tokens().allSatisfy { $0.span.source == SourceID(7) })
  }

  // MARK: Unreadable text

  @Test(arguments: [("×", "×"), ("÷", "÷"), ("@", "@"), ("→", "→"), ("\\", "\\")])
  func unknownCharacterIsReportedWhole(text: String, shown: String) {
    #expect(
      lexError(text) == .unexpectedCharacter(shown, at: Span(source: SourceID(0), start: 0, end: text.utf8.count)))
  }

  @Test func lexingContinuesAfterAnUnknownCharacter() {
    let all = kinds("3 × 4")
    #expect(all.count == 3)
    #expect(all.first == .number(3))
    #expect(all.last == .number(4))
  }

  @Test(arguments: [
    ("×", "use `*` to multiply"),
    ("÷", "use `/` to divide"),
  ])
  func typographicOperatorsGetAHelpLine(text: String, help: String) {
    #expect(lexError(text)?.diagnostic.help == help)
  }
}

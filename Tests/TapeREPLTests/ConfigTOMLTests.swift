import Testing
@testable import TapeREPL

/// config.toml's reader: TOML's top-level `key = value` lines as settings, every other TOML form
/// read and kept as written, and a damaged file an error at its line.
struct ConfigTOMLTests {
  func entries(_ text: String) throws -> [ConfigTOML.Entry] {
    try ConfigTOML.entries(in: text)
  }

  func error(_ text: String) -> ConfigTOMLError? {
    do throws(ConfigTOMLError) {
      _ = try ConfigTOML.entries(in: text)
      return nil
    } catch {
      return error
    }
  }

  @Test func settingsAreStringsWholeNumbersAndBooleansWithTheirLines() throws {
    let text = """
      # Tape's settings
      digits = 8

      decimal_separator = ","   # comma
      "thousands_separator" = '.'
      colour = true
      money_decimals = -2
      """
    #expect(
      try entries(text) == [
        .init(key: "digits", value: .integer(8), line: 2),
        .init(key: "decimal_separator", value: .string(","), line: 4),
        .init(key: "thousands_separator", value: .string("."), line: 5),
        .init(key: "colour", value: .boolean(true), line: 6),
        .init(key: "money_decimals", value: .integer(-2), line: 7),
      ])
  }

  @Test(arguments: [
    ("1_000", 1000), ("+42", 42), ("0", 0), ("-0", 0), ("0xff", 255), ("0o17", 15), ("0b101", 5), ("0xDEAD_beef", 0xDEAD_BEEF),
  ])
  func integersInEveryForm(written: String, value: Int) throws {
    #expect(try entries("n = \(written)") == [.init(key: "n", value: .integer(value), line: 1)])
  }

  @Test func stringEscapesAndMultilineStrings() throws {
    #expect(try entries(#"s = "tab\there \"q\" \u00E9 \U0001F600 back\\slash""#).first?.value == .string("tab\there \"q\" é 😀 back\\slash"))
    #expect(try entries(#"s = 'C:\path\no escapes'"#).first?.value == .string(#"C:\path\no escapes"#))
    let basic = "s = \"\"\"\nfirst\nsecond \\\n    joined\"\"\"\nn = 1"
    #expect(try entries(basic) == [.init(key: "s", value: .string("first\nsecond joined"), line: 1), .init(key: "n", value: .integer(1), line: 5)])
    #expect(try entries("s = '''\nraw \\n\n'''").first?.value == .string("raw \\n\n"))
    #expect(try entries(#"s = """"quoted"""""#).first?.value == .string(#""quoted""#))
  }

  @Test func otherValuesAreKeptAsWritten() throws {
    let text = """
      pi = 3.14
      big = -6.02e+23
      never = inf
      day = 1979-05-27
      moment = 1979-05-27 07:32:00Z
      at = 07:32:00.5
      list = [ 1, "two",  # a comment
        [3], ]
      point = { x = 1, y = "z" }
      """
    #expect(
      try entries(text).map(\.value) == [
        .other("3.14"), .other("-6.02e+23"), .other("inf"), .other("1979-05-27"), .other("1979-05-27 07:32:00Z"),
        .other("07:32:00.5"), .other("[ 1, \"two\",  # a comment\n  [3], ]"), .other("{ x = 1, y = \"z\" }"),
      ])
    #expect(try entries(text).last?.line == 9, "lines are counted through a multi-line array")
  }

  @Test func aTableIsOneNameAndItsKeysAreNotSettings() throws {
    let text = """
      digits = 3
      [display]
      digits = 9
      [[more]]
      x = 1
      """
    #expect(
      try entries(text) == [
        .init(key: "digits", value: .integer(3), line: 1), .init(key: "display", value: .other("[display]"), line: 2),
        .init(key: "more", value: .other("[[more]]"), line: 4),
      ])
    #expect(try entries("a.b = 1\na.c = 2").map(\.key) == ["a"])
  }

  @Test func aDamagedFileIsAnErrorAtItsLine() {
    #expect(error("digits = 4\ncolour = [oops\n") == .invalidValue("oops", line: 2))
    #expect(error("colour = auto") == .invalidValue("auto", line: 1))
    #expect(error("colour = auto")?.message == "`auto` is not a TOML value (text goes in quotes: `\"auto\"`)")
    #expect(error("a = 1\nb = \"open\nc = 2") == .unclosedString(line: 2))
    #expect(error("a = '''never closed\n\n") == .unclosedMultilineString(line: 1))
    #expect(error("a = [1, 2\n\n") == .unclosedArray(line: 1))
    #expect(error("a = [1 2]") == .expectedSeparator(found: "`2]`", closing: "]", line: 1))
    #expect(error("a = { x = 1\n") == .unclosedInlineTable(line: 1))
    #expect(error("\n\ndigits 4") == .expectedEquals(key: "digits", line: 3))
    #expect(error("digits =\n") == .expectedValue(key: "digits", line: 1))
    #expect(error("digits = 4 5") == .expectedEndOfLine(found: "`5`", line: 1))
    #expect(error("= 4") == .expectedKey(found: "`=`", line: 1))
    #expect(error("[table") == .unclosedTableHeader(line: 1))
    #expect(error("s = \"\\q\"") == .invalidEscape("q", line: 1))
    #expect(error("digits = 4\ndigits = 5") == .duplicateKey("digits", line: 2))
    #expect(error("n = 007") == .invalidValue("007", line: 1))
    #expect(error("n = 1__0") == .invalidValue("1__0", line: 1))
    #expect(error("n = 99999999999999999999") == .invalidValue("99999999999999999999", line: 1))
  }

  @Test func aByteOrderMarkIsNotPartOfTheFirstName() throws {
    #expect(try entries("\u{FEFF}digits = 4") == [.init(key: "digits", value: .integer(4), line: 1)])
  }
}

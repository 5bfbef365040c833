import Testing
@testable import TapeREPL

struct REPLSessionTests {
  @Test func tapeCodeGivesResultsAndBindingsInOrder() {
    var session = REPLSession()
    #expect(session.handle("price = $118.42/share") == [.result("price = $118.42/share")])
    #expect(session.handle("price * 24.68B shares") == [.result("$2.923T")])
  }

  @Test func errorsNameTheEntry() {
    var session = REPLSession()
    _ = session.handle("1 + 1")
    guard case .error(let text)? = session.handle("$5 + 3 shares").first else {
      Issue.record("expected an error")
      return
    }
    #expect(text.hasPrefix("<input:2>:1:4: error: cannot add `USD` and `shares`"))
  }

  @Test func varsListsNamesWithValuesAndDimensions() {
    var session = REPLSession()
    _ = session.handle("price = $118.42/share")
    _ = session.handle("n = 3")
    #expect(session.handle(":vars") == [.text("price = $118.42/share   [USD/share]\nn     = 3\n")])
  }

  @Test func varsWhenEmptySaysHowToBind() {
    var session = REPLSession()
    #expect(session.handle(":vars") == [.text("no names yet; bind one with `name = value`\n")])
  }

  @Test func unitsListsBuiltinAndDeclaredUnits() {
    var session = REPLSession()
    _ = session.handle("unit GPU")
    guard case .text(let text)? = session.handle(":units").first else {
      Issue.record("expected a listing")
      return
    }
    #expect(text.contains("GPU   [GPU]"))
    #expect(text.contains("share, shares   [share]"))
    #expect(text.contains("week, weeks = 7 days   [day]"))
  }

  @Test func historyListsNumberedEntries() {
    var session = REPLSession()
    #expect(session.handle(":history", history: ["1 + 1", "x = 2"]) == [.text("1  1 + 1\n2  x = 2\n")])
  }

  @Test func unknownCommandSuggestsTheClosest() {
    var session = REPLSession()
    #expect(session.handle(":hist") == [.error("error: unknown command `:hist`\n  = help: did you mean `:history`?\n")])
  }

  @Test func quitAndClear() {
    var session = REPLSession()
    #expect(session.handle(":quit") == [.quit])
    #expect(session.handle(":clear") == [.clearScreen])
  }

  @Test func completionContextKnowsNamesAndRecordFields() {
    var session = REPLSession()
    _ = session.handle("nvda = {price: $118.42/share, shares: 24.68B shares}")
    let context = session.completionContext
    #expect(context.names.contains("nvda"))
    #expect(context.names.contains("sqrt"))
    #expect(context.names.contains("shares"))
    #expect(context.fields["nvda"] == ["price", "shares"])
  }
}

struct REPLCompletionOfDataTests {
  @Test func datasetsAndTheirColumnsComplete() {
    let session = REPLSession()
    let completer = Completer(context: session.completionContext)
    #expect(completer.complete(line: "nv", wordStart: 0, word: "nv") == .candidates(["nvda", "nvda_cash_flows", "nvda_fundamentals"]))
    guard case .candidates(let fields) = completer.complete(line: "nvda.cl", wordStart: 5, word: "cl") else {
      Issue.record("expected candidates")
      return
    }
    #expect(fields == ["close"])
  }
}

/// `:set` and `:copy` at the prompt.
struct REPLSettingsTests {
  @Test func setChangesTheDisplayAndIsSavedWithTheSession() {
    var session = REPLSession()
    #expect(session.handle("118.42 / 2.69") == [.result("44.0223")])
    #expect(session.handle(":set digits 4") == [])
    #expect(session.handle("118.42 / 2.69") == [.result("44.02")])
    #expect(session.handle(":set thousands_separator space") == [])
    #expect(session.handle("1234.5") == [.result("1 235")])
    #expect(session.transcript.count == 5, "`:set` lines are kept for `:save`")
  }

  @Test func aBadSettingNamesTheValidOnes() {
    var session = REPLSession()
    guard case .error(let text)? = session.handle(":set colour purple").first else {
      Issue.record("expected an error")
      return
    }
    #expect(text.contains("`colour` cannot be `purple`; it takes `auto`, `on` or `off`"))
  }

  /// `:set colour` changed only the bolding of results: errors kept the style chosen at start.
  @Test func setColourAlsoColoursErrors() {
    var session = REPLSession(diagnosticStyle: .plain)
    func error(_ entry: String) -> String? {
      if case .error(let text)? = session.handle(entry).first { text } else { nil }
    }
    #expect(error("$5 + 3 shares").map { !$0.contains("\u{1B}[") } == true)
    _ = session.handle(":set colour on")
    #expect(error("$5 + 3 shares").map { $0.contains("\u{1B}[") } == true)
    _ = session.handle(":set colour off")
    var coloured = REPLSession(diagnosticStyle: .ansi)
    _ = coloured.handle(":set colour off")
    #expect(error("$5 + 3 shares").map { !$0.contains("\u{1B}[") } == true)
    if case .error(let text)? = coloured.handle("$5 + 3 shares").first {
      #expect(!text.contains("\u{1B}["), "`:set colour off` takes colour out of a colour terminal's errors")
    } else {
      Issue.record("expected an error")
    }
  }

  @Test func copyWritesThePlainValueAsOSC52() {
    var session = REPLSession()
    #expect(session.handle(":copy").first.map { if case .error = $0 { true } else { false } } == true)
    _ = session.handle("x = 118.42 / 2.69")
    let outputs = session.handle(":copy")
    // "44.0223048327138" in base64.
    #expect(outputs.first == .clipboard("44.0223048327138"))
    #expect(OSC52.sequence(copying: "44.0223048327138") == "\u{1B}]52;c;NDQuMDIyMzA0ODMyNzEzOA==\u{07}")
  }

  @Test func base64MatchesRFC4648() {
    #expect(OSC52.base64(Array("".utf8)) == "")
    #expect(OSC52.base64(Array("f".utf8)) == "Zg==")
    #expect(OSC52.base64(Array("fo".utf8)) == "Zm8=")
    #expect(OSC52.base64(Array("foo".utf8)) == "Zm9v")
    #expect(OSC52.base64(Array("foobar".utf8)) == "Zm9vYmFy")
  }
}

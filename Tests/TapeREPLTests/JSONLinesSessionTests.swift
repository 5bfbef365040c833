import Foundation
import Testing

@testable import TapeREPL

/// `tape serve`'s protocol, request by request: what each operation answers, in one session.
struct JSONLinesSessionTests {
  func reply(_ session: inout JSONLinesSession, _ request: String) throws -> [String: Any] {
    let line = session.reply(to: request)
    #expect(!line.contains("\n"), "a reply is one line")
    return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  func outputs(_ reply: [String: Any]) -> [[String: Any]] { reply["outputs"] as? [[String: Any]] ?? [] }

  @Test func executeKeepsOneSessionAndCountsEntries() throws {
    var session = JSONLinesSession()
    let first = try reply(&session, #"{"id": 1, "op": "execute", "code": "cash = $5B"}"#)
    #expect(first["id"] as? Int == 1)
    #expect(first["ok"] as? Bool == true)
    #expect(first["count"] as? Int == 1)
    #expect(outputs(first).first?["kind"] as? String == "binding")
    #expect(outputs(first).first?["text"] as? String == "cash = $5.000B")
    let second = try reply(&session, #"{"id": "two", "op": "execute", "code": "cash / 2; cash * 2"}"#)
    #expect(second["id"] as? String == "two")
    #expect(second["count"] as? Int == 2)
    #expect(outputs(second).map { $0["text"] as? String } == ["$2.500B", "$10.00B"])
  }

  @Test func tableHasTextAndHTML() throws {
    var session = JSONLinesSession()
    let table = outputs(try reply(&session, #"{"op": "execute", "code": "nvda[2025-01-24..2025-01-27]"}"#))
    #expect(table.count == 1)
    #expect((table.first?["text"] as? String)?.hasPrefix("date        open (USD/share)") == true)
    let html = try #require(table.first?["html"] as? String)
    #expect(html.hasPrefix("<table class=\"tape-table\">"))
    #expect(html.contains("<td style=\"text-align: left\">2025-01-27</td>"))
    #expect(html.contains("<td style=\"text-align: right\">$118.42</td>"))
    #expect(table.first?["svg"] == nil)
  }

  @Test func chartHasTextAndSVG() throws {
    var session = JSONLinesSession()
    let chart = outputs(try reply(&session, #"{"op": "execute", "code": "chart(nvda.close)"}"#))
    #expect(chart.first?["kind"] as? String == "figure")
    #expect((chart.first?["svg"] as? String)?.hasPrefix("<svg") == true)
    #expect((chart.first?["text"] as? String)?.contains("nvda.close") == true)
  }

  @Test func errorIsAnOutputWithItsMessageAndTheEntryFails() throws {
    var session = JSONLinesSession()
    let failed = try reply(&session, #"{"op": "execute", "code": "a = 1; a + 3 shares + $5"}"#)
    #expect(failed["ok"] as? Bool == false)
    let error = try #require(outputs(failed).last)
    #expect(error["kind"] as? String == "error")
    #expect((error["text"] as? String)?.hasPrefix("<input:1>:1:") == true)
    #expect(error["message"] as? String == "cannot add a plain number and `shares`")
  }

  @Test func helpIsAnsweredAndREPLCommandsAreRefused() throws {
    var session = JSONLinesSession()
    let help = outputs(try reply(&session, #"{"op": "execute", "code": "help round"}"#))
    #expect(help.first?["kind"] as? String == "help")
    #expect((help.first?["text"] as? String)?.hasPrefix("round") == true)
    let save = try reply(&session, #"{"op": "execute", "code": ":save mine.session"}"#)
    #expect(save["ok"] as? Bool == false)
    #expect((outputs(save).first?["message"] as? String)?.hasPrefix("`:save` is a REPL command") == true)
    #expect(!FileManager.default.fileExists(atPath: "mine.session"))
    let quit = try reply(&session, #"{"op": "execute", "code": "quit"}"#)
    #expect(quit["ok"] as? Bool == false)
  }

  @Test func completeUsesTheSessionsNamesAndFields() throws {
    var session = JSONLinesSession()
    _ = session.reply(to: #"{"op": "execute", "code": "margin_of_safety = 20%"}"#)
    let names = try reply(&session, #"{"op": "complete", "code": "x = margin_o"}"#)
    #expect(names["matches"] as? [String] == ["margin_of_safety"])
    #expect(names["cursor_start"] as? Int == 4)
    #expect(names["cursor_end"] as? Int == 12)
    let fields = try reply(&session, #"{"op": "complete", "code": "nvda.clo + 1", "cursor": 8}"#)
    #expect(fields["matches"] as? [String] == ["close"])
    #expect(fields["cursor_start"] as? Int == 5)
    // Cursor positions count Unicode scalars, as Jupyter's do.
    let unicode = try reply(&session, #"{"op": "complete", "code": "\"€€\"; margin_o"}"#)
    #expect(unicode["cursor_start"] as? Int == 6)
    #expect(unicode["matches"] as? [String] == ["margin_of_safety"])
  }

  @Test func inspectGivesHelpOrTheBoundValue() throws {
    var session = JSONLinesSession()
    let help = try reply(&session, #"{"op": "inspect", "code": "pct_change(old, new)", "cursor": 4}"#)
    #expect(help["found"] as? Bool == true)
    #expect((help["text"] as? String)?.hasPrefix("pct_change") == true)
    _ = session.reply(to: #"{"op": "execute", "code": "cash = $5B"}"#)
    let bound = try reply(&session, #"{"op": "inspect", "code": "cash + 1", "cursor": 2}"#)
    #expect(bound["text"] as? String == "cash = $5.000B")
    let unknown = try reply(&session, #"{"op": "inspect", "code": "zzz_nothing"}"#)
    #expect(unknown["found"] as? Bool == false)
  }

  @Test func badRequestsGetAnErrorReplyAndTheSessionGoesOn() throws {
    var session = JSONLinesSession()
    let garbage = try reply(&session, "not json")
    #expect(garbage["ok"] as? Bool == false)
    #expect((garbage["error"] as? String)?.hasPrefix("not a request") == true)
    let unknown = try reply(&session, #"{"id": 9, "op": "fly"}"#)
    #expect(unknown["id"] as? Int == 9)
    #expect(unknown["error"] as? String == "unknown op `fly`: expected execute, complete, inspect or version")
    let version = try reply(&session, #"{"op": "version"}"#)
    #expect(version["version"] as? String == TapeVersion.current)
    #expect((version["data"] as? String)?.hasPrefix("built-in data: market prices") == true)
  }
}

import Foundation
import Synchronization
import TapeCore
import Testing

@testable import TapeNotebook

/// `--json` stops at a size, as showing a value does: `dup(1, 36)` (2^36 numbers in lists of
/// two, 36 levels deep) wrote gigabytes.
@Suite(.serialized) struct JSONOutcomeWidthTests {
  /// `dup(1, n)` as `fn dup(x, n) = if n == 0 then x else dup([x, x], n - 1)` makes it: each
  /// level shares the one below, so it costs n lists however many numbers it holds.
  static func dup(_ levels: Int) -> Value {
    var value = Value.quantity(Quantity(1))
    for _ in 0..<levels { value = .list([value, value]) }
    return value
  }

  static func outcome(_ value: Value) -> Outcome {
    .value(value, span: Span(source: SourceID(0), start: 0, end: 0))
  }

  @Test func aValueOfBillionsOfNumbersIsCutShortAsValidJSON() throws {
    let text = try #require(JSONOutcome.encoded(JSONOutcomeWidthTests.outcome(JSONOutcomeWidthTests.dup(36)), sources: SourceMap()))
    #expect(text.utf8.count < JSONValueWriter.textLimit + 200_000)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["truncated"] as? Bool == true)
    #expect(text.contains(#", "…"]"#))
  }

  @Test func aValueWithinTheLimitIsWholeAndSaysNothing() throws {
    let text = try #require(JSONOutcome.encoded(JSONOutcomeWidthTests.outcome(JSONOutcomeWidthTests.dup(10)), sources: SourceMap()))
    #expect(!text.contains("truncated"))
    #expect(!text.contains("…"))
    #expect(text.components(separatedBy: "1").count - 1 >= 1024)
  }

  @Test func aRecordCutShortEndsWithAnElidedMember() throws {
    let record = Value.record(Record(names: ["a", "b", "c"], values: [.number(1), .list((0..<400).map { .number(Double($0)) }), .number(3)]))
    var writer = JSONValueWriter(limit: 300)
    writer.write(record)
    #expect(writer.isTruncated)
    #expect(writer.text.hasSuffix(#", "…"], "…": "…"}"#))
    #expect((try? JSONSerialization.jsonObject(with: Data(writer.text.utf8))) != nil)
  }

  @Test func ctrlCStopsTheWritingAndLeavesTheFlagForTheFrontEnd() {
    Interrupt.requested.store(true, ordering: .relaxed)
    defer { Interrupt.requested.store(false, ordering: .relaxed) }
    var writer = JSONValueWriter()
    writer.write(JSONOutcomeWidthTests.dup(30))
    #expect(writer.isTruncated)
    #expect(writer.text.utf8.count < 100_000)
    let isStillSet = Interrupt.requested.load(ordering: .relaxed)
    #expect(isStillSet)
  }
}

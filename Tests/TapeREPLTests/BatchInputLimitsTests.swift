import Foundation
import Testing

@testable import TapeREPL

/// Input from a pipe or a file that is too long, not UTF-8 or starts with a byte-order mark:
/// an error for that entry, and the entries after it still run.
@Suite struct BatchInputLimitsTests {
  /// Runs `lines` as a pipe would deliver them; returns what went to standard output and error.
  func run(_ lines: [String]) -> (output: String, errors: String) {
    var session = BatchSession()
    var remaining = lines[...]
    var (output, errors) = ("", "")
    session.runLines({ remaining.popFirst() }, output: { output += $0 }, errors: { errors += $0 })
    return (output, errors)
  }

  @Test func aLineOverTheLimitIsSkippedWithAnError() {
    let long = Array(repeating: "1", count: BatchSession.maximumEntryBytes / 2 + 1).joined(separator: "+")
    let (output, errors) = run(["1 + 1", long, "2 + 2"])
    #expect(output == "2\n4\n")
    #expect(errors.hasPrefix("<input>:2:1: error: this line is longer than 1048576 bytes (1 MiB); it was skipped"))
  }

  @Test func anEntryGrownOverTheLimitIsSkippedToItsEnd() {
    let items = Array(repeating: "1,", count: BatchSession.maximumEntryBytes / 2)
    let (output, errors) = run(["["] + items + ["]", "3 + 3"])
    #expect(output == "6\n")
    let lastLine = items.count + 2
    #expect(errors.hasPrefix("<input>:1:1: error: this entry (lines 1 to \(lastLine)) is longer than"))
    #expect(errors.components(separatedBy: "error:").count == 2, "one error for the whole entry")
  }

  @Test func aLongListOverManyLinesIsOneEntry() {
    // Each line used to re-lex the whole entry so far: 20,000 lines took minutes.
    let (output, errors) = run(["["] + Array(repeating: "1,", count: 20_000) + ["]", "len(ans)"])
    #expect(errors == "")
    #expect(output.hasSuffix("\n20,000\n"))
  }

  @Test func continuationStillFollowsBracketsOperatorsIfsAndBackslashes() {
    let (output, errors) = run(["(1 +", "2) *", "3", "if 1 > 2", "then 1 else", "2", "10 \\", "+ 1", "\"open", "4"])
    #expect(errors.contains("unterminated string"))
    #expect(output == "9\n2\n11\n4\n")
  }

  @Test func invalidUTF8IsAnErrorAtThatByteAndTheSessionGoesOn() {
    let bytes: [UInt8] = Array("1 + ".utf8) + [0xFF] + Array("\n2 + 2\n".utf8)
    // As StandardInputLines and readLine decode a pipe: invalid bytes become U+FFFD.
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    let (output, errors) = run(lines)
    #expect(errors.hasPrefix("<input>:1:5: error: unexpected character `\u{FFFD}`"))
    #expect(output == "4\n")
  }

  @Test func aByteOrderMarkAtTheStartIsDropped() {
    let (output, errors) = run(["\u{FEFF}1 + 1", "2 + 2"])
    #expect(errors == "")
    #expect(output == "2\n4\n")
  }

  @Test func theReaderKeepsOnlyTheStartOfAnOverlongLine() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tape-long-line-\(getpid())").path
    defer { unlink(path) }
    let long = String(repeating: "x", count: 3 * BatchSession.maximumEntryBytes)
    try Data((long + "\n1 + 1\nlast").utf8).write(to: URL(fileURLWithPath: path))
    let descriptor = open(path, O_RDONLY)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    var lines = StandardInputLines(fileDescriptor: descriptor)
    #expect(lines.next()?.utf8.count == StandardInputLines.maximumLineBytes)
    #expect(lines.next() == "1 + 1")
    #expect(lines.next() == "last")
    #expect(lines.next() == nil)
  }
}

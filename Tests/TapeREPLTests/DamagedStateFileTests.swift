import Foundation
import Testing

@testable import TapeREPL

/// The history and the journals live on disk, where they can be damaged, unreadable or on a full
/// disk. Each case gives a message or a partial result, never a crash, and the session goes on.
@Suite struct DamagedStateFileTests {
  func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tape-damaged-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func aCorruptHistoryLoadsWhatItCan() throws {
    let directory = try temporaryDirectory()
    let history = HistoryFile(path: directory + "/history")
    let bytes: [UInt8] = [0xFF, 0x00] + Array("\n1 + 1\nends in an escape \\".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: history.path))
    #expect(history.load() == ["\u{FFFD}\u{0}", "1 + 1", "ends in an escape "])
    #expect(history.append("2 + 2") == nil)
    #expect(history.load().last == "2 + 2")
  }

  @Test func anUnreadableHistoryIsEmptyAndWritingItSaysWhy() throws {
    // A folder where the file should be: unreadable as a file even for root, which can read
    // any file whatever its permissions.
    let directory = try temporaryDirectory()
    let history = HistoryFile(path: directory + "/history")
    try FileManager.default.createDirectory(atPath: history.path, withIntermediateDirectories: true)
    #expect(history.load() == [])
    #expect(history.append("1 + 1") == "cannot write history to \(history.path): Is a directory")
  }

  @Test func aHistoryOnAFullDiskSaysSo() throws {
    let directory = try temporaryDirectory()
    let history = HistoryFile(path: directory + "/history")
    try FileManager.default.createSymbolicLink(atPath: history.path, withDestinationPath: "/dev/full")
    #expect(history.append("1 + 1") == "cannot write history to \(history.path): No space left on device")
  }

  @Test func aDamagedJournalIsStillRecovered() throws {
    // Binary garbage in the middle and an entry cut off by a crash.
    let state = try temporaryDirectory()
    let journals = state + "/tape/journals"
    try FileManager.default.createDirectory(atPath: journals, withIntermediateDirectories: true)
    let bytes: [UInt8] =
      Array("# Tape session journal\n> a = 1\n> b = a + 1\n".utf8) + [0x00, 0xFF, 0xFE, 0x0A]
      + Array("> c = b * 2\n> d = c +".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: journals + "/2026-01-01T00-00-00Z-1.session"))
    // An unreadable journal next to it (a folder) is skipped.
    try FileManager.default.createDirectory(
      atPath: journals + "/2026-01-02T00-00-00Z-2.session", withIntermediateDirectories: true)
    let destination = state + "/recovered.session"
    var (output, errors) = ("", "")
    let code = Recovery.run(
      pick: 1, destination: destination, environment: ["XDG_STATE_HOME": state], output: { output += $0 },
      errors: { errors += $0 })
    #expect(code == 0, "\(errors)")
    #expect(output.hasPrefix("restored 4 entries"))
    let restored = try String(contentsOfFile: destination, encoding: .utf8)
    #expect(restored.contains("> a = 1\n> b = a + 1\n") && restored.hasSuffix("> c = b * 2\n> d = c +"))
  }
}

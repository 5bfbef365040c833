import Foundation
import Testing
@testable import TapeNotebook

struct JournalTests {
  func temporaryDirectory() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("tape-journal-\(UUID().uuidString)").path
  }

  @Test func entriesAreOnDiskAsSoonAsTheyAreRecorded() throws {
    let directory = temporaryDirectory()
    guard case .success(let journal) = Journal.start(in: directory) else {
      Issue.record("could not start a journal")
      return
    }
    #expect(journal.record("# a note") == nil)
    #expect(journal.record("a = $142.62/share") == nil)
    #expect(journal.record("fn pe(price,\n  eps) = price / eps") == nil)
    // Read back while the journal is still open: nothing waits for a close or an exit.
    let text = try String(contentsOfFile: journal.path, encoding: .utf8)
    let session = try SessionParser.parse(text, file: "journal.session")
    #expect(session.entries.map(\.input) == [["a = $142.62/share"], ["fn pe(price,", "  eps) = price / eps"]])
    #expect(session.blocks.contains(.prose("a note")))
  }

  /// A journal holds everything typed, like the history.
  @Test func aJournalIsReadableOnlyByItsOwner() throws {
    guard case .success(let journal) = Journal.start(in: temporaryDirectory()) else {
      Issue.record("could not start a journal")
      return
    }
    let mode = try #require(try FileManager.default.attributesOfItem(atPath: journal.path)[.posixPermissions] as? Int)
    #expect(mode == 0o600)
  }

  @Test func listShowsNewestFirstWithEntryCounts() {
    let directory = temporaryDirectory()
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: directory + "/2025-01-01T00-00-00Z-1.session", contents: Data("> 1\n".utf8)))
    #expect(FileManager.default.createFile(
      atPath: directory + "/2025-01-02T00-00-00Z-2.session", contents: Data("> 1\n> 2 + 2\n".utf8)))
    let journals = Journal.list(in: directory)
    #expect(journals.map(\.entries) == [2, 1])
    #expect(journals.first?.lastEntry == "2 + 2")
  }

  @Test func anUnwritableFolderIsReportedNotFatal() {
    guard case .failure(let error) = Journal.start(in: "/proc/tape-no-journals-here") else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.message.hasPrefix("cannot create /proc/tape-no-journals-here"))
  }

  @Test func aJournalOnAFullDiskSaysSoAndKeepsGoing() {
    let descriptor = open("/dev/full", O_WRONLY)
    #expect(descriptor >= 0)
    let journal = Journal(path: "/dev/full", descriptor: descriptor)
    #expect(journal.record("1 + 1")?.message == "cannot write the journal /dev/full: No space left on device")
    #expect(journal.record("2 + 2") != nil, "a second entry is reported too, not a crash")
  }

  @Test(arguments: [0, 1, 59.999, 86_399.5, 86_400, 1_737_936_000, 1_737_990_305.75, 4_102_444_799, -1, -86_401.5])
  func stampIsTheUTCTimeAsTheDateFormatterWroteIt(_ seconds: Double) {
    let date = Date(timeIntervalSince1970: seconds)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd'T'HH-mm-ss'Z'"
    #expect(Journal.stamp(date) == formatter.string(from: date))
  }

  @Test func aFolderThatCannotBeCreatedSaysWhyInTheCLibrarysWords() {
    guard case .failure(let error) = Journal.start(in: "/proc/tape-no-journals-here/journals") else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.message == "cannot create /proc/tape-no-journals-here/journals: No such file or directory")
  }
}


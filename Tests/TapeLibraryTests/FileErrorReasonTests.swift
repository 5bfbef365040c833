import Foundation
import Testing

@testable import TapeLibrary

struct FileErrorReasonTests {
  @Test func aMissingFolderIsNoSuchFileOrDirectory() {
    #expect(throws: (any Error).self) {
      do {
        _ = try FileManager.default.contentsOfDirectory(atPath: "/tape-no-such-folder")
      } catch {
        #expect(FileErrorReason.text(for: error) == "No such file or directory")
        throw error
      }
    }
  }

  @Test func aFolderUnderAFileIsNotADirectory() {
    #expect(throws: (any Error).self) {
      do {
        try FileManager.default.createDirectory(atPath: "/dev/null/tape", withIntermediateDirectories: true)
      } catch {
        #expect(FileErrorReason.text(for: error) == "Not a directory")
        throw error
      }
    }
  }

  @Test func aFolderReadAsAFileIsADirectory() {
    #expect(throws: (any Error).self) {
      do {
        _ = try String(contentsOfFile: "/", encoding: .utf8)
      } catch {
        #expect(FileErrorReason.text(for: error) == "Is a directory")
        throw error
      }
    }
  }
}

import Foundation
import Testing
@testable import TapeREPL

/// Piped input from any system: `\n`, `\r\n` and a lone `\r` each end a line, also when a
/// `\r\n` is split between two reads.
struct StandardInputLinesTests {
  func lines(of bytes: [UInt8]) throws -> [String] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tape-lines-\(UUID().uuidString)").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { unlink(path) }
    let descriptor = open(path, O_RDONLY)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    var reader = StandardInputLines(fileDescriptor: descriptor)
    var lines: [String] = []
    while let line = reader.next() { lines.append(line) }
    return lines
  }

  @Test func everyLineEndEndsALine() throws {
    #expect(try lines(of: Array("a = 1\r\nb = 2\rc = 3\nd".utf8)) == ["a = 1", "b = 2", "c = 3", "d"])
    #expect(try lines(of: Array("x\r".utf8)) == ["x"])
    #expect(try lines(of: Array("x\r\r\ny".utf8)) == ["x", "", "y"])
  }

  @Test func aCRLFSplitBetweenReadsIsOneLineEnd() throws {
    let first = String(repeating: "1", count: StandardInputLines.chunkSize - 1)
    #expect(try lines(of: Array((first + "\r\n2\r\n").utf8)) == [first, "2"])
  }
}

import Foundation
import Testing

@testable import TapeLibrary

/// SHA-256 against the test vectors of FIPS 180-4's examples (NIST's "SHA256.pdf" and the
/// Secure Hash Standard validation examples), fed whole and a piece at a time, and over files.
struct SHA256Tests {
  static let vectors: [(message: String, digest: String)] = [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    // 448 bits: the padding no longer fits the block, so a second block holds the length.
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
     "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
  ]

  static let millionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"

  @Test(arguments: vectors.indices)
  func theStandardsVectors(_ index: Int) {
    let (message, digest) = Self.vectors[index]
    #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
  }

  @Test func aMillionAs() {
    #expect(SHA256.hexDigest(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == Self.millionA)
  }

  @Test(arguments: [1, 3, 55, 56, 63, 64, 65, 127])
  func piecesOfAnySizeGiveTheSameDigest(_ size: Int) {
    let message = Array(Self.vectors[3].message.utf8)
    var hash = SHA256()
    var start = 0
    while start < message.count {
      hash.update(message[start..<min(start + size, message.count)])
      start += size
    }
    #expect(SHA256.hexadecimal(hash.finalized()) == Self.vectors[3].digest)
  }

  @Test func aFilesChecksumIsTheDigestOfItsBytes() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("a.csv", bytes: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
    #expect(try FileChecksum.sha256(ofFileAt: path) == Self.millionA)
    // Chunks that end inside a block, and a last chunk that is short.
    #expect(try FileChecksum.sha256(ofFileAt: path, chunkSize: 1000) == Self.millionA)
    #expect(try FileChecksum.sha256(ofFileAt: path, chunkSize: 4093) == Self.millionA)
    let empty = try directory.write("empty.csv", bytes: [])
    #expect(try FileChecksum.sha256(ofFileAt: empty) == Self.vectors[0].digest)
  }

  @Test func aFileThatIsNotThereOrNotAFileIsAProblem() throws {
    let directory = try TemporaryDirectory()
    let missing = directory.url.appendingPathComponent("missing.csv").path
    #expect(throws: FileChecksum.Problem.cannotRead(path: missing, code: ENOENT)) {
      try FileChecksum.sha256(ofFileAt: missing)
    }
    #expect(
      FileChecksum.Problem.cannotRead(path: missing, code: ENOENT).message
        == "cannot read `\(missing)`: No such file or directory")
    let fifo = directory.url.appendingPathComponent("pipe").path
    try #require(mkfifo(fifo, 0o600) == 0)
    #expect(throws: FileChecksum.Problem.notRegularFile(path: fifo)) {
      try FileChecksum.sha256(ofFileAt: fifo)
    }
    #expect(FileChecksum.Problem.notRegularFile(path: fifo).message == "cannot read `\(fifo)`: it is not a regular file")
    #expect(throws: FileChecksum.Problem.notRegularFile(path: directory.url.path)) {
      try FileChecksum.sha256(ofFileAt: directory.url.path)
    }
  }
}

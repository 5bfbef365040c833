import Testing

@testable import TapeLibrary

/// `UTF8Validation` stops where the standard library's decoder does, whole or a chunk at a time.
struct UTF8ValidationTests {
  /// Where the standard library's decoder finds the first invalid sequence, or nil.
  static func firstInvalid(_ bytes: [UInt8]) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): offset += encoded.count
      case .error: return offset
      case .emptyInput: return nil
      }
    }
  }

  /// Validates `bytes` in chunks of `chunkSize`, carrying a cut character into the next chunk.
  static func validated(_ bytes: [UInt8], chunkSize: Int) -> Int? {
    var start = 0
    var kept: [UInt8] = []
    while true {
      let end = min(start + chunkSize, bytes.count)
      let chunk = kept + bytes[start..<end]
      let isLast = end == bytes.count
      let outcome = chunk.withUnsafeBufferPointer { UTF8Validation.validated($0, isLast: isLast) }
      switch outcome {
      case .invalid(let position): return start - kept.count + position
      case .valid(let validEnd):
        if isLast { return nil }
        kept = Array(chunk[validEnd...])
        start = end
      }
    }
  }

  @Test func agreesWithTheStandardLibraryOnRandomBytes() {
    // Mostly ASCII with lead and continuation bytes of every kind, surrogates and overlongs.
    let pieces: [[UInt8]] = [
      [0x61], [0x2C], [0x0A], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xBF],
      [0xC0, 0xAF], [0xC1], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF],
      [0xE2, 0x82], [0xF0, 0x9F], [0xC3],
    ]
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<next(12) {
        bytes += next(3) == 0 ? pieces[next(pieces.count)] : Array("abc,12\n".utf8.prefix(next(7) + 1))
      }
      let expected = Self.firstInvalid(bytes)
      for chunkSize in [1, 2, 3, 5, 64] {
        #expect(Self.validated(bytes, chunkSize: chunkSize) == expected, "\(bytes) in chunks of \(chunkSize)")
      }
    }
  }
}

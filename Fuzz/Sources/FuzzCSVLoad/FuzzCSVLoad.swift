import Foundation
import FuzzSupport
import TapeCore
import TapeLibrary

let standardSession = Interpreter.standard()

/// One file per fuzzing process, rewritten for every input: `load` reads a path, as users call it.
let csvPath = FileManager.default.temporaryDirectory.appendingPathComponent("tape-fuzz-\(getpid()).csv").path

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVLoad(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let input = bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  let data = Data(CSVShape.shaped(input))
  guard FileManager.default.createFile(atPath: csvPath, contents: data) else { return 0 }
  Watchdog.run {
    var interpreter = standardSession
    // Loading, then uses of the table or list that read every cell; for records, the paths that
    // read the columns a loaded list keeps (slices, positions, sources, comparison) as well.
    let program = "t = load(\"\(csvPath)\")\nt\nlen(t)\nt[-1]\nt[1..]\nwhy t\nt == t\nmap(t, r => r) == t\n"
    interpreter.run(program, name: "<fuzz>") { outcome, sources in
      if case .error(let diagnostic) = outcome {
        _ = DiagnosticRenderer.rendered(diagnostic, in: sources, style: .plain)
      } else {
        _ = OutcomeText.result(outcome)
      }
    }
  }
  return 0
}

/// The first byte picks what the rest becomes, so the loader also meets the shapes of issue 20:
/// files without a line break and cells of megabytes, which random bytes alone rarely reach.
enum CSVShape {
  /// A cell this long crosses many of `load`'s 1 MiB chunks.
  static let hugeCellBytes = 3 << 20
  /// Past `load`'s 16 MiB line limit.
  static let overLimitBytes = (16 << 20) + 1

  static func shaped(_ input: [UInt8]) -> [UInt8] {
    guard let first = input.first else { return [] }
    let rest = Array(input.dropFirst())
    switch first % 8 {
    case 1:
      // No line break at all: one header line and no rows, or a refusal past the limit.
      return rest.filter { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
    case 2:
      // The rest as the middle cell of a row, repeated to a few MiB.
      return Array("name,n\n".utf8) + repeated(rest, to: hugeCellBytes) + Array(",1\n".utf8)
    case 3:
      // The rest repeated as one quoted cell, with its quotes and line breaks as they come.
      return Array("a\n\"".utf8) + repeated(rest, to: hugeCellBytes) + Array("\"\n".utf8)
    case 4 where rest.first == 0x80:
      // Rarely (each is 16 MiB written): a line one byte past the limit, with no line break.
      return repeated(Array(rest.dropFirst()).filter { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }, to: overLimitBytes)
    default:
      return input
    }
  }

  static func repeated(_ bytes: [UInt8], to length: Int) -> [UInt8] {
    guard !bytes.isEmpty else { return [UInt8](repeating: UInt8(ascii: "x"), count: length) }
    var result: [UInt8] = []
    result.reserveCapacity(length + bytes.count)
    while result.count < length { result += bytes }
    return result
  }
}

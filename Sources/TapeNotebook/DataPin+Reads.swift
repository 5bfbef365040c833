import TapeCore
import TapeLibrary

extension DataPin {
  /// Pins for the files the interpreter read since the last call (its log is emptied): each
  /// file once, named from the notebook's folder when inside it, with its size and SHA-256. A
  /// file that cannot be read again (removed meanwhile) is not pinned; the next replay says so.
  public static func takingReads(of interpreter: inout Interpreter) -> [DataPin] {
    var pins: [DataPin] = []
    for read in interpreter.takeFilesRead() {
      let path = read.relativePath ?? read.absolutePath
      guard !pins.contains(where: { $0.path == path }),
        let checksum = try? FileChecksum.sha256(ofFileAt: read.absolutePath)
      else { continue }
      pins.append(DataPin(path: path, byteCount: read.byteCount, sha256: checksum))
    }
    return pins
  }
}

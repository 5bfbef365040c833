#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that readers see the old content or the new, never half of either: the
/// text goes to a temporary file in the same folder, is flushed, then renamed over the target.
public enum AtomicWrite {
  /// Returns a message when the write failed; the old file is then untouched.
  public static func write(_ text: String, to path: String) -> String? {
    let directory = PathComponents.folder(of: path)
    let name = PathComponents.lastComponent(of: path)
    let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).tape-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return systemWrite(descriptor, base + offset, buffer.count - offset)
      }
      guard written > 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        return "cannot write \(path): \(reason)"
      }
      offset += written
    }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard synced, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      return "cannot write \(path): \(reason)"
    }
    return nil
  }
}

/// The C library's `write`, which `AtomicWrite.write` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

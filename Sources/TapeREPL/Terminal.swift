#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the process's terminal that decide how output looks.
public enum Terminal {
  public static var isStandardInputInteractive: Bool { isatty(0) == 1 }

  /// Colour only on a terminal and only when `NO_COLOR` is unset (https://no-color.org).
  public static func usesColor(fileDescriptor: Int32) -> Bool {
    if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return isatty(fileDescriptor) == 1
  }

  public static func write(_ text: String, to fileDescriptor: Int32) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(fileDescriptor, base + offset, buffer.count - offset)
      }
      if written <= 0 { return }
      offset += written
    }
  }
}

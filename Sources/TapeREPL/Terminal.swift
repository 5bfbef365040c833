import Synchronization
import TapeCore

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

  /// Columns and rows of the terminal on `fileDescriptor`, if it is one.
  public static func size(of fileDescriptor: Int32 = 1) -> (columns: Int, rows: Int)? {
    var size = winsize()
    guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  /// How charts are drawn on this terminal: its width (at most 120 columns), a height that
  /// leaves room for the prompt, ASCII when `TERM=dumb`.
  public static var figureContext: Figure.Context {
    let isDumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
    guard let (columns, rows) = size() else { return Figure.Context(width: 80, height: 16, isASCII: isDumb) }
    return Figure.Context(width: min(columns, 120), height: max(8, min(rows - 4, 24)), isASCII: isDumb)
  }

  public static func write(_ text: String, to fileDescriptor: Int32) {
    write(bytes: Array(text.utf8), to: fileDescriptor)
  }

  static func write(bytes: [UInt8], to fileDescriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(fileDescriptor, base + offset, buffer.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 {
        if fileDescriptor == 1 { standardOutputError.compareExchange(expected: 0, desired: written < 0 ? errno : EIO, ordering: .relaxed) }
        return
      }
      offset += written
    }
  }

  /// The first error writing to standard output met (`errno`; 0 for none). Results that could not
  /// be written (a full disk, a closed descriptor) must not end in exit code 0: `tape` checks this
  /// before it exits. Global, as `errno` is: every writer in the process shares the descriptor.
  static let standardOutputError = Atomic<Int32>(0)

  /// `code`, or 1 with a message on standard error when writing to standard output failed.
  public static func exitCode(after code: Int32) -> Int32 {
    let error = standardOutputError.load(ordering: .relaxed)
    guard error != 0 else { return code }
    write("error: cannot write to standard output: \(String(cString: strerror(error))); the results are incomplete\n", to: 2)
    return code == 0 ? 1 : code
  }
}

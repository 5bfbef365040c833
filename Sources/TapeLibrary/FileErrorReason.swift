#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file operation of `FileManager` or `String(contentsOfFile:)` failed, in the C library's
/// words (`No such file or directory`), for messages such as `cannot create DIR: REASON`.
/// Foundation's `localizedDescription` needs the full Foundation library, which Tape does not
/// link: loading it was a third of Tape's start-up (docs/performance.md).
public enum FileErrorReason {
  public static func text(for error: any Error) -> String {
    if let posix = ((error as? CocoaError)?.underlying ?? error) as? POSIXError {
      return String(cString: strerror(posix.code.rawValue))
    }
    if let cocoa = error as? CocoaError {
      switch cocoa.code {
      case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
      case .fileReadNoPermission, .fileWriteNoPermission: return String(cString: strerror(EACCES))
      default: return "error \(cocoa.code.rawValue)"
      }
    }
    return String(describing: error)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension AtomicWrite {
  /// Why `create` wrote nothing.
  public enum CreationFailure: Error, Equatable, Sendable {
    /// Something (a file, a folder, a link, even a broken one) already has the name.
    case alreadyExists
    /// Any other failure, as a message naming the path.
    case failed(String)
  }

  /// Writes `text` to a new file at `path`, and never over anything already there: the text goes
  /// to a temporary file, which is then hard-linked to `path`. `link` fails when the name is
  /// taken, so no other process can slip a file in between a check and the write, and readers
  /// never see the file half written. Returns nil on success.
  public static func create(_ text: String, at path: String, newFile access: NewFileAccess = .standard) -> CreationFailure? {
    let temporary: String
    switch temporaryFile(holding: text, beside: path, mode: access.creationMode, adopting: nil) {
    case .success(let path): temporary = path
    case .failure(let reason): return .failed("cannot write \(path): \(reason.text)")
    }
    let linked = link(temporary, path) == 0
    let error = errno
    unlink(temporary)
    guard linked else {
      return error == EEXIST ? .alreadyExists : .failed("cannot write \(path): \(String(cString: strerror(error)))")
    }
    return nil
  }
}

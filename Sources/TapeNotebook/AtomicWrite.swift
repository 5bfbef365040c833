#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that readers see the old content or the new, never half of either: the
/// text goes to a temporary file in the target's folder, is flushed, then renamed over the target.
///
/// Saving must not change anything but the content: a notebook reached through a symbolic link
/// is written at the link's final target (the link stays), and a file being replaced keeps its
/// permission bits, and its owner and group where the system lets us set them.
public enum AtomicWrite {
  /// The permissions of a file that did not exist before the write.
  public enum NewFileAccess: Sendable {
    /// `rw-r--r--` under the umask, like any file an editor creates: notebooks and exports.
    case standard
    /// `rw-------`: for files that hold everything the user typed, such as the history.
    case ownerOnly

    var creationMode: mode_t { self == .standard ? 0o644 : 0o600 }
  }

  /// Replaces the file at `path` (or creates it) with `text`. Returns a message when the write
  /// failed; the old file is then untouched.
  public static func write(_ text: String, to path: String, newFile access: NewFileAccess = .standard) -> String? {
    guard let target = SymbolicLinks.finalTarget(of: path) else {
      return "cannot write \(path): \(String(cString: strerror(ELOOP)))"
    }
    var existing = stat()
    let exists = stat(target, &existing) == 0
    // Renaming over a device or a pipe would replace it with a plain file, not write into it.
    if exists && existing.st_mode & S_IFMT == S_IFDIR { return "cannot write \(path): \(String(cString: strerror(EISDIR)))" }
    if exists && existing.st_mode & S_IFMT != S_IFREG {
      return "cannot write \(path): it is not a regular file (a device, a pipe or a socket)"
    }
    let temporary: String
    // A file being replaced gets its permissions only once the copy carries its owner: until then
    // the copy stays owner-only, so a private notebook is never readable by others on the way.
    let mode = exists ? 0o600 : access.creationMode
    switch temporaryFile(holding: text, beside: target, mode: mode, adopting: exists ? existing : nil) {
    case .success(let path): temporary = path
    case .failure(let reason): return "cannot write \(path): \(reason.text)"
    }
    guard rename(temporary, target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      return "cannot write \(path): \(reason)"
    }
    return nil
  }

  /// Why a temporary file could not be written: the C library's text for `errno`.
  struct Reason: Error {
    var text: String

    static var current: Reason { Reason(text: String(cString: strerror(errno))) }
  }

  /// Writes `text` to a new hidden file in `target`'s folder, flushed to disk, and returns its
  /// path; on failure nothing is left behind. The file is created with `mode` (under the umask);
  /// with `original` it then takes that file's owner, group and permission bits instead.
  static func temporaryFile(
    holding text: String, beside target: String, mode: mode_t, adopting original: stat?
  ) -> Result<String, Reason> {
    let directory = PathComponents.folder(of: target)
    let name = PathComponents.lastComponent(of: target)
    let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).tape-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { return .failure(.current) }
    func failing() -> Result<String, Reason> {
      let reason = Reason.current
      close(descriptor)
      unlink(temporary)
      return .failure(reason)
    }
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return systemWrite(descriptor, base + offset, buffer.count - offset)
      }
      guard written > 0 else { return failing() }
      offset += written
    }
    if let original {
      // Only root may give a file away; an owner may still pick one of their own groups. A
      // refusal (EPERM, or a file system without owners) leaves the file ours, as an editor's
      // save does: better than not saving at all.
      if fchown(descriptor, original.st_uid, original.st_gid) != 0 {
        _ = fchown(descriptor, uid_t.max, original.st_gid)
      }
      // After fchown, which clears set-user-ID and set-group-ID bits.
      guard fchmod(descriptor, original.st_mode & 0o7777) == 0 else { return failing() }
    }
    guard fsync(descriptor) == 0 else { return failing() }
    guard close(descriptor) == 0 else {
      let reason = Reason.current
      unlink(temporary)
      return .failure(reason)
    }
    return .success(temporary)
  }
}

/// The C library's `write`, which `AtomicWrite.write` hides inside the type.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

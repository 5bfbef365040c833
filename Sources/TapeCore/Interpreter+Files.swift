/// The files a session may read with `load`, and the ones it read.
extension Interpreter {
  /// Which files `load` may read and where a relative path starts; `.workingDirectory` until
  /// set. A new policy holds from the next statement on, inside functions defined before it too
  /// (a native gets the policy when it is called, not when the call was written).
  public var fileReadPolicy: FileReadPolicy {
    get { files.policy }
    set {
      makeFileAccessUnique()
      files.policy = newValue
    }
  }

  /// The files `load` read since the last call, in order (one entry per successful `load`, a
  /// file read twice appears twice); the log is left empty. Tape's own `tape:` files are not
  /// files on disk and are not listed.
  public mutating func takeFilesRead() -> [FileRead] {
    makeFileAccessUnique()
    return files.takeReads()
  }

  /// Gives this interpreter a `FileAccess` of its own when a copy shares it, as copy-on-write
  /// does for a value: a session copied from another must not change the other's policy or log.
  mutating func makeFileAccessUnique() {
    if !isKnownUniquelyReferenced(&files) { files = files.copy() }
  }
}
